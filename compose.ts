/**
 * Builds every feature from config: the composition used by `npm start` (main.ts, role "all")
 * and `npm run worker` (jobs/worker-main.ts, role "worker"). The only place that wires channels,
 * jobs, the domain modules and the HTTP routers together.
 */
import path from 'node:path';
import type { Router } from 'express';
import { systemClock, type Clock } from './core/clock';
import type { Config } from './core/config';
import { ChannelError, ChannelRateLimitError } from './core/errors';
import type { Reply } from './core/conversation';
import { EventBus } from './core/events';
import type { Logger } from './core/logger';
import { createMeetingsModule, type MeetingsModule } from './core/meetings';
import { createNews, type News } from './core/news';
import { createPoints, type Points } from './core/points';
import { openDatabase, type Database } from './data/db';
import { chats } from './data/schema';
import { createChannels, createConversation, type Channels, type Conversation } from './bot';
import { registerGroupCommands } from './bot/commands/group';
import { registerMeetingCommands } from './bot/commands/meetings';
import { pruneInboundSeen } from './bot/dedupe';
import { registerNewsCommands } from './bot/commands/news';
import { registerPointsCommands } from './bot/commands/points';
import { DeliveryError, DeliveryRateLimitError } from './jobs/errors';
import { jobModules, setupJobs, type Jobs } from './jobs/handlers';
import { createJobMetrics, type JobMetrics } from './jobs/metrics';
import type { Deliverer as OutboxDeliverer } from './jobs/outbox';
import { registerMeetingJobs } from './jobs/workers/meeting-jobs';
import { scheduleComplianceWarning } from './jobs/workers/meeting-compliance-warning';
import { outboxDelivery, runnerScheduler } from './jobs/workers/meeting-ports';
import { outboxDigestDeliverer } from './jobs/workers/news-digest';
import { knowledgeAliasesJobModule } from './jobs/workers/knowledge-aliases';
import { newsJobModule } from './jobs/workers/news-module';
import { createKnowledge } from './knowledge/create';
import type { KnowledgeService } from './knowledge/service';
import type { IndexSync } from './knowledge/index-sync';
import { createMeetingsRouter } from './admin/routes/meetings';
import { createNewsRouter } from './admin/routes/news';
import { createPointsRouter } from './admin/routes/points';
import { membersApiRouters } from './admin/routes/members';
import { createChatsRouter } from './admin/routes/chats';
import { createAdminPages } from './admin/pages';
import type { ChannelRoute } from './admin/app';

const PRUNE_INBOUND_JOB = 'maintenance.prune-inbound';

/** Everything a process runs, built but not started. */
export interface Services {
  database: Database;
  knowledge: { service: KnowledgeService; sync: IndexSync };
  conversation: Conversation;
  channels: Channels;
  jobs: Jobs;
  metrics: JobMetrics;
  meetings: MeetingsModule;
  points: Points;
  news: News;
  events: EventBus;
}

/**
 * Maps the channels' error family onto the outbox's: rate limits re-delay without counting an
 * attempt, retryable platform errors back off, the rest fail the row at once.
 */
export function outboxDelivererFor(channels: Channels): OutboxDeliverer {
  return {
    async deliver(channel, target, payload, key) {
      try {
        const r = await channels.deliverer.deliver(channel, target, payload as Reply, key);
        return { platformMessageId: r.messageIds.join(',') || undefined, response: { messageIds: r.messageIds, repeated: r.repeated } };
      } catch (err) {
        if (err instanceof ChannelRateLimitError) throw new DeliveryRateLimitError(err.retryAfterMs, { message: err.message });
        if (err instanceof ChannelError) {
          throw new DeliveryError(err.message, { retryable: err.retryable, response: { code: err.code ?? null }, cause: err });
        }
        throw new DeliveryError(err instanceof Error ? err.message : String(err), { retryable: true, cause: err });
      }
    },
  };
}

