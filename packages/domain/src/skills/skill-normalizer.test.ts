import { itMaps } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { normalizeSkill, normalizeSkills, SkillNormalizer } from './skill-normalizer.js';
import { allSkills } from './skill-taxonomy.js';

describe('normalizeSkill', () => {
  itMaps(normalizeSkill, {
    'maps the spellings the original system mapped': {
      reactjs: 'react',
      'react-js': 'react',
      'node-js': 'nodejs',
      dotnet: '.net',
      csharp: 'c#',
      cpp: 'c++',
      cplusplus: 'c++',
      golang: 'go',
      'aws-lambda': 'aws lambda',
      'amazon-web-services': 'aws',
      'microsoft-azure': 'azure',
      'google-cloud-platform': 'gcp',
      'spring-boot': 'spring boot',
      'github-actions': 'github actions',
      'ci-cd': 'ci/cd',
      'power-bi': 'power bi',
      postgres: 'postgresql',
      nlp: 'natural language processing',
      ml: 'machine learning',
      ai: 'artificial intelligence',
      js: 'javascript',
      ts: 'typescript',
    },
    'maps TheirStack slugs': {
      'google-firebase': 'firebase',
      'amazon-s3': 'aws s3',
      'amazon-api-gateway': 'api gateway',
      'microsoft-sql-server': 'sql server',
      'apache-kafka': 'kafka',
      'ruby-on-rails': 'rails',
      'hashicorp-terraform': 'terraform',
      'atlassian-jira': 'jira',
      'microsoft-power-bi': 'power bi',
      'amazon-eks': 'aws eks',
      'google-kubernetes-engine': 'google kubernetes engine',
    },
    'ignores case, surrounding and inner whitespace, dots, hyphens and underscores': {
      'React.js': 'react',
      ReactJS: 'react',
      'REACT JS': 'react',
      '  react  ': 'react',
      'Node JS': 'nodejs',
      'node.js': 'nodejs',
      node: 'nodejs',
      'Next.JS': 'next.js',
      nextjs: 'next.js',
      next_js: 'next.js',
      'Vue.js': 'vue',
      '.NET': '.net',
      'dot net': '.net',
      'ASP.NET Core': 'asp.net',
      'C#': 'c#',
      'c sharp': 'c#',
      'C++': 'c++',
      'F#': 'f#',
      'CI/CD': 'ci/cd',
      'ci cd': 'ci/cd',
      'Spring\tBoot': 'spring boot',
      SpringBoot: 'spring boot',
      'Amazon Web Services': 'aws',
      'Google Cloud': 'gcp',
      'Microsoft Azure': 'azure',
      'scikit learn': 'scikit-learn',
      sklearn: 'scikit-learn',
      K8s: 'kubernetes',
      'Natural Language Processing': 'natural language processing',
      PowerBI: 'power bi',
      'Tailwind CSS': 'tailwind',
    },
    'drops trailing versions': {
      'Python 3': 'python',
      python3: 'python',
      'Python 3.11': 'python',
      'Vue 3': 'vue',
      vue3: 'vue',
      'Angular 17': 'angular',
      'angular v17': 'angular',
      'Java 8': 'java',
      'java 8.x': 'java',
      'Node.js 18': 'nodejs',
      'c++17': 'c++',
      'PHP 8': 'php',
      'Spring Boot 3': 'spring boot',
      'SQL Server 2019': 'sql server',
      HTML5: 'html',
      CSS3: 'css',
      ES6: 'javascript',
      ES2015: 'javascript',
    },
    'keeps digits that are part of a name': {
      web3: 'web3',
      S3: 'aws s3',
      'aws s3': 'aws s3',
      d3: 'd3',
      'D3.js': 'd3',
      EC2: 'aws ec2',
      k6: 'k6',
      'route 53': 'aws route 53',
      'ISO 27001': 'iso 27001',
      'SOC 2': 'soc 2',
      'dynamics 365': 'dynamics 365',
      'Office 365': 'microsoft office',
      e2e: 'e2e testing',
      h2: 'h2',
      ipv6: 'ipv6',
      'web 2.0': 'web 2.0',
    },
    'handles one-letter languages': { R: 'r', c: 'c', 'R programming': 'r', 'C language': 'c' },
    'does not repeat the original junk mappings': { component: 'component', turning: 'turning' },
    'keeps unknown skills, cleaned': {
      'Some_New-Tool ': 'some new tool',
      '  Quantum   Widgets  ': 'quantum widgets',
      'Acme.io': 'acme.io',
      'Foo 2': 'foo 2',
    },
    'returns an empty string for blank input': { '': '', '   ': '', '-_-': '' },
  });

  it('resolves every id and alias of the taxonomy, in any case and with hyphens for spaces', () => {
    const wrong: string[] = [];
    for (const skill of allSkills()) {
      for (const spelling of [skill.id, ...skill.aliases]) {
        for (const variant of [spelling, spelling.toUpperCase(), spelling.replaceAll(' ', '-')]) {
          if (normalizeSkill(variant) !== skill.id) wrong.push(`${variant} → ${normalizeSkill(variant)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('SkillNormalizer', () => {
  it('answers as normalizeSkill, from its memo or not, after more spellings than it keeps', () => {
    const skills = new SkillNormalizer({ max: 100 });
    for (let index = 0; index < 250; index += 1) skills.normalize(`unknown tool ${index}x`);
    for (const raw of ['unknown tool 7x', 'unknown tool 249x', 'ReactJS', 'ReactJS', 'Python 3.11', '  ']) {
      expect(skills.normalize(raw)).toBe(normalizeSkill(raw));
    }
  });

  it('normalizes lists as normalizeSkills does', () => {
    const raws = ['Node.js', 'ReactJS', '', '  ', 'react', 'nodejs', 'Unknown Thing', 'golang'];
    expect(new SkillNormalizer().normalizeAll(raws)).toEqual(normalizeSkills(raws));
  });
});

describe('normalizeSkills', () => {
  it('normalises, drops blanks and removes duplicates keeping the first occurrence', () => {
    expect(
      normalizeSkills(['Node.js', 'ReactJS', '', '  ', 'react', 'nodejs', 'Unknown Thing', 'golang']),
    ).toEqual(['nodejs', 'react', 'unknown thing', 'go']);
  });

  it('accepts any iterable', () => {
    expect(normalizeSkills(new Set(['k8s', 'Kubernetes']))).toEqual(['kubernetes']);
  });
});
