/**
 * Job `news-fetch`: fetches every enabled news feed. Feed failures are recorded per source and do
 * not fail the job (the next scheduled run retries them); only a database failure makes it retry.
 */
import type { Logger } from '../../core/logger';
import type { NewsService } from '../../core/news/news-service';
import type { JobRunner } from '../contract';

export const NEWS_FETCH_JOB = 'news-fetch';
/** Schedule key of the periodic fetch. */
export const NEWS_FETCH_SCHEDULE_KEY = 'news:fetch';
/** Every 30 minutes. */
export const DEFAULT_NEWS_FETCH_CRON = '*/30 * * * *';

export function registerNewsFetchJob(runner: JobRunner, deps: { news: NewsService; logger: Logger }): void {
  runner.register(
    NEWS_FETCH_JOB,
    async () => {
      const reports = await deps.news.fetchAll();
      const failed = reports.filter((r) => !r.ok);
      if (failed.length) deps.logger.warn({ failed: failed.map((r) => ({ id: r.sourceId, error: r.error })) }, 'some news feeds failed');
      return { sources: reports.length, failed: failed.length, added: reports.reduce((s, r) => s + r.added, 0) };
    },
    { concurrency: 1, maxAttempts: 3 },
  );
}

/** Installs (or replaces) the periodic fetch. */
export async function scheduleNewsFetch(runner: JobRunner, cron = DEFAULT_NEWS_FETCH_CRON): Promise<void> {
  await runner.schedule(NEWS_FETCH_SCHEDULE_KEY, NEWS_FETCH_JOB, cron, {});
}
