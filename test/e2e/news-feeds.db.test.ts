/**
 * News end to end: a local HTTP server on 127.0.0.1 serves good RSS and Atom feeds next to
 * malformed, slow, huge, failing and redirect-looping ones. The fetch job runs through the
 * embedded job runner; good items are stored once, broken feeds get `lastError` and are retried,
 * and the digest job queues into the real outbox, which delivers once per subscribed group per day.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { chats, newsItems, newsSources } from '../../data/schema';
import type { Clock } from '../../core/clock';
import { createLogger } from '../../core/logger';
import { FAKE_CAPABILITIES } from '../../bot/channels/fake/adapter';
import { renderFake } from '../../bot/channels/fake/render';
import type { Reply } from '../../core/conversation';
import { createNewsDigest } from '../../core/news/digest';
import { createFeedFetcher } from '../../core/news/feed-fetcher';
import { createNewsService } from '../../core/news/news-service';
import { openTestDatabases, type TestDatabases } from '../../core/points/test-databases';
import { createEmbeddedRunner } from '../../jobs/embedded-runner';
import { createOutbox, type Deliverer } from '../../jobs/outbox';
import { NEWS_DIGEST_JOB, outboxDigestDeliverer, registerNewsDigestJob } from '../../jobs/workers/news-digest';
import { NEWS_FETCH_JOB, registerNewsFetchJob } from '../../jobs/workers/news-fetch';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>共产党员网</title>${items}</channel></rss>`;
const rssItem = (guid: string, title: string, pub: string) =>
  `<item><title>${title}</title><link>https://news.example.cn/${guid}</link><guid>https://news.example.cn/${guid}</guid><description><![CDATA[<p>${title}的<b>摘要</b></p>]]></description><pubDate>${pub}</pubDate></item>`;
/** A bare (feed-local) guid, as many CMS feeds emit: unique only within its feed. */
const bareItem = (title: string) => `<item><title>${title}</title><guid isPermaLink="false">42</guid><pubDate>Wed, 25 Nov 2026 19:00:00 +0800</pubDate></item>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>学习强国</title>
<entry><title>学习贯彻党的二十届四中全会精神</title><link rel="alternate" href="https://atom.example.cn/1"/><id>urn:atom:1</id><updated>2026-11-25T22:00:00Z</updated><summary>要点摘编</summary></entry>
<entry><title>基层党组织建设新举措</title><link href="https://atom.example.cn/2"/><id>urn:atom:2</id><published>2026-11-25T21:00:00Z</published><content type="html">&lt;p&gt;正文&lt;/p&gt;</content></entry>
</feed>`;

let flakyCalls = 0;
const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const xml = (body: string) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(body);
  };
  switch (url) {
    case '/good.rss':
      return xml(rss(rssItem('rss-1', '党建要闻一', 'Wed, 25 Nov 2026 20:00:00 +0800') + rssItem('rss-2', '党建要闻二', 'Wed, 25 Nov 2026 21:00:00 +0800') + rssItem('rss-old', '三天前的旧闻', 'Sun, 22 Nov 2026 08:00:00 +0800') + bareItem('甲源第42条')));
    case '/good.atom':
      return xml(ATOM);
    case '/hop':
      res.writeHead(302, { location: '/good-after-hop.rss' });
      return res.end();
    case '/good-after-hop.rss':
      // Shares the URL guid of rss-1 with /good.rss (stored once) and the bare guid "42" (a different item).
      return xml(rss(rssItem('rss-1', '党建要闻一', 'Wed, 25 Nov 2026 20:00:00 +0800') + rssItem('hop-1', '转载：支部工作法', 'Wed, 25 Nov 2026 22:00:00 +0800') + bareItem('乙源第42条')));
    case '/malformed.xml':
      return xml('<rss version="2.0"><channel><item><title>没有闭合</channel></rss>');
    case '/html':
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><html><body>维护中</body></html>');
    case '/slow-headers':
    {
      const timer = setTimeout(() => xml(rss(rssItem('slow-1', '迟到的新闻', 'Wed, 25 Nov 2026 20:00:00 +0800'))), 3000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case '/slow-body': {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/huge': {
      // No Content-Length: the cap must be enforced while reading.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const chunk = `<item><title>${'大'.repeat(1000)}</title></item>`;
      let sent = 0;
      const pump = () => {
        while (sent < 400 && res.write(chunk)) sent++;
        if (sent < 400) res.once('drain', pump);
        else res.end('</channel></rss>');
      };
      res.on('error', () => undefined);
      return pump();
    }
    case '/huge-declared':
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024) });
      res.on('error', () => undefined);
      return res.write('<rss>');
    case '/loop-a':
      res.writeHead(301, { location: '/loop-b' });
      return res.end();
    case '/loop-b':
      res.writeHead(302, { location: '/loop-a' });
      return res.end();
    case '/flaky':
      flakyCalls++;
      return flakyCalls === 1 ? xml('<rss><channel>') : xml(rss(rssItem('flaky-1', '恢复后的新闻', 'Wed, 25 Nov 2026 23:00:00 +0800')));
    default: {
      const m = /^\/chain(\d+)$/.exec(url);
      if (m && Number(m[1]) < 10) {
        res.writeHead(302, { location: `/chain${Number(m[1]) + 1}` });
        return res.end();
      }
      res.writeHead(404);
      return res.end('not found');
    }
  }
});

