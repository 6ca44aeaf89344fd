import { describe, expect, it } from 'vitest';
import { normalizeSkill } from '../skill-normalizer.js';
import { findSkill } from '../skill-taxonomy.js';
import { extractSkills } from './extract-skills.js';

function skillsIn(text: string): string[] {
  return extractSkills(text)
    .map((found) => found.skill)
    .sort();
}

describe('extractSkills: longest phrase first', () => {
  it('reads "React Native" as React Native, not also React', () => {
    expect(skillsIn('Mobile engineer shipping a React Native app to both stores.')).toEqual(['react native']);
  });

  it('reads "Spring Boot" as Spring Boot, not also Spring', () => {
    expect(skillsIn('Services are built with Spring Boot and deployed weekly.')).toEqual(['spring boot']);
  });

  it('reads "Ruby on Rails" as Rails, not also Ruby', () => {
    expect(skillsIn('Six years of Ruby on Rails.')).toEqual(['rails']);
  });

  it('reads "Google Cloud Platform" whole rather than stopping at "Google Cloud"', () => {
    expect(extractSkills('We run on Google Cloud Platform.')).toEqual([{ skill: 'gcp', count: 1 }]);
  });

  it('reads "Amazon Web Services" as AWS', () => {
    expect(skillsIn('Hands-on with Amazon Web Services.')).toEqual(['aws']);
  });

  it('still finds machine learning inside the title "machine learning engineer"', () => {
    expect(skillsIn('We are hiring a Machine Learning Engineer.')).toEqual(['machine learning']);
  });
});

