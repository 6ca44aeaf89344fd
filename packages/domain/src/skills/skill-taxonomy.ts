import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SKILL_CATEGORIES = [
  'programming_language',
  'framework_library',
  'database',
  'cloud_platform',
  'devops_tooling',
  'design_tool',
  'data_ml',
  'testing',
  'mobile',
  'security',
  'methodology_concept',
  'soft_skill',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface SkillDefinition {
  /** Lowercase canonical name: "react", "aws lambda", "c#". */
  readonly id: string;
  readonly name: string;
  readonly category: SkillCategory;
  /** Other spellings: TheirStack slugs, abbreviations, dotted/spaced/joined forms. */
  readonly aliases: readonly string[];
  /**
   * Spellings (the id or aliases) that normalizeSkill() resolves but extractSkills() never
   * matches, because in running text they mostly mean something else: "ts" in "TS/SCI
   * clearance", "eth" in "ETH Zurich", "frontend" in "our React frontend".
   */
  readonly notInText: readonly string[];
  /**
   * Phrasings found only in running text ("mentored", "led a team"): extractSkills()
   * matches them, normalizeSkill() does not resolve them. "..." stands for one to three
   * words of the same clause: "presented ... to" matches "presented the roadmap to".
   */
  readonly textForms: readonly string[];
  /** Skills to learn first (ids); the graph is acyclic. */
  readonly prerequisites: readonly string[];
  /** Skills commonly asked for alongside this one (ids). */
  readonly related: readonly string[];
  /** The name or an alias is an everyday word or a single letter ("go", "swift", "r"). */
  readonly ambiguous: boolean;
}

export class SkillTaxonomyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkillTaxonomyError';
  }
}

const canonicalText = z
  .string()
  .min(1)
  .refine((text) => text === text.trim().toLowerCase(), 'must be trimmed lowercase');

const skillEntrySchema = z.strictObject({
  id: canonicalText,
  name: z.string().trim().min(1),
  category: z.enum(SKILL_CATEGORIES),
  aliases: z.array(canonicalText),
  prerequisites: z.array(canonicalText),
  related: z.array(canonicalText),
  ambiguous: z.literal(true).optional(),
  notInText: z.array(canonicalText).optional(),
  textForms: z.array(canonicalText).optional(),
});

/** One data file per category, named after it: "framework_library" → "framework-library.json". */
export function taxonomyFileName(category: SkillCategory): string {
  return `${category.replaceAll('_', '-')}.json`;
}

/** Validates one data file; a bad entry throws naming the file and the skill. */
export function parseTaxonomyFile(
  fileName: string,
  category: SkillCategory,
  json: unknown,
): SkillDefinition[] {
  if (!Array.isArray(json)) throw new SkillTaxonomyError(`${fileName}: expected an array of skills`);
  return json.map((entry: unknown, index) => {
    const parsed = skillEntrySchema.safeParse(entry);
    const label = `${fileName}: skill "${entryId(entry) ?? `#${index}`}"`;
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'entry'} ${issue.message}`,
      );
      throw new SkillTaxonomyError(`${label}: ${problems.join('; ')}`);
    }
    if (parsed.data.category !== category) {
      throw new SkillTaxonomyError(`${label}: category ${parsed.data.category} does not belong in this file`);
    }
    const { ambiguous, notInText = [], textForms = [], ...fields } = parsed.data;
    const foreign = notInText.find(
      (spelling) => spelling !== fields.id && !fields.aliases.includes(spelling),
    );
    if (foreign !== undefined) {
      throw new SkillTaxonomyError(`${label}: notInText "${foreign}" is neither its id nor an alias`);
    }
    return Object.freeze({ ...fields, notInText, textForms, ambiguous: ambiguous === true });
  });
}

function entryId(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  return typeof entry.id === 'string' ? entry.id : undefined;
}

/** Indexes the skills by id; duplicate ids and references to unknown ids throw. */
export function indexSkills(skills: readonly SkillDefinition[]): ReadonlyMap<string, SkillDefinition> {
  const byId = new Map<string, SkillDefinition>();
  for (const skill of skills) {
    if (byId.has(skill.id)) throw new SkillTaxonomyError(`skill "${skill.id}" is defined twice`);
    byId.set(skill.id, skill);
  }
  for (const skill of skills) {
    for (const reference of [...skill.prerequisites, ...skill.related]) {
      if (!byId.has(reference)) {
        throw new SkillTaxonomyError(`skill "${skill.id}" refers to unknown skill "${reference}"`);
      }
    }
  }
  return byId;
}

function loadTaxonomy(): readonly SkillDefinition[] {
  // Read relative to this module: the build copies the JSON next to the compiled code.
  return Object.freeze(
    SKILL_CATEGORIES.flatMap((category) => {
      const fileName = taxonomyFileName(category);
      const text = readFileSync(new URL(`./data/${fileName}`, import.meta.url), 'utf8');
      return parseTaxonomyFile(fileName, category, JSON.parse(text));
    }),
  );
}

const SKILLS = loadTaxonomy();
const SKILLS_BY_ID = indexSkills(SKILLS);

export function allSkills(): readonly SkillDefinition[] {
  return SKILLS;
}

/** The skill with exactly this canonical id; use normalizeSkill() first for other spellings. */
export function findSkill(id: string): SkillDefinition | undefined {
  return SKILLS_BY_ID.get(id);
}
