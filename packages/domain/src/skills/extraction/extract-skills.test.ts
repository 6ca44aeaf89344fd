import { itFindsSkill, itMaps, skillsIn } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from '../skill-normalizer.js';
import { findSkill } from '../skill-taxonomy.js';
import { extractSkills } from './extract-skills.js';

// How skills are told from the English around them: extract-skills-readings.test.ts.

describe('extractSkills: longest phrase first', () => {
  itMaps(skillsIn, {
    'reads "React Native" as React Native, not also React': {
      'Mobile engineer shipping a React Native app to both stores.': ['react native'],
    },
    'reads "Spring Boot" as Spring Boot, not also Spring': {
      'Services are built with Spring Boot and deployed weekly.': ['spring boot'],
    },
    'reads "Ruby on Rails" as Rails, not also Ruby': { 'Six years of Ruby on Rails.': ['rails'] },
    'reads "Amazon Web Services" as AWS': { 'Hands-on with Amazon Web Services.': ['aws'] },
    'still finds machine learning inside the title "machine learning engineer"': {
      'We are hiring a Machine Learning Engineer.': ['machine learning'],
    },
  });

  it('reads "Google Cloud Platform" whole rather than stopping at "Google Cloud"', () => {
    expect(extractSkills('We run on Google Cloud Platform.')).toEqual([{ skill: 'gcp', count: 1 }]);
  });
});

describe('extractSkills: names with symbols', () => {
  itFindsSkill({
    'Firmware written in C for small microcontrollers.': 'c',
    'Low-latency services in C++.': 'c++',
    'Backend services in C#.': 'c#',
    'Migrating to .NET 8 this year.': '.net',
    'Web APIs built on ASP.NET Core.': 'asp.net',
    'Pricing libraries written in F#.': 'f#',
    'Statistical analysis in R.': 'r',
    'Core services are written in Go.': 'go',
    'Native apps written in Swift.': 'swift',
    'Storage engine written in Rust.': 'rust',
    'Our API runs on Node.js.': 'nodejs',
    'The dashboard uses Vue.js.': 'vue',
    'The marketing site uses Next.js.': 'next.js',
  });

  itMaps(skillsIn, {
    'splits "C/C++", "C#.NET" and "C++/C#" into their two skills': {
      'Strong C/C++ skills are a must.': ['c', 'c++'],
      'We are a C#.NET shop.': ['.net', 'c#'],
      'Engine code in C++/C#.': ['c#', 'c++'],
    },
    'keeps Java and JavaScript apart, never finding Java inside JavaScript': {
      'Strong JavaScript skills required.': ['javascript'],
      'Java for the services, JavaScript for the UI.': ['java', 'javascript'],
    },
    'reads "ES6" as JavaScript': { 'Solid ES6 knowledge: modules, promises, async/await.': ['javascript'] },
    'reads "Objective-C" as Objective-C without a stray C': {
      'Maintain legacy Objective-C modules.': ['objective-c'],
    },
  });

  it('does not read the tail of a dotted library name as a skill', () => {
    expect(skillsIn('Our dapp frontend talks to the chain through ethers.js.')).not.toContain('javascript');
  });
});

describe('extractSkills: counting and output', () => {
  it('counts non-overlapping occurrences and sorts by count, then id', () => {
    const text =
      'Python and SQL. More Python, then Docker; Python again with SQL and Airflow DAGs in Airflow.';
    expect(extractSkills(text)).toEqual([
      { skill: 'python', count: 3 },
      { skill: 'airflow', count: 2 },
      { skill: 'sql', count: 2 },
      { skill: 'docker', count: 1 },
    ]);
  });

  it('returns canonical taxonomy ids', () => {
    const found = extractSkills('NodeJS, Postgres, K8s, ReactJS, golang and AWS Lambda functions');
    expect(found.map((item) => item.skill).sort()).toEqual([
      'aws lambda',
      'go',
      'kubernetes',
      'nodejs',
      'postgresql',
      'react',
    ]);
    for (const { skill } of found) {
      expect(normalizeSkill(skill)).toBe(skill);
      expect(findSkill(skill)).toBeDefined();
    }
  });

  it('returns nothing for empty or skill-free text', () => {
    expect(extractSkills('')).toEqual([]);
    expect(extractSkills('We offer a friendly office, free lunch and a generous holiday allowance.')).toEqual(
      [],
    );
  });
});

describe('extractSkills: markup', () => {
  itMaps(skillsIn, {
    'reads text inside HTML tags and decodes entities': {
      '<ul><li><strong>React.js</strong> &amp; TypeScript</li><li>C&#43;&#43; &amp; C&#35;</li></ul><p>Node&period;js</p>':
        ['c#', 'c++', 'nodejs', 'react', 'typescript'],
    },
    'keeps list items from different HTML elements apart': {
      '<ul><li>Machine</li><li>Learning</li></ul>': [],
    },
    'ignores script and style content and text that only looks like a tag': {
      '<style>.python { color: red }</style><script>var go = 1;</script>Teams of <5 use Java': ['java'],
    },
    'strips markdown emphasis, code spans, headings and links': {
      '## Stack\n- **Kotlin** and `Gradle`\n- [Kubernetes](https://kubernetes.io/docs) on *GKE*': [
        'google kubernetes engine',
        'gradle',
        'kotlin',
        'kubernetes',
      ],
    },
    'ignores product names inside URLs and e-mail addresses': {
      'Apply at https://jobs.example.com/react-developer or write to python@example.com': [],
    },
  });
});