let base = '';
let dbs: TestDatabases;
const ids: Record<string, number> = {};
const clock: Clock & { at: Date } = { at: new Date('2026-11-25T23:30:00Z'), now: () => clock.at }; // 07:30 on the 26th in Shanghai
const logger = createLogger('silent');

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dbs = await openTestDatabases();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await dbs.close();
});

test('feeds are fetched through the job runner: good items stored once, broken feeds recorded and retried, digest once per group', async () => {
  const db = dbs.main.db;
  const fetcher = createFeedFetcher({ timeoutMs: 800, maxBytes: 64 * 1024, maxRedirects: 5 });
  const news = createNewsService({ db, clock, logger, fetcher, concurrency: 4 });
  const names: Record<string, string> = {
    rss: '/good.rss',
    atom: '/good.atom',
    hop: '/hop',
    malformed: '/malformed.xml',
    html: '/html',
    slowHeaders: '/slow-headers',
    slowBody: '/slow-body',
    huge: '/huge',
    hugeDeclared: '/huge-declared',
    loop: '/loop-a',
    chain: '/chain0',
    missing: '/missing',
    flaky: '/flaky',
  };
  for (const [name, path] of Object.entries(names)) ids[name] = (await news.addSource({ name, url: base + path })).id;
  await expect(news.addSource({ name: 'dup', url: base + '/good.rss' })).rejects.toMatchObject({ code: 'duplicate' });
  await expect(news.addSource({ name: 'ftp', url: 'ftp://example.cn/feed' })).rejects.toMatchObject({ code: 'invalid' });

  // Run the fetch as a job on the embedded runner, the way the schedule does.
  const runner = createEmbeddedRunner({ database: dbs.main, timezone: 'Asia/Shanghai', logger, pollIntervalMs: 50 });
  registerNewsFetchJob(runner, { news, logger });
  const started = Date.now();
  await runner.start();
  try {
    await runner.enqueue(NEWS_FETCH_JOB, {}, { key: 'news-fetch-1' });
    await waitFor(async () => (await runner.counts())[NEWS_FETCH_JOB]!.completed === 1, 8000);
  } finally {
    await runner.stop();
  }
  const elapsed = Date.now() - started;
  // Slow feeds are cut at the 800 ms timeout, in parallel with the others.
  expect(elapsed).toBeLessThan(5000);

  const sources = Object.fromEntries((await news.listSources()).map((s) => [s.name, s]));
  for (const ok of ['rss', 'atom', 'hop']) {
    expect(sources[ok]!.lastError).toBeNull();
    expect(sources[ok]!.lastFetchedAt).not.toBeNull();
  }
  const expectError = (name: string, prefix: string) => expect(sources[name]!.lastError).toMatch(new RegExp(`^${prefix}`));
  expectError('malformed', 'bad_xml');
  expectError('html', 'bad_xml');
  expectError('slowHeaders', 'timeout');
  expectError('slowBody', 'timeout');
  expectError('huge', 'too_large');
  expectError('hugeDeclared', 'too_large');
  expectError('loop', 'redirect_loop');
  expectError('chain', 'too_many_redirects');
  expectError('missing', 'http_status');
  expectError('flaky', 'bad_xml');

  const stored = await db.select().from(newsItems);
  const u = (g: string) => `https://news.example.cn/${g}`;
  expect(stored.map((i) => i.guid).sort()).toEqual(
    [u('hop-1'), u('rss-1'), u('rss-2'), u('rss-old'), `source:${ids.hop}:42`, `source:${ids.rss}:42`, 'urn:atom:1', 'urn:atom:2'].sort(),
  );
  expect(stored.filter((i) => i.guid.endsWith(':42')).map((i) => i.title).sort()).toEqual(['乙源第42条', '甲源第42条']);
  const rss1 = stored.find((i) => i.guid === u('rss-1'))!;
  expect(rss1).toMatchObject({ title: '党建要闻一', link: 'https://news.example.cn/rss-1', summary: '党建要闻一的摘要' });
  expect(rss1.publishedAt.toISOString()).toBe('2026-11-25T12:00:00.000Z');

  // Second run: nothing duplicated; the flaky feed recovers and its error is cleared.
  const again = await news.fetchAll();
  expect(again.filter((r) => r.ok).reduce((s, r) => s + r.added, 0)).toBe(1);
  expect((await news.listSources()).find((s) => s.name === 'flaky')!.lastError).toBeNull();
  expect(await db.select().from(newsItems)).toHaveLength(9);
  // Disabled feeds are skipped.
  await news.updateSource(ids.slowHeaders!, { enabled: false });
  expect((await news.fetchAll()).some((r) => r.sourceId === ids.slowHeaders)).toBe(false);

  // An announcement goes first in the digest.
  await news.postAnnouncement({ title: '关于开展主题党日活动的通知', body: '请各支部于本周五前报送方案。', by: 'admin:root' });
  const latest = await news.latest(5);
  expect(latest).toHaveLength(5);
  expect(latest[0]!.sourceName).toBe('公告');

  // Subscriptions: two groups (08:00 and 09:30), one unsubscribed group, one private chat.
  await news.setSubscription({ address: 'fake:group-a', channel: 'fake', title: '一支部' }, true);
  await news.setSubscription({ address: 'fake:group-b', channel: 'fake', title: '二支部' }, true);
  await news.setDigestTime('fake:group-b', '09:30');
  await news.setSubscription({ address: 'fake:group-c', channel: 'fake' }, true);
  await news.setSubscription({ address: 'fake:group-c', channel: 'fake' }, false);
  await news.setSubscription({ address: 'fake:private-1', channel: 'fake', kind: 'private' }, true);
  await expect(news.setDigestTime('fake:group-b', '25:00')).rejects.toMatchObject({ code: 'invalid' });
  expect((await db.select().from(chats).where(eq(chats.address, 'fake:group-c')))[0]!.newsSubscribed).toBe(false);

  // The digest job runs on the embedded runner and queues into the real outbox; a recording channel
  // Deliverer (the fake group chats) shows what each group receives.
  const groups = recordingChannel();
  const runner2 = createEmbeddedRunner({ database: dbs.main, timezone: 'Asia/Shanghai', logger, pollIntervalMs: 30 });
  const outbox = createOutbox({ database: dbs.main, runner: runner2, deliverer: groups.deliverer, logger, limits: [] });
  outbox.register();
  const digest = createNewsDigest({ news, clock, timezone: 'Asia/Shanghai', logger, deliver: outboxDigestDeliverer(outbox) });
  registerNewsDigestJob(runner2, { digest });
  await runner2.start();
  let tick = 0;
  const runDigestJob = async () => {
    const key = `digest-tick-${++tick}`;
    await runner2.enqueue(NEWS_DIGEST_JOB, {}, { key });
    await waitFor(async () => (await runner2.counts())[NEWS_DIGEST_JOB]!.completed === tick, 5000);
  };
  try {
    clock.at = new Date('2026-11-25T23:59:00Z'); // 07:59 Shanghai
    await runDigestJob();
    expect((await digest.sendDue()).sent).toEqual([]);
    clock.at = new Date('2026-11-26T00:00:00Z'); // 08:00
    await runDigestJob();
    await waitFor(async () => groups.received.length === 1, 5000);
    clock.at = new Date('2026-11-26T00:05:00Z'); // the next tick
    await runDigestJob();
    expect((await digest.sendDue()).alreadySent).toEqual(['fake:group-a']);
    clock.at = new Date('2026-11-26T01:30:00Z'); // 09:30
    await Promise.all([runDigestJob(), digest.sendDue(), digest.sendDue()]); // overlapping ticks
    await waitFor(async () => groups.received.length === 2, 5000);
    await new Promise((r) => setTimeout(r, 200)); // any duplicate delivery would land now

    expect(groups.received.map((m) => m.target).sort()).toEqual(['group-a', 'group-b']);
    const a = groups.received.find((m) => m.target === 'group-a')!;
    expect(a).toMatchObject({ channel: 'fake', key: 'digest:fake:group-a:2026-11-26' });
    expect(a.text.split('\n')[0]).toBe('**党建头条 · 11月26日**');
    expect(a.text.split('\n')[2]).toBe('1. 【公告】关于开展主题党日活动的通知');
    expect(a.text).toContain('[党建要闻二](https://news.example.cn/rss-2)（rss）');
    expect(a.text).not.toContain('三天前的旧闻');
    expect((await outbox.get('digest:fake:group-a:2026-11-26'))).toMatchObject({ status: 'sent', kind: 'digest' });

    // The next day both get a new digest; the broken feeds never stopped it.
    clock.at = new Date('2026-11-27T01:35:00Z'); // 09:35 on the 27th
    await news.postAnnouncement({ title: '第二天的公告', by: 'admin:root' });
    await runDigestJob();
    await waitFor(async () => groups.received.length === 4, 5000);
    expect(groups.received.slice(2).map((m) => m.key).sort()).toEqual(['digest:fake:group-a:2026-11-27', 'digest:fake:group-b:2026-11-27']);
  } finally {
    await runner2.stop();
  }
});

