/** The autocomplete request both API benchmarks send: skills(search) as the web client's picker asks it. */
export const SKILL_SEARCH = `query Skills($search: String) {
  skills(search: $search, limit: 10) { skill displayName postings match } }`;

/** What autocomplete receives while people type these: "k", "ku", "kub", ... */
export const TYPED_SEARCHES = [
  'kubernetes',
  'react',
  'postgres',
  'python',
  'typescript',
  'aws lambda',
  'golang',
  'terraform',
]
  .flatMap((word) => Array.from(word, (_, index) => word.slice(0, index + 1)))
  .filter((prefix) => prefix.trim() === prefix);
