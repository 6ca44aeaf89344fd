import { expectMapped } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { cleanSkillText, skillLookupKey, withoutVersionSuffix } from './skill-spelling.js';

describe('cleanSkillText', () => {
  it('lowercases, trims, turns hyphens and underscores into spaces and collapses whitespace', () => {
    expectMapped(cleanSkillText, {
      '  Spring-Boot_Starter ': 'spring boot starter',
      'Node\t\n JS': 'node js',
      '--a__b--': 'a b',
      '\u00a0C#\u00a0': 'c#',
    });
  });

  it('keeps dots, slashes and symbols', () => {
    expect(cleanSkillText('ASP.NET / C++')).toBe('asp.net / c++');
  });

  it('gives an empty string for blank input', () => {
    expect(cleanSkillText(' - _ ')).toBe('');
  });
});

describe('skillLookupKey', () => {
  it('removes spaces, dots and slashes but keeps symbols that distinguish skills', () => {
    expectMapped(skillLookupKey, {
      'node.js': 'nodejs',
      'ci/cd': 'cicd',
      'spring boot': 'springboot',
      'c++': 'c++',
      'c#': 'c#',
    });
  });
});

describe('withoutVersionSuffix', () => {
  it('drops a separate version word', () => {
    expectMapped(withoutVersionSuffix, {
      'angular 17': 'angular',
      'python 3.11': 'python',
      'vue v3': 'vue',
      'java 8.x': 'java',
      'angular 2+': 'angular',
    });
  });

  it('drops digits glued to a name of two or more characters', () => {
    expectMapped(withoutVersionSuffix, {
      python3: 'python',
      'python3.11': 'python',
      'c++17': 'c++',
      'node.js 18': 'node.js',
    });
  });

  it('leaves text without a version alone', () => {
    expectMapped(withoutVersionSuffix, {
      react: undefined,
      '17': undefined,
      h2: undefined,
      k8s: undefined,
      '3.11': undefined,
    });
  });
});
