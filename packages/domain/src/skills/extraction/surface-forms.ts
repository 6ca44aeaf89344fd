import { normalizeSkill } from '../skill-normalizer.js';
import { allSkills, type SkillDefinition } from '../skill-taxonomy.js';
import { wordSet } from './english-cues.js';
import { tokenize } from './tokens.js';

// Surface forms: every spelling of every skill as a token sequence, indexed by first token
// so that each text token costs one map lookup.

export interface SurfaceForm {
  skill: string;
  tokens: readonly string[];
  /** An everyday English word ("go", "swift", "excel") that needs supporting context. */
  ambiguous: boolean;
  /** The skill's display name, whose unusual casing ("SAFe", "LaTeX") is itself evidence. */
  name: string;
  /** The taxonomy spelling the form comes from. */
  spelling: string;
  /**
   * A spelling the taxonomy keeps out of free text ("frontend", "API"): it names no skill,
   * but it is technical vocabulary that vouches for its neighbours ("our Go backend").
   */
  contextOnly: boolean;
  /** A phrase with a gap ("presented ... to") is a clause, never an item of a list. */
  clause: boolean;
}

export type SkillMatcher = ReadonlyMap<string, readonly SurfaceForm[]>;

/** Stands for the one to three words a text form lets through: "presented ... to". */
export const GAP = '...';

/**
 * Product names that are not English words although their skill is flagged ambiguous
 * because of another spelling ("containers" for Docker).
 */
const COINED_NAMES = wordSet(
  'docker dockerfile containerization pyspark vlookup trino datastax jsx pyqt webdriver lookml promql hcl mvn zsh',
);

/** Endings that make a word an inflection of a shorter spelling, not a coined name. */
const INFLECTIONS = wordSet('s es d ed ing er ers');

let builtMatcher: SkillMatcher | undefined;

export function skillMatcher(): SkillMatcher {
  builtMatcher ??= buildMatcher(allSkills());
  return builtMatcher;
}

function buildMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  // By key, so a variant is kept out too: "front end" joined is "frontend".
  const contextOnlyKeys = new Set(
    skills.flatMap((skill) => skill.notInText.map((spelling) => keyOf(tokensOf(spelling)))),
  );
  const marked = (form: SurfaceForm): SurfaceForm =>
    contextOnlyKeys.has(keyOf(form.tokens)) ? { ...form, contextOnly: true } : form;
  const formsByKey = new Map<string, SurfaceForm>();
  for (const form of skills.flatMap(surfaceFormsOf)) addPreferredForm(formsByKey, marked(form));
  const compounds = [...formsByKey.values()].filter((form) => namesTwoSkills(form, formsByKey));
  for (const compound of compounds) formsByKey.delete(keyOf(compound.tokens));
  for (const form of [...formsByKey.values()]) {
    for (const variant of variantsOf(form)) {
      if (!formsByKey.has(keyOf(variant.tokens))) formsByKey.set(keyOf(variant.tokens), marked(variant));
    }
  }
  return indexByFirstToken(formsByKey.values());
}

function surfaceFormsOf(definition: SkillDefinition): SurfaceForm[] {
  const skill = normalizeSkill(definition.id);
  const spellings = [
    ...new Set([
      definition.id,
      definition.name.toLowerCase(),
      ...definition.aliases,
      ...definition.textForms,
    ]),
  ];
  const tokenLists = spellings.map(tokensOf);
  return spellings.map((spelling, index) => {
    const tokens = tokenLists[index] ?? [];
    const ambiguous = isEverydayWordForm(definition, tokens, tokenLists);
    const clause = tokens.includes(GAP);
    return { skill, tokens, ambiguous, name: definition.name, spelling, contextOnly: false, clause };
  });
}

/** The words of a spelling; a gap ("presented ... to") stays as one GAP token. */
function tokensOf(text: string): string[] {
  return text.split(` ${GAP} `).flatMap((part, index) => {
    const words = tokenize(part).map((token) => token.lower);
    return index === 0 ? words : [GAP, ...words];
  });
}

function keyOf(tokens: readonly string[]): string {
  return tokens.join(' ');
}

/**
 * The taxonomy flags a skill when one of its spellings is an everyday word; the flagged
 * spellings are its one-word plain spellings, except names coined from another of its
 * spellings ("golang", "reactjs", "rubyonrails"). Single letters are always ambiguous.
 */
