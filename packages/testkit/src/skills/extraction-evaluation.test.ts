import { extractSkills, findSkill } from '@career-navigator/domain/internal';
import { describe, expect, it } from 'vitest';
import { evaluateExtraction, labelledSnippets } from './index.js';

describe('labelledSnippets', () => {
  it('holds at least 70 snippets with unique ids, from both job postings and resumes', () => {
    expect(labelledSnippets.length).toBeGreaterThanOrEqual(70);
    expect(new Set(labelledSnippets.map((snippet) => snippet.id)).size).toBe(labelledSnippets.length);
    expect(labelledSnippets.filter((snippet) => snippet.kind === 'resume').length).toBeGreaterThanOrEqual(20);
    expect(labelledSnippets.filter((snippet) => snippet.kind === 'job').length).toBeGreaterThanOrEqual(20);
  });

  it('labels with canonical taxonomy ids only, each once per snippet', () => {
    for (const snippet of labelledSnippets) {
      const unknown = snippet.expected.filter((skill) => findSkill(skill) === undefined);
      expect(unknown, snippet.id).toEqual([]);
      expect(new Set(snippet.expected).size, snippet.id).toBe(snippet.expected.length);
    }
  });

  it('includes negatives, HTML and markdown', () => {
    expect(labelledSnippets.filter((snippet) => snippet.expected.length === 0).length).toBeGreaterThanOrEqual(
      8,
    );
    expect(labelledSnippets.some((snippet) => snippet.text.includes('<li>'))).toBe(true);
    expect(labelledSnippets.some((snippet) => snippet.text.includes('**'))).toBe(true);
  });
});

describe('evaluateExtraction', () => {
  it('micro-averages over snippets and reports each snippet’s mistakes', () => {
    const evaluation = evaluateExtraction(
      [
        { id: 'one-wrong-one-missed', kind: 'job', text: 'Python and Docker.', expected: ['python', 'java'] },
        { id: 'all-right', kind: 'resume', text: 'Kotlin, Swift', expected: ['kotlin', 'swift'] },
      ],
      extractSkills,
    );
    expect(evaluation).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1 });
    expect(evaluation.precision).toBeCloseTo(0.75);
    expect(evaluation.recall).toBeCloseTo(0.75);
    expect(evaluation.f1).toBeCloseTo(0.75);
    expect(evaluation.errors).toEqual([
      { id: 'one-wrong-one-missed', falsePositives: ['docker'], falseNegatives: ['java'] },
    ]);
  });

  it('scores a set with nothing to find and nothing found as perfect', () => {
    const evaluation = evaluateExtraction(
      [{ id: 'quiet', kind: 'job', text: 'Free lunch.', expected: [] }],
      extractSkills,
    );
    expect(evaluation).toMatchObject({ precision: 1, recall: 1, f1: 1, errors: [] });
  });
});
