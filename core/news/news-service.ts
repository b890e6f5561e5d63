/**
 * News sources, fetched items, announcements and chat subscriptions. A failing feed is recorded in
 * news_sources.last_error and retried on the next scheduled run; it never stops the other feeds.
 *
 * Storage code lives here (not in data/) because data/ belongs to the schema owner.
 */
import { randomUUID } from 'node:crypto';
import { asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Db } from '../../data/db';
import { chats, newsItems, newsSources } from '../../data/schema';
import { parseHm } from '../points/zoned';
import { FeedFetchError, type FeedFetcher } from './feed-fetcher';
import { FeedParseError, parseFeed, plainText } from './feed-parser';
import { NewsError, type ChatNewsSettings, type FetchReport, type NewsItem, type NewsSource } from './types';

export interface NewsServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  fetcher: FeedFetcher;
  /** Newest items kept per fetch of one feed. Default 50. */
  maxItemsPerFeed?: number;
  /** Feeds fetched at the same time. Default 4. */
  concurrency?: number;
}

export interface NewsService {
  listSources(): Promise<NewsSource[]>;
  addSource(input: { name: string; url: string; enabled?: boolean }): Promise<NewsSource>;
  updateSource(id: number, change: { name?: string; url?: string; enabled?: boolean }): Promise<NewsSource>;
  /** Deletes a source and its items (use `updateSource(id, { enabled: false })` to keep them). */
  removeSource(id: number): Promise<void>;
  /** Fetches one source and stores new items; feed failures are reported, not thrown. */
  fetchSource(id: number): Promise<FetchReport>;
  /** Fetches every enabled source, isolated from each other. */
  fetchAll(): Promise<FetchReport[]>;
  /** Stores an admin announcement as a news item (shown first in digests). */
  postAnnouncement(input: { title: string; body?: string; link?: string | null; by: string }): Promise<NewsItem>;
  /** Newest items first. */
  latest(limit?: number): Promise<NewsItem[]>;
  /** Items published at or after `since`, announcements first, then newest first. */
  itemsSince(since: Date, limit: number): Promise<NewsItem[]>;
  /** Creates the chat row when needed and sets its subscription. */
  setSubscription(chat: { address: string; channel: string; kind?: string; title?: string | null }, subscribed: boolean): Promise<ChatNewsSettings>;
  /** Sets a chat's digest time "HH:MM" (app time zone). */
  setDigestTime(address: string, hm: string): Promise<ChatNewsSettings>;
  chatSettings(address: string): Promise<ChatNewsSettings | null>;
  /** Group chats subscribed to the digest. */
  subscribedChats(): Promise<ChatNewsSettings[]>;
}

function toSource(r: typeof newsSources.$inferSelect): NewsSource {
  return { id: r.id, name: r.name, url: r.url, enabled: r.enabled, lastFetchedAt: r.lastFetchedAt, lastError: r.lastError, createdAt: r.createdAt };
}

function toChat(r: typeof chats.$inferSelect): ChatNewsSettings {
  return { address: r.address, channel: r.channel, kind: r.kind, title: r.title, newsSubscribed: r.newsSubscribed, digestTime: r.digestTime };
}

