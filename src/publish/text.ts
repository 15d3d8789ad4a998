import { decodeHTMLStrict } from 'entities';
import { parseFragment } from 'parse5';

type Node = { nodeName: string; value?: string; childNodes?: Node[] };

/** Elements whose text is code or metadata, never reader-facing prose. */
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

/**
 * Elements that end a line or a block: the words on either side of them are separate words.
 * Every other element is inline, and joins its text to its neighbours' (CO<sub>2</sub> is "CO2").
 */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** HTML's white space (not the no-break space, which an author writes on purpose). */
const WHITE_SPACE = /[ \t\n\f\r]+/g;

/**
 * Text that is text already: white space collapsed as a browser renders it, ends trimmed.
 * Returns undefined for text that is empty once cleaned.
 */
export function cleanText(value: string | undefined): string | undefined {
  const text = value?.replace(WHITE_SPACE, ' ').replace(/^ | $/g, '');
  return text || undefined;
}

/**
 * Plain text from a JSON source (JSON Feed `title`, `content_text`; GOV.UK): character references decoded
 * once, as the producers of such feeds often escape them, and nothing stripped: `Use the <main> element`
 * keeps its `<main>`.
 */
export function jsonText(value: string | undefined): string | undefined {
  return cleanText(value === undefined ? undefined : decodeHTMLStrict(value));
}

/**
 * Plain text from a fragment of HTML: markup stripped (with script and style), entities decoded, words kept
 * in order. Inline elements join their text to their neighbours' (`Nord-<b>Norge</b>` is "Nord-Norge");
 * block elements and `<br>` separate words (`<h2>Overskrift</h2>Brødtekst` is "Overskrift Brødtekst").
 * Uses an HTML5 parser, so broken markup degrades as a browser would.
 * Returns undefined for text that is empty once cleaned.
 */
export function htmlToText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  // Text with no markup or entity needs no parse: the common case for titles.
  if (!/[<&]/.test(html)) return cleanText(html);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    if (SILENT.has(node.nodeName) || node.nodeName === '#comment') return;
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push(' ');
    for (const child of node.childNodes ?? []) walk(child);
    if (block) parts.push(' ');
  };
  walk(parseFragment(html) as unknown as Node);
  return cleanText(parts.join(''));
}

/** Characters of a full text kept as a summary, for sources whose items have a body but no summary. */
const EXCERPT_LENGTH = 300;

/** Plain text shortened at a word boundary, with the cut marked. */
export function excerpt(text: string | undefined): string | undefined {
  if (!text || text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : EXCERPT_LENGTH)}…`;
}
