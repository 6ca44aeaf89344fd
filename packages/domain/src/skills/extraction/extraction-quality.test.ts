import { evaluateExtraction, labelledSnippets } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract-skills.js';

describe('extractSkills on the labelled set', () => {
  it('scores the full labelled set at precision >= 0.95 and recall >= 0.92', () => {
    const evaluation = evaluateExtraction(labelledSnippets, extractSkills);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.92);
  });
});
