import { describe, expect, it } from 'vitest';
import { POPULAR_ROLES, roleSimilarity } from './index.js';

describe('roleSimilarity', () => {
  it('scores equivalent roles 1', () => {
    expect(roleSimilarity('Backend Engineer', 'Sr. Back-end Developer')).toBe(1);
  });

  it('ranks Backend Developer closer to Backend Engineer than Data Scientist is', () => {
    expect(roleSimilarity('Backend Engineer', 'Backend Developer')).toBeGreaterThan(
      roleSimilarity('Backend Engineer', 'Data Scientist'),
    );
    expect(roleSimilarity('Backend Engineer', 'Data Scientist')).toBe(0);
  });

  it('rewards sharing the head noun beyond word overlap', () => {
    const sameHead = roleSimilarity('Data Engineer', 'Platform Engineer');
    const differentHead = roleSimilarity('Data Engineer', 'Data Scientist');
    expect(sameHead).toBeGreaterThan(0);
    expect(differentHead).toBeGreaterThan(0);
    expect(roleSimilarity('Data Engineer', 'Data Platform Engineer')).toBeGreaterThan(differentHead);
  });

  it('counts engineers and developers as related heads', () => {
    const related = roleSimilarity('Data Engineer', 'Data Developer');
    expect(related).toBeGreaterThan(roleSimilarity('Data Engineer', 'Data Analyst'));
    expect(related).toBeLessThan(roleSimilarity('Data Engineer', 'Big Data Engineer'));
  });

  it('orders the popular roles sensibly for a requested role', () => {
    const ranked = [...POPULAR_ROLES].sort(
      (a, b) =>
        roleSimilarity('Senior Golang Backend Developer', b) -
        roleSimilarity('Senior Golang Backend Developer', a),
    );
    expect(ranked[0]).toBe('Backend Developer');
    expect(ranked.indexOf('Product Manager')).toBeGreaterThan(ranked.indexOf('Software Engineer'));
  });

  it('stays within [0, 1], is symmetric and is 0 for blank input', () => {
    const roles = [...POPULAR_ROLES, 'QA Tester', 'AWS Solutions Architect', 'Tech Lead'];
    for (const a of roles) {
      for (const b of roles) {
        const score = roleSimilarity(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(score).toBe(roleSimilarity(b, a));
      }
    }
    expect(roleSimilarity('', 'Software Engineer')).toBe(0);
  });
});
