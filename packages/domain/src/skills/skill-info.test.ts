import { expectMapped } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { prerequisiteOrder, skillCategory, skillDisplayName, skillInfo } from './skill-info.js';

describe('skillInfo', () => {
  it('describes a skill given in any spelling', () => {
    expect(skillInfo('ReactJS')).toEqual({
      id: 'react',
      name: 'React',
      category: 'framework_library',
      prerequisites: ['javascript'],
      related: expect.arrayContaining(['redux', 'next.js']),
    });
    expect(skillInfo('amazon-web-services')).toMatchObject({ id: 'aws', category: 'cloud_platform' });
    expect(skillInfo('k8s')).toMatchObject({ id: 'kubernetes', prerequisites: ['docker'] });
  });

  it('returns copies that callers may change', () => {
    skillInfo('react')?.prerequisites.push('cobol');
    expect(skillInfo('react')?.prerequisites).toEqual(['javascript']);
  });

  it('is undefined for unknown skills and blank input', () => {
    expect(skillInfo('quantum widgets')).toBeUndefined();
    expect(skillInfo('')).toBeUndefined();
  });
});

describe('skillDisplayName', () => {
  it('uses the taxonomy name', () => {
    expectMapped(skillDisplayName, {
      nodejs: 'Node.js',
      'c#': 'C#',
      'aws lambda': 'AWS Lambda',
      golang: 'Go',
    });
  });

  it('title-cases unknown skills', () => {
    expectMapped(skillDisplayName, {
      'quantum widgets': 'Quantum Widgets',
      'acme-tool_x': 'Acme Tool X',
      '': '',
    });
  });
});

describe('skillCategory', () => {
  it('gives the category of known skills and other for unknown ones', () => {
    expectMapped(skillCategory, {
      python: 'programming_language',
      postgres: 'database',
      communication: 'soft_skill',
      jest: 'testing',
      'quantum widgets': 'other',
    });
  });
});

describe('prerequisiteOrder', () => {
  it('puts direct and transitive prerequisites first', () => {
    expect(prerequisiteOrder(['next.js', 'javascript'])).toEqual(['javascript', 'next.js']);
    expect(prerequisiteOrder(['kubernetes', 'python', 'docker'])).toEqual(['docker', 'kubernetes', 'python']);
    expect(prerequisiteOrder(['deep learning', 'pandas', 'machine learning', 'python'])).toEqual([
      'python',
      'machine learning',
      'deep learning',
      'pandas',
    ]);
  });

  it('keeps the input order where no prerequisite applies', () => {
    expect(prerequisiteOrder(['communication', 'quantum widgets', 'sql', 'figma'])).toEqual([
      'communication',
      'quantum widgets',
      'sql',
      'figma',
    ]);
  });

  it('places prerequisites just before the first skill that needs them', () => {
    expect(prerequisiteOrder(['react', 'go', 'typescript', 'javascript', 'unknown thing'])).toEqual([
      'javascript',
      'react',
      'go',
      'typescript',
      'unknown thing',
    ]);
  });

  it('understands aliases and returns the inputs as given', () => {
    expect(prerequisiteOrder(['ReactJS', 'JS'])).toEqual(['JS', 'ReactJS']);
  });

  it('returns a permutation of the input, duplicates included', () => {
    const input = ['spring boot', 'java', 'java', 'excel', 'django', 'python'];
    const ordered = prerequisiteOrder(input);
    expect([...ordered].sort()).toEqual([...input].sort());
    expect(ordered.indexOf('java')).toBeLessThan(ordered.indexOf('spring boot'));
    expect(ordered.indexOf('python')).toBeLessThan(ordered.indexOf('django'));
  });

  it('is empty for an empty list', () => {
    expect(prerequisiteOrder([])).toEqual([]);
  });
});
