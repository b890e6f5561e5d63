/**
 * Job `news-digest`: every few minutes, queues today's digest for subscribed groups whose digest
 * time has come. Per-chat "once a day" is the outbox key `digest:<chat>:<date>`, so frequent ticks
 * are harmless.
 */
import type { DigestDeliverer, NewsDigest } from '../../core/news/digest';
import type { JobRunner } from '../contract';
import type { Outbox } from '../outbox';
import { splitAddress } from './meeting-ports';

export const NEWS_DIGEST_JOB = 'news-digest';
export const NEWS_DIGEST_SCHEDULE_KEY = 'news:digest';
/** Every 5 minutes, so a per-chat time like 08:05 is honoured within 5 minutes. */
export const DEFAULT_NEWS_DIGEST_CRON = '*/5 * * * *';

export function registerNewsDigestJob(runner: JobRunner, deps: { digest: NewsDigest }): void {
  runner.register(
    NEWS_DIGEST_JOB,
    async () => {
      const report = await deps.digest.sendDue();
      return { day: report.day, sent: report.sent.length, alreadySent: report.alreadySent.length, failed: report.failed.length, empty: report.empty };
    },
    { concurrency: 1, maxAttempts: 3 },
  );
}

export async function scheduleNewsDigest(runner: JobRunner, cron = DEFAULT_NEWS_DIGEST_CRON): Promise<void> {
  await runner.schedule(NEWS_DIGEST_SCHEDULE_KEY, NEWS_DIGEST_JOB, cron, {});
}

/**
 * The digest's delivery port on the outbox: one row per chat and day (key `digest:<chat>:<date>`,
 * kind `digest`), payload = the Reply, which the channel renders when delivering.
 */
export function outboxDigestDeliverer(outbox: Outbox): DigestDeliverer {
  return (msg) => {
    const { channel, target } = splitAddress(msg.chatAddress);
    return outbox.send({ key: msg.key, kind: 'digest', channel: msg.channel || channel, target, payload: msg.reply });
  };
}
