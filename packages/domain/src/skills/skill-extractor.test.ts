import { describe, expect, it } from 'vitest';
import { extractSkills } from './skill-extractor.js';
import { normalizeSkill } from './skill-normalizer.js';
import { findSkill } from './skill-taxonomy.js';

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

  it('splits "C/C++" into C and C++', () => {
    expect(skillsIn('Strong C/C++ skills are a must.')).toEqual(['c', 'c++']);
  });

  it('splits "C#.NET" into C# and .NET', () => {
    expect(skillsIn('We are a C#.NET shop.')).toEqual(['.net', 'c#']);
  });

  it('splits "C++/C#" into C++ and C#', () => {
    expect(skillsIn('Engine code in C++/C#.')).toEqual(['c#', 'c++']);
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

describe('extractSkills: speed', () => {
  it('handles a 5,000-word document in a few milliseconds', () => {
    const paragraph =
      'Senior Backend Engineer: build Go and Python services on Kubernetes, with PostgreSQL, Kafka and Redis. ' +
      'You will react quickly to incidents, mentor engineers and express ideas clearly. ';
    const document = paragraph.repeat(Math.ceil(5_000 / paragraph.split(' ').length));
    extractSkills(document);
    const timings = Array.from({ length: 15 }, () => {
      const start = performance.now();
      extractSkills(document);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    // Generous bound for shared CI machines; bench/skill-extraction.bench.ts measures precisely.
    expect(timings[7]).toBeLessThan(25);
  });
});
