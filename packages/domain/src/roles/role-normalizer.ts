import { stripSeniority } from './role-seniority.js';

/**
 * Spellings of one term that job titles use interchangeably, folded into one form
 * before the title is split into words (so "Front-end", "Front End" and "Frontend"
 * become one word). AI, QA and BI keep their abbreviation because titles use it far
 * more than the spelled-out form; ML is spelled out because "Machine Learning" is
 * the commoner title form.
 */
const SPELLING_UNIFICATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bfront[\s-]*end\b/g, 'frontend'],
  [/\bback[\s-]*end\b/g, 'backend'],
  [/\bfull[\s-]*stack\b/g, 'full stack'],
  [/\bdev[\s-]*sec[\s-]*ops\b/g, 'devsecops'],
  [/\bdev[\s-]*ops\b/g, 'devops'],
  [/\bml[\s-]*ops\b/g, 'mlops'],
  [/\bcyber[\s-]+security\b/g, 'cybersecurity'],
  [/\bpen[\s-]+tester\b/g, 'pentester'],
  [/\b(react|vue|node|angular|next)[\s.-]?js\b/g, '$1'],
  [/\bsoftware development engineer in test\b/g, 'sdet'],
  [/\bsoftware development engineer\b/g, 'software engineer'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bquality assurance\b/g, 'qa'],
  [/\bbusiness intelligence\b/g, 'bi'],
];

/** Abbreviations written as one word, expanded to the words the key uses. */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['swe', ['software', 'engineer']],
  ['sde', ['software', 'engineer']],
  ['sre', ['site', 'reliability', 'engineer']],
  ['ml', ['machine', 'learning']],
  ['pm', ['product', 'manager']],
  ['eng', ['engineer']],
  ['engr', ['engineer']],
  ['dev', ['developer']],
  ['mgr', ['manager']],
  ['sw', ['software']],
  ['infosec', ['information', 'security']],
  ['js', ['javascript']],
  ['golang', ['go']],
]);

const BUILDER_HEADS: ReadonlySet<string> = new Set(['engineer', 'developer', 'programmer']);

/**
 * Words after which "Developer", "Engineer" and "Programmer" name the same job
 * ("Backend Developer" = "Backend Engineer"). Deliberately absent: data, cloud,
 * sales, network, embedded, where the engineer is a different job from the developer.
 */
const INTERCHANGEABLE_HEAD_QUALIFIERS: ReadonlySet<string> = new Set([
  'software',
  'backend',
  'frontend',
  'stack',
  'web',
  'mobile',
  'ios',
  'android',
  'app',
  'application',
  'api',
  'ui',
  'game',
  'unity',
  'devops',
  'native',
  'react',
  'angular',
  'vue',
  'node',
  'javascript',
  'typescript',
  'java',
  'python',
  'ruby',
  'rails',
  'php',
  'go',
  'rust',
  'scala',
  'kotlin',
  'swift',
  'flutter',
  'net',
  'c#',
  'c++',
  'wordpress',
  'shopify',
  'salesforce',
  'blockchain',
]);

/** The single head every interchangeable builder title is keyed under. */
const UNIFIED_BUILDER_HEAD = 'engineer';

function foldSpellings(text: string): string {
  return SPELLING_UNIFICATIONS.reduce(
    (folded, [pattern, replacement]) => folded.replace(pattern, replacement),
    text,
  );
}

function unifyPunctuation(text: string): string {
  return (
    text
      .replace(/&/g, ' and ')
      .replace(/['’]/g, '')
      // A dot inside a word is part of it (asp.net); elsewhere it ends an abbreviation (Sr.).
      .replace(/(?<![a-z0-9])\.|\.(?![a-z0-9])/g, ' ')
      .replace(/[^a-z0-9+#.\s]/g, ' ')
  );
}

function expandAbbreviations(words: readonly string[]): string[] {
  return words.flatMap((word) => ABBREVIATIONS.get(word) ?? [word]);
}

function unifyBuilderHeads(words: readonly string[]): string[] {
  return words.map((word, index) => {
    const qualifier = words[index - 1];
    const interchangeable =
      BUILDER_HEADS.has(word) && qualifier !== undefined && INTERCHANGEABLE_HEAD_QUALIFIERS.has(qualifier);
    return interchangeable ? UNIFIED_BUILDER_HEAD : word;
  });
}

/** Splits a role into the lower-case words its key is built from. */
export function roleWords(role: string): string[] {
  const folded = foldSpellings(role.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  const words = unifyPunctuation(folded).split(/\s+/).filter(Boolean);
  return unifyBuilderHeads(stripSeniority(expandAbbreviations(words), (word) => word));
}

/**
 * The analytics key of a role: lower-case words with seniority dropped and
 * interchangeable spellings, abbreviations and heads unified, so "Sr. Backend
 * Developer", "backend developer" and "Back-end Engineer II" share one key.
 */
export function normalizeRole(role: string): string {
  return roleWords(role).join(' ');
}

/** True when the key ends in a builder head whose Engineer/Developer forms are one job. */
export function hasInterchangeableHead(key: string): boolean {
  const words = key.split(' ');
  const head = words.at(-1);
  const qualifier = words.at(-2);
  return (
    head === UNIFIED_BUILDER_HEAD && qualifier !== undefined && INTERCHANGEABLE_HEAD_QUALIFIERS.has(qualifier)
  );
}

const DISPLAY_FORMS: ReadonlyMap<string, string> = new Map([
  ['ios', 'iOS'],
  ['aws', 'AWS'],
  ['gcp', 'GCP'],
  ['ml', 'ML'],
  ['ai', 'AI'],
  ['qa', 'QA'],
  ['bi', 'BI'],
  ['it', 'IT'],
  ['ui', 'UI'],
  ['ux', 'UX'],
  ['api', 'API'],
  ['sre', 'SRE'],
  ['sdet', 'SDET'],
  ['etl', 'ETL'],
  ['sql', 'SQL'],
  ['nlp', 'NLP'],
  ['llm', 'LLM'],
  ['php', 'PHP'],
  ['seo', 'SEO'],
  ['sap', 'SAP'],
  ['erp', 'ERP'],
  ['crm', 'CRM'],
  ['iot', 'IoT'],
  ['devops', 'DevOps'],
  ['devsecops', 'DevSecOps'],
  ['mlops', 'MLOps'],
  ['javascript', 'JavaScript'],
  ['typescript', 'TypeScript'],
  ['graphql', 'GraphQL'],
  ['node', 'Node.js'],
  ['net', '.NET'],
  ['c#', 'C#'],
  ['c++', 'C++'],
]);

const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'in', 'for', 'the', 'to', 'on']);

function displayWord(word: string, index: number): string {
  const known = DISPLAY_FORMS.get(word);
  if (known) return known;
  if (index > 0 && LOWER_CASE_WORDS.has(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A readable title for a role key: "ios engineer" → "iOS Engineer". */
export function roleDisplayName(key: string): string {
  return key.split(/\s+/).filter(Boolean).map(displayWord).join(' ');
}
