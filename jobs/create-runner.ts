/** Picks the job runner from config: BullMQ when `REDIS_URL` is set, else the embedded runner. */
import type { Clock } from '../core/clock';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import type { Database } from '../data/db';
import type { BullmqJobRunner as BullmqRunner } from './bullmq-runner';
import type { JobRunner } from './contract';
import { EmbeddedJobRunner } from './embedded-runner';
import type { JobMetrics } from './metrics';

/** What `createJobRunner` needs besides config. */
export interface JobRunnerDeps {
  database: Database;
  logger: Logger;
  metrics?: JobMetrics;
  clock?: Clock;
  /** Redis key prefix for BullMQ. Default `xz`. */
  redisPrefix?: string;
}

/** Creates the runner (not started). Register handlers (jobs/handlers.ts), then `start()`. */
export function createJobRunner(config: Pick<Config, 'redisUrl' | 'timezone'>, deps: JobRunnerDeps): JobRunner {
  const logger = deps.logger.child({ module: 'jobs' });
  const events = deps.metrics?.events;
  // bullmq and ioredis are loaded only when Redis is configured.
  const loadBullmq = () => (require('./bullmq-runner') as { BullmqJobRunner: typeof BullmqRunner }).BullmqJobRunner;
  const runner: JobRunner = config.redisUrl
    ? new (loadBullmq())({ redisUrl: config.redisUrl, prefix: deps.redisPrefix, timezone: config.timezone, logger, ...(events ? { events } : {}) })
    : new EmbeddedJobRunner({ database: deps.database, timezone: config.timezone, logger, ...(deps.clock ? { clock: deps.clock } : {}), ...(events ? { events } : {}) });
  deps.metrics?.watch(runner);
  logger.info({ runner: runner.kind }, 'job runner created');
  return runner;
}
