/**
 * Prometheus metrics of the job layer (prom-client): queue depth per job type and state, job
 * durations, failures, and deliveries by channel and outcome. The HTTP layer mounts `registry`
 * at /metrics (`res.type(registry.contentType).send(await registry.metrics())`).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobEvents, JobRunner } from './contract';
import type { DeliveryOutcome } from './outbox';

/** Metrics handles; pass `events` to the runner and `onDelivery` to the outbox. */
export interface JobMetrics {
  registry: Registry;
  /** For the runner's `events` option. */
  events: JobEvents;
  /** For `createOutbox({ onDelivery })`. */
  onDelivery(channel: string, outcome: DeliveryOutcome): void;
  /** Lets the queue-depth gauge ask this runner for counts at scrape time. */
  watch(runner: JobRunner): void;
}

/** Options of `createJobMetrics`. */
export interface JobMetricsOptions {
  /** Add to this registry instead of a new one. */
  registry?: Registry;
  /** Also collect Node process metrics (CPU, memory, event loop). Default true for a new registry. */
  defaultMetrics?: boolean;
}

/** Creates the job metrics (and, unless given one, the Registry to mount at /metrics). */
export function createJobMetrics(opts: JobMetricsOptions = {}): JobMetrics {
  const registry = opts.registry ?? new Registry();
  if (opts.defaultMetrics ?? !opts.registry) collectDefaultMetrics({ register: registry, prefix: 'xz_' });
  let runner: JobRunner | undefined;

  new Gauge({
    name: 'xz_job_queue_depth',
    help: 'Jobs per type and state (waiting, delayed, active, failed)',
    labelNames: ['name', 'state'] as const,
    registers: [registry],
    async collect() {
      if (!runner) return;
      this.reset();
      try {
        for (const [name, c] of Object.entries(await runner.counts())) {
          for (const state of ['waiting', 'delayed', 'active', 'failed'] as const) this.set({ name, state }, c[state]);
        }
      } catch {
        // a scrape must not fail because the queue store is briefly unreachable
      }
    },
  });
  const duration = new Histogram({
    name: 'xz_job_duration_seconds',
    help: 'Handler run time per job type and outcome',
    labelNames: ['name', 'outcome'] as const,
    buckets: [0.005, 0.025, 0.1, 0.5, 1, 5, 30, 120],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'xz_job_failures_total',
    help: 'Failed job attempts per type; final = no attempts left',
    labelNames: ['name', 'final'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'xz_deliveries_total',
    help: 'Outbox deliveries by channel and outcome (sent, retry, failed, rate_limited, skipped)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });

  return {
    registry,
    events: {
      onJobFinished(e) {
        duration.observe({ name: e.name, outcome: e.outcome }, e.durationMs / 1000);
        if (e.outcome === 'retry' || e.outcome === 'failed') failures.inc({ name: e.name, final: String(e.outcome === 'failed') });
      },
    },
    onDelivery(channel, outcome) {
      deliveries.inc({ channel, outcome });
    },
    watch(r) {
      runner = r;
    },
  };
}
