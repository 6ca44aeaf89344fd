import { itMaps } from '@career-navigator/testkit';
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
  itMaps(skillDisplayName, {
    'uses the taxonomy name': {
      nodejs: 'Node.js',
      'c#': 'C#',
      'aws lambda': 'AWS Lambda',
      golang: 'Go',
    },
    'title-cases unknown skills': {
      'quantum widgets': 'Quantum Widgets',
      'acme-tool_x': 'Acme Tool X',
      '': '',
    },
  });
});

describe('skillCategory', () => {
  itMaps(skillCategory, {
    'gives the category of known skills and other for unknown ones': {
      python: 'programming_language',
      postgres: 'database',
      communication: 'soft_skill',
      jest: 'testing',
      'quantum widgets': 'other',
    },
  });
});

describe('prerequisiteOrder', () => {
  const orders: Record<string, [skills: string[], ordered: string[]][]> = {
    'puts direct and transitive prerequisites first': [
      [
        ['next.js', 'javascript'],
        ['javascript', 'next.js'],
      ],
      [
        ['kubernetes', 'python', 'docker'],
        ['docker', 'kubernetes', 'python'],
      ],
      [
        ['deep learning', 'pandas', 'machine learning', 'python'],
        ['python', 'machine learning', 'deep learning', 'pandas'],
      ],
    ],
    'keeps the input order where no prerequisite applies': [
      [
        ['communication', 'quantum widgets', 'sql', 'figma'],
        ['communication', 'quantum widgets', 'sql', 'figma'],
      ],
    ],
    'places prerequisites just before the first skill that needs them': [
      [
        ['react', 'go', 'typescript', 'javascript', 'unknown thing'],
        ['javascript', 'react', 'go', 'typescript', 'unknown thing'],
      ],
    ],
    'understands aliases and returns the inputs as given': [
      [
        ['ReactJS', 'JS'],
        ['JS', 'ReactJS'],
      ],
    ],
    'is empty for an empty list': [[[], []]],
  };
  it.each(Object.entries(orders))('%s', (_title, cases) => {
    for (const [skills, ordered] of cases) expect(prerequisiteOrder(skills)).toEqual(ordered);
  });

  it('returns a permutation of the input, duplicates included', () => {
    const input = ['spring boot', 'java', 'java', 'excel', 'django', 'python'];
    const ordered = prerequisiteOrder(input);
    expect([...ordered].sort()).toEqual([...input].sort());
    expect(ordered.indexOf('java')).toBeLessThan(ordered.indexOf('spring boot'));
    expect(ordered.indexOf('python')).toBeLessThan(ordered.indexOf('django'));
  });
});
