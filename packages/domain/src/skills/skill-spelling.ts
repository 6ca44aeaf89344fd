/**
 * Spelling rules shared by the taxonomy index and the normaliser. They are written as
 * character loops rather than regular expressions because the normaliser calls them on
 * every technology slug of every collected posting.
 */

/**
 * Lowercases, trims, turns `-` and `_` into spaces and collapses whitespace:
 * "  Spring-Boot_Starter " → "spring boot starter". Dots, slashes and symbols are kept,
 * so this is also how an unknown skill is stored.
 */
export function cleanSkillText(raw: string): string {
  const lower = raw.toLowerCase();
  let cleaned = '';
  let pendingSpace = false;
  for (let index = 0; index < lower.length; index += 1) {
    const character = lower[index] as string;
    if (isSeparator(character)) {
      pendingSpace = cleaned.length > 0;
      continue;
    }
    if (pendingSpace) cleaned += ' ';
    cleaned += character;
    pendingSpace = false;
  }
  return cleaned;
}

/**
 * The key under which every spelling of a skill is indexed: the cleaned text without
 * spaces, dots and slashes, so "Node.js", "node js", "node-js" and "NodeJS" share "nodejs",
 * and "CI/CD" matches "cicd". Symbols that tell skills apart ("c++", "c#", "f#") are kept.
 */
export function skillLookupKey(cleaned: string): string {
  let key = '';
  for (let index = 0; index < cleaned.length; index += 1) {
    const character = cleaned[index] as string;
    if (character !== ' ' && character !== '.' && character !== '/') key += character;
  }
  return key;
}

/**
 * Drops a trailing version from cleaned text: "angular 17", "python 3.11", "vue v3",
 * "java 8.x", or digits glued to a name of two or more characters ("python3", "c++17").
 * Returns undefined when there is no version to drop. Callers accept the result only
 * when it names a known skill, because the digits are part of some names ("web3",
 * "aws s3", "d3"), and those are looked up before this is tried.
 */
export function withoutVersionSuffix(cleaned: string): string | undefined {
  const lastSpace = cleaned.lastIndexOf(' ');
  const lastWord = cleaned.slice(lastSpace + 1);
  if (lastSpace > 0 && isVersionWord(lastWord)) return cleaned.slice(0, lastSpace);
  const stemEnd = endOfGluedVersion(lastWord);
  if (stemEnd === undefined) return undefined;
  return cleaned.slice(0, lastSpace + 1 + stemEnd);
}

function isSeparator(character: string): boolean {
  return (
    character === ' ' ||
    character === '-' ||
    character === '_' ||
    character === '\t' ||
    character === '\n' ||
    character === '\r' ||
    character === '\u00a0'
  );
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && character >= 'a' && character <= 'z';
}

/** "17", "3.11", "v3", "8.x", "2+" */
function isVersionWord(word: string): boolean {
  let body = word.startsWith('v') ? word.slice(1) : word;
  if (body.endsWith('.x')) body = body.slice(0, -2);
  else if (body.endsWith('+')) body = body.slice(0, -1);
  if (!isDigit(body[0])) return false;
  for (const character of body) if (!isDigit(character) && character !== '.') return false;
  return true;
}

/** Where the name ends in "python3" / "python3.11" / "c++17"; undefined when nothing is glued on. */
function endOfGluedVersion(word: string): number | undefined {
  let end = word.length;
  let hasDigits = false;
  while (end > 0 && (isDigit(word[end - 1]) || word[end - 1] === '.')) {
    hasDigits ||= word[end - 1] !== '.';
    end -= 1;
  }
  const stemEndsInName = isLetter(word[end - 1]) || word[end - 1] === '+' || word[end - 1] === '#';
  return hasDigits && end >= 2 && stemEndsInName ? end : undefined;
}
