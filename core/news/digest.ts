/**
 * The daily 党建头条 digest: at each subscribed group's `digestTime` (default 08:00, app time zone)
 * the news of the last 24 hours goes out once per chat and day. "Once" is the deliverer's job: the
 * key `digest:<chat>:<YYYY-MM-DD>` is an outbox idempotency key, so re-runs and overlapping ticks
 * cannot send twice.
 */
import type { MarkdownReply } from '../conversation';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { parseHm, zonedDay, zonedMinuteOfDay } from '../points/zoned';
import type { NewsService } from './news-service';
import type { NewsItem } from './types';

/** One digest for one chat, as handed to the outbox. */
export interface DigestMessage {
  /** Idempotency key "digest:<chatAddress>:<YYYY-MM-DD>". */
  key: string;
  channel: string;
  chatAddress: string;
  reply: MarkdownReply;
}

/**
 * Hands a digest to delivery (the outbox). Must be idempotent on `key`: `created: false` when a
 * message with that key was queued before.
 */
export type DigestDeliverer = (msg: DigestMessage) => Promise<{ created: boolean }>;

export interface NewsDigestOptions {
  /** A digest still goes out this long after its time (service restarts, late news). Default 180 min. */
  catchUpMinutes?: number;
  /** Items per digest. Default 10. */
  maxItems?: number;
  /** How far back items count as news. Default 24 h. */
  windowHours?: number;
}

export interface DigestRunReport {
  day: string;
  /** Chat addresses that got a digest queued now. */
  sent: string[];
  /** Chats whose digest for the day was queued earlier. */
  alreadySent: string[];
  /** Chats whose digest time has not come (or is past the catch-up window). */
  notDue: string[];
  /** True when there was no news: nothing was queued, the next tick tries again. */
  empty: boolean;
  failed: { chatAddress: string; error: string }[];
}

export interface NewsDigest {
  /** Queues the digest for every subscribed group whose time has come today. Never throws per chat. */
  sendDue(now?: Date): Promise<DigestRunReport>;
  /** The digest as it would be sent now, or null without news. */
  build(now?: Date): Promise<MarkdownReply | null>;
}

export function digestKey(chatAddress: string, day: string): string {
  return `digest:${chatAddress}:${day}`;
}

function escapeMd(s: string): string {
  return s.replace(/([\\[\]*_`])/g, '\\$1');
}

/** Renders items as the digest message (Markdown with a plain-text fallback). */
export function renderDigest(items: NewsItem[], day: string): MarkdownReply {
  const [, month, date] = day.split('-');
  const heading = `党建头条 · ${Number(month)}月${Number(date)}日`;
  const md = items.map((it, i) => {
    const title = escapeMd(it.title);
    const label = it.sourceId === null ? '【公告】' : '';
    const line = it.link ? `${i + 1}. ${label}[${title}](${it.link})` : `${i + 1}. ${label}${title}`;
    return it.sourceName && it.sourceId !== null ? `${line}（${escapeMd(it.sourceName)}）` : line;
  });
  const plain = items.map((it, i) => {
    const label = it.sourceId === null ? '【公告】' : '';
    return `${i + 1}. ${label}${it.title}${it.link ? `\n   ${it.link}` : ''}`;
  });
  return {
    kind: 'markdown',
    markdown: [`**${heading}**`, '', ...md, '', '回复 /新闻 查看最新五条，/取消订阅 停止推送。'].join('\n'),
    fallback: [heading, ...plain, '回复 /新闻 查看最新五条，/取消订阅 停止推送。'].join('\n'),
  };
}

export function createNewsDigest(
  deps: { news: NewsService; clock: Clock; timezone: string; logger: Logger; deliver: DigestDeliverer },
  opts: NewsDigestOptions = {},
): NewsDigest {
  const { news, clock, timezone, logger, deliver } = deps;
  const catchUp = opts.catchUpMinutes ?? 180;
  const maxItems = opts.maxItems ?? 10;
  const windowMs = (opts.windowHours ?? 24) * 3600_000;

  async function build(now = clock.now()): Promise<MarkdownReply | null> {
    const items = await news.itemsSince(new Date(now.getTime() - windowMs), maxItems);
    return items.length ? renderDigest(items, zonedDay(now, timezone)) : null;
  }

  async function sendDue(now = clock.now()): Promise<DigestRunReport> {
    const day = zonedDay(now, timezone);
    const minute = zonedMinuteOfDay(now, timezone);
    const report: DigestRunReport = { day, sent: [], alreadySent: [], notDue: [], empty: false, failed: [] };
    const chats = await news.subscribedChats();
    const due = chats.filter((c) => {
      const at = parseHm(c.digestTime) ?? 8 * 60;
      const ok = minute >= at && minute < at + catchUp;
      if (!ok) report.notDue.push(c.address);
      return ok;
    });
    if (due.length === 0) return report;
    const reply = await build(now);
    if (!reply) {
      report.empty = true;
      return report;
    }
    for (const chat of due) {
      try {
        const { created } = await deliver({ key: digestKey(chat.address, day), channel: chat.channel, chatAddress: chat.address, reply });
        (created ? report.sent : report.alreadySent).push(chat.address);
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        report.failed.push({ chatAddress: chat.address, error });
        logger.error({ err, chat: chat.address }, 'news digest could not be queued');
      }
    }
    if (report.sent.length) logger.info({ day, chats: report.sent.length }, 'news digests queued');
    return report;
  }

  return { sendDue, build };
}