function checkFeedUrl(raw: string): string {
  const s = raw.trim();
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new NewsError('invalid', `不是有效的网址：${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NewsError('invalid', '订阅源只支持 http/https 地址');
  return url.href;
}

/**
 * The dedupe key stored in news_items.guid (unique across feeds): URL-like guids (http…, urn:, tag:)
 * are global, so the same article from two feeds is stored once; bare ones such as "12345" are only
 * unique within their feed and get the source id in front.
 */
export function storedGuid(sourceId: number, guid: string): string {
  return /^(https?:\/\/|urn:|tag:)/i.test(guid) ? guid : `source:${sourceId}:${guid}`;
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

export function createNewsService(deps: NewsServiceDeps): NewsService {
  const { db, clock, logger, fetcher } = deps;
  const maxItems = deps.maxItemsPerFeed ?? 50;
  const concurrency = deps.concurrency ?? 4;

  const itemColumns = {
    id: newsItems.id,
    sourceId: newsItems.sourceId,
    sourceName: newsSources.name,
    guid: newsItems.guid,
    title: newsItems.title,
    link: newsItems.link,
    summary: newsItems.summary,
    publishedAt: newsItems.publishedAt,
    createdAt: newsItems.createdAt,
  };
  const toItem = (r: { sourceName: string | null } & Omit<NewsItem, 'sourceName'>): NewsItem => ({ ...r, sourceName: r.sourceName ?? (r.sourceId === null ? '公告' : '') });

  async function source(id: number): Promise<NewsSource> {
    const rows = await db.select().from(newsSources).where(eq(newsSources.id, id)).limit(1);
    if (!rows[0]) throw new NewsError('not_found', `news source ${id} not found`);
    return toSource(rows[0]);
  }

  async function listSources(): Promise<NewsSource[]> {
    return (await db.select().from(newsSources).orderBy(asc(newsSources.id))).map(toSource);
  }

  async function addSource(input: { name: string; url: string; enabled?: boolean }): Promise<NewsSource> {
    const name = input.name.trim();
    if (!name) throw new NewsError('invalid', '订阅源名称不能为空');
    const url = checkFeedUrl(input.url);
    const existing = await db.select({ id: newsSources.id }).from(newsSources).where(eq(newsSources.url, url)).limit(1);
    if (existing[0]) throw new NewsError('duplicate', `该订阅源已存在（编号 ${existing[0].id}）`);
    const [row] = await db.insert(newsSources).values({ name, url, enabled: input.enabled ?? true }).returning();
    return toSource(row!);
  }

  async function updateSource(id: number, change: { name?: string; url?: string; enabled?: boolean }): Promise<NewsSource> {
    await source(id);
    const set: Partial<typeof newsSources.$inferInsert> = {};
    if (change.name !== undefined) {
      if (!change.name.trim()) throw new NewsError('invalid', '订阅源名称不能为空');
      set.name = change.name.trim();
    }
    if (change.url !== undefined) set.url = checkFeedUrl(change.url);
    if (change.enabled !== undefined) set.enabled = change.enabled;
    if (Object.keys(set).length === 0) return source(id);
    const [row] = await db.update(newsSources).set(set).where(eq(newsSources.id, id)).returning();
    return toSource(row!);
  }

  async function removeSource(id: number): Promise<void> {
    await source(id);
    // Its items go too: kept without a source they would read as announcements (sourceId null).
    await db.delete(newsItems).where(eq(newsItems.sourceId, id));
    await db.delete(newsSources).where(eq(newsSources.id, id));
  }

  async function fetchOne(s: NewsSource): Promise<FetchReport> {
    const started = Date.now();
    const now = clock.now();
    try {
      const fetched = await fetcher(s.url);
      const feed = parseFeed(fetched.body);
      const items = feed.items.slice(0, maxItems);
      let added = 0;
      if (items.length > 0) {
        const rows = await db
          .insert(newsItems)
          .values(
            items.map((it) => ({
              sourceId: s.id,
              guid: storedGuid(s.id, it.guid),
              title: it.title,
              link: it.link,
              summary: it.summary,
              // Feeds post-date sometimes; an item never counts as newer than its arrival.
              publishedAt: it.publishedAt && it.publishedAt.getTime() <= now.getTime() ? it.publishedAt : now,
              createdAt: now,
            })),
          )
          .onConflictDoNothing({ target: newsItems.guid })
          .returning({ id: newsItems.id });
        added = rows.length;
      }
      await db.update(newsSources).set({ lastFetchedAt: now, lastError: null }).where(eq(newsSources.id, s.id));
      logger.info({ sourceId: s.id, seen: items.length, added }, 'news feed fetched');
      return { sourceId: s.id, name: s.name, ok: true, seen: items.length, added, durationMs: Date.now() - started };
    } catch (err) {
      const code = err instanceof FeedFetchError ? err.code : err instanceof FeedParseError ? 'bad_xml' : 'error';
      const error = `${code}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 1000);
      logger.warn({ sourceId: s.id, url: s.url, err: error }, 'news feed failed; will retry on the next run');
      await db
        .update(newsSources)
        .set({ lastFetchedAt: now, lastError: error })
        .where(eq(newsSources.id, s.id))
        .catch((e: unknown) => logger.error({ err: e, sourceId: s.id }, 'could not record the feed error'));
      return { sourceId: s.id, name: s.name, ok: false, seen: 0, added: 0, error, durationMs: Date.now() - started };
    }
  }

  async function fetchSource(id: number): Promise<FetchReport> {
    return fetchOne(await source(id));
  }

  async function fetchAll(): Promise<FetchReport[]> {
    const sources = (await listSources()).filter((s) => s.enabled);
    return pool(sources, concurrency, fetchOne);
  }

  async function postAnnouncement(input: { title: string; body?: string; link?: string | null; by: string }): Promise<NewsItem> {
    const title = plainText(input.title);
    if (!title) throw new NewsError('invalid', '公告标题不能为空');
    const link = input.link ? checkFeedUrl(input.link) : null;
    const now = clock.now();
    const [row] = await db
      .insert(newsItems)
      .values({ sourceId: null, guid: `announcement:${randomUUID()}`, title, link, summary: input.body?.trim() || null, publishedAt: now, createdAt: now })
      .returning();
    logger.info({ itemId: row!.id, by: input.by }, 'announcement posted');
    return { ...row!, sourceName: '公告' };
  }

  async function latest(limit = 5): Promise<NewsItem[]> {
    const rows = await db
      .select(itemColumns)
      .from(newsItems)
      .leftJoin(newsSources, eq(newsSources.id, newsItems.sourceId))
      .orderBy(desc(newsItems.publishedAt), desc(newsItems.id))
      .limit(Math.max(1, Math.min(limit, 100)));
    return rows.map(toItem);
  }

  async function itemsSince(since: Date, limit: number): Promise<NewsItem[]> {
    const rows = await db
      .select(itemColumns)
      .from(newsItems)
      .leftJoin(newsSources, eq(newsSources.id, newsItems.sourceId))
      .where(gte(newsItems.publishedAt, since))
      .orderBy(sql`(${newsItems.sourceId} is null) desc`, desc(newsItems.publishedAt), desc(newsItems.id))
      .limit(limit);
    return rows.map(toItem);
  }

  async function chatSettings(address: string): Promise<ChatNewsSettings | null> {
    const rows = await db.select().from(chats).where(eq(chats.address, address)).limit(1);
    return rows[0] ? toChat(rows[0]) : null;
  }

  async function setSubscription(chat: { address: string; channel: string; kind?: string; title?: string | null }, subscribed: boolean): Promise<ChatNewsSettings> {
    const [row] = await db
      .insert(chats)
      .values({ address: chat.address, channel: chat.channel, kind: chat.kind ?? 'group', title: chat.title ?? null, newsSubscribed: subscribed })
      .onConflictDoUpdate({ target: chats.address, set: { newsSubscribed: subscribed } })
      .returning();
    return toChat(row!);
  }

  async function setDigestTime(address: string, hm: string): Promise<ChatNewsSettings> {
    if (parseHm(hm) === null) throw new NewsError('invalid', '推送时间格式应为 HH:MM，例如 08:00');
    const rows = await db.update(chats).set({ digestTime: hm }).where(eq(chats.address, address)).returning();
    if (!rows[0]) throw new NewsError('not_found', `chat ${address} not found`);
    return toChat(rows[0]);
  }

  async function subscribedChats(): Promise<ChatNewsSettings[]> {
    const rows = await db.select().from(chats).where(eq(chats.newsSubscribed, true)).orderBy(asc(chats.id));
    return rows.map(toChat).filter((c) => c.kind === 'group');
  }

  return {
    listSources,
    addSource,
    updateSource,
    removeSource,
    fetchSource,
    fetchAll,
    postAnnouncement,
    latest,
    itemsSince,
    setSubscription,
    setDigestTime,
    chatSettings,
    subscribedChats,
  };
}
