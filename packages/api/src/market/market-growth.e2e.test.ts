import * as operations from '@career-navigator/client';
import {
  addDays,
  ingestPostings,
  type MappedPosting,
  systemClock,
  utcDay,
} from '@career-navigator/domain/internal';
import { mappedPosting } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

let nextId = 1;
/** `count` postings asking for `skills`, posted `daysAgo` UTC days before today (0: today). */
function postings(count: number, skills: string[], daysAgo: number): MappedPosting[] {
  const day = addDays(utcDay(new Date()), -daysAgo);
  const datePosted = daysAgo === 0 ? new Date() : new Date(`${day}T09:00:00Z`);
  return Array.from({ length: count }, () =>
    mappedPosting(nextId++, { skills, technologySlugs: skills, datePosted, postedDay: day }),
  );
}

describe('marketTrends growth, over HTTP', () => {
  it('compares complete UTC days, carries its basis and refuses a figure below the minimum sample', async () => {
    await ingestPostings(
      [
        // previous growth window for days: 3 is 4–6 days ago; current growth window 1–3 days ago.
        ...postings(6, ['python'], 5),
        ...postings(2, ['python'], 4),
        ...postings(3, ['rust'], 6),
        ...postings(10, ['python'], 2),
        ...postings(5, ['rust'], 1),
        // today, still filling: in the analysis window, never in growth.
        ...postings(7, ['python', 'rust'], 0),
        // outside both growth windows
        ...postings(4, ['python'], 7),
      ],
      { clock: systemClock },
    );
    const { marketTrends } = await api
      .client()
      .request(operations.MarketTrendsDocument, { days: 3, skillsLimit: 5 });
    const today = utcDay(new Date());
    expect(marketTrends.window).toEqual({ from: addDays(today, -2), to: today });
    expect(marketTrends.growthWindow).toEqual({
      from: addDays(today, -3),
      to: addDays(today, -1),
      previousFrom: addDays(today, -6),
      previousTo: addDays(today, -4),
      currentPostings: 15,
      previousPostings: 11,
      minimumSample: 5,
    });
    expect(marketTrends.previousWindowJobs).toBe(11);
    const bySkill = new Map(marketTrends.topSkills.map((skill) => [skill.skill, skill]));
    // The analysis counts include today: python 10 + 7 (the 2-days-ago ones), rust 5 + 7.
    expect(bySkill.get('python')).toMatchObject({
      count: 17,
      growthPercentage: 25,
      growth: { percentage: 25, previousCount: 8, currentCount: 10, reason: null },
    });
    expect(bySkill.get('rust')).toMatchObject({
      count: 12,
      growthPercentage: null,
      growth: { percentage: null, previousCount: 3, currentCount: 5 },
    });
    expect(bySkill.get('rust')?.growth.reason).toMatch(/3 postings.*fewer than the 5/);
  });
});
