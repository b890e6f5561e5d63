/**
 * Everyday phrasings of the bundled regulations' articles (document expansion, doc2query-style):
 * members say 不想当党员了, 一届干几年, 腿脚不好 where the text says 退党, 每届任期, 行动不便. The
 * phrases are indexed with their article (BM25, embeddings, rerank coverage) but never shown or
 * quoted. One JSON file per document in data/aliases, named by the document's title:
 * `{"第九条": ["不想当党员了", "退出党组织", …], "总纲": […]}`. Uploaded documents have none.
 *
 * A long article or heading is indexed as several passages (the 党章's 总纲 as about twenty), and
 * one list for all of them cannot tell them apart. A key `"总纲@<anchor>"` gives the phrases of one
 * paragraph: they go to the passage whose text contains the anchor (a run of Chinese characters
 * from that paragraph), beside the plain key's phrases, which go to every passage of the article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a } from './index/hash';
import { normalizeWording } from './index/query-expand';

export const ALIASES_DIR = path.join(__dirname, '..', 'data', 'aliases');

/** One document's phrases: per article or heading, and per anchored paragraph of it. */
interface DocumentAliases {
  byKey: Readonly<Record<string, readonly string[]>>;
  anchored: ReadonlyMap<string, ReadonlyArray<{ anchor: string; phrases: readonly string[] }>>;
}

type AliasTable = Map<string, DocumentAliases>;

let table: AliasTable | undefined;
let fingerprint = '';

function parseDocument(raw: Record<string, string[]>): DocumentAliases {
  const byKey: Record<string, string[]> = {};
  const anchored = new Map<string, Array<{ anchor: string; phrases: string[] }>>();
  for (const [key, phrases] of Object.entries(raw)) {
    const at = key.indexOf('@');
    if (at < 0) {
      byKey[key] = phrases;
      continue;
    }
    const article = key.slice(0, at);
    const list = anchored.get(article) ?? [];
    list.push({ anchor: key.slice(at + 1), phrases });
    anchored.set(article, list);
  }
  return { byKey, anchored };
}

function load(): AliasTable {
  if (table) return table;
  const t: AliasTable = new Map();
  const files = fs.existsSync(ALIASES_DIR) ? fs.readdirSync(ALIASES_DIR).filter((f) => f.endsWith('.json')).sort() : [];
  let all = '';
  for (const f of files) {
    const raw = fs.readFileSync(path.join(ALIASES_DIR, f), 'utf8');
    all += `${f}\n${raw}`;
    t.set(path.basename(f, '.json'), parseDocument(JSON.parse(raw) as Record<string, string[]>));
  }
  fingerprint = fnv1a(all).toString(16);
  table = t;
  return t;
}

/**
 * The phrases for one passage, joined; '' when none. Looked up by its article (or, outside articles,
 * its last heading such as 总纲), plus those of the anchored paragraphs its `text` contains.
 */
export function aliasesFor(title: string, article: string | null, headingPath = '', text = ''): string {
  const doc = load().get(title);
  if (!doc) return '';
  const key = article ?? headingPath.split(/\s*[>/›]\s*/).pop()?.trim() ?? '';
  const phrases = [...(doc.byKey[key] ?? [])];
  for (const a of doc.anchored.get(key) ?? []) if (text.includes(a.anchor)) phrases.push(...a.phrases);
  return phrases.join('；');
}

/**
 * The alias text indexed with a passage: its bundled phrases (`aliasesFor`) and those a model wrote
 * for it, reworded as questions are (开会 → 召开会议, 支书 → 支部书记), so that both meet in one form.
 */
export function indexedAliases(title: string, article: string | null, headingPath: string, text: string, generated?: string | null): string {
  return normalizeWording([aliasesFor(title, article, headingPath, text), generated].filter(Boolean).join('；'));
}

/** True when the bundled alias files cover this document (a regulation of the library). */
export function hasBundledAliases(title: string): boolean {
  return load().has(title);
}

/** Changes when any alias file changes: a persisted index built with other aliases is stale. */
export function aliasesId(): string {
  load();
  return fingerprint;
}
