/**
 * The registry of job modules. Each feature adds one `JobModule` to `jobModules` (meetings reminders,
 * points, news fetching, digests…); `setupJobs` builds the runner and the outbox and lets every module
 * register its handlers, so `npm start` and `npm run worker` process the same job types.
 */
import type { Clock } from '../core/clock';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import type { Database } from '../data/db';
import type { JobRunner } from './contract';
import { createJobRunner } from './create-runner';
import type { JobMetrics } from './metrics';
import { createOutbox, routeDeliveries, type Deliverer, type DeliveryLimit, type Outbox } from './outbox';

/** What job modules get. */
export interface JobDeps {
  config: Config;
  database: Database;
  logger: Logger;
  runner: JobRunner;
  /** Record a message per recipient and deliver it (see jobs/outbox.ts). */
  outbox: Outbox;
  clock?: Clock | undefined;
}

/** A feature's jobs. */
export interface JobModule {
  /** For logs. */
  name: string;
  /** Registers the module's job types on `deps.runner` (before start). */
  register(deps: JobDeps): void;
  /** After start: makes sure the module's repeating schedules exist (`schedule` replaces by key). */
  schedules?(deps: JobDeps): Promise<void>;
}

/** Delivers outbox rows through the channels' deliverers. */
export const outboxModule: JobModule = {
  name: 'outbox',
  register: ({ outbox }) => outbox.register(),
};

/** Every job module of the app. Features append theirs here. */
export const jobModules: JobModule[] = [outboxModule];

/** Options of `setupJobs`. */
export interface SetupJobsOptions {
  database: Database;
  logger: Logger;
  /** The channels' deliverers by channel name (`telegram`, `wecom-app`, …). */
  deliverers: Record<string, Deliverer>;
  metrics?: JobMetrics;
  clock?: Clock;
  /** Override the platforms' delivery limits (tests, benches). */
  deliveryLimits?: DeliveryLimit[];
  /** Default `jobModules`. */
  modules?: JobModule[];
}

/** The job layer of one process. */
export interface Jobs {
  runner: JobRunner;
  outbox: Outbox;
  /** Starts the runner, then creates the modules' schedules. */
  start(): Promise<void>;
  /** Graceful: running jobs finish. */
  stop(): Promise<void>;
}

/** Builds the runner (BullMQ or embedded per config) and the outbox, and registers every module. */
export function setupJobs(config: Config, opts: SetupJobsOptions): Jobs {
  const runner = createJobRunner(config, opts);
  const outbox = createOutbox({
    database: opts.database,
    runner,
    deliverer: routeDeliveries(opts.deliverers),
    logger: opts.logger.child({ module: 'outbox' }),
    ...(opts.deliveryLimits ? { limits: opts.deliveryLimits } : {}),
    ...(opts.metrics ? { onDelivery: opts.metrics.onDelivery } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  const deps: JobDeps = { config, database: opts.database, logger: opts.logger, runner, outbox, clock: opts.clock };
  const modules = opts.modules ?? jobModules;
  for (const m of modules) m.register(deps);
  return {
    runner,
    outbox,
    async start() {
      await runner.start();
      for (const m of modules) {
        try {
          await m.schedules?.(deps);
        } catch (err) {
          opts.logger.error({ err, module: m.name }, 'job module schedules failed');
        }
      }
    },
    stop: () => runner.stop(),
  };
}
