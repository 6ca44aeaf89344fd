import type { LearningResourceCatalog, ProjectCatalog } from '../catalogs/index.js';
import { completeDayWindows } from '../clock/index.js';
import { NotFoundError } from '../errors/index.js';
import { MIN_SALARIED_POSTINGS_PER_SKILL, salaryPercentiles, skillGrowth } from '../market/index.js';
import { skillBuildingProjects } from '../projects/index.js';
import { roleDisplayName } from '../roles/index.js';
import {
  byCountThenName,
  MARKET_WIDE_SCOPE,
  type RollupReadDependencies,
  type RollupTotals,
} from '../rollups/index.js';
import { round1 } from '../shared/index.js';
import {
  findSkill,
  normalizeSkill,
  type SkillCategory,
  type SkillDefinition,
  type SkillSearchHit,
  searchSkills,
  similarlySpeltSkills,
  skillCategory,
  skillDisplayName,
  skillsRequiring,
} from '../skills/index.js';
import type {
  RoleDemandForSkill,
  SkillPartner,
  SkillProfile,
  SkillProfileOptions,
  SkillReference,
  SkillSuggestion,
} from './skill-profile.types.js';

/** How many entries each list of a skill profile, and the suggestions for an unknown skill, show. */
const LIST_SIZES = { partners: 10, roles: 10, resources: 5, projects: 5, suggestions: 5 } as const;

export class UnknownSkillError extends NotFoundError {
  constructor(readonly suggestions: readonly SkillSuggestion[]) {
    // The id is not repeated: no error message carries a value the client sent.
    super('No skill with this id is known', {
      field: 'id',
      suggestions: suggestions.map((suggestion) => suggestion.displayName),
      suggestedSkills: suggestions.map(({ skill: id, displayName }) => ({ skill: id, displayName })),
    });
  }
}

/** The catalogs a skill profile suggests resources and projects from. */
export interface SkillProfileCatalogs {
  learningResources: LearningResourceCatalog;
  projects: ProjectCatalog;
}

const reference = (id: string): SkillReference => ({
  skill: id,
  displayName: skillDisplayName(id),
  category: skillCategory(id),
});

function partnersOf(skill: string, totals: RollupTotals): SkillPartner[] {
  const own = totals.skills.get(skill) ?? 0;
  const partners = new Map<string, number>();
  for (const [pair, count] of totals.skillPairs) {
    if (count <= 0) continue;
    const [a, b] = pair.split('|') as [string, string];
    if (a === skill) partners.set(b, count);
    else if (b === skill) partners.set(a, count);
  }
  return byCountThenName(partners)
    .slice(0, LIST_SIZES.partners)
    .map(([other, postings]) => ({
      ...reference(other),
      postings,
      share: own === 0 ? 0 : round1((postings / own) * 100),
    }));
}

function rolesAsking(skill: string, totals: RollupTotals): RoleDemandForSkill[] {
  return byCountThenName(totals.rolesBySkill.get(skill) ?? new Map())
    .slice(0, LIST_SIZES.roles)
    .map(([role, postingsWithSkill]) => {
      const postings = totals.roles.get(role) ?? 0;
      return {
        role,
        displayName: roleDisplayName(role),
        postings,
        postingsWithSkill,
        share: postings === 0 ? 0 : round1((postingsWithSkill / postings) * 100),
      };
    });
}

/** Skills the text could have meant: search matches first, then similar spellings ("kubernets"). */
function closestSkills(search: string, demand: ReadonlyMap<string, number>): SkillSuggestion[] {
  const matches = searchSkills({ search, limit: LIST_SIZES.suggestions, demand }).map(suggestionOf);
  const seen = new Set(matches.map((match) => match.skill));
  const similar = similarlySpeltSkills(search, LIST_SIZES.suggestions)
    .filter((skill) => !seen.has(skill.id))
    .map((skill) => ({
      ...reference(skill.id),
      postings: demand.get(skill.id) ?? 0,
      match: 'contains' as const,
      matchedText: skill.name,
    }));
  return [...matches, ...similar].slice(0, LIST_SIZES.suggestions);
}

/** From the hit's own taxonomy entry: every keystroke of an autocomplete maps up to `limit` of these. */
function suggestionOf(hit: SkillSearchHit): SkillSuggestion {
  return {
    skill: hit.skill.id,
    displayName: hit.skill.name,
    category: hit.skill.category,
    postings: hit.postings,
    match: hit.match,
    matchedText: hit.matchedText,
  };
}

export interface SkillDirectoryOptions {
  search?: string | null;
  category?: SkillCategory | null;
  limit: number;
}

/** The demand window of every skill answer: the complete days of the last month. */
const DIRECTORY_DAYS = 30;

function taxonomyPart(skill: SkillDefinition) {
  return {
    ...reference(skill.id),
    aliases: [...skill.aliases],
    prerequisites: skill.prerequisites.map(reference),
    requiredBy: skillsRequiring(skill.id).map(reference),
  };
}

/** What skills are and what they are worth in the market. */
export class SkillProfileService {
  constructor(private readonly reads: RollupReadDependencies) {}

  /**
   * Skills for autocomplete and browsing: matched by name and alias (see searchSkills), or
   * without search text the most asked-for skills of the last 30 complete days.
   */
  async directory(options: SkillDirectoryOptions): Promise<SkillSuggestion[]> {
    const { clock, windowTotals } = this.reads;
    const window = completeDayWindows(clock.now(), DIRECTORY_DAYS).current;
    const demand = (await windowTotals.of(MARKET_WIDE_SCOPE, window, 'skill')).skills;
    return searchSkills({ ...options, demand }).map(suggestionOf);
  }

  /**
   * What a skill is (taxonomy) and what it is worth in the market: demand and growth over
   * complete days, salary quartiles, the skills asked with it, the roles asking for it, and
   * how to learn and practise it. Reads the market-wide rollup cells only.
   */
  async profile(
    idOrAlias: string,
    options: SkillProfileOptions,
    viewerSkills: readonly string[],
    { learningResources, projects }: SkillProfileCatalogs,
  ): Promise<SkillProfile> {
    const { clock, windowTotals } = this.reads;
    const days = options.days ?? 30;
    const now = clock.now();
    const windows = completeDayWindows(now, days);
    const [current, previous] = await Promise.all([
      windowTotals.of(MARKET_WIDE_SCOPE, windows.current, 'skill'),
      windowTotals.of(MARKET_WIDE_SCOPE, windows.previous, 'skill'),
    ]);
    const skill = findSkill(normalizeSkill(idOrAlias));
    if (skill === undefined) throw new UnknownSkillError(closestSkills(idOrAlias, current.skills));
    const postings = current.skills.get(skill.id) ?? 0;
    return {
      ...taxonomyPart(skill),
      windowDays: days,
      totalPostingsAnalyzed: current.postings,
      postings,
      share: current.postings === 0 ? 0 : round1((postings / current.postings) * 100),
      growth: skillGrowth(skill.id, { current, previous }),
      growthWindow: windows,
      salary: salaryPercentiles(
        current.salaryHistogramBySkill.get(skill.id),
        MIN_SALARIED_POSTINGS_PER_SKILL,
      ),
      askedWith: partnersOf(skill.id, current),
      topRoles: rolesAsking(skill.id, current),
      learningResources: learningResources.resourcesFor(skill.id).slice(0, LIST_SIZES.resources),
      projects: skillBuildingProjects(
        projects,
        { skills: viewerSkills },
        { skills: [skill.id], limit: LIST_SIZES.projects },
      ),
      dataSources: [...current.sources.keys()].sort(),
      generatedAt: now,
    };
  }
}
