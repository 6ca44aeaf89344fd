// Postings name the skills of the people a hire works with ("pair with Android engineers",
// "partner with our Data Science team"): a real mention of the skill, but weak evidence that
// the job asks for it. Such mentions keep the skill, at a lower confidence.

import { CONJUNCTIONS, wordSet } from './english-cues.js';
import type { Mention } from './phrase-matching.js';
import { Boundary, type Token } from './tokens.js';

/** Nouns for the people or groups a skill describes: "Android engineers", "the Python team". */
const COLLEAGUE_NOUNS = wordSet(
  'engineers developers designers team teams colleagues counterparts squad squads peers specialists experts',
);
/** Words that put colleagues after them: "alongside Android engineers". */
const ALONGSIDE = wordSet('alongside');
/** Verbs that, before "with", make what follows people to work with: "work closely with". */
const WORKING_WITH_VERBS = wordSet(
  'work works working worked pair pairs pairing collaborate collaborates collaborating partner partners ' +
    'partnering liaise liaising coordinate coordinating interface interfacing sit sync team',
);
/** Words that may stand between such a verb and "with", or between "with" and the skill. */
const FILLERS = wordSet(
  'closely tightly directly daily together our the other fellow your their experienced',
);

/** The mentions that name colleagues, not what the job asks. */
export function colleagueMentions<M extends Mention>(
  tokens: readonly Token[],
  mentions: readonly M[],
): Set<M> {
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((mention, index) => {
    for (let token = mention.start; token < mention.end; token += 1) mentionAt[token] = index;
  });
  const colleagues = new Set<M>();
  for (const mention of mentions) {
    const sentence = tokens[mention.start]!.sentence;
    // A group of skills names one kind of colleague: "iOS and Android engineers".
    const inGroup = (at: number) =>
      tokens[at]?.sentence === sentence && (mentionAt[at] !== -1 || CONJUNCTIONS.has(tokens[at]!.lower));
    let after = mention.end;
    while (inGroup(after)) after += 1;
    const noun = tokens[after];
    if (noun?.sentence !== sentence || noun.boundary >= Boundary.List || !COLLEAGUE_NOUNS.has(noun.lower))
      continue;
    let before = mention.start - 1;
    while (inGroup(before)) before -= 1;
    if (readsAsWorkingWith(tokens, before, sentence)) colleagues.add(mention);
  }
  return colleagues;
}

/** Whether the words ending at `index` read "work (closely) with (our)" or "alongside (the)". */
function readsAsWorkingWith(tokens: readonly Token[], index: number, sentence: number): boolean {
  const wordBefore = (at: number) => {
    let position = at;
    while (tokens[position]?.sentence === sentence && FILLERS.has(tokens[position]!.lower)) position -= 1;
    return tokens[position]?.sentence === sentence ? position : -1;
  };
  const at = wordBefore(index);
  const word = tokens[at]?.lower;
  if (at === -1 || !word) return false;
  if (ALONGSIDE.has(word)) return true;
  return word === 'with' && WORKING_WITH_VERBS.has(tokens[wordBefore(at - 1)]?.lower ?? '');
}
