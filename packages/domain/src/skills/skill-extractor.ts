import { normalizeSkill } from './skill-normalizer.js';
import { allSkills, type SkillDefinition } from './skill-taxonomy.js';

export interface ExtractedSkill {
  /** Canonical skill id. */
  skill: string;
  /** Non-overlapping mentions of the skill in the text. */
  count: number;
}

/**
 * Finds the skills mentioned in free text (job descriptions, resumes; HTML and markdown
 * tolerated). Phrases are matched on token boundaries, longest first, so "React Native"
 * is never also "React". Skills whose names are everyday English words ("Go", "Swift",
 * "Excel") count only where the surrounding text shows they mean the technology. The
 * taxonomy decides which spellings are matched: its ids, names and aliases, plus each
 * skill's `textForms` ("led a team"), minus its `notInText` spellings ("TS", "frontend"),
 * which only serve as technical context for their neighbours.
 */
export function extractSkills(text: string): ExtractedSkill[] {
  const plainText = toPlainText(text);
  const tokens = tokenize(plainText);
  const mentions = findMentions(tokens, skillMatcher());
  const skillMentions = confirmedMentions(plainText, tokens, mentions).filter(
    ({ form }) => !form.contextOnly,
  );
  return countBySkill(skillMentions);
}

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

// ---------------------------------------------------------------------------------------
// Plain text: drop markup so that only the words a reader sees are matched.

const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
// Block elements end a line of text; list items in particular must not run together.
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|br|hr|h[1-6]|tr|td|th|table|thead|tbody|section|article|header|footer|dl|dd|dt|blockquote|pre)\b[^<>]*>/gi;
const INLINE_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  bull: '•',
  ndash: '–',
  mdash: '—',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '…',
  plus: '+',
  num: '#',
  sol: '/',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
};
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)\s]*\)/g;
// Addresses are full of product names ("github.com/acme/react-app") that are not claims of skill.
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// A bare domain with a path ("github.com/jane"); ".net" and ".js" are left alone for "ASP.NET/C#".
const BARE_URL = /\b[\w-]+\.(?:com|org|io|dev|co|me|edu|gov)\/\S*/gi;
const DOMAIN_WITH_PATH = /\.(?:com|org|io|dev|co|me|edu|gov)\//i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const MARKDOWN_EMPHASIS = /[*`~]+/g;
// "e.g." introduces examples like "such as" does, and its dots end no sentence.
const EXAMPLE_ABBREVIATION = /\b(?:e\.g|i\.e)\b\.?/gi;
const ABBREVIATION_DOT = /\b(etc|vs|incl|esp|approx)\./gi;

function toPlainText(text: string): string {
  let plain = text;
  if (plain.includes('<')) {
    plain = plain
      .replace(SCRIPT_OR_STYLE, ' ')
      .replace(HTML_COMMENT, ' ')
      .replace(BLOCK_TAG, '\n')
      .replace(INLINE_TAG, ' ');
  }
  if (plain.includes('&')) plain = plain.replace(ENTITY, decodeEntity);
  if (plain.includes('](')) plain = plain.replace(MARKDOWN_LINK, '$1');
  if (plain.includes('://') || plain.includes('www.')) plain = plain.replace(URL, ' ');
  if (DOMAIN_WITH_PATH.test(plain)) plain = plain.replace(BARE_URL, ' ');
  if (plain.includes('@')) plain = plain.replace(EMAIL, ' ');
  plain = plain.replace(MARKDOWN_EMPHASIS, ' ');
  if (plain.includes('.'))
    plain = plain.replace(EXAMPLE_ABBREVIATION, 'such as').replace(ABBREVIATION_DOT, '$1');
  return plain;
}

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const codePoint =
      body[1] === 'x' || body[1] === 'X'
        ? Number.parseInt(body.slice(2), 16)
        : Number.parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' ';
  }
  // Unknown names are left alone: "R&D;" is text, not an entity.
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

// ---------------------------------------------------------------------------------------
// Tokens: words with the symbols that belong to them ("c++", "c#", ".net"), plus what
// separates each token from the previous one.

/** How a token is separated from the one before it, from weakest to strongest. */
enum Boundary {
  /** No whitespace: "node.js", "objective-c", "c/c++", "r&d". */
  Joined = 0,
  Space = 1,
  /** A list or clause separator: comma, semicolon, colon, bullet, bracket, spaced slash. */
  List = 2,
  /** A line break or a sentence end. */
  Sentence = 3,
}

