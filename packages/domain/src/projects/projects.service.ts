import { DIFFICULTIES, type Difficulty, type ProjectCatalog, type ProjectIdea } from '../catalogs/index.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { normalizeRole } from '../roles/index.js';
import { compareText, parseEnumValue, round1 } from '../shared/index.js';
import { matchesSkillSearch, normalizeSkill, normalizeSkills, skillSearch } from '../skills/index.js';
import type {
  AllProjectsOptions,
  MatchedProject,
  ProjectMatch,
  ProjectPage,
  ProjectRecommendations,
  ProjectSearchResult,
  ProjectUser,
  RecommendProjectsOptions,
  SearchProjectsOptions,
  SkillBuildingOptions,
} from './projects.types.js';

const DIFFICULTY_RANK: Readonly<Record<Difficulty, number>> = { Beginner: 1, Intermediate: 2, Advanced: 3 };
const SUMMARISED_PROJECTS = 3;
const SUGGESTED_SKILLS = 3;
const STRONG_MATCH_ADVICE =
  'You already have most of the skills these projects need: pick one and start building.';
const FAIR_MATCH_ADVICE =
  'You have a good foundation for these projects; each will stretch you in a few new areas.';
const WEAK_MATCH_ADVICE =
  'These projects are challenging for your current skills; consider starting with Beginner projects.';

/**
 * Projects for the user, best skill match first (then easier first, then by id), after
 * optional difficulty, role and skill-focus filters, with short advice on the result.
 */
export function recommendProjects(
  catalog: ProjectCatalog,
  user: ProjectUser,
  options: RecommendProjectsOptions,
): ProjectRecommendations {
  const difficulty = parseDifficulty(options.difficulty);
  const skillFocus = normalizeSkills(options.skillFocus ?? []);
  const targetRole = options.targetRole?.trim() || undefined;
  const roleKey = targetRole === undefined ? undefined : normalizeRole(targetRole);
  const userSkills = new Set(normalizeSkills(user.skills));

  const candidates = catalog.projects.filter(
    (project) =>
      hasDifficulty(project, difficulty) &&
      (roleKey === undefined || project.roleKeys.includes(roleKey)) &&
      (skillFocus.length === 0 || usesAnySkill(project, skillFocus)),
  );
  const projects = candidates
    .map((project) => withMatch(project, userSkills))
    .sort(byMatchThenDifficulty)
    .slice(0, options.limit);
  return {
    projects,
    totalProjects: candidates.length,
    userSkillCount: userSkills.size,
    filtersApplied: {
      difficulty: difficulty ?? null,
      skillFocus,
      targetRole: targetRole ?? null,
      limit: options.limit,
    },
    recommendations: adviceFor(projects),
  };
}

/**
 * Projects that exercise any of the given skills, easiest first and best match first
 * within a difficulty. Sorted before the limit is applied, so the limit keeps the best
 * projects rather than the first ones in the file.
 */
export function skillBuildingProjects(
  catalog: ProjectCatalog,
  user: ProjectUser,
  options: SkillBuildingOptions,
): MatchedProject[] {
  const difficulty = parseDifficulty(options.difficulty);
  const wanted = normalizeSkills(options.skills);
  const userSkills = new Set(normalizeSkills(user.skills));
  return catalog.projects
    .filter((project) => usesAnySkill(project, wanted) && hasDifficulty(project, difficulty))
    .map((project) => withMatch(project, userSkills))
    .sort(byDifficultyThenMatch)
    .slice(0, options.limit);
}

/**
 * Projects whose title, description, features or skills contain the query (a query that
 * is a spelling of a skill, such as "nodejs", also finds projects using that skill), in
 * catalog order.
 */
export function searchProjects(catalog: ProjectCatalog, options: SearchProjectsOptions): ProjectSearchResult {
  const difficulty = parseDifficulty(options.difficulty);
  const skills = normalizeSkills(options.skills ?? []);
  const query = options.query.trim();
  if (query === '') throw ValidationError.forField('query', 'must not be blank');
  const search = skillSearch(query);

  const found = catalog.projects.filter(
    (project) =>
      matchesSkillSearch(search, project.skillIds, [
        project.title,
        project.description,
        ...project.features,
        ...project.skills,
      ]) &&
      hasDifficulty(project, difficulty) &&
      (skills.length === 0 || usesAnySkill(project, skills)),
  );
  return {
    projects: found.slice(options.offset, options.offset + options.limit),
    totalFound: found.length,
    searchQuery: query,
    filtersApplied: { skills, difficulty: difficulty ?? null, limit: options.limit, offset: options.offset },
  };
}