export async function buildServices(config: Config, log: Logger, clock: Clock = systemClock): Promise<Services> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pgdata'),
  });
  log.info({ database: database.kind }, 'database ready, migrations applied');
  const db = database.db;
  const knowledge = await createKnowledge(config, db, log, { indexDir: path.join(config.dataDir, 'index') });
  const conversation = createConversation({ db, qa: knowledge.service, logger: log, clock });
  const channels = createChannels(config.channels, {
    conversation,
    logger: log,
    ...(config.channels.telegram?.webhookUrl ? { telegramWebhookUrl: config.channels.telegram.webhookUrl } : {}),
  });

  const metrics = createJobMetrics();
  const byChannel = Object.fromEntries(['telegram', 'wecom-bot', 'wecom-app', 'wecom-webhook', 'web'].map((c) => [c, outboxDelivererFor(channels)]));
  const jobs = setupJobs(config, { database, logger: log, deliverers: byChannel, metrics, clock, modules: [...jobModules, newsJobModule, knowledgeAliasesJobModule] });
  metrics.watch(jobs.runner);

  const events = new EventBus(log);
  const meetings = createMeetingsModule({
    db,
    clock,
    timezone: config.timezone,
    logger: log,
    events,
    delivery: outboxDelivery(jobs.outbox),
    scheduler: runnerScheduler(jobs.runner),
    dataDir: config.dataDir,
    uploadMaxBytes: config.uploadMaxBytes,
  });
  registerMeetingJobs(jobs.runner, { meetings: meetings.meetings, compliance: meetings.compliance, logger: log });
  const points = createPoints({ db, clock, timezone: config.timezone, logger: log, events });
  const news = createNews({ db, clock, timezone: config.timezone, logger: log, deliver: outboxDigestDeliverer(jobs.outbox) });

  // Redelivery keys only matter for minutes (platform retries); keep a week, then forget them.
  jobs.runner.register(PRUNE_INBOUND_JOB, async () => {
    const removed = await pruneInboundSeen(db, new Date(clock.now().getTime() - 7 * 24 * 3600 * 1000));
    if (removed) log.info({ removed }, 'old inbound message keys pruned');
  });

  registerGroupCommands(conversation);
  registerMeetingCommands(conversation, { meetings: meetings.meetings, attendance: meetings.attendance });
  registerPointsCommands(conversation, { db, ledger: points.ledger, quiz: points.quiz, awards: points.awards, timezone: config.timezone });
  registerNewsCommands(conversation, { news: news.service, timezone: config.timezone });

  return { database, knowledge, conversation, channels, jobs, metrics, meetings, points, news, events };
}

/** Seeds rule tables, registers the configured group robots as chats, and starts jobs (both roles). */
export async function startBackground(s: Services, config: Pick<Config, 'channels'>): Promise<void> {
  const robots = config.channels.wecomWebhookKeys.map((key) => ({ address: `wecom-webhook:${key}`, channel: 'wecom-webhook', kind: 'group', webhookKey: key }));
  if (robots.length) await s.database.db.insert(chats).values(robots).onConflictDoNothing();
  await s.meetings.compliance.seedDefaults();
  await s.points.start();
  await s.jobs.start();
  await scheduleComplianceWarning(s.jobs.runner);
  await s.jobs.runner.schedule('schedule:prune-inbound', PRUNE_INBOUND_JOB, '17 3 * * *', {});
}

/**
 * Re-enqueues outbox rows whose delivery job got lost (a crash between insert and enqueue, Redis
 * without persistence). Returns the function that stops it.
 */
export function requeueStrandedPeriodically(s: Services, log: Logger, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    s.jobs.outbox.requeueStranded({ olderThanMs: 5 * 60_000 }).then(
      (n) => n > 0 && log.warn({ count: n }, 'outbox rows re-enqueued'),
      (err) => log.error({ err }, 'outbox requeue failed'),
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The routers and channel routes the web process mounts. */
export function httpParts(config: Config, s: Services, log: Logger): { apiRouters: Array<{ path: string; router: Router }>; pageRouters: Array<{ path: string; router: Router }>; channelRoutes: ChannelRoute[] } {
  const db = s.database.db;
  const apiRouters = [
    { path: '/api/meetings', router: createMeetingsRouter({ ...s.meetings, timezone: config.timezone, photoMaxBytes: config.uploadMaxBytes, log }) },
    { path: '/api/points', router: createPointsRouter({ db, ledger: s.points.ledger, rules: s.points.rules, awards: s.points.awards, log, timezone: config.timezone }) },
    { path: '/api/news', router: createNewsRouter({ db, news: s.news.service, digest: s.news.digest, log }) },
    { path: '/api/chats', router: createChatsRouter({ db, log }) },
    ...membersApiRouters({ db, log }),
  ];
  const live = new Set<string>(s.channels.live);
  const adminPages = createAdminPages({
    db,
    knowledge: s.knowledge.service,
    log,
    adminUser: config.adminUser,
    timezone: config.timezone,
    uploadMaxBytes: config.uploadMaxBytes,
    extra: {
      rebuildIndex: () => s.knowledge.sync.rebuild(),
      compliance: s.meetings.compliance,
      news: s.news.service,
      jobs: s.jobs.runner,
      aliasWriting: config.llm !== undefined,
      channels: () =>
        (['web', 'telegram', 'wecom-bot', 'wecom-app', 'wecom-webhook'] as const).map((channel) => ({ channel, live: live.has(channel) })),
    },
  });
  return {
    apiRouters,
    pageRouters: [{ path: '/admin', router: adminPages }],
    channelRoutes: s.channels.routes.map((r) => ({ ...r })),
  };
}