interface Token {
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
function tokenize(text: string): Token[] {
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

// ---------------------------------------------------------------------------------------
// Surface forms: every spelling of every skill as a token sequence, indexed by first token
// so that each text token costs one map lookup.

interface SurfaceForm {
  skill: string;
  tokens: readonly string[];
  /** An everyday English word ("go", "swift", "excel") that needs supporting context. */
  ambiguous: boolean;
  /** The skill's display name, whose unusual casing ("SAFe", "LaTeX") is itself evidence. */
  name: string;
  /** The taxonomy spelling the form comes from. */
  spelling: string;
  /**
   * A spelling the taxonomy keeps out of free text ("frontend", "API"): it names no skill,
   * but it is technical vocabulary that vouches for its neighbours ("our Go backend").
   */
  contextOnly: boolean;
  /** A phrase with a gap ("presented ... to") is a clause, never an item of a list. */
  clause: boolean;
}

type SkillMatcher = ReadonlyMap<string, readonly SurfaceForm[]>;

/** Stands for the one to three words a text form lets through: "presented ... to". */
const GAP = '...';
const MAX_GAP_WORDS = 3;
/** Words between an elided modifier and the head it shares: "manual and exploratory testing". */
const MAX_ELIDED_WORDS = 2;
/** Words that end the phrase a gap may span: "present in the office to" is no presentation. */
const GAP_BREAKERS = wordSet('in on at for with from by as into');

/**
 * Product names that are not English words although their skill is flagged ambiguous
 * because of another spelling ("containers" for Docker).
 */
const COINED_NAMES = wordSet(
  'docker dockerfile containerization pyspark vlookup trino datastax jsx pyqt webdriver lookml promql hcl mvn zsh',
);

/** Endings that make a word an inflection of a shorter spelling, not a coined name. */
const INFLECTIONS = wordSet('s es d ed ing er ers');

let builtMatcher: SkillMatcher | undefined;

function skillMatcher(): SkillMatcher {
  builtMatcher ??= buildMatcher(allSkills());
  return builtMatcher;
}

let builtNeighbours: ReadonlyMap<string, readonly string[]> | undefined;

/** Each skill's prerequisites and related skills, and the skills that name it as either. */
function skillNeighbours(): ReadonlyMap<string, readonly string[]> {
  builtNeighbours ??= linkNeighbours(allSkills());
  return builtNeighbours;
}

function linkNeighbours(skills: readonly SkillDefinition[]): ReadonlyMap<string, readonly string[]> {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string): void => {
    const linked = neighbours.get(from);
    if (linked) linked.add(to);
    else neighbours.set(from, new Set([to]));
  };
  for (const skill of skills) {
    for (const other of [...skill.prerequisites, ...skill.related]) {
      link(skill.id, other);
      link(other, skill.id);
    }
  }
  return new Map([...neighbours].map(([id, linked]) => [id, [...linked]]));
}

function buildMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  // By key, so a variant is kept out too: "front end" joined is "frontend".
  const contextOnlyKeys = new Set(
    skills.flatMap((skill) => skill.notInText.map((spelling) => keyOf(tokensOf(spelling)))),
  );
  const marked = (form: SurfaceForm): SurfaceForm =>
    contextOnlyKeys.has(keyOf(form.tokens)) ? { ...form, contextOnly: true } : form;
  const formsByKey = new Map<string, SurfaceForm>();
  for (const form of skills.flatMap(surfaceFormsOf)) addPreferredForm(formsByKey, marked(form));
  const compounds = [...formsByKey.values()].filter((form) => namesTwoSkills(form, formsByKey));
  for (const compound of compounds) formsByKey.delete(keyOf(compound.tokens));
  for (const form of [...formsByKey.values()]) {
    for (const variant of variantsOf(form)) {
      if (!formsByKey.has(keyOf(variant.tokens))) formsByKey.set(keyOf(variant.tokens), marked(variant));
    }
  }
  return indexByFirstToken(formsByKey.values());
}

function surfaceFormsOf(definition: SkillDefinition): SurfaceForm[] {
  const skill = normalizeSkill(definition.id);
  const spellings = [
    ...new Set([
      definition.id,
      definition.name.toLowerCase(),
      ...definition.aliases,
      ...definition.textForms,
    ]),
  ];
  const tokenLists = spellings.map(tokensOf);
  return spellings.map((spelling, index) => {
    const tokens = tokenLists[index] ?? [];
    const ambiguous = isEverydayWordForm(definition, tokens, tokenLists);
    const clause = tokens.includes(GAP);
    return { skill, tokens, ambiguous, name: definition.name, spelling, contextOnly: false, clause };
  });
}

/** The words of a spelling; a gap ("presented ... to") stays as one GAP token. */
function tokensOf(text: string): string[] {
  return text.split(` ${GAP} `).flatMap((part, index) => {
    const words = tokenize(part).map((token) => token.lower);
    return index === 0 ? words : [GAP, ...words];
  });
}

function keyOf(tokens: readonly string[]): string {
  return tokens.join(' ');
}

/**
 * The taxonomy flags a skill when one of its spellings is an everyday word; the flagged
 * spellings are its one-word plain spellings, except names coined from another of its
 * spellings ("golang", "reactjs", "rubyonrails"). Single letters are always ambiguous.
 */
function isEverydayWordForm(
  definition: SkillDefinition,
  tokens: readonly string[],
  allSpellings: readonly (readonly string[])[],
): boolean {
  const [only, ...rest] = tokens;
  if (only === undefined || rest.length > 0) return false;
  if (only.length === 1) return true;
  if (!definition.ambiguous || !PLAIN_WORD.test(only) || COINED_NAMES.has(only)) return false;
  return !allSpellings.some((other) => isCoinedFrom(only, other));
}

function isCoinedFrom(word: string, spelling: readonly string[]): boolean {
  const joined = spelling.join('');
  if (spelling.length > 1) return joined === word;
  const ending = word.slice(joined.length);
  return (
    word.startsWith(joined) &&
    ending.length > 0 &&
    joined.length + ending.length >= 4 &&
    !INFLECTIONS.has(ending)
  );
}

const PLAIN_WORD = /^\p{L}+$/u;
const ROLE_WORDS = wordSet(
  'developer engineer scientist analyst manager designer researcher writer tester hacker owner ' +
    'architect administrator consultant specialist statistician',
);
// Shorter joins collide with English words ("ad ds" would become "adds").
const MIN_JOINED_LENGTH = 6;