describe('extractSkills: names with symbols', () => {
  it.each([
    ['C', 'Firmware written in C for small microcontrollers.', 'c'],
    ['C++', 'Low-latency services in C++.', 'c++'],
    ['C#', 'Backend services in C#.', 'c#'],
    ['.NET', 'Migrating to .NET 8 this year.', '.net'],
    ['ASP.NET', 'Web APIs built on ASP.NET Core.', 'asp.net'],
    ['F#', 'Pricing libraries written in F#.', 'f#'],
    ['R', 'Statistical analysis in R.', 'r'],
    ['Go', 'Core services are written in Go.', 'go'],
    ['Swift', 'Native apps written in Swift.', 'swift'],
    ['Rust', 'Storage engine written in Rust.', 'rust'],
    ['Node.js', 'Our API runs on Node.js.', 'nodejs'],
    ['Vue.js', 'The dashboard uses Vue.js.', 'vue'],
    ['Next.js', 'The marketing site uses Next.js.', 'next.js'],
  ])('finds %s', (_name, text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it('keeps Java and JavaScript apart, never finding Java inside JavaScript', () => {
    expect(skillsIn('Strong JavaScript skills required.')).toEqual(['javascript']);
    expect(skillsIn('Java for the services, JavaScript for the UI.')).toEqual(['java', 'javascript']);
  });

  it.each([
    ['C/C++', 'Strong C/C++ skills are a must.', ['c', 'c++']],
    ['C#.NET', 'We are a C#.NET shop.', ['.net', 'c#']],
    ['C++/C#', 'Engine code in C++/C#.', ['c#', 'c++']],
  ])('splits "%s" into its two skills', (_joined, text, skills) => {
    expect(skillsIn(text)).toEqual(skills);
  });

  it('reads "ES6" as JavaScript', () => {
    expect(skillsIn('Solid ES6 knowledge: modules, promises, async/await.')).toEqual(['javascript']);
  });

  it('reads "Objective-C" as Objective-C without a stray C', () => {
    expect(skillsIn('Maintain legacy Objective-C modules.')).toEqual(['objective-c']);
  });

  it('does not read the tail of a dotted library name as a skill', () => {
    expect(skillsIn('Our dapp frontend talks to the chain through ethers.js.')).not.toContain('javascript');
  });
});

describe('extractSkills: English words that are also skills', () => {
  it.each([
    ['golang', 'Senior engineer (Golang) for our payments team.', 'go'],
    ['Go language', 'Production experience in the Go language.', 'go'],
    ['SwiftUI', 'Screens are built in SwiftUI.', 'swiftui'],
    ['Swift UI', 'Screens are built in Swift UI.', 'swiftui'],
    ['Rust programming', 'Rust programming is a bonus.', 'rust'],
    ['React.js', 'Dashboard written in React.js.', 'react'],
    ['Express.js', 'API built on Express.js.', 'express'],
    ['Spring Framework', 'Experience with the Spring Framework.', 'spring'],
    ['Spring Boot', 'Spring Boot microservices.', 'spring boot'],
    ['MS Excel', 'Advanced MS Excel required.', 'excel'],
    ['R programming', 'R programming for statistics.', 'r'],
    ['RStudio', 'Analyses produced in RStudio.', 'r'],
    ['Ruby on Rails', 'Ruby on Rails monolith.', 'rails'],
  ])('counts the unmistakable spelling %s', (_spelling, text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it('counts capitalised words in a comma list of other technical skills', () => {
    expect(skillsIn('Python, Go, Java')).toEqual(['go', 'java', 'python']);
    expect(skillsIn('Languages: Go, Rust, Swift')).toEqual(['go', 'rust', 'swift']);
  });

  it('counts lower-case words listed between technical skills', () => {
    expect(skillsIn('tech: python, go, postgres, docker')).toEqual(['docker', 'go', 'postgresql', 'python']);
  });

  it('counts a word backed by nearby technical terms', () => {
    expect(skillsIn('Our services are written in Go and run on Kubernetes.')).toEqual(['go', 'kubernetes']);
    expect(skillsIn('Build cross-platform apps in Dart, using Firebase for auth.')).toEqual([
      'dart',
      'firebase',
    ]);
  });

  it('counts a word followed by a technical noun or a version', () => {
    expect(skillsIn('Strong Go experience is required.')).toEqual(['go']);
    expect(skillsIn('Migrated the app from Rails 4 to Rails 7.')).toEqual(['rails']);
    expect(skillsIn('Automated provisioning with Chef cookbooks and Puppet manifests.')).toEqual([
      'chef',
      'puppet',
    ]);
  });

  it.each([
    ['go to market', 'Our go to market team is growing.'],
    ['react quickly to', 'You react quickly to customer feedback.'],
    ['in the spring', 'Hiring starts in the spring.'],
    ['express interest', 'Please express interest by email.'],
    ['R&D', 'The R&D budget is approved yearly.'],
    ['swift delivery', 'We are known for swift delivery.'],
    ['rust belt', 'Our office sits in the old rust belt.'],
    ['a flask of coffee', 'Every stand-up comes with a flask of coffee.'],
    ['C-level', 'You will present to C-level executives.'],
    ['Plan B/C', 'If the supplier fails we move to Plan B/C.'],
    ['excel at', 'You will excel at turning data into stories.'],
  ])('finds no skill in "%s"', (_phrase, text) => {
    expect(extractSkills(text)).toEqual([]);
  });

  it('rejects English readings even at a sentence start or next to real skills', () => {
    expect(skillsIn('React to incidents within 15 minutes. Excel at written updates.')).toEqual([]);
    expect(skillsIn('Support engineers must react quickly to tickets about our Python SDK.')).toEqual([
      'python',
    ]);
    expect(skillsIn('Swift delivery matters: our platform (Java, Kafka) ships parcels daily.')).toEqual([
      'java',
      'kafka',
    ]);
    expect(skillsIn('In spring 2023 I moved our Spring Boot services to Java 21.')).toEqual([
      'java',
      'spring boot',
    ]);
  });

  it('rejects a word used as an adjective or paired with a plain word', () => {
    expect(skillsIn('Node.js; solid understanding of REST.')).toEqual(['nodejs', 'rest api']);
    expect(skillsIn('Strong knowledge of linear regression and linear algebra; Python.')).toEqual([
      'linear algebra',
      'python',
    ]);
    expect(skillsIn('We make the Go/No-Go call after the Kubernetes canary runs.')).toEqual(['kubernetes']);
  });

  it('needs technical context for a capital that merely opens a sentence', () => {
    expect(skillsIn('Cook wanted for our busy kitchen. Chef experience a plus.')).toEqual([]);
    expect(skillsIn('Go experience is required; Kubernetes is a bonus.')).toEqual(['go', 'kubernetes']);
  });

  it('lets a confirmed mention vouch for other capitalised mentions of the same skill', () => {
    expect(skillsIn('Must know Node and React. Node developers welcome.')).toEqual(['nodejs', 'react']);
  });

  it('reads examples introduced by "e.g." as a list', () => {
    expect(skillsIn('Systems languages (e.g. Go, Rust) are a plus.')).toEqual(['go', 'rust']);
  });

  it('rejects a word that is part of a proper name', () => {
    expect(skillsIn('Payments settle through American Express and Visa.')).toEqual([]);
    expect(skillsIn('Based in our Swift Current office; you will use Python daily.')).toEqual(['python']);
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
  it('reads text inside HTML tags and decodes entities', () => {
    const html =
      '<ul><li><strong>React.js</strong> &amp; TypeScript</li><li>C&#43;&#43; &amp; C&#35;</li></ul><p>Node&period;js</p>';
    expect(skillsIn(html)).toEqual(['c#', 'c++', 'nodejs', 'react', 'typescript']);
  });

  it('keeps list items from different HTML elements apart', () => {
    expect(skillsIn('<ul><li>Machine</li><li>Learning</li></ul>')).toEqual([]);
  });

  it('ignores script and style content and text that only looks like a tag', () => {
    expect(
      skillsIn('<style>.python { color: red }</style><script>var go = 1;</script>Teams of <5 use Java'),
    ).toEqual(['java']);
  });

  it('strips markdown emphasis, code spans, headings and links', () => {
    const markdown =
      '## Stack\n- **Kotlin** and `Gradle`\n- [Kubernetes](https://kubernetes.io/docs) on *GKE*';
    expect(skillsIn(markdown)).toEqual(['google kubernetes engine', 'gradle', 'kotlin', 'kubernetes']);
  });

  it('ignores product names inside URLs and e-mail addresses', () => {
    expect(
      skillsIn('Apply at https://jobs.example.com/react-developer or write to python@example.com'),
    ).toEqual([]);
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

describe('extractSkills: spellings the taxonomy keeps out of free text', () => {
  it.each([
    ['TS/SCI', 'Active TS/SCI clearance with polygraph required.'],
    ['ETH Zurich', 'Our founders met as researchers at ETH Zurich.'],
    ['RTL', 'Full RTL support for Arabic and Hebrew layouts.'],
    ['VCs', 'We are backed by top-tier VCs.'],
    ['Monday', 'Shifts include every other Monday.'],
    ['OS', 'OS reinstalls are part of the job.'],
    ['mobile apps', 'Our mobile apps are loved by two million users.'],
    ['API', 'Our API-first culture means every team publishes docs.'],
    ['FP&A', 'You will work closely with the FP&A team.'],
    ['leadership', 'Help leadership shape the next chapter of the company.'],
    ['digital assets', 'Manage digital assets such as product photos and brand videos.'],
  ])('finds no skill in "%s"', (_spelling, text) => {
    expect(extractSkills(text)).toEqual([]);
  });

  it('still resolves those spellings as tags', () => {
    expect(
      ['ts', 'eth', 'vcs', 'monday', 'os', 'mobile apps', 'api', 'fp', 'frontend'].map(normalizeSkill),
    ).toEqual([
      'typescript',
      'ethereum',
      'git',
      'monday.com',
      'operating systems',
      'mobile development',
      'api design',
      'functional programming',
      'frontend development',
    ]);
  });

  it('reads "frontend" and "backend" as skills only in a job title or with "development"', () => {
    expect(skillsIn('Our React frontend talks to a Go backend.')).toEqual(['go', 'react']);
    expect(skillsIn('Front-end Developer wanted.')).toEqual(['frontend development']);
    expect(skillsIn('Five years of back-end development.')).toEqual(['backend development']);
  });

  it('lets them vouch for neighbouring English-word skills', () => {
    expect(skillsIn('Mostly Rails, with some React on the frontend.')).toEqual(['rails', 'react']);
  });
});

describe('extractSkills: phrasings found only in running text', () => {
  it.each([
    ['Led a team of 9 engineers across two time zones.', 'leadership'],
    ['Led a 6-person team through the migration.', 'leadership'],
    ['Managed a team of 12 support agents.', 'team management'],
    ['Presented the platform roadmap to the executive team each quarter.', 'presentation'],
    ['Ability to present findings to senior leadership.', 'presentation'],
    ['You have worked in an Agile team before.', 'agile'],
    ['Mentored two graduate engineers.', 'mentoring'],
    ['Write automated end-to-end tests.', 'test automation'],
  ])('finds the skill in "%s"', (text, skill) => {
    expect(skillsIn(text)).toEqual([skill]);
  });

  it('lets a gap span one to three words of the same clause only', () => {
    expect(skillsIn('Presented the new quarterly platform roadmap to the board.')).toEqual([]);
    expect(skillsIn('Must be present in the office to greet visitors.')).toEqual([]);
    expect(skillsIn('Present the plan. To the board it goes.')).toEqual([]);
  });

  it('never uses a phrase as an item of a list', () => {
    expect(skillsIn('Set technical direction for three teams, present proposals to leadership.')).toEqual([
      'presentation',
    ]);
  });
});

describe('extractSkills: shared heads and verb readings', () => {
  it('gives each modifier of a shared head its own skill', () => {
    expect(skillsIn('Unit and integration tests with pytest.')).toEqual([
      'integration testing',
      'pytest',
      'unit testing',
    ]);
    expect(skillsIn('Experience with front-end and back-end development.')).toEqual([
      'backend development',
      'frontend development',
    ]);
    expect(skillsIn('Manual and exploratory testing of web apps.')).toEqual(['manual testing']);
    expect(skillsIn('Salt and pepper on every table.')).toEqual([]);
  });

  it('reads "design systems" after a subject, a modal or "to" as something to do', () => {
    expect(skillsIn('We design systems that scale to millions of users.')).toEqual([]);
    expect(skillsIn('Ability to design systems that scale.')).toEqual([]);
    expect(skillsIn('Experience building design systems in Figma.')).toEqual(['design systems', 'figma']);
  });

  it('reads plural job titles as colleagues, not skills', () => {
    expect(skillsIn('Partner with product managers and data scientists.')).toEqual([]);
    expect(skillsIn('Product Manager for our analytics suite.')).toEqual(['product management']);
  });
});

describe('extractSkills: more evidence for English-word skills', () => {
  it('counts a word whose related skills the text confirms', () => {
    expect(
      skillsIn('Smart contract developer. Wrote and audited Solidity contracts for a marketplace.'),
    ).toEqual(['smart contracts', 'solidity']);
  });

  it('reads a word after "using", "with", "via", "from" or "on" as a noun even before "to" or "at"', () => {
    expect(skillsIn('Migrate configuration from Puppet to Ansible.')).toEqual(['ansible', 'puppet']);
    expect(skillsIn('Experience using Shiny to build internal apps.')).toEqual(['shiny']);
  });

  it('counts a proficiency level before the word', () => {
    expect(skillsIn('Intermediate Excel and experience with Sage required.')).toEqual(['excel']);
  });

  it('counts a job title heading a technical text, not a colleague or a kitchen', () => {
    expect(skillsIn('Marketing Coordinator\nBuild email campaigns in Mailchimp.')).toEqual([
      'mailchimp',
      'marketing',
    ]);
    expect(skillsIn('Report to the Marketing Director; campaigns run in Mailchimp.')).toEqual(['mailchimp']);
    expect(skillsIn('Chef Manager for our corporate catering site.')).toEqual([]);
  });
});

describe('extractSkills: skills added to the taxonomy', () => {
  it.each([
    ['Write custom CUDA kernels.', 'cuda'],
    ['Train models with JAX and Flax.', 'jax'],
    ['Proficient in Microsoft Word.', 'microsoft word'],
    ['Decks in PowerPoint.', 'powerpoint'],
    ['Strong knowledge of MS Outlook.', 'outlook'],
    ['Social graphics in Canva.', 'canva'],
    ['Tickets in Zendesk.', 'zendesk'],
    ['Email campaigns in Mailchimp.', 'mailchimp'],
    ['Reconcile accounts in QuickBooks Online.', 'quickbooks'],
    ['Bank feeds in Xero.', 'xero'],
    ['FreeRTOS on Cortex-M.', 'rtos'],
    ['Authenticated scans with Nessus.', 'nessus'],
    ['CISSP preferred.', 'cissp'],
    ['You hold OSCP.', 'oscp'],
    ['Data wrangling with the tidyverse.', 'tidyverse'],
    ['Figures made with ggplot2.', 'ggplot2'],
    ['Dashboards in R Shiny.', 'shiny'],
    ['Beta builds go out via TestFlight.', 'testflight'],
    ['Releases automated with fastlane.', 'fastlane'],
    ['Strong prototyping skills.', 'prototyping'],
    ['Own our design system.', 'design systems'],
  ])('finds it in "%s"', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it('counts the English-word ones among skills and nowhere else', () => {
    expect(skillsIn('Proficient with Word, Excel, PowerPoint and Outlook.')).toEqual([
      'excel',
      'microsoft word',
      'outlook',
      'powerpoint',
    ]);
    expect(
      skillsIn(
        'Stack: Swift, SwiftUI, Combine. Tests with Hardhat and Solidity. Assets in Blender or Unity.',
      ),
    ).toEqual(['blender', 'combine', 'hardhat', 'solidity', 'swift', 'swiftui', 'unity']);
    expect(
      skillsIn(
        'Word of mouth keeps us busy. A positive outlook helps. Combine your passion with service. ' +
          'Free smoothies from the office blender. Hardhat and boots must be worn on site. Shiny new office!',
      ),
    ).toEqual([]);
  });

  it('keeps JAX-RS and JAX-WS apart from JAX', () => {
    expect(skillsIn('Java EE services exposing JAX-RS and JAX-WS endpoints.')).toEqual([
      'java',
      'rest api',
      'soap',
    ]);
  });
});

describe('extractSkills: tools that job ads name', () => {
  it.each([
    ['Single sign-on through Okta, Auth0 or Keycloak.', ['auth0', 'keycloak', 'okta', 'single sign-on']],
    ['Tracing with Jaeger; the mesh runs Linkerd.', ['jaeger', 'linkerd']],
    ['Monorepo tooling: Turborepo and Lerna.', ['lerna', 'turborepo']],
    [
      'Data lands through Fivetran and Airbyte; product analytics in Mixpanel.',
      ['airbyte', 'fivetran', 'mixpanel'],
    ],
    ['A Next.js frontend talking tRPC.', ['next.js', 'trpc']],
    ['Unit tests in NUnit or xUnit.', ['nunit', 'unit testing', 'xunit']],
    ['Workshops on Miro; roadmaps in Productboard.', ['miro', 'productboard']],
    ['Dependency scanning with Snyk; PAN-OS firewalls.', ['firewall', 'palo alto networks', 'snyk']],
    ['Deploy serverless functions with AWS SAM and Crossplane.', ['aws sam', 'crossplane', 'serverless']],
    ['Sensors on Arduino and Raspberry Pi talk MQTT.', ['arduino', 'mqtt', 'raspberry pi']],
  ])('finds them in "%s"', (text, expected) => {
    expect(skillsIn(text)).toEqual(expected);
  });
});
