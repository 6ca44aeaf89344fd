/**
 * Splitting location text into parts ("Austin, TX" → "Austin" and "TX") and words,
 * keeping where each word sits so a part can be cut back to its original spelling.
 */

export interface LocationWord {
  /** The word as written ("U.S.", "Côte"). */
  readonly raw: string;
  /** Lower case without accents, dots or apostrophes ("us", "cote"). */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

export interface LocationPart {
  readonly text: string;
  readonly words: readonly LocationWord[];
}

/** Commas, semicolons, bars, slashes, brackets and a spaced dash ("Remote - US") separate parts. */
const PART_SEPARATOR = /[,;|/()[\]]|\s[-–—]\s/;

/** A word runs from a letter or digit through letters, digits, dots and apostrophes; "&" stands alone. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’]*|&/gu;

export function foldWord(raw: string): string {
  if (raw === '&') return 'and';
  return raw.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.'’]/g, '').toLowerCase();
}

export function wordsOf(text: string): LocationWord[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    raw: match[0],
    folded: foldWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A leading "the" carries nothing: "The Netherlands" is "Netherlands". */
function withoutLeadingThe(words: LocationWord[]): LocationWord[] {
  return words.length > 1 && words[0]!.folded === 'the' ? words.slice(1) : words;
}

export function locationParts(text: string): LocationPart[] {
  return text
    .split(PART_SEPARATOR)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({ text: piece, words: withoutLeadingThe(wordsOf(piece)) }))
    .filter((part) => part.words.length > 0);
}

/** The folded form used as a lookup key: "The  U.S.A." → "usa", "Côte d'Ivoire" → "cote divoire". */
export function foldPhrase(text: string): string {
  return withoutLeadingThe(wordsOf(text))
    .map((word) => word.folded)
    .join(' ');
}

/** The original text a run of a part's words spans, punctuation inside it included. */
export function textOfWords(part: LocationPart, words: readonly LocationWord[]): string {
  const first = words[0];
  const last = words.at(-1);
  return first && last ? part.text.slice(first.start, last.end) : '';
}
