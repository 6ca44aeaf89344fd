import { describe, expect, it } from 'vitest';
import { normalizeRole, roleDisplayName } from './index.js';

describe('normalizeRole', () => {
  it.each([
    ['Sr. Backend Developer', 'backend engineer'],
    ['backend developer', 'backend engineer'],
    ['Back-end Engineer II', 'backend engineer'],
    ['  BACK END   engineer ', 'backend engineer'],
  ])('gives the backend family one key: %s', (role, key) => {
    expect(normalizeRole(role)).toBe(key);
  });

  it('unifies the spellings of frontend, backend and full stack', () => {
    expect(normalizeRole('Front-end Developer')).toBe('frontend engineer');
    expect(normalizeRole('Front End Developer')).toBe('frontend engineer');
    expect(normalizeRole('Full-Stack Engineer')).toBe('full stack engineer');
    expect(normalizeRole('Fullstack Developer')).toBe('full stack engineer');
    expect(normalizeRole('Dev Ops Engineer')).toBe('devops engineer');
  });

  it('strips level words at either end of the title', () => {
    expect(normalizeRole('Senior Staff Software Engineer')).toBe('software engineer');
    expect(normalizeRole('Jr. Data Scientist')).toBe('data scientist');
    expect(normalizeRole('Entry-level Data Analyst')).toBe('data analyst');
    expect(normalizeRole('Principal Product Manager')).toBe('product manager');
    expect(normalizeRole('Software Engineer III')).toBe('software engineer');
    expect(normalizeRole('Software Engineer, Senior')).toBe('software engineer');
    expect(normalizeRole('Data Scientist 2')).toBe('data scientist');
    expect(normalizeRole('Lead Machine Learning Engineer')).toBe('machine learning engineer');
    expect(normalizeRole('Software Engineer Intern')).toBe('software engineer');
  });

  it('keeps "lead" when it names the role rather than the level', () => {
    expect(normalizeRole('Tech Lead')).toBe('tech lead');
    expect(normalizeRole('Lead')).toBe('lead');
  });

  it('expands common abbreviations', () => {
    expect(normalizeRole('SWE')).toBe('software engineer');
    expect(normalizeRole('SDE II')).toBe('software engineer');
    expect(normalizeRole('Software Development Engineer')).toBe('software engineer');
    expect(normalizeRole('SRE')).toBe('site reliability engineer');
    expect(normalizeRole('ML Engineer')).toBe('machine learning engineer');
    expect(normalizeRole('Sr. PM')).toBe('product manager');
  });

  it('folds the spelled-out forms of AI and QA into their abbreviations', () => {
    expect(normalizeRole('Artificial Intelligence Engineer')).toBe(normalizeRole('AI Engineer'));
    expect(normalizeRole('Quality Assurance Engineer')).toBe(normalizeRole('QA Engineer'));
    expect(normalizeRole('AI/ML Engineer')).toBe('ai machine learning engineer');
  });

  it('treats engineer and developer as one job only where they are interchangeable', () => {
    for (const qualifier of [
      'Software',
      'Web',
      'Mobile',
      'iOS',
      'Android',
      'Java',
      'React Native',
      'Full Stack',
    ]) {
      expect(normalizeRole(`${qualifier} Developer`)).toBe(normalizeRole(`${qualifier} Engineer`));
    }
    expect(normalizeRole('Data Engineer')).not.toBe(normalizeRole('Data Developer'));
    expect(normalizeRole('Sales Engineer')).not.toBe(normalizeRole('Sales Developer'));
  });

  it('unifies punctuation without losing words written with symbols', () => {
    expect(normalizeRole('C++ Developer')).toBe('c++ engineer');
    expect(normalizeRole('C# / .NET Developer')).toBe('c# net engineer');
    expect(normalizeRole('Node.js Developer')).toBe('node engineer');
    expect(normalizeRole('R&D Engineer')).toBe('r and d engineer');
  });

  it('returns an empty key for blank input', () => {
    expect(normalizeRole('   ')).toBe('');
  });
});

describe('roleDisplayName', () => {
  it('title-cases a key and writes known acronyms their usual way', () => {
    expect(roleDisplayName('ios engineer')).toBe('iOS Engineer');
    expect(roleDisplayName('aws solutions architect')).toBe('AWS Solutions Architect');
    expect(roleDisplayName('devops engineer')).toBe('DevOps Engineer');
    expect(roleDisplayName('qa engineer')).toBe('QA Engineer');
    expect(roleDisplayName('ml engineer')).toBe('ML Engineer');
    expect(roleDisplayName('sre')).toBe('SRE');
    expect(roleDisplayName('software engineer in test')).toBe('Software Engineer in Test');
  });

  it('displays a normalised role readably', () => {
    expect(roleDisplayName(normalizeRole('Sr. node.js developer'))).toBe('Node.js Engineer');
    expect(roleDisplayName(normalizeRole('machine learning engineer'))).toBe('Machine Learning Engineer');
  });
});
