/** The news HTTP API in-process (supertest): sources, fetch-now against a local feed, announcements, chats, preview. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { createNewsRouter } from '../../admin/routes/news';
import type { Clock } from '../../core/clock';
import { createLogger } from '../../core/logger';
import { createNewsDigest } from '../../core/news/digest';
import { createFeedFetcher } from '../../core/news/feed-fetcher';
import { createNewsService, type NewsService } from '../../core/news/news-service';
import { openTestDatabases, type TestDatabases } from '../../core/points/test-databases';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

let dbs: TestDatabases;
let app: express.Express;
let news: NewsService;
let base = '';
const clock: Clock = { now: () => new Date('2026-11-26T02:00:00Z') };
const feed = http.createServer((req, res) => {
  if (req.url === '/feed') {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end('<rss version="2.0"><channel><title>t</title><item><title>新闻甲</title><link>https://e.cn/a</link><pubDate>Thu, 26 Nov 2026 08:00:00 +0800</pubDate></item></channel></rss>');
  } else {
    res.writeHead(200);
    res.end('<html>');
  }
});

beforeAll(async () => {
  await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(feed.address() as AddressInfo).port}`;
  dbs = await openTestDatabases();
  const db = dbs.main.db;
  const logger = createLogger('silent');
  news = createNewsService({ db, clock, logger, fetcher: createFeedFetcher({ timeoutMs: 2000 }) });
  const digest = createNewsDigest({ news, clock, timezone: 'Asia/Shanghai', logger, deliver: async () => ({ created: true }) });
  app = express();
  app.use(express.json());
  app.use('/api/news', createNewsRouter({ db, news, digest, log: logger }));
});

afterAll(async () => {
  await new Promise((r) => feed.close(r));
  await dbs.close();
});

test('sources: add, duplicate, fetch now (good and broken), patch, delete', async () => {
  const add = await request(app).post('/api/news/sources').send({ name: '共产党员网', url: `${base}/feed` });
  expect(add.status).toBe(201);
  expect((await request(app).post('/api/news/sources').send({ name: 'x', url: `${base}/feed` })).status).toBe(409);
  expect((await request(app).post('/api/news/sources').send({ name: 'x', url: 'javascript:alert(1)' })).status).toBe(400);
  const bad = await request(app).post('/api/news/sources').send({ name: '坏源', url: `${base}/broken` });

  const ok = await request(app).post(`/api/news/sources/${add.body.source.id}/fetch`);
  expect(ok.body.report).toMatchObject({ ok: true, seen: 1, added: 1 });
  const broken = await request(app).post(`/api/news/sources/${bad.body.source.id}/fetch`);
  expect(broken.status).toBe(200);
  expect(broken.body.report.ok).toBe(false);
  const sources = (await request(app).get('/api/news/sources')).body.sources;
  expect(sources[1].lastError).toMatch(/^bad_xml/);

  const patched = await request(app).patch(`/api/news/sources/${bad.body.source.id}`).send({ enabled: false });
  expect(patched.body.source.enabled).toBe(false);
  expect((await request(app).patch(`/api/news/sources/${bad.body.source.id}`).send({ bogus: 1 })).status).toBe(400);
  expect((await request(app).delete(`/api/news/sources/${bad.body.source.id}`)).status).toBe(204);
  expect((await request(app).delete(`/api/news/sources/${bad.body.source.id}`)).status).toBe(404);
});

test('announcements, items, chat settings and the digest preview', async () => {
  const a = await request(app).post('/api/news/announcements').send({ title: '关于缴纳党费的通知', body: '请于月底前缴纳。' });
  expect(a.status).toBe(201);
  expect(a.body.item).toMatchObject({ sourceId: null, sourceName: '公告', title: '关于缴纳党费的通知' });
  expect((await request(app).post('/api/news/announcements').send({ title: ' ' })).status).toBe(400);
  const items = (await request(app).get('/api/news/items?limit=5')).body.items;
  expect(items.map((i: { title: string }) => i.title)).toEqual(['关于缴纳党费的通知', '新闻甲']);

  await news.setSubscription({ address: 'telegram:-1001', channel: 'telegram' }, true);
  const patched = await request(app).patch(`/api/news/chats/${encodeURIComponent('telegram:-1001')}`).send({ digestTime: '07:15' });
  expect(patched.body.chat).toMatchObject({ address: 'telegram:-1001', digestTime: '07:15', newsSubscribed: true });
  expect((await request(app).patch(`/api/news/chats/${encodeURIComponent('telegram:-1001')}`).send({ digestTime: '7:15' })).status).toBe(400);
  expect((await request(app).patch('/api/news/chats/nope%3A1').send({ newsSubscribed: true })).status).toBe(404);
  expect((await request(app).get('/api/news/chats')).body.chats).toHaveLength(1);

  const preview = await request(app).get('/api/news/digest/preview');
  expect(preview.body.digest.fallback.split('\n').slice(0, 3)).toEqual(['党建头条 · 11月26日', '1. 【公告】关于缴纳党费的通知', '2. 新闻甲\n   https://e.cn/a'.split('\n')[0]]);
});
