import { describe, expect, it } from 'vitest';
import { toPlainText } from './text-preparation.js';
import { TracedText } from './traced-text.js';

/** The original text behind each word of the prepared text. */
function originsOfWords(original: string): string[] {
  const prepared = toPlainText(original);
  return [...prepared.text.matchAll(/\S+/g)].map((word) => {
    const { start, end } = prepared.originOf(word.index, word.index + word[0].length);
    return original.slice(start, end);
  });
}

describe('TracedText', () => {
  it('maps an unchanged text onto itself', () => {
    const traced = new TracedText('plain words');
    expect(traced.originOf(6, 11)).toEqual({ start: 6, end: 11 });
  });

  it('maps new text to the whole match it replaced, and kept groups to themselves', () => {
    const traced = new TracedText('a [link](https://x.io) b');
    traced.replace(/\[([^\]]*)\]\([^)]*\)/dg, 1);
    expect(traced.text).toBe('a link b');
    expect(traced.originOf(2, 6)).toEqual({ start: 3, end: 7 });
    traced.replace(/link/g, 'LINK!');
    expect(traced.text).toBe('a LINK! b');
    expect(traced.originOf(2, 7)).toEqual({ start: 3, end: 7 });
  });
});

describe('toPlainText', () => {
  it('traces words back through tags, entities, links and emphasis', () => {
    const original = '<li><b>C&#43;&#43;</b> &amp; **Rust**, see [Go](https://go.dev) e.g. Zig</li>';
    expect(originsOfWords(original)).toEqual([
      'C&#43;&#43;',
      '&amp;',
      'Rust',
      ',',
      'see',
      'Go',
      'e.g.',
      'e.g.',
      'Zig',
    ]);
  });
});
