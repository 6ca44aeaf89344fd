// The English around a skill name: the words that introduce, qualify or contradict a
// technology reading of it. Lower case, as tokens are compared in lower case.

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

export const CONJUNCTIONS = wordSet('and or');
/** Words that put a technology after them: "written in Go", "experience with Rust". */
export const INTRODUCING_WORDS = wordSet('in with using use uses used of on via like to from as including');
/** In lower case only these introduce a technology; "to" would also take the verb ("to excel in"). */
export const LOWER_CASE_INTRODUCING_WORDS = wordSet('in with using of on via');
/** Words after which "go", "react", "excel" are verbs or adjectives: "react to", "go the extra mile". */
export const ENGLISH_FOLLOWERS = wordSet(
  'to at up out off over through ahead back away about into onto upon beyond along around forward down ' +
    'the a an your our their his her its my this that these those ' +
    'extra interest interests concern concerns gratitude live getter getters',
);
/** Subjects and modals, after which a word is a verb: "we react", "will go". */
const SUBJECT_AND_MODAL_WORDS = 'i we you they he she will would can could must should may might shall ll';
/** Words before which "go", "react", "excel" are verbs or dates: "we react", "will go", "every Monday". */
export const ENGLISH_PRECEDERS = wordSet(
  `${SUBJECT_AND_MODAL_WORDS} cannot not never please let lets every each next last`,
);
/** Words after which "design systems" is something to do, not a thing to know. */
export const VERB_CUES = wordSet(`${SUBJECT_AND_MODAL_WORDS} to help`);
/** First words of skill names that English also uses as verbs. */
export const VERBS_OPENING_NAMES = wordSet('design');
/**
 * Words after which a word is a noun, so a "to" after it is no verb particle: "using Shiny
 * to build", "from Puppet to Ansible", "Scala on Spark at a bank".
 */
export const NOUN_INTRODUCERS = wordSet('using with via from on');
/** Prepositions and verbs that follow a noun, not an adjective: "Go on", "Rust is". */
export const WORDS_AFTER_A_NOUN = wordSet('in on for with from via as is are was were');
/** Nouns that make the word before them a technology even in lower case: "rust programming". */
export const TECHNICAL_NOUNS = wordSet(
  'programming programmer programmers language lang developer developers engineer engineers ' +
    'codebase codebases framework frameworks library libraries sdk runtime compiler toolchain ' +
    'script scripts scripting macro macros spreadsheet spreadsheets workbook workbooks formulas ' +
    'cookbook cookbooks manifest manifests module modules package packages api apis ' +
    'microservice microservices component components hooks app apps backend frontend',
);
/** Nouns that do the same only for a capitalised word: "Go experience", "Excel skills". */
export const CAPITALISED_TECHNICAL_NOUNS = wordSet(
  'code coding development skills skill experience expertise knowledge proficiency background ' +
    'service services application applications server servers database databases cluster clusters ' +
    'project projects version versions ecosystem community certification based tooling tools ' +
    'tests dashboards queries pipelines expert experts specialist architect stack',
);
/** Job titles that name their skill area when they head a posting: "Marketing Coordinator". */
export const ROLE_NOUNS = wordSet(
  'manager coordinator analyst consultant director lead executive associate assistant',
);
/** Vendors whose name before a word makes it their product: "MS Excel", "Apple Swift". */
export const VENDORS = wordSet('ms microsoft apple google apache');
/** Levels that make the word after them a skill: "Intermediate Excel", "basic Go". */
export const PROFICIENCY_LEVELS = wordSet('basic intermediate advanced');
/** Opening words of a line that lists skills: "Skills:", "Tech stack —", "Nice to have:". */
export const SKILL_SECTION_HEADINGS = wordSet(
  'skills skill languages language technologies technology tech stack tools tooling frameworks libraries ' +
    'databases platforms software competencies proficiencies expertise environment programming ' +
    'requirements required preferred qualifications experience knowledge familiarity have bonus plus',
);
export const HEADING_SEPARATOR = /[:|—–]|\s-\s/;
export const YEAR = /^(?:19|20)\d\d$/;
export const VERSION_NUMBER = /^\d{1,2}$/;
