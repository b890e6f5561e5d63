/**
 * Retrieval tuning on the colloquial question set: recall@1/@5 of BM25 alone, vectors alone and
 * the fused index over the six regulations split by `regulation-passages.ts`.
 *
 *   npx tsx knowledge/index/tune-retrieval.ts [--misses] [--grid]
 *
 * Questions without a `doc` (off-topic ones) are skipped; an expected hit is the passage of
 * `doc` whose article equals `article`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { HybridIndex, type HybridIndexOptions } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { loadRegulationPassages, type RegulationPassage } from './regulation-passages';

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

async function main(): Promise<void> {
  const passages = loadRegulationPassages();
  const questions = readEvalQuestions();
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
  for (const [name, options] of Object.entries(configs)) {
    const index = name === 'hybrid' ? base : await HybridIndex.build(passages, embeddings, options);
    const r = await measureRecall(index, passages, questions);
    process.stdout.write(`${name.padEnd(14)} R@1 ${(r.recallAt1 * 100).toFixed(1)}%  R@5 ${(r.recallAt5 * 100).toFixed(1)}%\n`);
    if (name === 'hybrid' && process.argv.includes('--misses')) for (const m of r.misses) process.stdout.write(`  MISS ${m}\n`);
  }
}

if (require.main === module) void main();
