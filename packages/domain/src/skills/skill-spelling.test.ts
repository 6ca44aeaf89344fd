import { describe, expect, it } from 'vitest';
import { cleanSkillText, skillLookupKey, withoutVersionSuffix } from './skill-spelling.js';

describe('cleanSkillText', () => {
  it('lowercases, trims, turns hyphens and underscores into spaces and collapses whitespace', () => {
    expect(cleanSkillText('  Spring-Boot_Starter ')).toBe('spring boot starter');
    expect(cleanSkillText('Node\t\n JS')).toBe('node js');
    expect(cleanSkillText('--a__b--')).toBe('a b');
    expect(cleanSkillText('\u00a0C#\u00a0')).toBe('c#');
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
    expect(skillLookupKey('node.js')).toBe('nodejs');
    expect(skillLookupKey('ci/cd')).toBe('cicd');
    expect(skillLookupKey('spring boot')).toBe('springboot');
    expect(skillLookupKey('c++')).toBe('c++');
    expect(skillLookupKey('c#')).toBe('c#');
  });
});

describe('withoutVersionSuffix', () => {
  it('drops a separate version word', () => {
    expect(withoutVersionSuffix('angular 17')).toBe('angular');
    expect(withoutVersionSuffix('python 3.11')).toBe('python');
    expect(withoutVersionSuffix('vue v3')).toBe('vue');
    expect(withoutVersionSuffix('java 8.x')).toBe('java');
    expect(withoutVersionSuffix('angular 2+')).toBe('angular');
  });

  it('drops digits glued to a name of two or more characters', () => {
    expect(withoutVersionSuffix('python3')).toBe('python');
    expect(withoutVersionSuffix('python3.11')).toBe('python');
    expect(withoutVersionSuffix('c++17')).toBe('c++');
    expect(withoutVersionSuffix('node.js 18')).toBe('node.js');
  });

  it('leaves text without a version alone', () => {
    expect(withoutVersionSuffix('react')).toBeUndefined();
    expect(withoutVersionSuffix('17')).toBeUndefined();
    expect(withoutVersionSuffix('h2')).toBeUndefined();
    expect(withoutVersionSuffix('k8s')).toBeUndefined();
    expect(withoutVersionSuffix('3.11')).toBeUndefined();
  });
});
