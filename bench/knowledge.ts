/**
 * Knowledge speed targets: corpus ingestion time with the local embedder, retrieval p95 in
 * process, extractive answer p95 over HTTP end to end, and RSS with the corpus indexed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from '../admin/app';
import { createLogger } from '../core/logger';
import { openDatabase } from '../data/db';
import { createKnowledge, listIngestible } from '../knowledge/create';
import { readQaFile } from '../knowledge/eval/qa-file';
import { percentile, round } from '../knowledge/eval/metrics';
import { measureServiceRss } from './knowledge-rss';

export interface KnowledgeBenchOptions {
  corpus?: string;
  questions?: string;
  rounds?: number;
}

/** Runs `fn` with a fresh database on the local PostgreSQL server; undefined when there is none. */
async function withTempPostgres<T>(fn: (url: string) => Promise<T>): Promise<T | undefined> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `xz_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    return undefined;
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function benchKnowledge(opts: KnowledgeBenchOptions = {}): Promise<Record<string, number>> {
  const corpus = opts.corpus ?? path.join(__dirname, '..', '..', 'shared', 'corpus', 'regulations');
  const qaFile = opts.questions ?? path.join(__dirname, '..', 'knowledge', 'eval', 'paraphrase.jsonl');
  const rounds = opts.rounds ?? 3;
  const log = createLogger('warn');
  const database = await openDatabase({});
  const { service } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 200 });
  const t0 = performance.now();
  for (const f of listIngestible(corpus)) await service.ingest(fs.readFileSync(f), path.basename(f));
  const ingestMs = performance.now() - t0;
  const questions = readQaFile(qaFile).map((c) => c.question);

  // One unmeasured pass first: a running service is warm (JIT-compiled, jieba loaded); the first
  // pass over new code paths measures the compiler, not retrieval.
  for (const q of questions) await service.retrieve(q, 5);
  const retrieval: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      await service.retrieve(q, 5);
      retrieval.push(performance.now() - t);
    }
  }

  const app = createApp({ knowledge: service, log, adminToken: undefined, uploadMaxBytes: 1 << 20, isReady: () => true });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ask`;
  const http: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
      await res.json();
      http.push(performance.now() - t);
    }
  }
  server.close();
  await database.close();
  const { rssMb } = await measureServiceRss(corpus, qaFile);
  const pg = await withTempPostgres((url) => measureServiceRss(corpus, qaFile, url));
  return {
    corpusIngestMs: Math.round(ingestMs),
    retrievalP50Ms: round(percentile(retrieval, 50), 2),
    retrievalP95Ms: round(percentile(retrieval, 95), 2),
    httpAnswerP50Ms: round(percentile(http, 50), 2),
    httpAnswerP95Ms: round(percentile(http, 95), 2),
    serviceRssMbEmbeddedPglite: rssMb,
    ...(pg ? { serviceRssMbPostgres: pg.rssMb } : {}),
  };
}

if (require.main === module) {
  benchKnowledge().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
