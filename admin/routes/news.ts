/**
 * Bearer-token API of 党建头条, mounted at /api/news by the app (auth applied there).
 *
 *   GET    /sources                          → { sources: [{ id, name, url, enabled, lastFetchedAt, lastError }] }
 *   POST   /sources { name, url, enabled? }  → 201 { source }; 409 duplicate
 *   PATCH  /sources/:id { name?, url?, enabled? } → { source }
 *   DELETE /sources/:id                      → 204 (its items stay)
 *   POST   /sources/:id/fetch                → { report } (fetch now; a broken feed is a report, not an error)
 *   GET    /items?limit=20                   → { items } newest first
 *   POST   /announcements { title, body?, link? } → 201 { item }
 *   GET    /chats                            → { chats } subscribed group chats
 *   PATCH  /chats/:address { newsSubscribed?, digestTime? } → { chat }  (address URL-encoded, e.g. telegram%3A-1001)
 *   GET    /digest/preview                   → { digest } the digest as it would go out now (null without news)
 * Errors: { error: { code, message (zh-CN), messageEn } }. Changes are written to the audit log.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../core/logger';
import type { NewsDigest } from '../../core/news/digest';
import type { NewsService } from '../../core/news/news-service';
import { NewsError } from '../../core/news/types';
import type { Db } from '../../data/db';
import { sendError, sendValidationError, wrap } from '../http-errors';
import { audit } from '../pages/audit';

export interface NewsRouterDeps {
  db: Db;
  news: NewsService;
  /** For /digest/preview; omit to disable it. */
  digest?: NewsDigest;
  log: Logger;
}

function actorOf(res: Response): string {
  const a: unknown = res.locals.actor;
  return typeof a === 'string' && a ? a : 'api-token';
}

const STATUS: Record<NewsError['code'], [number, string]> = {
  invalid: [400, '参数无效'],
  not_found: [404, '记录不存在'],
  duplicate: [409, '记录已存在'],
};

function handleErrors(log: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof NewsError) {
      const [status, zh] = STATUS[err.code];
      sendError(res, status, err.code, err.code === 'not_found' ? zh : err.message, err.message);
      return;
    }
    if (sendValidationError(res, err)) return;
    log.error({ err }, 'news API failed');
    next(err);
  };
}

const id = z.coerce.number().int().positive().max(2 ** 31 - 1);
const sourceBody = z.object({ name: z.string().trim().min(1).max(100), url: z.string().trim().min(1).max(2000), enabled: z.boolean().optional() });
const sourcePatch = z
  .object({ name: z.string().trim().min(1).max(100).optional(), url: z.string().trim().min(1).max(2000).optional(), enabled: z.boolean().optional() })
  .strict();
const announcementBody = z.object({
  title: z.string().trim().min(1, '请填写标题').max(200),
  body: z.string().trim().max(2000).optional(),
  link: z.string().trim().max(2000).optional().nullable(),
});
const chatPatch = z
  .object({ newsSubscribed: z.boolean().optional(), digestTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '格式应为 HH:MM').optional() })
  .strict();

export function createNewsRouter(deps: NewsRouterDeps): Router {
  const { db, news, digest, log } = deps;
  const router = Router();

  router.get(
    '/sources',
    wrap(async (_req, res) => {
      res.json({ sources: await news.listSources() });
    }),
  );

  router.post(
    '/sources',
    wrap(async (req, res) => {
      const body = sourceBody.parse(req.body ?? {});
      const source = await news.addSource(body);
      await audit(db, actorOf(res), 'news.source.add', `news_source:${source.id}`, { name: source.name, url: source.url });
      res.status(201).json({ source });
    }),
  );

  router.patch(
    '/sources/:id',
    wrap(async (req, res) => {
      const sourceId = id.parse(req.params.id);
      const body = sourcePatch.parse(req.body ?? {});
      const source = await news.updateSource(sourceId, body);
      await audit(db, actorOf(res), 'news.source.update', `news_source:${sourceId}`, body);
      res.json({ source });
    }),
  );

  router.delete(
    '/sources/:id',
    wrap(async (req, res) => {
      const sourceId = id.parse(req.params.id);
      await news.removeSource(sourceId);
      await audit(db, actorOf(res), 'news.source.remove', `news_source:${sourceId}`);
      res.status(204).end();
    }),
  );

  router.post(
    '/sources/:id/fetch',
    wrap(async (req, res) => {
      res.json({ report: await news.fetchSource(id.parse(req.params.id)) });
    }),
  );

  router.get(
    '/items',
    wrap(async (req, res) => {
      const q = z.object({ limit: z.coerce.number().int().min(1).max(100).optional() }).parse(req.query);
      res.json({ items: await news.latest(q.limit ?? 20) });
    }),
  );

  router.post(
    '/announcements',
    wrap(async (req, res) => {
      const body = announcementBody.parse(req.body ?? {});
      const actor = actorOf(res);
      const item = await news.postAnnouncement({ title: body.title, link: body.link ?? null, by: actor, ...(body.body ? { body: body.body } : {}) });
      await audit(db, actor, 'news.announcement', `news_item:${item.id}`, { title: item.title });
      res.status(201).json({ item });
    }),
  );

  router.get(
    '/chats',
    wrap(async (_req, res) => {
      res.json({ chats: await news.subscribedChats() });
    }),
  );

  router.patch(
    '/chats/:address',
    wrap(async (req, res) => {
      const address = z.string().min(3).max(300).parse(req.params.address);
      const body = chatPatch.parse(req.body ?? {});
      let chat = await news.chatSettings(address);
      if (!chat) throw new NewsError('not_found', `chat ${address} not found`);
      if (body.newsSubscribed !== undefined) chat = await news.setSubscription({ address, channel: chat.channel, kind: chat.kind }, body.newsSubscribed);
      if (body.digestTime !== undefined) chat = await news.setDigestTime(address, body.digestTime);
      await audit(db, actorOf(res), 'news.chat', `chat:${address}`, body);
      res.json({ chat });
    }),
  );

  if (digest) {
    router.get(
      '/digest/preview',
      wrap(async (_req, res) => {
        res.json({ digest: await digest.build() });
      }),
    );
  }

  router.use(handleErrors(log));
  return router;
}
