import { normalizeRole } from './role-normalizer.js';

/**
 * A group of job titles employers use for the same job. A role belongs to a family
 * when its normalised key equals the key of one of the family's titles or other
 * names (the whole key, never a substring: "Penetration Tester" must not fall into
 * QA through "test"), or, for the AWS family, when its words say so.
 */
export interface RoleFamily {
  readonly belongs: (key: string) => boolean;
  /** Titles to search for, most specific first. */
  readonly titles: readonly string[];
}

function memberKeys(...members: string[]): (key: string) => boolean {
  const keys = new Set(members.map(normalizeRole));
  return (key) => keys.has(key);
}

/** `otherNames`: names of the job that are not worth searching for ("Backend", "SWE"). */
function family(otherNames: readonly string[], titles: readonly string[]): RoleFamily {
  return { belongs: memberKeys(...otherNames, ...titles), titles };
}

/**
 * Checked in order and the first match wins, so a narrow family (React Native)
 * sits before a broader one it overlaps (Mobile), and Security before DevSecOps so
 * "Cloud Security Engineer" searches as a security role. Bare one-word titles ("Engineer",
 * "DevOps", "PM") are never listed: TheirStack matches them inside any title and
 * they would swamp the role with unrelated postings.
 */
const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    belongs: (key) => {
      const words = key.split(' ');
      return words.includes('aws') && words.includes('architect');
    },
    titles: [
      'AWS Solutions Architect',
      'AWS Architect',
      'AWS Cloud Architect',
      'Cloud Solutions Architect',
      'Cloud Architect',
      'Solutions Architect',
      'AWS Certified Solutions Architect',
    ],
  },
  family([], ['Solutions Architect', 'Cloud Solutions Architect', 'Cloud Architect', 'Technical Architect']),
  family(
    ['Backend', 'Server Side Developer'],
    [
      'Backend Developer',
      'Backend Engineer',
      'Back-end Developer',
      'Back End Developer',
      'Server-side Developer',
      'Backend Software Engineer',
      'API Developer',
    ],
  ),
  family(
    ['Frontend'],
    [
      'Frontend Developer',
      'Frontend Engineer',
      'Front-end Developer',
      'Front End Developer',
      'UI Developer',
      'UI Engineer',
      'Frontend Software Engineer',
    ],
  ),
  family(
    ['Full Stack'],
    [
      'Full Stack Developer',
      'Full Stack Engineer',
      'Full-stack Developer',
      'Fullstack Developer',
      'Full-stack Engineer',
      'Fullstack Engineer',
      'Full Stack Software Engineer',
      'Full Stack Web Developer',
    ],
  ),
  family(
    ['SWE', 'Software Programmer'],
    ['Software Engineer', 'Software Developer', 'Software Development Engineer', 'SDE'],
  ),
  family(
    ['React'],
    [
      'React Developer',
      'React Engineer',
      'React.js Developer',
      'ReactJS Developer',
      'React Frontend Developer',
    ],
  ),
  family(
    ['React Native'],
    ['React Native Developer', 'React Native Engineer', 'React Native Mobile Developer'],
  ),
  family(
    ['iOS'],
    [
      'iOS Developer',
      'iOS Engineer',
      'iOS Software Engineer',
      'iOS Application Developer',
      'Swift Developer',
    ],
  ),
  family(
    ['Android'],
    [
      'Android Developer',
      'Android Engineer',
      'Android Software Engineer',
      'Android Application Developer',
      'Kotlin Developer',
    ],
  ),
  family(
    ['Mobile'],
    [
      'Mobile Developer',
      'Mobile Engineer',
      'Mobile App Developer',
      'Mobile Application Developer',
      'iOS Developer',
      'Android Developer',
      'React Native Developer',
      'Flutter Developer',
    ],
  ),
  family([], ['Web Developer', 'Web Engineer', 'Web Application Developer', 'Website Developer']),
  family(
    [],
    [
      'Data Engineer',
      'Big Data Engineer',
      'ETL Developer',
      'Data Pipeline Engineer',
      'Data Platform Engineer',
      'Analytics Engineer',
    ],
  ),
  family(
    ['DevOps'],
    [
      'DevOps Engineer',
      'Site Reliability Engineer',
      'SRE',
      'Platform Engineer',
      'Infrastructure Engineer',
      'Cloud DevOps Engineer',
    ],
  ),
  family(
    ['Machine Learning', 'AI ML Engineer', 'MLOps Engineer'],
    [
      'Machine Learning Engineer',
      'ML Engineer',
      'AI Engineer',
      'AI/ML Engineer',
      'Artificial Intelligence Engineer',
      'Deep Learning Engineer',
    ],
  ),
  family(
    ['Data Science'],
    [
      'Data Scientist',
      'Machine Learning Scientist',
      'ML Scientist',
      'Applied Scientist',
      'Research Scientist',
    ],
  ),
  family(
    [],
    ['Data Analyst', 'BI Analyst', 'Business Intelligence Analyst', 'Reporting Analyst', 'Product Analyst'],
  ),
  family(
    [],
    [
      'Cloud Engineer',
      'Cloud Developer',
      'Cloud Infrastructure Engineer',
      'Cloud Platform Engineer',
      'Cloud Architect',
    ],
  ),
  family(
    [
      'QA',
      'Quality Assurance Engineer',
      'Tester',
      'Software Tester',
      'QA Tester',
      'Automation Tester',
      'Software Test Engineer',
    ],
    [
      'QA Engineer',
      'Test Engineer',
      'QA Automation Engineer',
      'SDET',
      'Quality Engineer',
      'Software Engineer in Test',
      'Test Automation Engineer',
      'QA Analyst',
    ],
  ),
  family(
    ['Pen Tester'],
    ['Penetration Tester', 'Pentester', 'Ethical Hacker', 'Offensive Security Engineer', 'Red Team Engineer'],
  ),
  family(
    [
      'Security',
      'Cybersecurity',
      'Cyber Security Engineer',
      'Network Security Engineer',
      'Cloud Security Engineer',
    ],
    [
      'Security Engineer',
      'Cybersecurity Engineer',
      'Information Security Engineer',
      'InfoSec Engineer',
      'Security Analyst',
      'Cybersecurity Analyst',
      'Application Security Engineer',
    ],
  ),
  family(
    ['DevSecOps'],
    [
      'DevSecOps Engineer',
      'DevOps Security Engineer',
      'Security Automation Engineer',
      'Cloud Security Engineer',
    ],
  ),
  family(['Product Management'], ['Product Manager', 'Technical Product Manager', 'Product Owner']),
  family(
    ['UX UI Designer'],
    ['UX Designer', 'UI Designer', 'UI/UX Designer', 'Product Designer', 'Interaction Designer'],
  ),
  family([], ['Engineering Manager', 'Software Engineering Manager', 'Development Manager']),
];

/** The family a role key belongs to, if any. */
export function roleFamilyOf(key: string): RoleFamily | undefined {
  return ROLE_FAMILIES.find((candidate) => candidate.belongs(key));
}
