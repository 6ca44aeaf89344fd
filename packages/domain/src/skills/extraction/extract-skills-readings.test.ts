import { itFindsSkill, itMaps, skillsIn } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from '../skill-normalizer.js';

// Skills told from the English around them: everyday words, spellings kept for tags, phrasings,
// shared heads. Phrases, symbols, markup and counting: extract-skills.test.ts.

describe('extractSkills: English words that are also skills', () => {
  itFindsSkill({
    'Senior engineer (Golang) for our payments team.': 'go',
    'Production experience in the Go language.': 'go',
    'Screens are built in SwiftUI.': 'swiftui',
    'Screens are built in Swift UI.': 'swiftui',
    'Rust programming is a bonus.': 'rust',
    'Dashboard written in React.js.': 'react',
    'API built on Express.js.': 'express',
    'Experience with the Spring Framework.': 'spring',
    'Spring Boot microservices.': 'spring boot',
    'Advanced MS Excel required.': 'excel',
    'R programming for statistics.': 'r',
    'Analyses produced in RStudio.': 'r',
    'Ruby on Rails monolith.': 'rails',
  });

  itMaps(skillsIn, {
    'finds no skill where the word is English': {
      'Our go to market team is growing.': [],
      'You react quickly to customer feedback.': [],
      'Hiring starts in the spring.': [],
      'Please express interest by email.': [],
      'The R&D budget is approved yearly.': [],
      'We are known for swift delivery.': [],
      'Our office sits in the old rust belt.': [],
      'Every stand-up comes with a flask of coffee.': [],
      'You will present to C-level executives.': [],
      'If the supplier fails we move to Plan B/C.': [],
      'You will excel at turning data into stories.': [],
    },
    'counts capitalised words in a comma list of other technical skills': {
      'Python, Go, Java': ['go', 'java', 'python'],
      'Languages: Go, Rust, Swift': ['go', 'rust', 'swift'],
    },
    'counts lower-case words listed between technical skills': {
      'tech: python, go, postgres, docker': ['docker', 'go', 'postgresql', 'python'],
    },
    'counts a word backed by nearby technical terms': {
      'Our services are written in Go and run on Kubernetes.': ['go', 'kubernetes'],
      'Build cross-platform apps in Dart, using Firebase for auth.': ['dart', 'firebase'],
    },
    'counts a word followed by a technical noun or a version': {
      'Strong Go experience is required.': ['go'],
      'Migrated the app from Rails 4 to Rails 7.': ['rails'],
      'Automated provisioning with Chef cookbooks and Puppet manifests.': ['chef', 'puppet'],
    },
    'rejects English readings even at a sentence start or next to real skills': {
      'React to incidents within 15 minutes. Excel at written updates.': [],
      'Support engineers must react quickly to tickets about our Python SDK.': ['python'],
      'Swift delivery matters: our platform (Java, Kafka) ships parcels daily.': ['java', 'kafka'],
      'In spring 2023 I moved our Spring Boot services to Java 21.': ['java', 'spring boot'],
    },
    'rejects a word used as an adjective or paired with a plain word': {
      'Node.js; solid understanding of REST.': ['nodejs', 'rest api'],
      'Strong knowledge of linear regression and linear algebra; Python.': ['linear algebra', 'python'],
      'We make the Go/No-Go call after the Kubernetes canary runs.': ['kubernetes'],
    },
    'needs technical context for a capital that merely opens a sentence': {
      'Cook wanted for our busy kitchen. Chef experience a plus.': [],
      'Go experience is required; Kubernetes is a bonus.': ['go', 'kubernetes'],
    },
    'lets a confirmed mention vouch for other capitalised mentions of the same skill': {
      'Must know Node and React. Node developers welcome.': ['nodejs', 'react'],
    },
    'reads examples introduced by "e.g." as a list': {
      'Systems languages (e.g. Go, Rust) are a plus.': ['go', 'rust'],
    },
    'rejects a word that is part of a proper name': {
      'Payments settle through American Express and Visa.': [],
      'Based in our Swift Current office; you will use Python daily.': ['python'],
    },
  });
});

