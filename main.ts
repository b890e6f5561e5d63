/**
 * The composition root: the one place that picks real implementations from config.
 * `npm start` runs web + bot + jobs in one process.
 */
import path from 'node:path';
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './core/config';
import { createLogger, type Logger } from './core/logger';
import { openDatabase, type Database } from './data/db';
import { createApp } from './admin/app';
import { createKnowledge, loadDemoIfEmpty } from './knowledge/create';

export interface RunningService {
  server: Server;
  port: number;
  database: Database;
  stop(): Promise<void>;
}

/** Starts the whole service; resolves once it listens. */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  let ready = false;
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pgdata'),
  });
  log.info({ database: database.kind }, 'database ready, migrations applied');

  const knowledge = await createKnowledge(config, database.db, log, { indexDir: path.join(config.dataDir, 'index') });
  if (config.loadDemo) await loadDemoIfEmpty(knowledge.service, log);

  const app = createApp({
    knowledge: knowledge.service,
    log,
    adminToken: config.adminToken,
    uploadMaxBytes: config.uploadMaxBytes,
    isReady: () => ready,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  ready = true;
  log.info({ port, llm: Boolean(config.llm), embeddings: config.embeddings ? 'remote' : 'local' }, 'Party Xiaozhi is listening');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      ready = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Let running uploads finish their transaction, so no document is half written.
      await knowledge.service.drain();
      await database.close();
      log.info('stopped');
    })();
    return stopping;
  };
  return { server, port, database, stop };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, 'all');
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`配置错误 / configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const service = await startService(config, log);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      service.stop().then(
        () => process.exit(0),
        (err) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`启动失败 / start-up failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