/** Two skills claiming one spelling: the skill literally named that wins. */
function addPreferredForm(formsByKey: Map<string, SurfaceForm>, form: SurfaceForm): void {
  const key = keyOf(form.tokens);
  const existing = formsByKey.get(key);
  if (!existing || (existing.skill !== key && form.skill === key)) formsByKey.set(key, form);
}

/**
 * Aliases like "C/C++" on C++ or "C#.NET" on C# join two skills with a slash or a dot:
 * matching them whole would hide the other skill, so they are dropped and each part matches
 * by itself. Spaced names stay whole: "Kali Linux", "Apache Kafka", "Salesforce CRM".
 * So do those whose own part is an English word, as the whole is the better evidence.
 */
function namesTwoSkills(form: SurfaceForm, formsByKey: ReadonlyMap<string, SurfaceForm>): boolean {
  if (form.spelling.includes(' ') || !SKILL_JOINER.test(form.spelling)) return false;
  for (let split = 1; split < form.tokens.length; split += 1) {
    const left = formsByKey.get(keyOf(form.tokens.slice(0, split)));
    const right = formsByKey.get(keyOf(form.tokens.slice(split)));
    if (!left || !right || left.skill === right.skill) continue;
    const ownPart = left.skill === form.skill ? left : right;
    if (ownPart.skill === form.skill && !ownPart.ambiguous) return true;
  }
  return false;
}

const SKILL_JOINER = /[/.]/;

/**
 * "node.js" is also written "nodejs", "scrum master" "ScrumMaster", "reactjs" "react js";
 * plain nouns take a plural.
 */
function variantsOf(form: SurfaceForm): SurfaceForm[] {
  const variants: SurfaceForm[] = [];
  const { tokens } = form;
  if (form.clause) return variants;
  const last = tokens.at(-1) ?? '';
  if (tokens.length >= 2 && last === 'js') {
    variants.push({ ...form, tokens: [...tokens.slice(0, -2), `${tokens.at(-2)}js`] });
  }
  const joined = tokens.join('');
  if (
    tokens.length >= 2 &&
    joined.length >= MIN_JOINED_LENGTH &&
    tokens.every((token) => token.length >= 2)
  ) {
    variants.push({ ...form, tokens: [joined] });
  }
  if (tokens.length === 1 && last.length > 2 && last.endsWith('js')) {
    variants.push({ ...form, tokens: [last.slice(0, -2), 'js'] });
  }
  // Plural job titles are mostly colleagues: "partner with product managers".
  const namesARole = tokens.length > 1 && ROLE_WORDS.has(last);
  if (!form.ambiguous && !namesARole && last.length >= 3 && PLAIN_WORD.test(last) && !last.endsWith('s')) {
    variants.push({ ...form, tokens: [...tokens.slice(0, -1), `${last}s`] });
  }
  return variants;
}

function indexByFirstToken(forms: Iterable<SurfaceForm>): SkillMatcher {
  const byFirstToken = new Map<string, SurfaceForm[]>();
  for (const form of forms) {
    const first = form.tokens[0];
    if (first === undefined) continue;
    const sameStart = byFirstToken.get(first);
    if (sameStart) sameStart.push(form);
    else byFirstToken.set(first, [form]);
  }
  for (const sameStart of byFirstToken.values()) sameStart.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirstToken;
}

// ---------------------------------------------------------------------------------------
// Matching: left to right, the longest surface form starting at each token.

interface Mention {
  form: SurfaceForm;
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
}

function findMentions(tokens: readonly Token[], matcher: SkillMatcher): Mention[] {
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const candidates = formsStartingAt(tokens, index, matcher);
    const mention = candidates && bestMentionAt(tokens, index, candidates);
    if (mention && !readsAsVerbPhrase(tokens, mention)) {
      mentions.push(mention);
      index = mention.end;
    } else {
      index += 1;
    }
  }
  return mentions;
}

/** The forms whose first word is this token, longest first; undefined for most words. */
function formsStartingAt(
  tokens: readonly Token[],
  index: number,
  matcher: SkillMatcher,
): readonly SurfaceForm[] | undefined {
  const first = tokens[index]!;
  // The tail of a dotted name is not a skill: "ethers.js" is no JavaScript, "main.py" no Python.
  if (first.joiner === '.') return undefined;
  return matcher.get(first.lower) ?? formsIgnoringVersion(first.lower, matcher);
}

/** The longest spelled-out mention, or where that names no skill, one with an elided head. */
function bestMentionAt(
  tokens: readonly Token[],
  index: number,
  candidates: readonly SurfaceForm[],
): Mention | undefined {
  const spelled = longestMentionAt(tokens, index, candidates);
  if (spelled && !spelled.form.contextOnly) return spelled;
  return elidedMentionAt(tokens, index, spelled?.end ?? index + 1, candidates) ?? spelled;
}

function longestMentionAt(
  tokens: readonly Token[],
  index: number,
  candidates: readonly SurfaceForm[],
): Mention | undefined {
  for (const form of candidates) {
    const end = endOfMatch(form.tokens, 1, tokens, index + 1);
    if (end >= 0) return { form, start: index, end };
  }
  return undefined;
}

/**
 * A modifier whose head noun is shared with the next item: "manual and automated testing",
 * "front-end and back-end development", "unit/integration tests". The modifier (tokens
 * start to end) names the skill spelled by the modifier and the head together.
 */
