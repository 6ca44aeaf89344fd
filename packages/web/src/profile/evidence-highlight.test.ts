import type { ExtractSkillsQuery } from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { highlightSegments, preselectedSkills } from './evidence-highlight.js';

type Extracted = ExtractSkillsQuery['extractSkills']['skills'][number];

const found = (skill: string, confidence: number, spans: [number, number][], text: string): Extracted => ({
  skill,
  displayName: skill.toUpperCase(),
  category: 'other',
  count: spans.length,
  confidence,
  evidence: spans.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
});

describe('highlighting the evidence of extracted skills', () => {
  const text = 'Python and SQL; more Python 🚀 on Kubernetes';

  it('cuts the text into plain parts and marked spans in reading order, losing no character', () => {
    const skills = [
      found(
        'python',
        0.95,
        [
          [0, 6],
          [21, 27],
        ],
        text,
      ),
      found('sql', 0.8, [[11, 14]], text),
      found('kubernetes', 0.95, [[34, 44]], text),
    ];
    const segments = highlightSegments(text, skills);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(
      segments.filter((segment) => segment.skill).map((segment) => [segment.skill, segment.text]),
    ).toEqual([
      ['python', 'Python'],
      ['sql', 'SQL'],
      ['python', 'Python'],
      ['kubernetes', 'Kubernetes'],
    ]);
  });

  it('keeps the first of overlapping spans and drops spans outside the text', () => {
    const skills = [
      found('a', 0.9, [[0, 10]], text),
      found(
        'b',
        0.9,
        [
          [4, 14],
          [40, 99],
        ],
        text,
      ),
    ];
    const segments = highlightSegments(text, skills);
    expect(segments.filter((segment) => segment.skill).map((segment) => segment.skill)).toEqual(['a']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('ticks confident skills the profile lacks', () => {
    const skills = [found('python', 0.95, [], text), found('sql', 0.4, [], text), found('go', 0.8, [], text)];
    expect([...preselectedSkills(skills, ['go'])]).toEqual(['python']);
  });
});