/** One page of the catalog in file order, with the user's match for each project. */
export function allProjects(
  catalog: ProjectCatalog,
  user: ProjectUser,
  options: AllProjectsOptions,
): ProjectPage {
  const difficulty = parseDifficulty(options.difficulty);
  const userSkills = new Set(normalizeSkills(user.skills));
  const filtered = catalog.projects.filter((project) => hasDifficulty(project, difficulty));
  return {
    projects: filtered
      .slice(options.offset, options.offset + options.limit)
      .map((project) => withMatch(project, userSkills)),
    total: filtered.length,
  };
}

/** One project of the catalog with the user's match; NOT_FOUND for an id the catalog lacks. */
export function projectById(catalog: ProjectCatalog, user: ProjectUser, id: number): MatchedProject {
  const project = catalog.findProject(id);
  if (project === undefined) throw new NotFoundError('No project has this id', { field: 'id' });
  return withMatch(project, new Set(normalizeSkills(user.skills)));
}

/** A difficulty in any letter case; undefined when none was given. */
export function parseDifficulty(value: string | undefined): Difficulty | undefined {
  return parseEnumValue(value, DIFFICULTIES, 'difficulty');
}

function skillMatch(project: ProjectIdea, userSkills: ReadonlySet<string>): ProjectMatch {
  if (project.skills.length === 0) return { skillMatchPercentage: 100, missingSkills: [] };
  const missingSkills = project.skills.filter((_, index) => !userSkills.has(project.skillIds[index] ?? ''));
  const matched = project.skills.length - missingSkills.length;
  return { skillMatchPercentage: round1((matched / project.skills.length) * 100), missingSkills };
}

function withMatch(project: ProjectIdea, userSkills: ReadonlySet<string>): MatchedProject {
  return { ...project, ...skillMatch(project, userSkills) };
}

function hasDifficulty(project: ProjectIdea, difficulty: Difficulty | undefined): boolean {
  return difficulty === undefined || project.difficulty === difficulty;
}

function usesAnySkill(project: ProjectIdea, skillIds: readonly string[]): boolean {
  return skillIds.some((skillId) => project.skillIds.includes(skillId));
}

function byMatchThenDifficulty(a: MatchedProject, b: MatchedProject): number {
  return (
    b.skillMatchPercentage - a.skillMatchPercentage ||
    DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] ||
    a.id - b.id
  );
}

function byDifficultyThenMatch(a: MatchedProject, b: MatchedProject): number {
  return (
    DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] ||
    b.skillMatchPercentage - a.skillMatchPercentage ||
    a.id - b.id
  );
}

function adviceFor(projects: readonly MatchedProject[]): string[] {
  if (projects.length === 0) return [];
  const advice = [adviceForAverageMatch(averageMatch(projects))];
  const skillsToLearn = mostNeededSkills(projects.slice(0, SUMMARISED_PROJECTS));
  if (skillsToLearn.length > 0) {
    advice.push(`To take on these projects, consider learning ${skillsToLearn.join(', ')}.`);
  }
  return advice;
}

function adviceForAverageMatch(average: number): string {
  if (average >= 80) return STRONG_MATCH_ADVICE;
  if (average >= 50) return FAIR_MATCH_ADVICE;
  return WEAK_MATCH_ADVICE;
}

function averageMatch(projects: readonly MatchedProject[]): number {
  return projects.reduce((sum, project) => sum + project.skillMatchPercentage, 0) / projects.length;
}

/**
 * The skills missing most often across the projects, most frequent first and then by
 * name, so the advice reads the same on every call. Spellings of one skill count together
 * and are shown as the first project spells them.
 */
function mostNeededSkills(projects: readonly MatchedProject[]): string[] {
  const needs = new Map<string, { name: string; count: number }>();
  for (const skill of projects.flatMap((project) => project.missingSkills)) {
    const id = normalizeSkill(skill);
    const need = needs.get(id) ?? { name: skill, count: 0 };
    need.count += 1;
    needs.set(id, need);
  }
  return [...needs.values()]
    .sort((a, b) => b.count - a.count || compareText(a.name.toLowerCase(), b.name.toLowerCase()))
    .slice(0, SUGGESTED_SKILLS)
    .map((need) => need.name);
}
