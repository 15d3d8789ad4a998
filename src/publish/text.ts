import { parseFragment } from 'parse5';

type Node = { nodeName: string; value?: string; childNodes?: Node[]; content?: Node };

/** Elements whose text is code or metadata, never reader-facing prose. */
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

/**
 * Plain text from a fragment of HTML or text: markup stripped, entities decoded,
 * whitespace collapsed. Uses an HTML5 parser, so broken markup degrades as a browser would.
 * Returns undefined for text that is empty once cleaned.
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const source = String(value);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    else if (SILENT.has(node.nodeName) || node.nodeName === '#comment') return;
    // Every element boundary may be a word boundary (<p>a</p><p>b</p>); the collapse below removes extras.
    else parts.push(' ');
    for (const child of node.childNodes ?? []) walk(child);
  };
  // Text with no markup or entity needs no parse: the common case for titles.
  if (/[<&]/.test(source)) walk(parseFragment(source) as unknown as Node);
  else parts.push(source);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Characters of a full text kept as a summary, for sources whose items have a body but no summary. */
const EXCERPT_LENGTH = 300;

/** The plain text of an HTML body, shortened at a word boundary with the cut marked. */
export function excerpt(html: string | undefined): string | undefined {
  const text = plainText(html);
  if (!text || text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : EXCERPT_LENGTH)}…`;
}
