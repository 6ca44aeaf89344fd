import { roleWords } from './role-normalizer.js';

/**
 * The noun that says what kind of job a title is, grouped where the jobs are close:
 * engineers, developers and programmers all build software.
 */
const HEAD_NOUN_GROUPS: ReadonlyMap<string, string> = new Map([
  ['engineer', 'builder'],
  ['developer', 'builder'],
  ['programmer', 'builder'],
  ['architect', 'architect'],
  ['scientist', 'scientist'],
  ['researcher', 'scientist'],
  ['analyst', 'analyst'],
  ['manager', 'manager'],
  ['owner', 'manager'],
  ['designer', 'designer'],
  ['tester', 'tester'],
  ['sdet', 'tester'],
  ['administrator', 'administrator'],
  ['consultant', 'consultant'],
  ['specialist', 'specialist'],
]);

/** How much of the score the shared head noun carries; the rest is word overlap. */
const HEAD_NOUN_WEIGHT = 0.25;

function diceCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function headNounScore(a: readonly string[], b: readonly string[]): number {
  const headA = a.at(-1);
  const headB = b.at(-1);
  if (headA === undefined || headB === undefined) return 0;
  const groupA = HEAD_NOUN_GROUPS.get(headA);
  if (groupA === undefined || groupA !== HEAD_NOUN_GROUPS.get(headB)) return 0;
  return headA === headB ? 1 : 0.5;
}

/**
 * How alike two roles are, in [0, 1], compared as normalised roles: word overlap
 * (Dice) plus a share for naming the same kind of job. Identical keys score 1.
 * Ranks stand-in roles when the requested one has no postings.
 */
export function roleSimilarity(a: string, b: string): number {
  const wordsA = roleWords(a);
  const wordsB = roleWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  if (wordsA.join(' ') === wordsB.join(' ')) return 1;
  const overlap = diceCoefficient(new Set(wordsA), new Set(wordsB));
  return (1 - HEAD_NOUN_WEIGHT) * overlap + HEAD_NOUN_WEIGHT * headNounScore(wordsA, wordsB);
}
