// Evidence: a mention spelled as an everyday English word counts only when its context
// shows the technology is meant.

import {
  CAPITALISED_TECHNICAL_NOUNS,
  CONJUNCTIONS,
  ENGLISH_FOLLOWERS,
  ENGLISH_PRECEDERS,
  HEADING_SEPARATOR,
  INTRODUCING_WORDS,
  LOWER_CASE_INTRODUCING_WORDS,
  NOUN_INTRODUCERS,
  PROFICIENCY_LEVELS,
  ROLE_NOUNS,
  SKILL_SECTION_HEADINGS,
  TECHNICAL_NOUNS,
  VENDORS,
  VERSION_NUMBER,
  WORDS_AFTER_A_NOUN,
  YEAR,
} from './english-cues.js';
import {
  Casing,
  casingOf,
  endsListItem,
  followsIntroducingWord,
  gapBefore,
  hasConfirmedSkillNearby,
  isConfirmed,
  isConfirmedListItem,
  isGluedToWord,
  isInsideProperName,
  isPairedWithPlainWord,
  isSpaceOrHyphenBefore,
  type MentionContext,
  mentionAt,
  mentionContext,
  mentionItemAfter,
  mentionItemBefore,
  sentenceStart,
  startsListItem,
} from './mention-context.js';
import type { Mention } from './phrase-matching.js';
import { skillNeighbours } from './skill-neighbours.js';
import { Boundary, type Token } from './tokens.js';

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

/** What made a mention count as its skill, from the weakest evidence to the strongest. */
export enum Support {
  None = 0,
  /** Only the company it keeps: a skill nearby, a list opened by "with", a linked skill. */
  Nearby = 1,
  /** An item of a list of confirmed skills or of a "Skills:" line, or a skill confirmed elsewhere. */
  Listed = 2,
  /** A cue only the technology takes: "Go developer", "MS Excel", "SAFe", "golang" elsewhere. */
  Qualified = 3,
  /** A spelling that is no everyday word: "Kubernetes", "PostgreSQL", "React.js". */
  Spelled = 4,
}

export interface ConfirmedMention extends Mention {
  support: Support;
}

export function confirmedMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): ConfirmedMention[] {
  if (!mentions.some((mention) => mention.form.ambiguous)) {
    return mentions.map(({ form, start, end }) => ({ form, start, end, support: Support.Spelled }));
  }
  const context = mentionContext(text, tokens, mentions);
  const support = mentions.map((mention) => (mention.form.ambiguous ? Support.None : Support.Spelled));
  // Confirming one English-word skill can confirm its list neighbours ("Go, Rust, Swift"),
  // so passes repeat until nothing changes, alternating direction to spread both ways.
  let forward = true;
  while (confirmPass(context, support, forward)) forward = !forward;
  const confirmed: ConfirmedMention[] = [];
  mentions.forEach(({ form, start, end }, index) => {
    if (context.confirmed[index])
      confirmed.push({ form, start, end, support: support[index] ?? Support.None });
  });
  return confirmed;
}

function confirmPass(context: MentionContext, support: Support[], forward: boolean): boolean {
  let changed = false;
  const count = context.mentions.length;
  for (let step = 0; step < count; step += 1) {
    const index = forward ? step : count - 1 - step;
    if (context.confirmed[index]) continue;
    const found = supportingContext(context, index);
    if (found !== Support.None) {
      context.confirmed[index] = true;
      support[index] = found;
      context.confirmedSkills.add(context.mentions[index]!.form.skill);
      changed = true;
    }
  }
  return changed;
}

function supportingContext(context: MentionContext, index: number): Support {
  const mention = context.mentions[index]!;
  const token = context.tokens[mention.start]!;
  if (readsAsEnglish(context, mention) || isPairedWithPlainWord(context, mention)) return Support.None;
  if (token.lower.length === 1) return singleLetterSupport(context, index);
  if (isWrittenLikeItsName(token.raw, mention.form.name)) return Support.Qualified;
  const casing = casingOf(token.raw);
  if (isQualified(context, mention, casing)) return Support.Qualified;
  if (isListedWithSkills(context, mention)) return Support.Listed;
  if (casing === Casing.Lower) {
    const introducedAmongSkills =
      followsIntroducingWord(context, mention, LOWER_CASE_INTRODUCING_WORDS) &&
      endsNounPhrase(context, mention.end) &&
      hasConfirmedSkillNearby(context, index, NEARBY_TOKENS);
    return introducedAmongSkills ? Support.Nearby : Support.None;
  }
  if (casing === Casing.Upper) return Support.None;
  if (context.spelledOutSkills.has(mention.form.skill)) return Support.Qualified;
  // A capital at a sentence start says nothing; inside a sentence it marks a name.
  if (token.boundary === Boundary.Sentence || isInsideProperName(context, mention)) return Support.None;
  if (context.confirmedSkills.has(mention.form.skill)) return Support.Listed;
  const inCompany =
    hasConfirmedNeighbour(context, mention.form.skill) ||
    isInIntroducedList(context, mention) ||
    hasConfirmedSkillNearby(context, index, NEARBY_TOKENS);
  return inCompany ? Support.Nearby : Support.None;
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
function singleLetterSupport(context: MentionContext, index: number): Support {
  const mention = context.mentions[index]!;
  const token = context.tokens[mention.start]!;
  if (isGluedToWord(context, mention)) return Support.None;
  if (isListedWithSkills(context, mention)) return Support.Listed;
  if (token.raw === token.lower) return Support.None;
  if (isQualified(context, mention, Casing.Lower)) return Support.Qualified;
  if (token.boundary === Boundary.Sentence) return Support.None;
  const inCompany =
    followsIntroducingWord(context, mention, INTRODUCING_WORDS) ||
    // "…in Rust, with some legacy C.": a letter closing a clause among skills.
    (endsListItem(context, mention.end) &&
      hasConfirmedSkillNearby(context, index, NEARBY_TOKENS_FOR_LETTERS));
  return inCompany ? Support.Nearby : Support.None;
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
