/**
 * `npm run worker`: runs only job workers (production; scale out by running more of them against the
 * same PostgreSQL and Redis). Stops gracefully on SIGTERM / SIGINT: running jobs finish first.
 */
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../core/config';
import { createLogger } from '../core/logger';
import { openDatabase } from '../data/db';
import { setupJobs } from './handlers';
import { createJobMetrics } from './metrics';
import type { Deliverer } from './outbox';

/** Channel deliverers for the worker. Channels plug theirs in here as they land. */
function deliverersFor(_config: Config): Record<string, Deliverer> {
  return {};
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(undefined, 'worker');
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`配置错误 / configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel).child({ role: 'worker' });
  if (!config.databaseUrl) {
    logger.warn('worker on the embedded PGlite database: do not run `npm start` on the same DATA_DIR at the same time');
  }
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pgdata'),
  });
  const metrics = createJobMetrics();
  const jobs = setupJobs(config, { database, logger, deliverers: deliverersFor(config), metrics });
  await jobs.start();
  logger.info({ runner: jobs.runner.kind, jobs: jobs.runner.registered() }, 'job worker started');

  // Outbox rows whose job got lost (crash between insert and enqueue, Redis without persistence).
  const requeue = setInterval(() => {
    jobs.outbox.requeueStranded({ olderThanMs: 5 * 60_000 }).then(
      (n) => n > 0 && logger.warn({ count: n }, 'outbox rows re-enqueued'),
      (err) => logger.error({ err }, 'outbox requeue failed'),
    );
  }, 60_000);

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'worker shutting down; letting running jobs finish');
      clearInterval(requeue);
      jobs
        .stop()
        .then(() => database.close())
        .then(
          () => process.exit(0),
          (err) => {
            logger.error({ err }, 'shutdown failed');
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
