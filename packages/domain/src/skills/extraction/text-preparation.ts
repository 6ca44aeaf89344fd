import { TracedText } from './traced-text.js';

// Plain text: drop markup so that only the words a reader sees are matched.

const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
// Block elements end a line of text; list items in particular must not run together.
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|br|hr|h[1-6]|tr|td|th|table|thead|tbody|section|article|header|footer|dl|dd|dt|blockquote|pre)\b[^<>]*>/gi;
const INLINE_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  bull: '•',
  ndash: '–',
  mdash: '—',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '…',
  plus: '+',
  num: '#',
  sol: '/',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
};
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)\s]*\)/dg;
const LINK_TEXT = 1;
// Addresses are full of product names ("github.com/acme/react-app") that are not claims of skill.
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// A bare domain with a path ("github.com/jane"); ".net" and ".js" are left alone for "ASP.NET/C#".
const BARE_URL = /\b[\w-]+\.(?:com|org|io|dev|co|me|edu|gov)\/\S*/gi;
const DOMAIN_WITH_PATH = /\.(?:com|org|io|dev|co|me|edu|gov)\//i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const MARKDOWN_EMPHASIS = /[*`~]+/g;
// "e.g." introduces examples like "such as" does, and its dots end no sentence.
const EXAMPLE_ABBREVIATION = /\b(?:e\.g|i\.e)\b\.?/gi;
const ABBREVIATION_DOT = /\b(etc|vs|incl|esp|approx)\./dgi;
const ABBREVIATION = 1;

/** The text a reader sees, traced back to the text as sent. */
export function toPlainText(text: string): TracedText {
  const plain = new TracedText(text);
  if (plain.text.includes('<')) {
    plain.replace(SCRIPT_OR_STYLE, ' ');
    plain.replace(HTML_COMMENT, ' ');
    plain.replace(BLOCK_TAG, '\n');
    plain.replace(INLINE_TAG, ' ');
  }
  if (plain.text.includes('&')) plain.replace(ENTITY, ([entity, body]) => decodeEntity(entity, body ?? ''));
  if (plain.text.includes('](')) plain.replace(MARKDOWN_LINK, LINK_TEXT);
  if (plain.text.includes('://') || plain.text.includes('www.')) plain.replace(URL, ' ');
  if (DOMAIN_WITH_PATH.test(plain.text)) plain.replace(BARE_URL, ' ');
  if (plain.text.includes('@')) plain.replace(EMAIL, ' ');
  plain.replace(MARKDOWN_EMPHASIS, ' ');
  if (plain.text.includes('.')) {
    plain.replace(EXAMPLE_ABBREVIATION, 'such as');
    plain.replace(ABBREVIATION_DOT, ABBREVIATION);
  }
  return plain;
}

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const codePoint =
      body[1] === 'x' || body[1] === 'X'
        ? Number.parseInt(body.slice(2), 16)
        : Number.parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' ';
  }
  // Unknown names are left alone: "R&D;" is text, not an entity.
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}
