/**
 * The eval: ingest a corpus into a fresh in-memory store, then measure retrieval (recall@1/@5, MRR),
 * declines, must_contain accuracy and latency, beside the LangChain baselines.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config';
import { createLogger } from '../../core/logger';
import type { DeclineReason } from '../../core/qa';
import { openDatabase } from '../../data/db';
import { createKnowledge, listIngestible } from '../create';
import type { KnowledgeService } from '../service';
import { runBaselines, type BaselineResult } from './baselines';
import { declineScores, mrr, percentile, recallAt, round, type RankedCase } from './metrics';
import { normalizeForMatch } from './numerals';
import { readQaFile, type QaCase } from './qa-file';

export interface EvalOptions {
  corpus: string;
  qa: string;
  k?: number;
  /** Model endpoints to measure with (OPENAI_* / EMBEDDINGS_*); unset = the offline default. */
  models?: Pick<Config, 'llm' | 'embeddings'>;
  baselines?: boolean;
}

export interface CaseResult {
  id: string;
  question: string;
  gold: string | null;
  rank: number | null;
  top: string | null;
  declined: boolean;
  declineReason?: DeclineReason;
  mustContainOk: boolean | null;
  /** What a correct answer must quote, and the answer given (for --verbose). */
  mustContain: string[];
  answer: string;
  lexical: number;
  cosine: number;
  /** Reranker focus-word coverage of the top hit (the decline model's main signal). */
  focus: number;
  /** Rerank score of the top hit and its margin over the second. */
  rerank: number;
  margin: number;
  ms: number;
}

export interface EvalReport {
  'recall@1': number;
  'recall@5': number;
  mrr: number;
  declinePrecision: number;
  declineRecall: number;
  mustContain: number;
  p50Ms: number;
  p95Ms: number;
  ingestMs: number;
  chunks: number;
  cases: CaseResult[];
  baselines: Record<string, BaselineResult>;
}

/** Ingests every file of `corpus` the ingestion accepts; returns their paths. */
export async function ingestCorpus(service: KnowledgeService, corpus: string): Promise<string[]> {
  const files = listIngestible(corpus);
  for (const f of files) await service.ingest(fs.readFileSync(f), path.basename(f));
  return files;
}

export async function runEval(opts: EvalOptions): Promise<EvalReport> {
  const k = opts.k ?? 5;
  const cases: QaCase[] = readQaFile(opts.qa);
  const log = createLogger('warn');
  const database = await openDatabase({});
  try {
    const { service, sync } = await createKnowledge({ embeddings: opts.models?.embeddings, llm: opts.models?.llm }, database.db, log, { checkIntervalMs: 0 });
    const t0 = performance.now();
    const files = await ingestCorpus(service, opts.corpus);
    const ingestMs = performance.now() - t0;
    const fileNameOf = new Map((await service.list()).map((d) => [d.id, d.fileName]));

    const results: CaseResult[] = [];
    for (const c of cases) {
      const hits = await service.retrieve(c.question, k);
      const idx = hits.findIndex((h) => fileNameOf.get(h.passage.documentId) === c.doc && h.passage.article === c.article);
      const t1 = performance.now();
      const answer = await service.ask(c.question, { channel: 'eval' });
      const ms = performance.now() - t1;
      const text = normalizeForMatch(answer.text);
      const top = hits[0];
      results.push({
        id: c.id,
        question: c.question,
        gold: c.doc ? `${c.doc} ${c.article}` : null,
        rank: c.doc && idx >= 0 ? idx + 1 : null,
        top: top ? `${fileNameOf.get(top.passage.documentId)} ${top.passage.article}` : null,
        declined: answer.declined,
        ...(answer.declineReason ? { declineReason: answer.declineReason } : {}),
        mustContainOk: c.doc ? !answer.declined && c.must_contain.every((m) => text.includes(normalizeForMatch(m))) : null,
        mustContain: c.must_contain,
        answer: answer.text,
        lexical: round(top?.lexical ?? 0),
        cosine: round(top?.cosine ?? 0),
        focus: round(top?.features?.coverage ?? 0),
        rerank: round(top?.rerankScore ?? 0),
        margin: round((top?.rerankScore ?? 0) - (hits[1]?.rerankScore ?? 0)),
        ms,
      });
    }
    const answerable = results.filter((r) => r.gold);
    const ranked: RankedCase[] = answerable.map((r) => ({ rank: r.rank }));
    const decline = declineScores(results.map((r) => ({ shouldDecline: r.gold === null, declined: r.declined })));
    const times = results.map((r) => r.ms);
    const withMust = answerable.filter((r) => r.mustContainOk !== null);
    const baselines = opts.baselines === false ? {} : await runBaselines(files, cases, k);
    return {
      'recall@1': round(recallAt(ranked, 1)),
      'recall@5': round(recallAt(ranked, 5)),
      mrr: round(mrr(ranked)),
      declinePrecision: round(decline.precision),
      declineRecall: round(decline.recall),
      mustContain: round(withMust.length ? withMust.filter((r) => r.mustContainOk).length / withMust.length : 0),
      p50Ms: round(percentile(times, 50), 2),
      p95Ms: round(percentile(times, 95), 2),
      ingestMs: Math.round(ingestMs),
      chunks: sync.passageCount,
      cases: results,
      baselines,
    };
  } finally {
    await database.close();
  }
}
