/**
 * Micro benchmark of the lexical index at scale: builds a synthetic index of `chunks` passages
 * (2–5 corpus sentences each, shuffled with a seeded PRNG, so runs are comparable), then times
 * `expandQuery` + BM25 search (top 10) for the paraphrase questions, wall and CPU time. Optionally also times the full hybrid
 * search (LocalEmbeddings + HNSW) on `hybridChunks` passages.
 *
 *   npx tsx knowledge/index/bench-retrieval.ts [chunks] [hybridChunks]
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Bm25Index, type Passage } from './bm25';
import { HybridIndex } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { expandQuery } from './query-expand';
import { REGULATIONS_DIR } from './regulation-passages';
import { toChineseNumber } from './tokenizer';
import { readEvalQuestions } from './tune-retrieval';
import { seededRandom } from '../../core/seeded-random';

/** Benchmark options. */
export interface BenchRetrievalOptions {
  /** Synthetic passages in the BM25 index, default 100,000. */
  chunks?: number;
  /** Passages for the hybrid (BM25 + HNSW) timing; 0 = skip (default 0; HNSW build is slow). */
  hybridChunks?: number;
  /** Timed searches (questions cycled), default 500. */
  queries?: number;
  /** Results per search, default 10. */
  k?: number;
  /** Write the summary to stdout, default true. */
  print?: boolean;
}

/** Measured numbers (milliseconds, megabytes). */
export interface BenchRetrievalResult {
  chunks: number;
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CPU (user) time per query: less sensitive than wall time to other processes on the machine. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  heapMb: number;
  hybridChunks?: number;
  hybridBuildMs?: number;
  hybridP50Ms?: number;
  hybridP95Ms?: number;
}


/** `n` synthetic passages made of shuffled corpus sentences. */
export function syntheticPassages(n: number, seed = 42): Passage[] {
  const files = readdirSync(REGULATIONS_DIR).filter((f) => f.endsWith('.md'));
  const titles = files.map((f) => f.replace(/\.md$/, ''));
  const sentences = files
    .flatMap((f) => readFileSync(join(REGULATIONS_DIR, f), 'utf8').split(/(?<=[。；！？])|\n+/))
    .map((s) => s.replace(/^[#>\s]+/, '').trim())
    .filter((s) => s.length >= 8);
  const rnd = seededRandom(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const out: Passage[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const m = 2 + Math.floor(rnd() * 4);
    for (let j = 0; j < m; j++) parts.push(pick(sentences));
    out.push({
      id: i + 1,
      documentId: Math.floor(i / 50) + 1,
      title: pick(titles),
      article: `第${toChineseNumber(1 + Math.floor(rnd() * 150))}条`,
      headingPath: '',
      text: parts.join(''),
    });
  }
  return out;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Wall and CPU (user) milliseconds per query, each sorted ascending. */
function timeQueries(questions: string[], n: number, run: (q: string) => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const q = questions[i % questions.length]!;
    const c = process.cpuUsage();
    const t = performance.now();
    run(q);
    wall.push(performance.now() - t);
    cpu.push(process.cpuUsage(c).user / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** Runs the benchmark; see the file comment. */
export async function benchRetrieval(options: BenchRetrievalOptions = {}): Promise<BenchRetrievalResult> {
  const chunks = options.chunks ?? 100_000;
  const queries = options.queries ?? 500;
  const k = options.k ?? 10;
  const questions = readEvalQuestions().map((q) => q.question);
  const passages = syntheticPassages(chunks);
  const t0 = performance.now();
  const bm25 = new Bm25Index();
  for (const p of passages) bm25.add(p);
  const buildMs = performance.now() - t0;
  timeQueries(questions, 50, (q) => bm25.search(expandQuery(q).terms, k)); // warm-up
  const { wall, cpu } = timeQueries(questions, queries, (q) => bm25.search(expandQuery(q).terms, k));
  const result: BenchRetrievalResult = {
    chunks,
    buildMs: Math.round(buildMs),
    p50Ms: +percentile(wall, 50).toFixed(3),
    p95Ms: +percentile(wall, 95).toFixed(3),
    maxMs: +wall[wall.length - 1]!.toFixed(3),
    cpuP50Ms: +percentile(cpu, 50).toFixed(3),
    cpuP95Ms: +percentile(cpu, 95).toFixed(3),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1048576),
  };
  const hybridChunks = options.hybridChunks ?? 0;
  if (hybridChunks > 0) {
    const t1 = performance.now();
    const hybrid = await HybridIndex.build(passages.slice(0, hybridChunks), new LocalEmbeddings());
    result.hybridChunks = hybridChunks;
    result.hybridBuildMs = Math.round(performance.now() - t1);
    const ht: number[] = [];
    for (let i = 0; i < Math.min(queries, 200); i++) {
      const t = performance.now();
      await hybrid.search(questions[i % questions.length]!, k);
      ht.push(performance.now() - t);
    }
    ht.sort((a, b) => a - b);
    result.hybridP50Ms = +percentile(ht, 50).toFixed(3);
    result.hybridP95Ms = +percentile(ht, 95).toFixed(3);
  }
  if (options.print !== false) process.stdout.write(`benchRetrieval ${JSON.stringify(result)}\n`);
  return result;
}

if (require.main === module) {
  const [chunks, hybridChunks] = process.argv.slice(2).map(Number);
  void benchRetrieval({ chunks: chunks || 100_000, hybridChunks: hybridChunks || 0 });
}