function elidedMentionAt(
  tokens: readonly Token[],
  start: number,
  end: number,
  candidates: readonly SurfaceForm[],
): Mention | undefined {
  const next = tokens[end];
  if (!next) return undefined;
  const andOr = next.boundary === Boundary.Space && CONJUNCTIONS.has(next.lower);
  if (!andOr && next.joiner !== '/' && next.joiner !== '&') return undefined;
  const modifier = tokens.slice(start, end).map((token) => token.lower);
  const firstShared = andOr ? end + 1 : end;
  for (let index = firstShared; index <= firstShared + MAX_ELIDED_WORDS; index += 1) {
    const token = tokens[index];
    if (!token || token.boundary > Boundary.Space) return undefined;
    const form = candidates.find((candidate) => isModifierAndHead(candidate.tokens, modifier, token.lower));
    if (form) return { form, start, end };
  }
  return undefined;
}

function isModifierAndHead(
  formTokens: readonly string[],
  modifier: readonly string[],
  head: string,
): boolean {
  return (
    formTokens.length === modifier.length + 1 &&
    formTokens.at(-1) === head &&
    modifier.every((word, index) => formTokens[index] === word)
  );
}

/**
 * A name opening with a word English also uses as a verb reads as a verb phrase after a
 * subject, a modal or an infinitive: "we design systems", "ability to design systems",
 * unlike "building design systems".
 */
function readsAsVerbPhrase(tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens[mention.start]!;
  const previous = tokens[mention.start - 1];
  return (
    mention.end - mention.start > 1 &&
    VERBS_OPENING_NAMES.has(first.lower) &&
    previous !== undefined &&
    first.boundary === Boundary.Space &&
    VERB_CUES.has(previous.lower)
  );
}

const VERSION_SUFFIX = /^(\p{L}{2,})\d+$/u;
const PLUS_SIGN = 43;
const DIGIT_ZERO = 48;
const DIGIT_NINE = 57;

/** "HTML5", "Python3", "ES6+": a version glued to a known name. */
function formsIgnoringVersion(lower: string, matcher: SkillMatcher): readonly SurfaceForm[] | undefined {
  const last = lower.charCodeAt(lower.length - 1);
  const endsLikeVersion = last === PLUS_SIGN || (last >= DIGIT_ZERO && last <= DIGIT_NINE);
  if (!endsLikeVersion) return undefined;
  const withoutPlus = lower.endsWith('+') && !lower.endsWith('++') ? lower.slice(0, -1) : lower;
  if (withoutPlus !== lower) {
    const forms = matcher.get(withoutPlus);
    if (forms) return forms;
  }
  const stem = VERSION_SUFFIX.exec(withoutPlus)?.[1];
  return stem === undefined ? undefined : matcher.get(stem);
}

/**
 * One past the last text token matched by the form's words from `formIndex` on, starting at
 * text token `index`, or -1. Words continue a phrase only across spaces and joiners; a gap
 * takes the fewest words (at least one) that let the rest match.
 */
function endOfMatch(
  formTokens: readonly string[],
  formIndex: number,
  tokens: readonly Token[],
  index: number,
): number {
  let next = index;
  for (let position = formIndex; position < formTokens.length; position += 1) {
    if (formTokens[position] === GAP) return endAfterGap(formTokens, position + 1, tokens, next);
    const token = tokens[next];
    if (!token || token.boundary > Boundary.Space || token.lower !== formTokens[position]) return -1;
    next += 1;
  }
  return next;
}

