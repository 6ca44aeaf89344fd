import { confidenceBands, evaluateExtraction, labelledSnippets } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { extractSkills, findSkills } from './extract-skills.js';

describe('extractSkills on the labelled set', () => {
  it('scores the full labelled set at precision >= 0.95 and recall >= 0.92', () => {
    const evaluation = evaluateExtraction(labelledSnippets, extractSkills);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.92);
  });

  it('keeps every confidence band at precision >= 0.9 and puts most findings in the top one', () => {
    const bands = confidenceBands(labelledSnippets, findSkills);
    const found = bands.reduce((total, band) => total + band.found, 0);
    expect(bands[0]!.found / found).toBeGreaterThan(0.5);
    for (const band of bands)
      if (band.found > 0) expect(band.precision, `from ${band.from}`).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks the bands: each is at least as precise as every band below it', () => {
    const filled = confidenceBands(labelledSnippets, findSkills).filter((band) => band.found > 0);
    filled.forEach((band, index) => {
      for (const lower of filled.slice(index + 1))
        expect(band.precision, `${band.from} against ${lower.from}`).toBeGreaterThanOrEqual(lower.precision!);
    });
  });
});
