/**
 * A small HTML → text converter for regulation pages and mammoth's DOCX output: drops scripts,
 * styles and page chrome, keeps block structure as newlines and headings as Markdown `#` lines
 * (so the chunker sees one heading syntax for every format).
 */

/** Converted page: text with `#` headings, plus the `<title>` and first `<h1>` when present. */
export interface HtmlText {
  text: string;
  htmlTitle?: string;
  firstH1?: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  bull: '•', laquo: '«', raquo: '»', times: '×', divide: '÷', copy: '©', reg: '®', deg: '°', yen: '¥',
  sect: '§', para: '¶', zwsp: '', shy: '',
};

/** Decode named (common subset) and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ent: string) => {
    if (ent[0] === '#') {
      const cp = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? m;
  });
}

const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'object'];
const BLOCK_TAGS =
  'p|div|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|section|article|main|header|blockquote|pre|hr|figure|figcaption|center|address|caption|h[1-6]';

function inlineText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Convert an HTML document or fragment to text. */
export function htmlToText(html: string): HtmlText {
  let h = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(h);
  const htmlTitle = titleMatch ? inlineText(titleMatch[1]!) : undefined;
  h = h.replace(/<head\b[\s\S]*?<\/head>/i, '');
  for (const tag of DROP_ELEMENTS) h = h.replace(new RegExp(`<${tag}\\b[\\s\\S]*?<\\/${tag}\\s*>`, 'gi'), ' ');
  h = h.replace(/<(?:script|style|img|input|link|meta)\b[^>]*>/gi, ' ');
  // Source whitespace is not layout in HTML; block tags below re-introduce the line structure.
  h = h.replace(/\s+/g, ' ');
  let firstH1: string | undefined;
  h = h.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_m, level: string, inner: string) => {
    const text = inlineText(inner);
    if (level === '1' && firstH1 === undefined && text) firstH1 = text;
    return text ? `\n\n${'#'.repeat(Number(level))} ${text}\n\n` : '\n';
  });
  h = h.replace(/<br\s*\/?>/gi, '\n');
  h = h.replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n');
  h = h.replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ');
  const text = decodeEntities(h.replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, htmlTitle: htmlTitle || undefined, firstH1 };
}
