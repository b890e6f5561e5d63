/**
 * The composition root: the one place that picks real implementations from config.
 * `npm start` runs web + bot + jobs in one process.
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './core/config';
import { createLogger, type Logger } from './core/logger';
import type { Database } from './data/db';
import { createApp } from './admin/app';
import { loadDemoIfEmpty } from './knowledge/create';
import { buildServices, httpParts, requeueStrandedPeriodically, startBackground, type Services } from './compose';

export interface RunningService {
  server: Server;
  port: number;
  database: Database;
  services: Services;
  stop(): Promise<void>;
}

/** Starts the whole service (web + bot + jobs); resolves once it listens. */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  let ready = false;
  const services = await buildServices(config, log);
  const { database, knowledge, channels, jobs, metrics } = services;
  if (config.loadDemo) await loadDemoIfEmpty(knowledge.service, log);

  const parts = httpParts(config, services, log);
  const app = createApp({
    knowledge: knowledge.service,
    log,
    adminToken: config.adminToken,
    uploadMaxBytes: config.uploadMaxBytes,
    isReady: () => ready,
    channelRoutes: parts.channelRoutes,
    apiRouters: parts.apiRouters,
    pageRouters: parts.pageRouters,
    metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  await startBackground(services, config);
  const stopRequeue = requeueStrandedPeriodically(services, log);
  await channels.start();
  ready = true;
  log.info(
    { port, channels: channels.live, jobs: jobs.runner.kind, llm: Boolean(config.llm), embeddings: config.embeddings ? 'remote' : 'local' },
    'Party Xiaozhi is listening',
  );

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      ready = false;
      stopRequeue();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await channels.stop();
      await closed;
      // Let running uploads finish their transaction, so no document is half written.
      await knowledge.service.drain();
      await services.conversation.idle();
      await jobs.stop();
      services.points.stop();
      await database.close();
      log.info('stopped');
    })();
    return stopping;
  };
  return { server, port, database, services, stop };
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
