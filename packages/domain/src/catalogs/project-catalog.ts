import { normalizeRole } from '../roles/index.js';
import { normalizeSkill } from '../skills/index.js';
import { CatalogError } from './catalog-error.js';
import { loadOncePerFile, parseCatalogEntry } from './catalog-file.js';
import { type Difficulty, projectIdeaEntrySchema } from './project-idea.schema.js';

export interface ProjectIdea {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly difficulty: Difficulty;
  readonly estimatedTime: string;
  /** Display names as written in the file. */
  readonly skills: readonly string[];
  /** normalizeSkill of each entry of `skills`, index for index. */
  readonly skillIds: readonly string[];
  readonly features: readonly string[];
  /** Job titles as written in the file. */
  readonly roles: readonly string[];
  /** normalizeRole of each entry of `roles`, index for index. */
  readonly roleKeys: readonly string[];
}

export interface ProjectCatalog {
  readonly filePath: string;
  /** In file order. */
  readonly projects: readonly ProjectIdea[];
  findProject(id: number): ProjectIdea | undefined;
}

/**
 * Loads a project-idea file: `{"projects": [...]}` or a bare array of
 * `{id, title, description, difficulty, estimated_time, skills, features, roles}`, the
 * original system's format. Without a path, the bundled catalog is used. Loaded once
 * per path.
 */
export const loadProjectCatalog: (filePath?: string) => ProjectCatalog = loadOncePerFile(
  'project-ideas.json',
  parseProjectCatalog,
);

function parseProjectCatalog(raw: unknown, filePath: string): ProjectCatalog {
  const entries = projectEntries(raw);
  if (entries === undefined) {
    throw new CatalogError(
      filePath,
      undefined,
      undefined,
      'must be a list of projects or {"projects": [...]}',
    );
  }
  const projectsById = new Map<number, ProjectIdea>();
  entries.forEach((entry, index) => {
    const project = parseProject(entry, filePath, projectEntryName(entry, index));
    if (projectsById.has(project.id)) {
      throw new CatalogError(filePath, projectEntryName(entry, index), 'id', 'repeats an earlier project id');
    }
    projectsById.set(project.id, project);
  });
  const projects = Object.freeze([...projectsById.values()]);
  return Object.freeze({
    filePath,
    projects,
    findProject: (id: number) => projectsById.get(id),
  });
}

function projectEntries(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'object' && raw !== null && 'projects' in raw && Array.isArray(raw.projects)) {
    return raw.projects;
  }
  return undefined;
}

function projectEntryName(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
  const idText = typeof id === 'number' || typeof id === 'string' ? ` (id ${id})` : '';
  return `project at index ${index}${idText}`;
}

function parseProject(entry: unknown, filePath: string, entryName: string): ProjectIdea {
  const parsed = parseCatalogEntry(projectIdeaEntrySchema, entry, filePath, entryName);
  return Object.freeze({
    id: parsed.id,
    title: parsed.title,
    description: parsed.description,
    difficulty: parsed.difficulty,
    estimatedTime: parsed.estimated_time,
    skills: Object.freeze(parsed.skills),
    skillIds: Object.freeze(parsed.skills.map(normalizeSkill)),
    features: Object.freeze(parsed.features),
    roles: Object.freeze(parsed.roles),
    roleKeys: Object.freeze(parsed.roles.map(normalizeRole)),
  });
}
