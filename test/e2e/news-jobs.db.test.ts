/**
 * The news JobModule wired the way `npm start` / `npm run worker` wire it (setupJobs with the
 * embedded runner and the outbox): job types registered, schedules installed, and a digest run
 * delivered through the outbox to a recording channel once.
 */
import { createLogger } from '../../core/logger';
import { loadConfig } from '../../core/config';
import { createNews } from '../../core/news';
import { zonedParts } from '../../core/points/zoned';
import { openTestDatabases, type TestDatabases } from '../../core/points/test-databases';
import { outboxModule, setupJobs } from '../../jobs/handlers';
import type { Deliverer } from '../../jobs/outbox';
import { waitFor } from '../../jobs/testing';
import { NEWS_DIGEST_JOB } from '../../jobs/workers/news-digest';
import { NEWS_FETCH_JOB } from '../../jobs/workers/news-fetch';
import { newsJobModule } from '../../jobs/workers/news-module';

jest.setTimeout(30_000);

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await openTestDatabases();
});
afterAll(() => dbs.close());

test('newsJobModule registers news-fetch and news-digest, installs schedules, and a digest run reaches each group once', async () => {
  const logger = createLogger('silent');
  const config = loadConfig({ APP_TIMEZONE: 'Asia/Shanghai' });
  const sent: { channel: string; target: string; key: string }[] = [];
  const fake: Deliverer = {
    async deliver(channel, target, _payload, key) {
      sent.push({ channel, target, key });
      return { platformMessageId: `m${sent.length}` };
    },
  };
  const jobs = setupJobs(config, { database: dbs.main, logger, deliverers: { fake }, modules: [outboxModule, newsJobModule], deliveryLimits: [] });
  expect(jobs.runner.registered()).toEqual(expect.arrayContaining([NEWS_FETCH_JOB, NEWS_DIGEST_JOB]));

  // Content and a subscribed group whose digest time is "now" in Shanghai.
  const news = createNews({ db: dbs.main.db, clock: { now: () => new Date() }, timezone: 'Asia/Shanghai', logger, deliver: async () => ({ created: false }) });
  await news.service.postAnnouncement({ title: '关于开展主题党日活动的通知', by: 'admin:root' });
  const p = zonedParts(new Date(), 'Asia/Shanghai');
  const hm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  await news.service.setSubscription({ address: 'fake:group-1', channel: 'fake' }, true);
  await news.service.setDigestTime('fake:group-1', hm);

  await jobs.start();
  try {
    const schedules = await dbs.main.query<{ key: string; name: string; cron: string }>('SELECT key, name, cron FROM job_schedules ORDER BY key');
    expect(schedules).toEqual([
      { key: 'news:digest', name: NEWS_DIGEST_JOB, cron: '*/5 * * * *' },
      { key: 'news:fetch', name: NEWS_FETCH_JOB, cron: '*/30 * * * *' },
    ]);
    await jobs.runner.enqueue(NEWS_DIGEST_JOB, {}, { key: 'digest-now-1' });
    await jobs.runner.enqueue(NEWS_DIGEST_JOB, {}, { key: 'digest-now-2' });
    await waitFor(() => sent.length >= 1, 'digest delivery', 10_000);
    await waitFor(async () => (await jobs.runner.counts())[NEWS_DIGEST_JOB]!.completed === 2, 'both digest runs', 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'fake', target: 'group-1' });
    expect(sent[0]!.key).toMatch(/^digest:fake:group-1:\d{4}-\d{2}-\d{2}$/);
  } finally {
    await jobs.stop();
  }
});