/** The group chats as a channel Deliverer: records what each target was sent, rendered like the fake channel. */
function recordingChannel() {
  const received: { channel: string; target: string; key: string; text: string }[] = [];
  const deliverer: Deliverer = {
    async deliver(channel, target, payload, key) {
      const shown = await renderFake(payload as Reply, FAKE_CAPABILITIES);
      received.push({ channel, target, key, text: shown.map((s) => s.text).join('\n') });
      return { platformMessageId: `m${received.length}` };
    },
  };
  return { received, deliverer };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('sources are managed: rename, remove (with its items)', async () => {
  const db = dbs.main.db;
  const news = createNewsService({ db, clock, logger, fetcher: createFeedFetcher({ timeoutMs: 800 }) });
  const s = await news.addSource({ name: '临时源', url: `${base}/good.atom?copy=1` });
  expect(await news.updateSource(s.id, { name: '学习强国 Atom' })).toMatchObject({ name: '学习强国 Atom', enabled: true });
  const atomItems = await db.select().from(newsItems).where(eq(newsItems.sourceId, ids.atom!));
  expect(atomItems.length).toBe(2);
  await news.removeSource(ids.atom!);
  expect(await db.select().from(newsItems).where(eq(newsItems.sourceId, ids.atom!))).toHaveLength(0);
  expect((await news.latest(20)).every((i) => i.sourceId !== null || i.sourceName === '公告')).toBe(true);
  await news.removeSource(s.id);
  expect((await db.select().from(newsSources).where(eq(newsSources.id, s.id))).length).toBe(0);
  await expect(news.fetchSource(s.id)).rejects.toMatchObject({ code: 'not_found' });
});
