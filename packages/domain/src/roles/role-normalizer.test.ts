import { itMaps } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { normalizeRole, roleDisplayName } from './index.js';

describe('normalizeRole', () => {
  itMaps(normalizeRole, {
    'gives the backend family one key': {
      'Sr. Backend Developer': 'backend engineer',
      'backend developer': 'backend engineer',
      'Back-end Engineer II': 'backend engineer',
      '  BACK END   engineer ': 'backend engineer',
    },
    'unifies the spellings of frontend, backend and full stack': {
      'Front-end Developer': 'frontend engineer',
      'Front End Developer': 'frontend engineer',
      'Full-Stack Engineer': 'full stack engineer',
      'Fullstack Developer': 'full stack engineer',
      'Dev Ops Engineer': 'devops engineer',
    },
    'strips level words at either end of the title': {
      'Senior Staff Software Engineer': 'software engineer',
      'Jr. Data Scientist': 'data scientist',
      'Entry-level Data Analyst': 'data analyst',
      'Principal Product Manager': 'product manager',
      'Software Engineer III': 'software engineer',
      'Software Engineer, Senior': 'software engineer',
      'Data Scientist 2': 'data scientist',
      'Lead Machine Learning Engineer': 'machine learning engineer',
      'Software Engineer Intern': 'software engineer',
    },
    'keeps "lead" when it names the role rather than the level': { 'Tech Lead': 'tech lead', Lead: 'lead' },
    'expands common abbreviations': {
      SWE: 'software engineer',
      'SDE II': 'software engineer',
      'Software Development Engineer': 'software engineer',
      SRE: 'site reliability engineer',
      'ML Engineer': 'machine learning engineer',
      'Sr. PM': 'product manager',
    },
    'folds the spelled-out forms of AI and QA into their abbreviations': {
      'Artificial Intelligence Engineer': normalizeRole('AI Engineer'),
      'Quality Assurance Engineer': normalizeRole('QA Engineer'),
      'AI/ML Engineer': 'ai machine learning engineer',
    },
    'unifies punctuation without losing words written with symbols': {
      'C++ Developer': 'c++ engineer',
      'C# / .NET Developer': 'c# net engineer',
      'Node.js Developer': 'node engineer',
      'R&D Engineer': 'r and d engineer',
    },
    'returns an empty key for blank input': { '   ': '' },
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
});

describe('roleDisplayName', () => {
  itMaps(roleDisplayName, {
    'title-cases a key and writes known acronyms their usual way': {
      'ios engineer': 'iOS Engineer',
      'aws solutions architect': 'AWS Solutions Architect',
      'devops engineer': 'DevOps Engineer',
      'qa engineer': 'QA Engineer',
      'ml engineer': 'ML Engineer',
      sre: 'SRE',
      'software engineer in test': 'Software Engineer in Test',
    },
  });

  it('displays a normalised role readably', () => {
    expect(roleDisplayName(normalizeRole('Sr. node.js developer'))).toBe('Node.js Engineer');
    expect(roleDisplayName(normalizeRole('machine learning engineer'))).toBe('Machine Learning Engineer');
  });
});