describe('extractSkills: long documents', () => {
  it('reads a 5,000-word document as it reads its paragraph, counting every repetition', () => {
    const paragraph =
      'Senior Backend Engineer: build Go and Python services on Kubernetes, with PostgreSQL, Kafka and Redis. ' +
      'You will react quickly to incidents, mentor engineers and express ideas clearly. ';
    const repetitions = Math.ceil(5_000 / paragraph.split(' ').length);
    const once = extractSkills(paragraph);
    expect(once.map((found) => found.skill).sort()).toEqual([
      'backend development',
      'go',
      'kafka',
      'kubernetes',
      'mentoring',
      'postgresql',
      'python',
      'redis',
    ]);
    // Speed is measured by bench/skill-extraction.bench.ts, not here.
    expect(extractSkills(paragraph.repeat(repetitions))).toEqual(
      once.map(({ skill, count }) => ({ skill, count: count * repetitions })),
    );
  });
});

describe('extractSkills: skills added to the taxonomy', () => {
  itFindsSkill({
    'Write custom CUDA kernels.': 'cuda',
    'Train models with JAX and Flax.': 'jax',
    'Proficient in Microsoft Word.': 'microsoft word',
    'Decks in PowerPoint.': 'powerpoint',
    'Strong knowledge of MS Outlook.': 'outlook',
    'Social graphics in Canva.': 'canva',
    'Tickets in Zendesk.': 'zendesk',
    'Email campaigns in Mailchimp.': 'mailchimp',
    'Reconcile accounts in QuickBooks Online.': 'quickbooks',
    'Bank feeds in Xero.': 'xero',
    'FreeRTOS on Cortex-M.': 'rtos',
    'Authenticated scans with Nessus.': 'nessus',
    'CISSP preferred.': 'cissp',
    'You hold OSCP.': 'oscp',
    'Data wrangling with the tidyverse.': 'tidyverse',
    'Figures made with ggplot2.': 'ggplot2',
    'Dashboards in R Shiny.': 'shiny',
    'Beta builds go out via TestFlight.': 'testflight',
    'Releases automated with fastlane.': 'fastlane',
    'Strong prototyping skills.': 'prototyping',
    'Own our design system.': 'design systems',
  });

  itMaps(skillsIn, {
    'counts the English-word ones among skills': {
      'Proficient with Word, Excel, PowerPoint and Outlook.': [
        'excel',
        'microsoft word',
        'outlook',
        'powerpoint',
      ],
      'Stack: Swift, SwiftUI, Combine. Tests with Hardhat and Solidity. Assets in Blender or Unity.': [
        'blender',
        'combine',
        'hardhat',
        'solidity',
        'swift',
        'swiftui',
        'unity',
      ],
    },
    'keeps JAX-RS and JAX-WS apart from JAX': {
      'Java EE services exposing JAX-RS and JAX-WS endpoints.': ['java', 'rest api', 'soap'],
    },
  });

  it('reads the English-word ones as English where they are not skills', () => {
    expect(
      skillsIn(
        'Word of mouth keeps us busy. A positive outlook helps. Combine your passion with service. ' +
          'Free smoothies from the office blender. Hardhat and boots must be worn on site. Shiny new office!',
      ),
    ).toEqual([]);
  });
});

describe('extractSkills: tools that job ads name', () => {
  itMaps(skillsIn, {
    'finds each tool named': {
      'Single sign-on through Okta, Auth0 or Keycloak.': ['auth0', 'keycloak', 'okta', 'single sign-on'],
      'Tracing with Jaeger; the mesh runs Linkerd.': ['jaeger', 'linkerd'],
      'Monorepo tooling: Turborepo and Lerna.': ['lerna', 'turborepo'],
      'Data lands through Fivetran and Airbyte; product analytics in Mixpanel.': [
        'airbyte',
        'fivetran',
        'mixpanel',
      ],
      'A Next.js frontend talking tRPC.': ['next.js', 'trpc'],
      'Unit tests in NUnit or xUnit.': ['nunit', 'unit testing', 'xunit'],
      'Workshops on Miro; roadmaps in Productboard.': ['miro', 'productboard'],
      'Dependency scanning with Snyk; PAN-OS firewalls.': ['firewall', 'palo alto networks', 'snyk'],
      'Deploy serverless functions with AWS SAM and Crossplane.': ['aws sam', 'crossplane', 'serverless'],
      'Sensors on Arduino and Raspberry Pi talk MQTT.': ['arduino', 'mqtt', 'raspberry pi'],
    },
  });
});
