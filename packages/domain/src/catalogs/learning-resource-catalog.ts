import { uniqueBy } from '../shared/index.js';
import { normalizeSkill } from '../skills/index.js';
import { CatalogError } from './catalog-error.js';
import { loadOncePerFile, parseCatalogEntry } from './catalog-file.js';
import { learningResourceEntrySchema, type ResourceType } from './learning-resource.schema.js';

export interface LearningResource {
  /** Canonical id of the skill this resource teaches (normalizeSkill of its file key). */
  readonly skill: string;
  readonly type: ResourceType;
  readonly title: string;
  readonly url: string;
  readonly description: string;
  readonly estimatedHours: number;
}

export interface CatalogSkill {
  readonly id: string;
  /** The key as written in the file ("Node.js"), kept for display and search. */
  readonly name: string;
  readonly resources: readonly LearningResource[];
}

export interface LearningResourceCatalog {
  readonly filePath: string;
  /** In file order. */
  readonly skills: readonly CatalogSkill[];
  readonly resourceCount: number;
  /** The skill in any spelling ("React.js", "reactjs"); undefined when the catalog lacks it. */
  findSkill(skill: string): CatalogSkill | undefined;
  /** Resources for a skill in any spelling; empty when the catalog lacks it. */
  resourcesFor(skill: string): readonly LearningResource[];
  /** The resource at this URL, as listed under the first skill that lists it; undefined when none does. */
  findResource(url: string): LearningResource | undefined;
}

const NO_RESOURCES: readonly LearningResource[] = Object.freeze([]);

/**
 * Loads a learning-resource file: an object keyed by skill name, each a list of
 * `{type, title, url, description, estimatedHours?}`. The original system's file (no
 * estimatedHours) loads unchanged. Without a path, the bundled catalog is used. Loaded
 * once per path.
 */
export const loadLearningResourceCatalog: (filePath?: string) => LearningResourceCatalog = loadOncePerFile(
  'learning-resources.json',
  parseLearningResourceCatalog,
);

function parseLearningResourceCatalog(raw: unknown, filePath: string): LearningResourceCatalog {
  if (!isPlainObject(raw)) {
    throw new CatalogError(filePath, undefined, undefined, 'must be an object keyed by skill name');
  }
  const skillsById = new Map<string, CatalogSkill>();
  for (const [key, entries] of Object.entries(raw)) {
    const skill = parseSkill(key, entries, filePath);
    // Two keys naming one skill ("NLP" and "Natural Language Processing") are merged
    // rather than rejected, so older files with such pairs still load.
    const earlier = skillsById.get(skill.id);
    skillsById.set(skill.id, earlier === undefined ? skill : mergeSkills(earlier, skill));
  }
  return buildCatalog(filePath, [...skillsById.values()]);
}

function parseSkill(key: string, entries: unknown, filePath: string): CatalogSkill {
  const entryName = `skill "${key}"`;
  const id = normalizeSkill(key);
  if (id === '') throw new CatalogError(filePath, entryName, undefined, 'skill name is blank');
  if (!Array.isArray(entries)) {
    throw new CatalogError(filePath, entryName, undefined, 'must be a list of resources');
  }
  const resources = entries.map((entry, index) => {
    const parsed = parseCatalogEntry(
      learningResourceEntrySchema,
      entry,
      filePath,
      `${entryName} resource at index ${index}`,
    );
    return Object.freeze({ skill: id, ...parsed });
  });
  return { id, name: key, resources: firstOfEachUrl(resources) };
}

function mergeSkills(first: CatalogSkill, second: CatalogSkill): CatalogSkill {
  return { ...first, resources: firstOfEachUrl([...first.resources, ...second.resources]) };
}

/**
 * Keeps the first resource of each URL, in order. The original file repeated a URL inside
 * one skill, and services listing several skills see resources shared between skills.
 */
export function firstOfEachUrl(resources: readonly LearningResource[]): LearningResource[] {
  return uniqueBy(resources, (resource) => resource.url);
}

function buildCatalog(filePath: string, skills: CatalogSkill[]): LearningResourceCatalog {
  const frozenSkills = Object.freeze(
    skills.map((skill) => Object.freeze({ ...skill, resources: Object.freeze([...skill.resources]) })),
  );
  const skillsById = new Map(frozenSkills.map((skill) => [skill.id, skill]));
  const findSkill = (skill: string): CatalogSkill | undefined => skillsById.get(normalizeSkill(skill));
  const resourcesByUrl = new Map<string, LearningResource>();
  for (const resource of frozenSkills.flatMap((skill) => skill.resources)) {
    if (!resourcesByUrl.has(resource.url)) resourcesByUrl.set(resource.url, resource);
  }
  return Object.freeze({
    filePath,
    skills: frozenSkills,
    resourceCount: frozenSkills.reduce((count, skill) => count + skill.resources.length, 0),
    findSkill,
    resourcesFor: (skill: string) => findSkill(skill)?.resources ?? NO_RESOURCES,
    findResource: (url: string) => resourcesByUrl.get(url.trim()),
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
