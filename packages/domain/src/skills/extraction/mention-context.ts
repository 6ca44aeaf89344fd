// The mentions of one text with what disambiguation asks of their surroundings: list
// neighbours, casing, sentence and clause boundaries.

import { CONJUNCTIONS } from './english-cues.js';
import type { Mention } from './phrase-matching.js';
import { Boundary, type Token } from './tokens.js';

export interface MentionContext {
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

export enum Casing {
  Lower = 0,
  Capitalized = 1,
  Upper = 2,
}

export function mentionContext(
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

export function casingOf(raw: string): Casing {
  if (raw === raw.toLowerCase()) return Casing.Lower;
  return raw.length > 1 && raw === raw.toUpperCase() ? Casing.Upper : Casing.Capitalized;
}

export function startsListItem(context: MentionContext, tokenIndex: number): boolean {
  const token = context.tokens[tokenIndex];
  if (tokenIndex === 0 || !token || token.boundary >= Boundary.List || isSlashBefore(context, tokenIndex)) {
    return true;
  }
  return token.boundary === Boundary.Space && CONJUNCTIONS.has(context.tokens[tokenIndex - 1]?.lower ?? '');
}

export function endsListItem(context: MentionContext, tokenIndex: number): boolean {
  const next = context.tokens[tokenIndex];
  if (!next || next.boundary >= Boundary.List || isSlashBefore(context, tokenIndex)) return true;
  return next.boundary === Boundary.Space && CONJUNCTIONS.has(next.lower);
}

/** The mention forming the list item just before this one ("Python, Go", "Python and Go"), or -1. */
export function mentionItemBefore(context: MentionContext, itemStart: number): number {
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
export function mentionItemAfter(context: MentionContext, itemEnd: number): number {
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

export function mentionAt(mentionIndexByToken: Int32Array, tokenIndex: number): number {
  return tokenIndex >= 0 ? (mentionIndexByToken[tokenIndex] ?? -1) : -1;
}

export function isConfirmed(context: MentionContext, mentionIndex: number): boolean {
  return mentionIndex >= 0 && context.confirmed[mentionIndex] === true;
}

export function isConfirmedListItem(context: MentionContext, mentionIndex: number): boolean {
  return isConfirmed(context, mentionIndex) && !context.mentions[mentionIndex]!.form.clause;
}

export function sentenceStart(tokens: readonly Token[], tokenIndex: number): number {
  const { sentence } = tokens[tokenIndex]!;
  let index = tokenIndex;
  while (index > 0 && tokens[index - 1]!.sentence === sentence) index -= 1;
  return index;
}

/** "American Express", "Taylor Swift", "the Rust Belt", "our Swift Current office". */
export function isInsideProperName(context: MentionContext, mention: Mention): boolean {
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

export function followsIntroducingWord(
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

export function hasConfirmedSkillNearby(
  context: MentionContext,
  index: number,
  maxDistance: number,
): boolean {
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
export function isGluedToWord(context: MentionContext, mention: Mention): boolean {
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
export function isPairedWithPlainWord(context: MentionContext, mention: Mention): boolean {
  const { tokens } = context;
  const joinerBefore = tokens[mention.start]!.joiner;
  const gluedBefore =
    (joinerBefore === '/' || joinerBefore === '-') &&
    mentionAt(context.mentionEndingAt, mention.start - 1) < 0;
  const slashAfter =
    isSlashBefore(context, mention.end) && mentionAt(context.mentionStartingAt, mention.end) < 0;
  return gluedBefore || slashAfter;
}

export function gapBefore(context: MentionContext, tokenIndex: number): string {
  const token = context.tokens[tokenIndex];
  const previous = context.tokens[tokenIndex - 1];
  if (!token || !previous) return '';
  return context.text.slice(previous.end, token.start);
}

function isSlashBefore(context: MentionContext, tokenIndex: number): boolean {
  return context.tokens[tokenIndex]?.joiner === '/';
}

export function isSpaceOrHyphenBefore(context: MentionContext, tokenIndex: number): boolean {
  const token = context.tokens[tokenIndex];
  return token !== undefined && (token.boundary === Boundary.Space || token.joiner === '-');
}
