import type { DemoCompany } from './demo-companies.js';
import type { DemoRoleProfile } from './demo-roles.js';
import { technologyDisplayName } from './demo-technologies.js';
import type { SeededRandom } from './seeded-random.js';

export interface DescriptionFacts {
  readonly company: DemoCompany;
  readonly role: DemoRoleProfile;
  readonly jobTitle: string;
  /** Years of experience the seniority level asks for; 0 for entry-level roles. */
  readonly minimumYears: number;
  readonly technologySlugs: readonly string[];
  readonly place: string;
  readonly salaryText: string | undefined;
}

function bulletList(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

/** A posting's description in the sections real postings use, naming the drawn technologies. */
export function describeJob(random: SeededRandom, facts: DescriptionFacts): string {
  const names = facts.technologySlugs.map(technologyDisplayName);
  const required = names.slice(0, Math.max(2, Math.ceil(names.length * 0.6)));
  const niceToHave = names.slice(required.length);
  const duties = random.shuffled(facts.role.duties).slice(0, 3);
  const years = facts.minimumYears;
  const requirements = [
    years > 0
      ? `${years}+ years of experience as a ${facts.role.role.toLowerCase()} or in a similar role`
      : `A degree, bootcamp or portfolio that shows your interest in ${facts.role.role.toLowerCase()} work`,
    `Hands-on experience with ${required.join(', ')}`,
    ...(niceToHave.length > 0 ? [`Familiarity with ${niceToHave.join(', ')} is a plus`] : []),
    'Clear written and spoken communication in English',
  ];
  const sections = [
    `**About ${facts.company.name}**`,
    `${facts.company.name} is a ${facts.company.industry.toLowerCase()} company with about ${withThousandsSeparators(facts.company.employeeCount)} people.`,
    '**The role**',
    `We are hiring a ${facts.jobTitle} to work ${facts.place}.`,
    "**What you'll do**",
    bulletList(duties),
    '**What we look for**',
    bulletList(requirements),
  ];
  if (facts.salaryText) sections.push('**Compensation**', `${facts.salaryText} per year, plus benefits.`);
  return sections.join('\n\n');
}

/** 1234567 → "1,234,567"; toLocaleString is an order of magnitude slower, which shows at 100k postings. */
export function withThousandsSeparators(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
