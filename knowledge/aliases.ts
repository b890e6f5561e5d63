/**
 * Everyday phrasings of the bundled regulations' articles (document expansion, doc2query-style):
 * members say 不想当党员了, 一届干几年, 腿脚不好 where the text says 退党, 每届任期, 行动不便. The
 * phrases are indexed with their article (BM25, embeddings, rerank coverage) but never shown or
 * quoted. One JSON file per document in data/aliases, named by the document's title:
 * `{"第九条": ["不想当党员了", "退出党组织", …], "总纲": […]}`. Uploaded documents have none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a } from './index/hash';

export const ALIASES_DIR = path.join(__dirname, '..', 'data', 'aliases');

type AliasTable = Map<string, Readonly<Record<string, readonly string[]>>>;

let table: AliasTable | undefined;
let fingerprint = '';

function load(): AliasTable {
  if (table) return table;
  const t: AliasTable = new Map();
  const files = fs.existsSync(ALIASES_DIR) ? fs.readdirSync(ALIASES_DIR).filter((f) => f.endsWith('.json')).sort() : [];
  let all = '';
  for (const f of files) {
    const raw = fs.readFileSync(path.join(ALIASES_DIR, f), 'utf8');
    all += `${f}\n${raw}`;
    t.set(path.basename(f, '.json'), JSON.parse(raw) as Record<string, string[]>);
  }
  fingerprint = fnv1a(all).toString(16);
  table = t;
  return t;
}

/** The phrases for one article (or, outside articles, its last heading such as 总纲), joined; '' when none. */
export function aliasesFor(title: string, article: string | null, headingPath = ''): string {
  const doc = load().get(title);
  if (!doc) return '';
  const key = article ?? headingPath.split(/\s*[>/›]\s*/).pop()?.trim() ?? '';
  return (doc[key] ?? []).join('；');
}

/** Changes when any alias file changes: a persisted index built with other aliases is stale. */
export function aliasesId(): string {
  load();
  return fingerprint;
}
