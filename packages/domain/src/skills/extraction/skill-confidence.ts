import { Support } from './disambiguation.js';

/**
 * How likely a found skill is really meant, in [0, 1]. A mention's evidence sets it:
 *
 * - 0.95 — spelled as no everyday word does: "Kubernetes", "PostgreSQL", "React.js";
 * - 0.90 — an everyday word with a cue only the technology takes: "Go developer", "MS Excel",
 *   "SAFe", or the same skill spelled out elsewhere ("golang");
 * - 0.80 — an everyday word listed among confirmed skills or on a "Skills:" line;
 * - 0.60 — an everyday word with only company to vouch for it: a skill a few words away, a
 *   list opened by "with", a linked skill; 0.50 for a single letter ("C", "R") so vouched for.
 *
 * A mention naming colleagues ("pair with Android engineers") shows the skill is around the job,
 * not that the job asks for it, so it counts as company does (0.60).
 *
 * Soft skills and methodologies are ordinary phrases ("communication", "code review") that
 * a text names without asking for them, so their mentions count for less. Further mentions
 * raise a skill's confidence, each by half of what it would add alone, as repeats of one
 * reading are not independent evidence. BENCHMARKS.md records the precision of each band
 * on the labelled set.
 */
const SUPPORT_CONFIDENCE: Readonly<Record<Support, number>> = {
  [Support.None]: 0,
  [Support.Nearby]: 0.6,
  [Support.Listed]: 0.8,
  [Support.Qualified]: 0.9,
  [Support.Spelled]: 0.95,
};
const SINGLE_LETTER_NEARBY_CONFIDENCE = 0.5;
/** The most a category of ordinary phrases reaches from one mention. */
const PHRASE_CATEGORY_CEILING: Readonly<Partial<Record<string, number>>> = {
  soft_skill: 0.6,
  methodology_concept: 0.8,
};
const COLLEAGUE_CEILING = SUPPORT_CONFIDENCE[Support.Nearby];
const REPEAT_WEIGHT = 0.5;
const MAX_CONFIDENCE = 0.99;

/** How much one mention says, given its skill's category, the letters it spans and whom it names. */
export function mentionConfidence(
  support: Support,
  letters: number,
  category: string,
  namesColleagues: boolean,
): number {
  const fromSupport =
    support === Support.Nearby && letters === 1
      ? SINGLE_LETTER_NEARBY_CONFIDENCE
      : SUPPORT_CONFIDENCE[support];
  const ceiling = Math.min(PHRASE_CATEGORY_CEILING[category] ?? 1, namesColleagues ? COLLEAGUE_CEILING : 1);
  return Math.min(fromSupport, ceiling);
}

/** The strongest mention's confidence, raised by the others'. */
export function skillConfidence(mentionConfidences: readonly number[]): number {
  const [strongest = 0, ...others] = [...mentionConfidences].sort((a, b) => b - a);
  const doubt = others.reduce((remaining, other) => remaining * (1 - other * REPEAT_WEIGHT), 1 - strongest);
  return Math.round(Math.min(1 - doubt, MAX_CONFIDENCE) * 1000) / 1000;
}
