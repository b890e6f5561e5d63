/**
 * The two LangChain baselines the eval prints beside our retrieval: RecursiveCharacterTextSplitter
 * 500/50 + BM25Retriever with its default tokenisation, and the same fed jieba search-mode tokens.
 * A baseline chunk is a hit when it overlaps the gold article's span in the source text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document } from '@langchain/core/documents';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { Jieba } from '@node-rs/jieba';
import { readJiebaDict } from '../index/tokenizer';
import { mrr, percentile, recallAt, round, type RankedCase } from './metrics';
import type { QaCase } from './qa-file';

const ARTICLE_LINE = /^(第[一二三四五六七八九十百零〇\d]+条)/;
const HEADING_LINE = /^#{1,6}\s*(.+?)\s*$/;

interface Span {
  label: string;
  start: number;
  end: number;
}

/** Article and heading spans of a Markdown/text regulation, by character offset. */
export function articleSpans(text: string): Span[] {
  const marks: Array<{ label: string; start: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const a = ARTICLE_LINE.exec(line);
    const h = HEADING_LINE.exec(line);
    if (a) marks.push({ label: a[1]!, start: offset });
    else if (h) marks.push({ label: h[1]!, start: offset });
    offset += line.length + 1;
  }
  return marks.map((m, i) => ({ label: m.label, start: m.start, end: marks[i + 1]?.start ?? text.length }));
}

function spanOf(spans: Span[], article: string): Span | undefined {
  return spans.find((s) => s.label === article) ?? spans.find((s) => s.label.includes(article));
}

export interface BaselineResult {
  'recall@1': number;
  'recall@5': number;
  mrr: number;
  p50Ms: number;
  p95Ms: number;
}

interface LocatedChunk {
  doc: string;
  start: number;
  end: number;
}

async function splitCorpus(files: string[]): Promise<{ docs: Document[]; located: LocatedChunk[]; spans: Map<string, Span[]> }> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 500, chunkOverlap: 50 });
  const docs: Document[] = [];
  const located: LocatedChunk[] = [];
  const spans = new Map<string, Span[]>();
  for (const file of files) {
    const name = path.basename(file);
    const text = fs.readFileSync(file, 'utf8');
    spans.set(name, articleSpans(text));
    let cursor = 0;
    for (const piece of await splitter.splitText(text)) {
      const probe = piece.slice(0, 40);
      let start = text.indexOf(probe, Math.max(0, cursor - 600));
      if (start < 0) start = text.indexOf(probe);
      const s = Math.max(0, start);
      cursor = s + 1;
      located.push({ doc: name, start: s, end: s + piece.length });
      docs.push(new Document({ pageContent: piece, metadata: { idx: located.length - 1 } }));
    }
  }
  return { docs, located, spans };
}

function isHit(chunk: LocatedChunk, c: QaCase, spans: Map<string, Span[]>): boolean {
  if (chunk.doc !== c.doc || !c.article) return false;
  const span = spanOf(spans.get(c.doc) ?? [], c.article);
  if (!span) return false;
  const overlap = Math.min(chunk.end, span.end) - Math.max(chunk.start, span.start);
  return overlap >= Math.min(30, span.end - span.start);
}

async function runOne(
  docs: Document[],
  located: LocatedChunk[],
  spans: Map<string, Span[]>,
  cases: QaCase[],
  k: number,
  toQuery: (q: string) => string,
): Promise<BaselineResult> {
  const retriever = BM25Retriever.fromDocuments(docs, { k: Math.max(k, 5) });
  const ranked: RankedCase[] = [];
  const times: number[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const results = await retriever.invoke(toQuery(c.question));
    times.push(performance.now() - t0);
    const idx = results.findIndex((d) => isHit(located[d.metadata.idx as number]!, c, spans));
    ranked.push({ rank: idx >= 0 ? idx + 1 : null });
  }
  return {
    'recall@1': round(recallAt(ranked, 1)),
    'recall@5': round(recallAt(ranked, 5)),
    mrr: round(mrr(ranked)),
    p50Ms: round(percentile(times, 50), 2),
    p95Ms: round(percentile(times, 95), 2),
  };
}

/** Runs both baselines over the corpus files and the answerable cases. */
export async function runBaselines(files: string[], cases: QaCase[], k: number): Promise<Record<string, BaselineResult>> {
  const answerable = cases.filter((c) => c.doc);
  const { docs, located, spans } = await splitCorpus(files);
  const jieba = Jieba.withDict(readJiebaDict(0));
  const jiebaText = (s: string) => jieba.cutForSearch(s, true).filter((t) => t.trim()).join(' ');
  const jiebaDocs = docs.map((d) => new Document({ pageContent: jiebaText(d.pageContent), metadata: d.metadata }));
  return {
    'langchain-bm25': await runOne(docs, located, spans, answerable, k, (q) => q),
    'langchain-bm25-jieba': await runOne(jiebaDocs, located, spans, answerable, k, jiebaText),
  };
}
