/**
 * Builds the knowledge service from config: embeddings (remote or local), the hybrid index kept in
 * step with the database, and the model answerer when one is configured.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import type { Db } from '../data/db';
import { createLlmAnswerer } from './answer/llm';
import { createEmbeddings } from './index/local-embedder';
import { HybridPassageIndex } from './hybrid-passage-index';
import { IndexSync } from './index-sync';
import { KnowledgeService } from './service';
import { KnowledgeStore } from './store';

export interface KnowledgeOptions {
  /** Persist the index under this folder; unset = memory only (tests, eval). */
  indexDir?: string | undefined;
  checkIntervalMs?: number;
}

export async function createKnowledge(
  config: Pick<Config, 'embeddings' | 'llm'>,
  db: Db,
  log: Logger,
  opts: KnowledgeOptions = {},
): Promise<{ service: KnowledgeService; store: KnowledgeStore; sync: IndexSync }> {
  const store = new KnowledgeStore(db);
  const embeddings = createEmbeddings(config.embeddings);
  const index = new HybridPassageIndex(embeddings);
  const sync = new IndexSync({
    store,
    index,
    log,
    persistDir: opts.indexDir,
    ...(opts.checkIntervalMs !== undefined ? { checkIntervalMs: opts.checkIntervalMs } : {}),
  });
  await sync.init();
  const llm = config.llm ? createLlmAnswerer(config.llm) : undefined;
  const service = new KnowledgeService({ db, store, index, sync, llm, log });
  return { service, store, sync };
}

export const DEMO_DIR = path.join(__dirname, '..', 'data', 'demo');

/** Files of a folder (recursively) or a single file that ingestion accepts by name. */
export function listIngestible(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...listIngestible(full));
    else if (/\.(md|markdown|txt|html?|pdf|docx)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Loads the demo handbook into an empty store so a fresh install answers out of the box. */
export async function loadDemoIfEmpty(service: KnowledgeService, log: Logger): Promise<number> {
  if ((await service.list()).length > 0) return 0;
  let n = 0;
  for (const file of listIngestible(DEMO_DIR)) {
    await service.ingest(fs.readFileSync(file), path.basename(file));
    n++;
  }
  log.info({ documents: n }, 'demo knowledge loaded');
  return n;
}
