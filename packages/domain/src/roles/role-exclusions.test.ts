import { describe, expect, it } from 'vitest';
import { isExcludedTitle, roleExclusions } from './index.js';

describe('roleExclusions', () => {
  it('excludes React Native from React roles but not from React Native roles', () => {
    expect(roleExclusions('React Developer')).toEqual(['React Native']);
    expect(roleExclusions('Senior React.js Engineer')).toEqual(['React Native']);
    expect(roleExclusions('React Native Developer')).toEqual([]);
  });

  it('excludes JavaScript from Java roles but not from JavaScript roles', () => {
    expect(roleExclusions('Java Developer')).toEqual(['JavaScript']);
    expect(roleExclusions('JavaScript Developer')).toEqual([]);
    expect(roleExclusions('Java / JavaScript Developer')).toEqual([]);
  });

  it('excludes nothing for roles without a known clash', () => {
    expect(roleExclusions('iOS Developer')).toEqual([]);
    expect(roleExclusions('Data Scientist')).toEqual([]);
  });
});

describe('isExcludedTitle', () => {
  it('drops React Native titles from a React search, in any spelling', () => {
    expect(isExcludedTitle('React Developer', 'Senior React Native Developer')).toBe(true);
    expect(isExcludedTitle('React Developer', 'React-Native Engineer (iOS/Android)')).toBe(true);
    expect(isExcludedTitle('React Developer', 'React Frontend Developer')).toBe(false);
    expect(isExcludedTitle('React Native Developer', 'React Native Developer')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(isExcludedTitle('React Developer', 'Reactive Native Apps Engineer')).toBe(false);
    expect(isExcludedTitle('Java Developer', 'JavaScript Engineer')).toBe(true);
    expect(isExcludedTitle('Java Developer', 'Java Spring Developer')).toBe(false);
  });
});
