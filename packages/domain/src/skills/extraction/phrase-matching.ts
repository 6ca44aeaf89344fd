// Matching: left to right, the longest surface form starting at each token.

import { CONJUNCTIONS, VERB_CUES, VERBS_OPENING_NAMES, wordSet } from './english-cues.js';
import { GAP, type SkillMatcher, type SurfaceForm } from './surface-forms.js';
import { Boundary, type Token } from './tokens.js';

/** The most words a text form's gap lets through: "presented ... to". */
const MAX_GAP_WORDS = 3;
/** Words between an elided modifier and the head it shares: "manual and exploratory testing". */
const MAX_ELIDED_WORDS = 2;
/** Words that end the phrase a gap may span: "present in the office to" is no presentation. */
const GAP_BREAKERS = wordSet('in on at for with from by as into');

export interface Mention {
  form: SurfaceForm;
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
}

export function findMentions(tokens: readonly Token[], matcher: SkillMatcher): Mention[] {
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
