import type { LabelledSnippet } from './extraction-evaluation.js';

/** The extractor under calibration: each skill it finds with its confidence. */
export type ConfidentSkillExtractor = (text: string) => readonly { skill: string; confidence: number }[];

export interface ConfidenceBand {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, except for the top band, which includes 1. */
  to: number;
  found: number;
  correct: number;
  /** correct / found; undefined for an empty band. */
  precision: number | undefined;
}

/** The bands BENCHMARKS.md reports, highest first. */
export const CONFIDENCE_BAND_EDGES: readonly number[] = [0.9, 0.7, 0.5, 0];

/**
 * Precision of the found skills per confidence band over labelled texts: whether a higher
 * confidence really means a likelier skill.
 */
export function confidenceBands(
  snippets: readonly LabelledSnippet[],
  extract: ConfidentSkillExtractor,
): ConfidenceBand[] {
  const bands = CONFIDENCE_BAND_EDGES.map((from, index) => ({
    from,
    to: index === 0 ? 1 : (CONFIDENCE_BAND_EDGES[index - 1] ?? 1),
    found: 0,
    correct: 0,
  }));
  for (const snippet of snippets) {
    const expected = new Set(snippet.expected);
    for (const { skill, confidence } of extract(snippet.text)) {
      const band = bands.find((candidate) => confidence >= candidate.from) ?? bands.at(-1)!;
      band.found += 1;
      if (expected.has(skill)) band.correct += 1;
    }
  }
  return bands.map((band) => ({
    ...band,
    precision: band.found === 0 ? undefined : band.correct / band.found,
  }));
}