function endAfterGap(
  formTokens: readonly string[],
  formIndex: number,
  tokens: readonly Token[],
  index: number,
): number {
  for (let filled = 1; filled <= MAX_GAP_WORDS; filled += 1) {
    const filler = tokens[index + filled - 1];
    if (!filler || filler.boundary > Boundary.Space || GAP_BREAKERS.has(filler.lower)) return -1;
    const end = endOfMatch(formTokens, formIndex, tokens, index + filled);
    if (end >= 0) return end;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Evidence: a mention spelled as an everyday English word counts only when its context
// shows the technology is meant.

interface MentionContext {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  confirmed: boolean[];
  /** Mention index by its first / last token index, -1 where none: finds list neighbours. */
  mentionStartingAt: Int32Array;
  mentionEndingAt: Int32Array;
  /** Skills written unmistakably somewhere in the text ("golang", "React.js"). */
  spelledOutSkills: ReadonlySet<string>;
  /** Skills with a confirmed mention so far: "Node developers" vouches for "know Node". */
  confirmedSkills: Set<string>;
}

enum Casing {
  Lower = 0,
  Capitalized = 1,
  Upper = 2,
}

/** Tokens between a mention and a skill that lends it support. */
const NEARBY_TOKENS = 6;
const NEARBY_TOKENS_FOR_LETTERS = 4;
/** Words of a product name after the skill's own: "Spark Structured Streaming". */
const MAX_NAME_WORDS = 3;
const MAX_INTRODUCED_LIST_TOKENS = 12;
const INNER_CAPITAL = /^.+\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const NAME_WORD_SEPARATOR = /[\s-]+/;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const CONJUNCTIONS = wordSet('and or');
/** Words that put a technology after them: "written in Go", "experience with Rust". */
const INTRODUCING_WORDS = wordSet('in with using use uses used of on via like to from as including');
/** In lower case only these introduce a technology; "to" would also take the verb ("to excel in"). */
const LOWER_CASE_INTRODUCING_WORDS = wordSet('in with using of on via');
/** Words after which "go", "react", "excel" are verbs or adjectives: "react to", "go the extra mile". */
const ENGLISH_FOLLOWERS = wordSet(
  'to at up out off over through ahead back away about into onto upon beyond along around forward down ' +
    'the a an your our their his her its my this that these those ' +
    'extra interest interests concern concerns gratitude live getter getters',
);
/** Subjects and modals, after which a word is a verb: "we react", "will go". */
const SUBJECT_AND_MODAL_WORDS = 'i we you they he she will would can could must should may might shall ll';
/** Words before which "go", "react", "excel" are verbs or dates: "we react", "will go", "every Monday". */
const ENGLISH_PRECEDERS = wordSet(
  `${SUBJECT_AND_MODAL_WORDS} cannot not never please let lets every each next last`,
);
/** Words after which "design systems" is something to do, not a thing to know. */
const VERB_CUES = wordSet(`${SUBJECT_AND_MODAL_WORDS} to help`);
/** First words of skill names that English also uses as verbs. */
const VERBS_OPENING_NAMES = wordSet('design');
/**
 * Words after which a word is a noun, so a "to" after it is no verb particle: "using Shiny
 * to build", "from Puppet to Ansible", "Scala on Spark at a bank".
 */
const NOUN_INTRODUCERS = wordSet('using with via from on');
/** Prepositions and verbs that follow a noun, not an adjective: "Go on", "Rust is". */
const WORDS_AFTER_A_NOUN = wordSet('in on for with from via as is are was were');
/** Nouns that make the word before them a technology even in lower case: "rust programming". */
const TECHNICAL_NOUNS = wordSet(
  'programming programmer programmers language lang developer developers engineer engineers ' +
    'codebase codebases framework frameworks library libraries sdk runtime compiler toolchain ' +
    'script scripts scripting macro macros spreadsheet spreadsheets workbook workbooks formulas ' +
    'cookbook cookbooks manifest manifests module modules package packages api apis ' +
    'microservice microservices component components hooks app apps backend frontend',
);
/** Nouns that do the same only for a capitalised word: "Go experience", "Excel skills". */
const CAPITALISED_TECHNICAL_NOUNS = wordSet(
  'code coding development skills skill experience expertise knowledge proficiency background ' +
    'service services application applications server servers database databases cluster clusters ' +
    'project projects version versions ecosystem community certification based tooling tools ' +
    'tests dashboards queries pipelines expert experts specialist architect stack',
);
/** Job titles that name their skill area when they head a posting: "Marketing Coordinator". */
const ROLE_NOUNS = wordSet(
  'manager coordinator analyst consultant director lead executive associate assistant',
);
/** Vendors whose name before a word makes it their product: "MS Excel", "Apple Swift". */
const VENDORS = wordSet('ms microsoft apple google apache');
/** Levels that make the word after them a skill: "Intermediate Excel", "basic Go". */
const PROFICIENCY_LEVELS = wordSet('basic intermediate advanced');
/** Opening words of a line that lists skills: "Skills:", "Tech stack —", "Nice to have:". */
const SKILL_SECTION_HEADINGS = wordSet(
  'skills skill languages language technologies technology tech stack tools tooling frameworks libraries ' +
    'databases platforms software competencies proficiencies expertise environment programming ' +
    'requirements required preferred qualifications experience knowledge familiarity have bonus plus',
);
const HEADING_SEPARATOR = /[:|—–]|\s-\s/;
const YEAR = /^(?:19|20)\d\d$/;
const VERSION_NUMBER = /^\d{1,2}$/;

function confirmedMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  if (!mentions.some((mention) => mention.form.ambiguous)) return [...mentions];
  const context = mentionContext(text, tokens, mentions);
  // Confirming one English-word skill can confirm its list neighbours ("Go, Rust, Swift"),
  // so passes repeat until nothing changes, alternating direction to spread both ways.
  let forward = true;
  while (confirmPass(context, forward)) forward = !forward;
  return mentions.filter((_, index) => context.confirmed[index]);
}

function confirmPass(context: MentionContext, forward: boolean): boolean {
  let changed = false;
  const count = context.mentions.length;
  for (let step = 0; step < count; step += 1) {
    const index = forward ? step : count - 1 - step;
    if (!context.confirmed[index] && hasSupportingContext(context, index)) {
      context.confirmed[index] = true;
      context.confirmedSkills.add(context.mentions[index]!.form.skill);
      changed = true;
    }
  }
  return changed;
}

function mentionContext(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): MentionContext {
  const mentionStartingAt = new Int32Array(tokens.length).fill(-1);
  const mentionEndingAt = new Int32Array(tokens.length).fill(-1);
  const spelledOutSkills = new Set<string>();
  mentions.forEach((mention, index) => {
    mentionStartingAt[mention.start] = index;
    mentionEndingAt[mention.end - 1] = index;
    if (!mention.form.ambiguous) spelledOutSkills.add(mention.form.skill);
  });
  const confirmed = mentions.map((mention) => !mention.form.ambiguous);
  const confirmedSkills = new Set(spelledOutSkills);
  return {
    text,
    tokens,
    mentions,
    confirmed,
    mentionStartingAt,
    mentionEndingAt,
    spelledOutSkills,
    confirmedSkills,
  };
}

function hasSupportingContext(context: MentionContext, index: number): boolean {
  const mention = context.mentions[index]!;
  const token = context.tokens[mention.start]!;
  if (readsAsEnglish(context, mention) || isPairedWithPlainWord(context, mention)) return false;
  if (token.lower.length === 1) return singleLetterIsSkill(context, index);
  if (isWrittenLikeItsName(token.raw, mention.form.name)) return true;
  const casing = casingOf(token.raw);
  if (isListedWithSkills(context, mention) || isQualified(context, mention, casing)) return true;
  if (casing === Casing.Lower) {
    return (
      followsIntroducingWord(context, mention, LOWER_CASE_INTRODUCING_WORDS) &&
      endsNounPhrase(context, mention.end) &&
      hasConfirmedSkillNearby(context, index, NEARBY_TOKENS)
    );
  }
  if (casing === Casing.Upper) return false;
  if (context.spelledOutSkills.has(mention.form.skill)) return true;
  // A capital at a sentence start says nothing; inside a sentence it marks a name.
  if (token.boundary === Boundary.Sentence || isInsideProperName(context, mention)) return false;
  return (
    context.confirmedSkills.has(mention.form.skill) ||
    hasConfirmedNeighbour(context, mention.form.skill) ||
    isInIntroducedList(context, mention) ||
    hasConfirmedSkillNearby(context, index, NEARBY_TOKENS)
  );
}

/**
 * "SAFe", "LaTeX", "REST", "SOLID": spelled with the unusual capitals of the skill's name,
 * which an English word never has.
 */
function isWrittenLikeItsName(raw: string, name: string): boolean {
  const unusualCapitals = ALL_CAPITALS.test(raw) || (INNER_CAPITAL.test(raw) && LOWER_CASE_LETTER.test(raw));
  return unusualCapitals && name.split(NAME_WORD_SEPARATOR).includes(raw);
}

/** "C" and "R" are also grades, plans, series and initials: they need a list or a clear cue. */
function singleLetterIsSkill(context: MentionContext, index: number): boolean {
  const mention = context.mentions[index]!;
  const token = context.tokens[mention.start]!;
  if (isGluedToWord(context, mention)) return false;
  if (isListedWithSkills(context, mention)) return true;
  if (token.raw === token.lower) return false;
  if (isQualified(context, mention, Casing.Lower)) return true;
  if (token.boundary === Boundary.Sentence) return false;
  return (
    followsIntroducingWord(context, mention, INTRODUCING_WORDS) ||
    // "…in Rust, with some legacy C.": a letter closing a clause among skills.
    (endsListItem(context, mention.end) && hasConfirmedSkillNearby(context, index, NEARBY_TOKENS_FOR_LETTERS))
  );
}

function casingOf(raw: string): Casing {
  if (raw === raw.toLowerCase()) return Casing.Lower;
  return raw.length > 1 && raw === raw.toUpperCase() ? Casing.Upper : Casing.Capitalized;
}

function readsAsEnglish(context: MentionContext, mention: Mention): boolean {
  const next = context.tokens[mention.end];
  if (next && isSpaceOrHyphenBefore(context, mention.end)) {
    const followerReadsAsVerb =
      ENGLISH_FOLLOWERS.has(next.lower) && !followsIntroducingWord(context, mention, NOUN_INTRODUCERS);
    if (followerReadsAsVerb || isAdverb(next.lower) || YEAR.test(next.lower)) return true;
  }
  const previous = context.tokens[mention.start - 1];
  return (
    previous !== undefined &&
    context.tokens[mention.start]!.boundary === Boundary.Space &&
    ENGLISH_PRECEDERS.has(previous.lower)
  );
}

function isAdverb(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ly');
}

function isQualified(context: MentionContext, mention: Mention, casing: Casing): boolean {
  const next = context.tokens[mention.end];
  if (next && isSpaceOrHyphenBefore(context, mention.end)) {
    if (TECHNICAL_NOUNS.has(next.lower)) return true;
    const capitalisedCue = CAPITALISED_TECHNICAL_NOUNS.has(next.lower) || VERSION_NUMBER.test(next.lower);
    // "Chef experience" opening a sentence of a kitchen job: the capital is no cue there,
    // nor is a title ("Chef Manager") in a text that spells out no technical skill at all.
    const technicalText = context.spelledOutSkills.size > 0;
    const capitalIsACue = context.tokens[mention.start]!.boundary !== Boundary.Sentence || technicalText;
    if (casing === Casing.Capitalized && capitalisedCue && capitalIsACue) return true;
    const titleCue = ROLE_NOUNS.has(next.lower) && isInTitle(context, mention) && technicalText;
    if (casing === Casing.Capitalized && titleCue) return true;
  }
  const previous = context.tokens[mention.start - 1];
  return (
    previous !== undefined &&
    context.tokens[mention.start]!.boundary === Boundary.Space &&
    (VENDORS.has(previous.lower) || PROFICIENCY_LEVELS.has(previous.lower))
  );
}

/**
 * Every word from the start of the line up to the mention is capitalised: a heading such as
 * "Senior Marketing Manager", not "report to the Marketing Director".
 */
function isInTitle(context: MentionContext, mention: Mention): boolean {
  for (let index = sentenceStart(context.tokens, mention.start); index < mention.start; index += 1) {
    if (casingOf(context.tokens[index]!.raw) === Casing.Lower) return false;
  }
  return true;
}

/**
 * Next to a confirmed skill in a list ("Python, Go", "C/C++"), an item of a "Skills:" line,
 * or amid other capitalised skill names ("Go, Rust and Swift").
 */
function isListedWithSkills(context: MentionContext, mention: Mention): boolean {
  const itemEnd = endOfTitleCaseName(context, mention.end);
  const before = mentionItemBefore(context, mention.start);
  const after = mentionItemAfter(context, itemEnd);
  if (isConfirmedListItem(context, after)) return true;
  if (isConfirmedListItem(context, before) && endsNounPhrase(context, itemEnd)) return true;
  if (!startsListItem(context, mention.start) || !endsListItem(context, itemEnd)) return false;
  const capitalised = casingOf(context.tokens[mention.start]!.raw) !== Casing.Lower;
  return isInSkillSection(context, mention) || (capitalised && before >= 0 && after >= 0);
}

/** A list item may be a longer product name: "Spark Structured Streaming, Kafka Connect". */
function endOfTitleCaseName(context: MentionContext, tokenIndex: number): number {
  let end = tokenIndex;
  while (end < tokenIndex + MAX_NAME_WORDS) {
    const next = context.tokens[end];
    const continuesName =
      next !== undefined &&
      next.boundary === Boundary.Space &&
      casingOf(next.raw) === Casing.Capitalized &&
      context.mentionStartingAt[end] === -1;
    if (!continuesName) break;
    end += 1;
  }
  return end;
}

/**
 * The word is not describing the word after it: "Node.js; solid understanding of REST" is
 * no SOLID, while "express and mongoose on node.js" lists Mongoose.
 */
function endsNounPhrase(context: MentionContext, itemEnd: number): boolean {
  const next = context.tokens[itemEnd];
  if (!next || endsListItem(context, itemEnd)) return true;
  return (
    WORDS_AFTER_A_NOUN.has(next.lower) ||
    VERSION_NUMBER.test(next.lower) ||
    isConfirmed(context, mentionAt(context.mentionStartingAt, itemEnd))
  );
}

function startsListItem(context: MentionContext, tokenIndex: number): boolean {
  const token = context.tokens[tokenIndex];
  if (tokenIndex === 0 || !token || token.boundary >= Boundary.List || isSlashBefore(context, tokenIndex)) {
    return true;
  }
  return token.boundary === Boundary.Space && CONJUNCTIONS.has(context.tokens[tokenIndex - 1]?.lower ?? '');
}

function endsListItem(context: MentionContext, tokenIndex: number): boolean {
  const next = context.tokens[tokenIndex];
  if (!next || next.boundary >= Boundary.List || isSlashBefore(context, tokenIndex)) return true;
  return next.boundary === Boundary.Space && CONJUNCTIONS.has(next.lower);
}

/** The mention forming the list item just before this one ("Python, Go", "Python and Go"), or -1. */
function mentionItemBefore(context: MentionContext, itemStart: number): number {
  const { tokens } = context;
  const first = tokens[itemStart];
  if (itemStart === 0 || !first || first.boundary === Boundary.Sentence) return -1;
  const conjunction = tokens[itemStart - 1]!;
  if (first.boundary === Boundary.Space && CONJUNCTIONS.has(conjunction.lower)) {
    return conjunction.boundary === Boundary.Sentence
      ? -1
      : mentionAt(context.mentionEndingAt, itemStart - 2);
  }
  const separated = first.boundary === Boundary.List || isSlashBefore(context, itemStart);
  return separated ? mentionAt(context.mentionEndingAt, itemStart - 1) : -1;
}

/** The mention forming the list item just after this one, or -1. */
function mentionItemAfter(context: MentionContext, itemEnd: number): number {
  const { tokens } = context;
  const next = tokens[itemEnd];
  if (!next || next.boundary === Boundary.Sentence) return -1;
  if (next.boundary === Boundary.Space && CONJUNCTIONS.has(next.lower)) {
    const afterConjunction = tokens[itemEnd + 1];
    const continues = afterConjunction !== undefined && afterConjunction.boundary !== Boundary.Sentence;
    return continues ? mentionAt(context.mentionStartingAt, itemEnd + 1) : -1;
  }
  const separated = next.boundary === Boundary.List || isSlashBefore(context, itemEnd);
  return separated ? mentionAt(context.mentionStartingAt, itemEnd) : -1;
}

function mentionAt(mentionIndexByToken: Int32Array, tokenIndex: number): number {
  return tokenIndex >= 0 ? (mentionIndexByToken[tokenIndex] ?? -1) : -1;
}

function isConfirmed(context: MentionContext, mentionIndex: number): boolean {
  return mentionIndex >= 0 && context.confirmed[mentionIndex] === true;
}

function isConfirmedListItem(context: MentionContext, mentionIndex: number): boolean {
  return isConfirmed(context, mentionIndex) && !context.mentions[mentionIndex]!.form.clause;
}

/** The line opens with a heading such as "Skills:" or "Tech stack —". */
function isInSkillSection(context: MentionContext, mention: Mention): boolean {
  const lineStart = sentenceStart(context.tokens, mention.start);
  const headingEnd = Math.min(lineStart + 3, mention.start);
  for (let index = lineStart; index < headingEnd; index += 1) {
    if (
      SKILL_SECTION_HEADINGS.has(context.tokens[index]!.lower) &&
      HEADING_SEPARATOR.test(gapBefore(context, index + 1))
    ) {
      return true;
    }
  }
  return false;
}

function sentenceStart(tokens: readonly Token[], tokenIndex: number): number {
  const { sentence } = tokens[tokenIndex]!;
  let index = tokenIndex;
  while (index > 0 && tokens[index - 1]!.sentence === sentence) index -= 1;
  return index;
}

/** "American Express", "Taylor Swift", "the Rust Belt", "our Swift Current office". */
function isInsideProperName(context: MentionContext, mention: Mention): boolean {
  const { tokens } = context;
  const previous = tokens[mention.start - 1];
  const capitalisedBefore =
    previous !== undefined &&
    tokens[mention.start]!.boundary === Boundary.Space &&
    previous.boundary !== Boundary.Sentence &&
    casingOf(previous.raw) === Casing.Capitalized &&
    context.mentionEndingAt[mention.start - 1] === -1;
  const next = tokens[mention.end];
  const capitalisedAfter =
    next !== undefined &&
    next.boundary === Boundary.Space &&
    casingOf(next.raw) === Casing.Capitalized &&
    context.mentionStartingAt[mention.end] === -1;
  return capitalisedBefore || capitalisedAfter;
}

function followsIntroducingWord(
  context: MentionContext,
  mention: Mention,
  introducingWords: ReadonlySet<string>,
): boolean {
  const previous = context.tokens[mention.start - 1];
  return (
    previous !== undefined &&
    context.tokens[mention.start]!.boundary === Boundary.Space &&
    introducingWords.has(previous.lower)
  );
}

/**
 * Follows an introducing word directly or as part of a list of names: "with Excel",
 * "proficient with Word, Excel and PowerPoint".
 */
function isInIntroducedList(context: MentionContext, mention: Mention): boolean {
  const { tokens } = context;
  let listStart = mention.start;
  while (listStart > 0 && mention.start - listStart < MAX_INTRODUCED_LIST_TOKENS) {
    const previous = tokens[listStart - 1]!;
    const continuesList =
      tokens[listStart]!.boundary !== Boundary.Sentence &&
      tokens[listStart]!.boundary !== Boundary.Joined &&
      (casingOf(previous.raw) !== Casing.Lower || CONJUNCTIONS.has(previous.lower));
    if (!continuesList) break;
    listStart -= 1;
  }
  return followsIntroducingWord(context, { ...mention, start: listStart }, INTRODUCING_WORDS);
}

/** The text confirms a skill the taxonomy links to this one: "Solidity" beside "smart contracts". */
function hasConfirmedNeighbour(context: MentionContext, skill: string): boolean {
  return (skillNeighbours().get(skill) ?? []).some((neighbour) => context.confirmedSkills.has(neighbour));
}

function hasConfirmedSkillNearby(context: MentionContext, index: number, maxDistance: number): boolean {
  const { mentions, tokens } = context;
  const mention = mentions[index]!;
  const sentence = tokens[mention.start]!.sentence;
  for (let other = index - 1; other >= 0; other -= 1) {
    const candidate = mentions[other]!;
    if (mention.start - candidate.end > maxDistance || tokens[candidate.start]!.sentence !== sentence) break;
    if (context.confirmed[other]) return true;
  }
  for (let other = index + 1; other < mentions.length; other += 1) {
    const candidate = mentions[other]!;
    if (candidate.start - mention.end > maxDistance || tokens[candidate.start]!.sentence !== sentence) break;
    if (context.confirmed[other]) return true;
  }
  return false;
}

/** "R&D", "C-level", "C's": the letter is part of another word. A slash lists ("C/C++"). */
function isGluedToWord(context: MentionContext, mention: Mention): boolean {
  const { tokens } = context;
  const gluedBefore =
    mention.start > 0 &&
    tokens[mention.start]!.boundary === Boundary.Joined &&
    !isSlashBefore(context, mention.start);
  const after = tokens[mention.end];
  const gluedAfter =
    after !== undefined && after.boundary === Boundary.Joined && !isSlashBefore(context, mention.end);
  return gluedBefore || gluedAfter;
}

/** "Go/No-Go", "Plan B/C": slashes and hyphens pair skills ("Python/Go"), but also plain words. */
function isPairedWithPlainWord(context: MentionContext, mention: Mention): boolean {
  const { tokens } = context;
  const joinerBefore = tokens[mention.start]!.joiner;
  const gluedBefore =
    (joinerBefore === '/' || joinerBefore === '-') &&
    mentionAt(context.mentionEndingAt, mention.start - 1) < 0;
  const slashAfter =
    isSlashBefore(context, mention.end) && mentionAt(context.mentionStartingAt, mention.end) < 0;
  return gluedBefore || slashAfter;
}

function gapBefore(context: MentionContext, tokenIndex: number): string {
  const token = context.tokens[tokenIndex];
  const previous = context.tokens[tokenIndex - 1];
  if (!token || !previous) return '';
  return context.text.slice(previous.end, token.start);
}

function isSlashBefore(context: MentionContext, tokenIndex: number): boolean {
  return context.tokens[tokenIndex]?.joiner === '/';
}

function isSpaceOrHyphenBefore(context: MentionContext, tokenIndex: number): boolean {
  const token = context.tokens[tokenIndex];
  return token !== undefined && (token.boundary === Boundary.Space || token.joiner === '-');
}

// ---------------------------------------------------------------------------------------

function countBySkill(mentions: readonly Mention[]): ExtractedSkill[] {
  const counts = new Map<string, number>();
  for (const { form } of mentions) counts.set(form.skill, (counts.get(form.skill) ?? 0) + 1);
  return [...counts]
    .map(([skill, count]) => ({ skill, count }))
    .sort((a, b) => b.count - a.count || compareIds(a.skill, b.skill));
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
