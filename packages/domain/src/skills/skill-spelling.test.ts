import { itMaps } from '@career-navigator/testkit';
import { describe } from 'vitest';
import { cleanSkillText, skillLookupKey, withoutVersionSuffix } from './skill-spelling.js';

describe('cleanSkillText', () => {
  itMaps(cleanSkillText, {
    'lowercases, trims, turns hyphens and underscores into spaces and collapses whitespace': {
      '  Spring-Boot_Starter ': 'spring boot starter',
      'Node\t\n JS': 'node js',
      '--a__b--': 'a b',
      '\u00a0C#\u00a0': 'c#',
    },
    'keeps dots, slashes and symbols': { 'ASP.NET / C++': 'asp.net / c++' },
    'gives an empty string for blank input': { ' - _ ': '' },
  });
});

describe('skillLookupKey', () => {
  itMaps(skillLookupKey, {
    'removes spaces, dots and slashes but keeps symbols that distinguish skills': {
      'node.js': 'nodejs',
      'ci/cd': 'cicd',
      'spring boot': 'springboot',
      'c++': 'c++',
      'c#': 'c#',
    },
  });
});

describe('withoutVersionSuffix', () => {
  itMaps(withoutVersionSuffix, {
    'drops a separate version word': {
      'angular 17': 'angular',
      'python 3.11': 'python',
      'vue v3': 'vue',
      'java 8.x': 'java',
      'angular 2+': 'angular',
    },
    'drops digits glued to a name of two or more characters': {
      python3: 'python',
      'python3.11': 'python',
      'c++17': 'c++',
      'node.js 18': 'node.js',
    },
    'leaves text without a version alone': {
      react: undefined,
      '17': undefined,
      h2: undefined,
      k8s: undefined,
      '3.11': undefined,
    },
  });
});
