/**
 * The news feature's `JobModule` (jobs/handlers.ts): registers `news-fetch` and `news-digest` and
 * installs their schedules (every 30 min / every 5 min, cron in APP_TIMEZONE). Add it to
 * `jobModules` so `npm start` and `npm run worker` both process news jobs.
 */
import { systemClock } from '../../core/clock';
import { createNews } from '../../core/news';
import type { JobDeps, JobModule } from '../handlers';
import { outboxDigestDeliverer, registerNewsDigestJob, scheduleNewsDigest, DEFAULT_NEWS_DIGEST_CRON } from './news-digest';
import { registerNewsFetchJob, scheduleNewsFetch, DEFAULT_NEWS_FETCH_CRON } from './news-fetch';

/** Cron patterns of the news schedules. */
export interface NewsJobOptions {
  /** Default every 30 minutes. */
  fetchCron?: string;
  /** Default every 5 minutes (per-chat digest times are honoured within this step). */
  digestCron?: string;
}

export function createNewsJobModule(opts: NewsJobOptions = {}): JobModule {
  return {
    name: 'news',
    register(deps: JobDeps) {
      const news = createNews({
        db: deps.database.db,
        clock: deps.clock ?? systemClock,
        timezone: deps.config.timezone,
        logger: deps.logger,
        deliver: outboxDigestDeliverer(deps.outbox),
      });
      registerNewsFetchJob(deps.runner, { news: news.service, logger: deps.logger.child({ module: 'news' }) });
      registerNewsDigestJob(deps.runner, { digest: news.digest });
    },
    async schedules(deps: JobDeps) {
      await scheduleNewsFetch(deps.runner, opts.fetchCron ?? DEFAULT_NEWS_FETCH_CRON);
      await scheduleNewsDigest(deps.runner, opts.digestCron ?? DEFAULT_NEWS_DIGEST_CRON);
    },
  };
}

/** The module with default schedules. */
export const newsJobModule: JobModule = createNewsJobModule();
