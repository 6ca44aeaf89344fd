import type { SkillGapAnalysisQuery } from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { bandSummaries, gapChartData } from './gap-chart-data.js';

type RequiredSkill = SkillGapAnalysisQuery['skillGapAnalysis']['requiredSkills'][number];

const skill = (id: string, share: number, userHas: boolean): RequiredSkill => ({
  skill: id,
  displayName: id.toUpperCase(),
  category: 'programming_language',
  requiredPercentage: share,
  userHas,
  band: share >= 50 ? 'ESSENTIAL' : 'IMPORTANT',
  postings: Math.round(share),
});

describe('the gap chart data', () => {
  const required = [
    skill('go', 30, false),
    skill('sql', 81.25, true),
    skill('aws', 52, false),
    skill('dbt', 30, true),
  ];

  it('draws one bar per required skill, most asked-for first, ties by name, toned by whether you have it', () => {
    const data = gapChartData(required);
    expect(data.map((bar) => [bar.key, bar.value, bar.tone])).toEqual([
      ['sql', 81.25, 'have'],
      ['aws', 52, 'missing'],
      ['dbt', 30, 'have'],
      ['go', 30, 'missing'],
    ]);
    expect(data[0]!.valueText).toBe('81.3% ✓');
    expect(data[1]!.valueText).toBe('52%');
  });

  it('counts each band and lists its missing skills in demand order, leaving out empty bands', () => {
    expect(bandSummaries(required)).toEqual([
      { band: 'ESSENTIAL', have: 1, total: 2, missing: ['AWS'] },
      { band: 'IMPORTANT', have: 1, total: 2, missing: ['GO'] },
    ]);
    expect(bandSummaries([skill('sql', 80, true)]).map((summary) => summary.band)).toEqual(['ESSENTIAL']);
    expect(bandSummaries([])).toEqual([]);
  });
});
