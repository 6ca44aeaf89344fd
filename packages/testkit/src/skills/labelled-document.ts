import { labelledSnippets } from './labelled-snippets.js';

/** A long posting-like document: the labelled snippets, cycled until it reaches the target length. */
export function labelledDocument(targetWords: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let index = 0; words < targetWords; index += 1) {
    const snippet = labelledSnippets[index % labelledSnippets.length]!;
    paragraphs.push(snippet.text);
    words += snippet.text.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}
