// Tokens: words with the symbols that belong to them ("c++", "c#", ".net"), plus what
// separates each token from the previous one.

/** How a token is separated from the one before it, from weakest to strongest. */
export enum Boundary {
  /** No whitespace: "node.js", "objective-c", "c/c++", "r&d". */
  Joined = 0,
  Space = 1,
  /** A list or clause separator: comma, semicolon, colon, bullet, bracket, spaced slash. */
  List = 2,
  /** A line break or a sentence end. */
  Sentence = 3,
}

export interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  boundary: Boundary;
  /** The characters gluing this token to the previous one ("." in "node.js"), else ''. */
  joiner: string;
  sentence: number;
}

const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /\p{L}/u;
// Punctuation and bullet characters.
const ALWAYS_LIST_SEPARATORS = new Set(',;:|()[]{}=–—•·●▪◦‣∙■►➤✓✔★');
// A slash, ampersand, plus or hyphen separates list items only when spaced ("Python / Go");
// unspaced it joins a name ("CI/CD", "R&D", "Objective-C").
const SPACED_LIST_SEPARATORS = new Set('/&+-');
const SENTENCE_ENDS = new Set('.!?');
const WHITESPACE = /\s/;

// Scanned by character code rather than with a regular expression: tokenising is most of
// the work for a long posting.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  let index = 0;
  while (index < text.length) {
    if (!isWordCharacter(text, index)) {
      index += 1;
      continue;
    }
    const start = keepsLeadingDot(text, index) ? index - 1 : index;
    index = endOfWord(text, index);
    const raw = text.slice(start, index);
    const boundary = tokens.length === 0 ? Boundary.Sentence : classifyGap(text, previousEnd, start);
    if (boundary === Boundary.Sentence && tokens.length > 0) sentence += 1;
    const joiner = boundary === Boundary.Joined ? text.slice(previousEnd, start) : '';
    tokens.push({ raw, lower: raw.toLowerCase(), start, end: index, boundary, joiner, sentence });
    previousEnd = index;
  }
  return tokens;
}

/** Letters and digits, then the symbols that belong to names: "c++", "c#", "security+". */
function endOfWord(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordCharacter(text, end)) end += 1;
  if (text[end] === '+' && text[end + 1] === '+') return end + 2;
  return text[end] === '+' || text[end] === '#' ? end + 1 : end;
}

function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHARACTER.test(text[index] ?? '');
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_LETTER.test(text[index] ?? '');
}

/** A dot belongs to a word only at its start (".NET"), not inside "ASP.NET" or "3.5". */
function keepsLeadingDot(text: string, wordStart: number): boolean {
  return (
    text[wordStart - 1] === '.' &&
    isLetter(text, wordStart) &&
    (wordStart < 2 || !isWordCharacter(text, wordStart - 2))
  );
}

function classifyGap(text: string, from: number, to: number): Boundary {
  if (to - from === 1 && text[from] === ' ') return Boundary.Space;
  let hasSpace = false;
  let hasListSeparator = false;
  let hasSpacedSeparator = false;
  for (let index = from; index < to; index += 1) {
    const character = text[index] ?? '';
    if (character === '\n' || character === '\r') return Boundary.Sentence;
    if (SENTENCE_ENDS.has(character) && index + 1 < to && WHITESPACE.test(text[index + 1] ?? '')) {
      return Boundary.Sentence;
    }
    if (WHITESPACE.test(character)) hasSpace = true;
    else if (ALWAYS_LIST_SEPARATORS.has(character)) hasListSeparator = true;
    else if (SPACED_LIST_SEPARATORS.has(character)) hasSpacedSeparator = true;
  }
  if (hasListSeparator || (hasSpacedSeparator && hasSpace)) return Boundary.List;
  return hasSpace ? Boundary.Space : Boundary.Joined;
}
