/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds into plain items with fast-xml-parser.
 * Malformed XML or an unknown root raises `FeedParseError`; missing fields are tolerated.
 */
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One feed entry, normalised. */
export interface FeedItem {
  /** guid (RSS) / id (Atom), else the link, else a hash of the title: the dedupe key. */
  guid: string;
  title: string;
  link: string | null;
  /** Plain text (HTML stripped), at most 300 characters. */
  summary: string | null;
  /** null when the feed gives no usable date. */
  publishedAt: Date | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

export const SUMMARY_MAX_CHARS = 300;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;

/** Text of a node that may be a string, a number, or an object with "#text" (or CDATA folded in). */
function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Strips tags and collapses whitespace (summaries often carry escaped HTML). */
export function plainText(html: string): string {
  return html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|table|section|article)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITY[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function date(v: unknown): Date | null {
  const s = text(v).trim();
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

function httpLink(s: string): string | null {
  const t = s.trim();
  return /^https?:\/\//i.test(t) ? t : null;
}

function item(title: string, link: string | null, guid: string, summaryHtml: string, publishedAt: Date | null): FeedItem | null {
  const cleanTitle = clip(plainText(title), 300);
  const summary = plainText(summaryHtml);
  if (!cleanTitle && !link) return null;
  const key = guid.trim() || link || `hash:${createHash('sha256').update(cleanTitle + summary).digest('hex').slice(0, 32)}`;
  return {
    guid: clip(key, 500),
    title: cleanTitle || link || '(无标题)',
    link,
    summary: summary ? clip(summary, SUMMARY_MAX_CHARS) : null,
    publishedAt,
  };
}

function rssItems(items: unknown[]): FeedItem[] {
  return items.flatMap((raw) => {
    const n = (raw ?? {}) as Node;
    const link = httpLink(text(n.link)) ?? null;
    const guid = text(n.guid);
    const it = item(text(n.title), link, guid, text(n.description) || text(n.encoded), date(n.pubDate) ?? date(n.date));
    return it ? [it] : [];
  });
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : links ? [links] : []) as Node[];
  const pick = list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? list[0];
  if (!pick) return null;
  return httpLink(typeof pick === 'object' ? String(pick['@_href'] ?? text(pick)) : String(pick));
}

function atomItems(entries: unknown[]): FeedItem[] {
  return entries.flatMap((raw) => {
    const n = (raw ?? {}) as Node;
    const it = item(text(n.title), atomLink(n.link), text(n.id), text(n.summary) || text(n.content), date(n.published) ?? date(n.updated));
    return it ? [it] : [];
  });
}

/** Parses a feed document. Throws `FeedParseError` for malformed XML or a document that is no feed. */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new FeedParseError(`unparsable XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (doc.rss && typeof doc.rss === 'object') {
    const channel = ((doc.rss as Node).channel ?? {}) as Node;
    return { format: 'rss', title: text(channel.title) || null, items: rssItems((channel.item as unknown[]) ?? []) };
  }
  if (doc.feed && typeof doc.feed === 'object') {
    const feed = doc.feed as Node;
    return { format: 'atom', title: text(feed.title) || null, items: atomItems((feed.entry as unknown[]) ?? []) };
  }
  if (doc.RDF && typeof doc.RDF === 'object') {
    const rdf = doc.RDF as Node;
    return { format: 'rdf', title: text((rdf.channel as Node | undefined)?.title) || null, items: rssItems((rdf.item as unknown[]) ?? []) };
  }
  throw new FeedParseError('not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)');
}
