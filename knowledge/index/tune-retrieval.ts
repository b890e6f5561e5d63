/**
 * Retrieval tuning on the colloquial question set: recall@1/@5 of BM25 alone, vectors alone and
 * the fused index over the six regulations split by `regulation-passages.ts`.
 *
 *   npx tsx knowledge/index/tune-retrieval.ts [--misses] [--grid] [--signals] [--handbook]
 *
 * Questions without a `doc` (off-topic ones) are skipped for recall; an expected hit is the
 * passage of `doc` whose article equals `article`. `--signals` compares the top hit's support
 * signals of on-topic and off-topic questions (AUC = chance that an on-topic question scores
 * higher), for calibrating the decline rule.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { HybridIndex, type HybridIndexOptions } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { loadRegulationPassages, type RegulationPassage } from './regulation-passages';

/** The demo handbook and its question set (evaluated with `--handbook`, mixed into the regulations). */
const DEMO_DIR = join(__dirname, '..', '..', 'data', 'demo');
const HANDBOOK_QUESTIONS = join(__dirname, '..', 'eval', 'handbook.jsonl');

/** One labelled question. */
export interface EvalQuestion {
  question: string;
  doc: string;
  article: string;
}

/** Recall figures of one configuration. */
export interface RecallReport {
  questions: number;
  recallAt1: number;
  recallAt5: number;
  misses: string[];
}

/** Labelled questions of a JSONL file (rows without doc/article are skipped). */
export function readEvalQuestions(file = join(__dirname, '..', 'eval', 'paraphrase.jsonl')): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<EvalQuestion>)
    .filter((q): q is EvalQuestion => Boolean(q.question && q.doc && q.article));
}

/** Recall@1/@5 of `index` on `questions`. */
export async function measureRecall(index: HybridIndex, passages: readonly RegulationPassage[], questions: readonly EvalQuestion[]): Promise<RecallReport> {
  const byId = new Map(passages.map((p) => [p.id, p]));
  let r1 = 0;
  let r5 = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const hits = await index.search(q.question, 5);
    const rank = hits.findIndex((h) => {
      const p = byId.get(h.passageId);
      return p?.file === q.doc && p.article === q.article;
    });
    if (rank === 0) r1++;
    if (rank >= 0) r5++;
    else {
      const top = hits.slice(0, 2).map((h) => `${byId.get(h.passageId)?.article}@${byId.get(h.passageId)?.file.slice(0, 10)}`);
      misses.push(`${q.question} → want ${q.article}@${q.doc.slice(0, 10)}; got ${top.join(', ')}`);
    }
  }
  const n = questions.length || 1;
  return { questions: questions.length, recallAt1: r1 / n, recallAt5: r5 / n, misses };
}

/** AUC and quantiles of each support signal of the top hit, on-topic vs off-topic questions. */
export async function measureSignals(index: HybridIndex, file = join(__dirname, '..', 'eval', 'paraphrase.jsonl')): Promise<Record<string, { auc: number; onP10: number; onP50: number; offP50: number; offP90: number }>> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { question: string; doc?: string | null });
  const names = ['bm25Norm', 'matched', 'cosine', 'coverage'] as const;
  const on: number[][] = [];
  const off: number[][] = [];
  for (const r of rows) {
    const d = await index.searchDetailed(r.question, 5);
    const h = d.hits[0];
    (r.doc ? on : off).push([h?.bm25Norm ?? 0, h?.matched ?? 0, h?.cosine ?? 0, d.coverage]);
  }
  const q = (arr: number[][], i: number, p: number): number => {
    const v = arr.map((x) => x[i]!).sort((a, b) => a - b);
    return +(v[Math.min(v.length - 1, Math.floor(v.length * p))] ?? 0).toFixed(3);
  };
  const out: Record<string, { auc: number; onP10: number; onP50: number; offP50: number; offP90: number }> = {};
  names.forEach((n, i) => {
    let wins = 0;
    for (const a of on) for (const b of off) wins += a[i]! > b[i]! ? 1 : a[i] === b[i] ? 0.5 : 0;
    const auc = on.length && off.length ? wins / on.length / off.length : 0;
    out[n] = { auc: +auc.toFixed(3), onP10: q(on, i, 0.1), onP50: q(on, i, 0.5), offP50: q(off, i, 0.5), offP90: q(off, i, 0.9) };
  });
  return out;
}

async function main(): Promise<void> {
  const handbook = process.argv.includes('--handbook');
  const passages = handbook ? [...loadRegulationPassages(), ...loadRegulationPassages(DEMO_DIR).map((p) => ({ ...p, id: p.id + 100000, documentId: 99 }))] : loadRegulationPassages();
  const questions = handbook ? readEvalQuestions(HANDBOOK_QUESTIONS) : readEvalQuestions();
  const configs: Record<string, HybridIndexOptions> = {
    hybrid: {},
    bm25Only: { fusion: { vectorWeight: 0 } },
    vectorOnly: { fusion: { bm25Weight: 0 } },
    noExpansion: { expand: { expansionScale: 0 } },
  };
  if (process.argv.includes('--grid')) {
    for (const vw of [0.3, 0.5, 0.7, 1]) for (const bw of [0.2, 0.4, 0.6]) configs[`vw${vw}-bg${bw}`] = { fusion: { vectorWeight: vw }, expand: { bigramWeight: bw } };
  }
  const embeddings = new LocalEmbeddings();
  const t = performance.now();
  const base = await HybridIndex.build(passages, embeddings);
  const buildMs = performance.now() - t;
  process.stdout.write(`passages ${passages.length}, questions ${questions.length}, build ${buildMs.toFixed(0)} ms\n`);
  if (process.argv.includes('--signals')) {
    for (const [name, s] of Object.entries(await measureSignals(base))) process.stdout.write(`${name.padEnd(9)} ${JSON.stringify(s)}\n`);
  }
  for (const [name, options] of Object.entries(configs)) {
    const index = name === 'hybrid' ? base : await HybridIndex.build(passages, embeddings, options);
    const r = await measureRecall(index, passages, questions);
    process.stdout.write(`${name.padEnd(14)} R@1 ${(r.recallAt1 * 100).toFixed(1)}%  R@5 ${(r.recallAt5 * 100).toFixed(1)}%\n`);
    if (name === 'hybrid' && process.argv.includes('--misses')) for (const m of r.misses) process.stdout.write(`  MISS ${m}\n`);
  }
}

if (require.main === module) void main();
