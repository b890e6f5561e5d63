/**
 * The news feature assembled: the service (sources, items, announcements, subscriptions) and the
 * daily digest. main.ts passes a `DigestDeliverer` on the outbox (jobs/workers/news-digest.ts
 * `outboxDigestDeliverer`) and registers the fetch and digest jobs.
 */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Db } from '../../data/db';
import { createNewsDigest, type DigestDeliverer, type NewsDigest, type NewsDigestOptions } from './digest';
import { createFeedFetcher, type FeedFetchOptions } from './feed-fetcher';
import { createNewsService, type NewsService } from './news-service';

export interface NewsDeps {
  db: Db;
  clock: Clock;
  /** APP_TIMEZONE (config.timezone): digest times and days. */
  timezone: string;
  logger: Logger;
  deliver: DigestDeliverer;
  /** Feed download limits (default 10 s, 2 MB, 5 redirects). */
  fetch?: FeedFetchOptions;
  digest?: NewsDigestOptions;
}

export interface News {
  service: NewsService;
  digest: NewsDigest;
}

export function createNews(deps: NewsDeps): News {
  const logger = deps.logger.child({ module: 'news' });
  const service = createNewsService({ db: deps.db, clock: deps.clock, logger, fetcher: createFeedFetcher(deps.fetch) });
  const digest = createNewsDigest({ news: service, clock: deps.clock, timezone: deps.timezone, logger, deliver: deps.deliver }, deps.digest);
  return { service, digest };
}

export { NewsError } from './types';
export type { ChatNewsSettings, FetchReport, NewsItem, NewsSource } from './types';
export type { DigestDeliverer, DigestMessage } from './digest';