function isEverydayWordForm(
  definition: SkillDefinition,
  tokens: readonly string[],
  allSpellings: readonly (readonly string[])[],
): boolean {
  const [only, ...rest] = tokens;
  if (only === undefined || rest.length > 0) return false;
  if (only.length === 1) return true;
  if (!definition.ambiguous || !PLAIN_WORD.test(only) || COINED_NAMES.has(only)) return false;
  return !allSpellings.some((other) => isCoinedFrom(only, other));
}

function isCoinedFrom(word: string, spelling: readonly string[]): boolean {
  const joined = spelling.join('');
  if (spelling.length > 1) return joined === word;
  const ending = word.slice(joined.length);
  return (
    word.startsWith(joined) &&
    ending.length > 0 &&
    joined.length + ending.length >= 4 &&
    !INFLECTIONS.has(ending)
  );
}

const PLAIN_WORD = /^\p{L}+$/u;
const ROLE_WORDS = wordSet(
  'developer engineer scientist analyst manager designer researcher writer tester hacker owner ' +
    'architect administrator consultant specialist statistician',
);
// Shorter joins collide with English words ("ad ds" would become "adds").
const MIN_JOINED_LENGTH = 6;

/** Two skills claiming one spelling: the skill literally named that wins. */
function addPreferredForm(formsByKey: Map<string, SurfaceForm>, form: SurfaceForm): void {
  const key = keyOf(form.tokens);
  const existing = formsByKey.get(key);
  if (!existing || (existing.skill !== key && form.skill === key)) formsByKey.set(key, form);
}

/**
 * Aliases like "C/C++" on C++ or "C#.NET" on C# join two skills with a slash or a dot:
 * matching them whole would hide the other skill, so they are dropped and each part matches
 * by itself. Spaced names stay whole: "Kali Linux", "Apache Kafka", "Salesforce CRM".
 * So do those whose own part is an English word, as the whole is the better evidence.
 */
function namesTwoSkills(form: SurfaceForm, formsByKey: ReadonlyMap<string, SurfaceForm>): boolean {
  if (form.spelling.includes(' ') || !SKILL_JOINER.test(form.spelling)) return false;
  for (let split = 1; split < form.tokens.length; split += 1) {
    const left = formsByKey.get(keyOf(form.tokens.slice(0, split)));
    const right = formsByKey.get(keyOf(form.tokens.slice(split)));
    if (!left || !right || left.skill === right.skill) continue;
    const ownPart = left.skill === form.skill ? left : right;
    if (ownPart.skill === form.skill && !ownPart.ambiguous) return true;
  }
  return false;
}

const SKILL_JOINER = /[/.]/;

/**
 * "node.js" is also written "nodejs", "scrum master" "ScrumMaster", "reactjs" "react js";
 * plain nouns take a plural.
 */
function variantsOf(form: SurfaceForm): SurfaceForm[] {
  const variants: SurfaceForm[] = [];
  const { tokens } = form;
  if (form.clause) return variants;
  const last = tokens.at(-1) ?? '';
  if (tokens.length >= 2 && last === 'js') {
    variants.push({ ...form, tokens: [...tokens.slice(0, -2), `${tokens.at(-2)}js`] });
  }
  const joined = tokens.join('');
  if (
    tokens.length >= 2 &&
    joined.length >= MIN_JOINED_LENGTH &&
    tokens.every((token) => token.length >= 2)
  ) {
    variants.push({ ...form, tokens: [joined] });
  }
  if (tokens.length === 1 && last.length > 2 && last.endsWith('js')) {
    variants.push({ ...form, tokens: [last.slice(0, -2), 'js'] });
  }
  // Plural job titles are mostly colleagues: "partner with product managers".
  const namesARole = tokens.length > 1 && ROLE_WORDS.has(last);
  if (!form.ambiguous && !namesARole && last.length >= 3 && PLAIN_WORD.test(last) && !last.endsWith('s')) {
    variants.push({ ...form, tokens: [...tokens.slice(0, -1), `${last}s`] });
  }
  return variants;
}

function indexByFirstToken(forms: Iterable<SurfaceForm>): SkillMatcher {
  const byFirstToken = new Map<string, SurfaceForm[]>();
  for (const form of forms) {
    const first = form.tokens[0];
    if (first === undefined) continue;
    const sameStart = byFirstToken.get(first);
    if (sameStart) sameStart.push(form);
    else byFirstToken.set(first, [form]);
  }
  for (const sameStart of byFirstToken.values()) sameStart.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirstToken;
}