describe('extractSkills: more evidence for English-word skills', () => {
  itMaps(skillsIn, {
    'counts a word whose related skills the text confirms': {
      'Smart contract developer. Wrote and audited Solidity contracts for a marketplace.': [
        'smart contracts',
        'solidity',
      ],
    },
    'reads a word after "using", "with", "via", "from" or "on" as a noun even before "to" or "at"': {
      'Migrate configuration from Puppet to Ansible.': ['ansible', 'puppet'],
      'Experience using Shiny to build internal apps.': ['shiny'],
    },
    'counts a proficiency level before the word': {
      'Intermediate Excel and experience with Sage required.': ['excel'],
    },
    'counts a job title heading a technical text, not a colleague or a kitchen': {
      'Marketing Coordinator\nBuild email campaigns in Mailchimp.': ['mailchimp', 'marketing'],
      'Report to the Marketing Director; campaigns run in Mailchimp.': ['mailchimp'],
      'Chef Manager for our corporate catering site.': [],
    },
  });
});

describe('extractSkills: spellings the taxonomy keeps out of free text', () => {
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

  itMaps(skillsIn, {
    'finds no skill where those spellings stand in free text': {
      'Active TS/SCI clearance with polygraph required.': [],
      'Our founders met as researchers at ETH Zurich.': [],
      'Full RTL support for Arabic and Hebrew layouts.': [],
      'We are backed by top-tier VCs.': [],
      'Shifts include every other Monday.': [],
      'OS reinstalls are part of the job.': [],
      'Our mobile apps are loved by two million users.': [],
      'Our API-first culture means every team publishes docs.': [],
      'You will work closely with the FP&A team.': [],
      'Help leadership shape the next chapter of the company.': [],
      'Manage digital assets such as product photos and brand videos.': [],
    },
    'reads "frontend" and "backend" as skills only in a job title or with "development"': {
      'Our React frontend talks to a Go backend.': ['go', 'react'],
      'Front-end Developer wanted.': ['frontend development'],
      'Five years of back-end development.': ['backend development'],
    },
    'lets them vouch for neighbouring English-word skills': {
      'Mostly Rails, with some React on the frontend.': ['rails', 'react'],
    },
  });
});

describe('extractSkills: phrasings found only in running text', () => {
  itMaps(skillsIn, {
    'finds the skill a phrasing names': {
      'Led a team of 9 engineers across two time zones.': ['leadership'],
      'Led a 6-person team through the migration.': ['leadership'],
      'Managed a team of 12 support agents.': ['team management'],
      'Presented the platform roadmap to the executive team each quarter.': ['presentation'],
      'Ability to present findings to senior leadership.': ['presentation'],
      'You have worked in an Agile team before.': ['agile'],
      'Mentored two graduate engineers.': ['mentoring'],
      'Write automated end-to-end tests.': ['test automation'],
    },
    'lets a gap span one to three words of the same clause only': {
      'Presented the new quarterly platform roadmap to the board.': [],
      'Must be present in the office to greet visitors.': [],
      'Present the plan. To the board it goes.': [],
    },
    'never uses a phrase as an item of a list': {
      'Set technical direction for three teams, present proposals to leadership.': ['presentation'],
    },
  });
});

describe('extractSkills: shared heads and verb readings', () => {
  itMaps(skillsIn, {
    'gives each modifier of a shared head its own skill': {
      'Unit and integration tests with pytest.': ['integration testing', 'pytest', 'unit testing'],
      'Experience with front-end and back-end development.': ['backend development', 'frontend development'],
      'Manual and exploratory testing of web apps.': ['manual testing'],
      'Salt and pepper on every table.': [],
    },
    'reads "design systems" after a subject, a modal or "to" as something to do': {
      'We design systems that scale to millions of users.': [],
      'Ability to design systems that scale.': [],
      'Experience building design systems in Figma.': ['design systems', 'figma'],
    },
    'reads plural job titles as colleagues, not skills': {
      'Partner with product managers and data scientists.': [],
      'Product Manager for our analytics suite.': ['product management'],
    },
  });
});
