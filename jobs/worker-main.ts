/**
 * `npm run worker`: runs only job workers (production; scale out by running more of them against the
 * same PostgreSQL and Redis). Stops gracefully on SIGTERM / SIGINT: running jobs finish first.
 */
import { ConfigError, loadConfig, type Config } from '../core/config';
import { createLogger } from '../core/logger';
import { buildServices, requeueStrandedPeriodically, startBackground } from '../compose';

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
  // The same composition as `npm start`, without HTTP and without inbound channels: deliveries to
  // HTTP platforms (Telegram, WeCom app, group robots) go out from here. The WeCom smart bot has one
  // live socket per bot, held by the web process, so its deliveries are made there.
  const services = await buildServices(config, logger);
  const { jobs, database } = services;
  await startBackground(services, config);
  logger.info({ runner: jobs.runner.kind, jobs: jobs.runner.registered() }, 'job worker started');

  const stopRequeue = requeueStrandedPeriodically(services, logger);

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'worker shutting down; letting running jobs finish');
      stopRequeue();
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
