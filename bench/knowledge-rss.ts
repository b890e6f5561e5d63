/**
 * Resident memory of the service with the corpus indexed, measured as it runs in production: a first
 * process ingests the corpus into a data folder (or a PostgreSQL database), then the service starts on
 * it with `npm start`'s own command line (same loader and flags; no initdb, persisted index), answers
 * the questions over HTTP, and its RSS is read from /proc.
 * Usage (internal to the bench): node --require tsx/cjs bench/knowledge-rss.ts ingest <dataDir> <corpus> <questions.jsonl>
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../core/logger';
import { openDatabase } from '../data/db';
import { createKnowledge, listIngestible } from '../knowledge/create';
import { readQaFile } from '../knowledge/eval/qa-file';
import { npmScriptCommand } from '../test/start-command';

async function child(mode: string, dataDir: string, corpus: string): Promise<void> {
  const log = createLogger('warn');
  const url = process.env.BENCH_DATABASE_URL;
  const database = await openDatabase(url ? { url } : { dataDir: path.join(dataDir, 'pgdata') });
  const { service } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir: path.join(dataDir, 'index') });
  if (mode !== 'ingest') throw new Error(`unknown mode ${mode}`);
  for (const f of listIngestible(corpus)) await service.ingest(fs.readFileSync(f), path.basename(f));
  await database.close();
}

/** Ingests in a child process, then starts the real service on the result and returns its RSS in MB. */
export async function measureServiceRss(corpus: string, qaFile: string, databaseUrl?: string): Promise<{ rssMb: number }> {
  const dataDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'xz-rss-'));
  const root = path.join(__dirname, '..');
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl, DATABASE_URL: databaseUrl } : {}) };
  try {
    const first = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, 'ingest', dataDir, corpus, qaFile], { cwd: root, encoding: 'utf8', timeout: 120_000, env });
    if (first.status !== 0) throw new Error(`ingest phase failed: ${first.stderr}`);
    const port = 3900 + Math.floor(Math.random() * 90);
    const start = npmScriptCommand('start');
    const service = spawn(process.execPath, start.args, { cwd: root, env: { ...env, ...start.env, PORT: String(port) }, stdio: 'ignore' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error('service did not become ready');
        await new Promise((r) => setTimeout(r, 200));
      }
      for (const c of readQaFile(qaFile)) {
        await (await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: c.question }) })).json();
      }
      const status = fs.readFileSync(`/proc/${service.pid}/status`, 'utf8');
      return { rssMb: Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024) };
    } finally {
      service.kill('SIGTERM');
      await new Promise((r) => service.once('exit', r));
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [mode, dataDir, corpus] = process.argv.slice(2);
  child(mode!, dataDir!, corpus!).catch((err) => {
    process.stderr.write(String(err?.stack ?? err));
    process.exit(1);
  });
}
