import {
  firstOfEachUrl,
  type LearningResource,
  type LearningResourceCatalog,
  RESOURCE_TYPES,
  type ResourceType,
} from '../catalogs/index.js';
import { ValidationError } from '../errors/index.js';
import { parseEnumValue } from '../shared/index.js';
import { matchesSkillSearch, skillDisplayName, skillSearch } from '../skills/index.js';
import type {
  ResourceSearchResult,
  ResourcesForSkillsOptions,
  SearchResourcesOptions,
} from './learning.types.js';

/**
 * Resources for each skill in the order given, optionally narrowed by type and by a
 * search text. Skills resolve through the taxonomy, so "next.js" finds Next.js
 * resources or nothing, never a similarly spelled skill's.
 */
export function resourcesForSkills(
  catalog: LearningResourceCatalog,
  options: ResourcesForSkillsOptions,
): LearningResource[] {
  const resourceType = parseResourceType(options.resourceType);
  const search = options.search?.trim() ? skillSearch(options.search) : null;
  const resources = options.skills
    .flatMap((skill) => catalog.resourcesFor(skill))
    .filter((resource) => resourceType === undefined || resource.type === resourceType)
    .filter(
      (resource) =>
        search === null ||
        matchesSkillSearch(search, [resource.skill], [resource.title, resource.description]),
    );
  return firstOfEachUrl(resources);
}

/**
 * Resources whose skill, title or description contains the query, in catalog order.
 * A query naming a skill in any spelling ("docker", "k8s", "React.js") returns all of that
 * skill's resources.
 */
export function searchResources(
  catalog: LearningResourceCatalog,
  options: SearchResourcesOptions,
): ResourceSearchResult {
  const resourceType = parseResourceType(options.resourceType);
  const query = options.query.trim();
  if (query === '') throw ValidationError.forField('query', 'must not be blank');
  const search = skillSearch(query);
  const matches = catalog.skills.flatMap((skill) => {
    const names = [skill.name, skill.id, skillDisplayName(skill.id)];
    return skill.resources.filter((resource) =>
      matchesSkillSearch(search, [skill.id], [...names, resource.title, resource.description]),
    );
  });
  const found = firstOfEachUrl(
    matches.filter((resource) => resourceType === undefined || resource.type === resourceType),
  );
  return {
    resources: found.slice(options.offset, options.offset + options.limit),
    totalFound: found.length,
    searchQuery: query,
    filtersApplied: { resourceType: resourceType ?? null, limit: options.limit, offset: options.offset },
  };
}

const EXPLANATION_TYPES: ReadonlySet<ResourceType> = new Set(['Documentation', 'Tutorial', 'Video']);
const HANDS_ON_TYPES: ReadonlySet<ResourceType> = new Set(['Course', 'Practice']);

/**
 * Hours a learner needs to become productive in a skill: the quickest resource that
 * explains it (documentation, tutorial or video) plus the quickest one that makes them
 * use it (course or practice). Books are longer reference reading, so the quickest book
 * only stands in when one of those two kinds is missing. Null when the catalog has no
 * resources for the skill.
 */
export function estimatedHoursForSkill(catalog: LearningResourceCatalog, skill: string): number | null {
  const resources = catalog.resourcesFor(skill);
  if (resources.length === 0) return null;
  const explanation = quickestHours(resources, (type) => EXPLANATION_TYPES.has(type));
  const handsOn = quickestHours(resources, (type) => HANDS_ON_TYPES.has(type));
  if (explanation !== undefined && handsOn !== undefined) return explanation + handsOn;
  const book = quickestHours(resources, (type) => type === 'Book');
  return (explanation ?? 0) + (handsOn ?? 0) + (book ?? 0);
}

/** A resource type in any letter case; undefined when none was given. */
export function parseResourceType(value: string | undefined): ResourceType | undefined {
  return parseEnumValue(value, RESOURCE_TYPES, 'resourceType');
}

function quickestHours(
  resources: readonly LearningResource[],
  isWanted: (type: ResourceType) => boolean,
): number | undefined {
  const hours = resources
    .filter((resource) => isWanted(resource.type))
    .map((resource) => resource.estimatedHours);
  return hours.length === 0 ? undefined : Math.min(...hours);
}
