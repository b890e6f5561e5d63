/**
 * Resident memory of a service process with the corpus indexed, measured as it runs in production:
 * a first process ingests the corpus into an embedded data folder, a second one starts on that folder
 * (no initdb), loads the persisted index, answers questions, and reports its RSS.
 * Usage (internal to the bench): tsx bench/knowledge-rss.ts <ingest|serve> <dataDir> <corpus> <questions.jsonl>
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../core/logger';
import { openDatabase } from '../data/db';
import { createKnowledge, listIngestible } from '../knowledge/create';
import { readQaFile } from '../knowledge/eval/qa-file';

async function child(mode: string, dataDir: string, corpus: string, qaFile: string): Promise<void> {
  const log = createLogger('warn');
  const url = process.env.BENCH_DATABASE_URL;
  const database = await openDatabase(url ? { url } : { dataDir: path.join(dataDir, 'pgdata') });
  const { service } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir: path.join(dataDir, 'index') });
  if (mode === 'ingest') {
    for (const f of listIngestible(corpus)) await service.ingest(fs.readFileSync(f), path.basename(f));
  } else {
    for (const c of readQaFile(qaFile)) await service.ask(c.question, { channel: 'bench' });
    global.gc?.();
    process.stdout.write(`${JSON.stringify({ rssMb: Math.round(process.memoryUsage().rss / 1048576), passages: (await service.list()).reduce((n, d) => n + d.chunkCount, 0) })}\n`);
  }
  await database.close();
}

/** Runs both phases in child processes and returns the serving process's RSS in MB. */
export function measureServiceRss(corpus: string, qaFile: string, databaseUrl?: string): { rssMb: number; passages: number } {
  const dataDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'xz-rss-'));
  const tsx = path.join(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  try {
    const run = (mode: string) =>
      spawnSync(process.execPath, ['--expose-gc', tsx, __filename, mode, dataDir, corpus, qaFile], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}) },
      });
    const first = run('ingest');
    if (first.status !== 0) throw new Error(`ingest phase failed: ${first.stderr}`);
    const second = run('serve');
    if (second.status !== 0) throw new Error(`serve phase failed: ${second.stderr}`);
    return JSON.parse(second.stdout.trim().split('\n').pop()!) as { rssMb: number; passages: number };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [mode, dataDir, corpus, qaFile] = process.argv.slice(2);
  child(mode!, dataDir!, corpus!, qaFile!).catch((err) => {
    process.stderr.write(String(err?.stack ?? err));
    process.exit(1);
  });
}
