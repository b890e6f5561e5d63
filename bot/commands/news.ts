/**
 * Chat commands of the news feature (党建头条):
 *   /新闻            the latest five items
 *   /订阅新闻        this group receives the daily digest (default 08:00)
 *   /取消订阅        stop the digest
 *   /推送时间 HH:MM  this group's digest time
 */
import type { MarkdownReply, TextReply } from '../../core/conversation';
import type { NewsService } from '../../core/news/news-service';
import { NewsError, type NewsItem } from '../../core/news/types';
import { zonedDay } from '../../core/points/zoned';
import type { HandlerResult } from '../commands';
import type { Conversation } from '../pipeline';

export interface NewsCommandDeps {
  news: NewsService;
  /** APP_TIMEZONE, for the dates shown. */
  timezone: string;
}

/** zh-CN texts of the news commands. */
export const newsText = {
  descNews: '最新五条党建新闻',
  descSubscribe: '本群每天接收党建头条（默认 08:00）',
  descUnsubscribe: '本群停止接收党建头条',
  descTime: '设置本群推送时间，例如：/推送时间 07:30',
  latestTitle: '党建头条 · 最新五条',
  none: '暂时还没有新闻。管理员在后台配置新闻源或发布公告后即可查看。',
  groupOnly: '请在群聊中发送这个命令，订阅是按群设置的。',
  subscribed: (hm: string) => `已订阅党建头条，每天 ${hm} 推送到本群。发送“/推送时间 07:30”可修改时间，“/取消订阅”可停止。`,
  alreadySubscribed: (hm: string) => `本群已订阅党建头条，每天 ${hm} 推送。`,
  unsubscribed: '已取消订阅，本群不再接收党建头条。',
  notSubscribed: '本群没有订阅党建头条。',
  timeUsage: '用法：/推送时间 HH:MM，例如：/推送时间 07:30',
  timeSet: (hm: string) => `好的，本群的党建头条改为每天 ${hm} 推送。`,
  timeNeedsSubscription: '本群还没有订阅党建头条，请先发送“/订阅新闻”。',
} as const;

const text = (t: string): TextReply => ({ kind: 'text', text: t });

function escapeMd(s: string): string {
  return s.replace(/([\\[\]*_`])/g, '\\$1');
}

/** The latest items as Markdown with links, plus a plain fallback. */
export function latestReply(items: NewsItem[], timezone: string): MarkdownReply | TextReply {
  if (items.length === 0) return text(newsText.none);
  const date = (it: NewsItem) => zonedDay(it.publishedAt, timezone).slice(5);
  const label = (it: NewsItem) => (it.sourceId === null ? '【公告】' : '');
  const md = items.map((it, i) => `${i + 1}. ${label(it)}${it.link ? `[${escapeMd(it.title)}](${it.link})` : escapeMd(it.title)}（${date(it)}）`);
  const plain = items.map((it, i) => `${i + 1}. ${label(it)}${it.title}（${date(it)}）${it.link ? `\n   ${it.link}` : ''}`);
  return {
    kind: 'markdown',
    markdown: [`**${newsText.latestTitle}**`, ...md].join('\n'),
    fallback: [newsText.latestTitle, ...plain].join('\n'),
  };
}

/** Registers /新闻, /订阅新闻, /取消订阅 and /推送时间. */
export function registerNewsCommands(conversation: Pick<Conversation, 'registerCommand'>, deps: NewsCommandDeps): void {
  const { news, timezone } = deps;

  conversation.registerCommand({
    name: 'news',
    aliases: ['新闻', '党建头条'],
    description: newsText.descNews,
    handler: async (): Promise<HandlerResult> => latestReply(await news.latest(5), timezone),
  });

  conversation.registerCommand({
    name: 'subscribe',
    aliases: ['订阅新闻'],
    description: newsText.descSubscribe,
    handler: async (ctx): Promise<HandlerResult> => {
      if (ctx.msg.chatKind !== 'group') return text(newsText.groupOnly);
      const before = await news.chatSettings(ctx.msg.chatAddress);
      const after = await news.setSubscription({ address: ctx.msg.chatAddress, channel: ctx.msg.channel, kind: 'group' }, true);
      return text(before?.newsSubscribed ? newsText.alreadySubscribed(after.digestTime) : newsText.subscribed(after.digestTime));
    },
  });

  conversation.registerCommand({
    name: 'unsubscribe',
    aliases: ['取消订阅'],
    description: newsText.descUnsubscribe,
    handler: async (ctx): Promise<HandlerResult> => {
      if (ctx.msg.chatKind !== 'group') return text(newsText.groupOnly);
      const before = await news.chatSettings(ctx.msg.chatAddress);
      if (!before?.newsSubscribed) return text(newsText.notSubscribed);
      await news.setSubscription({ address: ctx.msg.chatAddress, channel: ctx.msg.channel, kind: 'group' }, false);
      return text(newsText.unsubscribed);
    },
  });

  conversation.registerCommand({
    name: 'digesttime',
    aliases: ['推送时间'],
    usage: '/推送时间 07:30',
    description: newsText.descTime,
    handler: async (ctx): Promise<HandlerResult> => {
      if (ctx.msg.chatKind !== 'group') return text(newsText.groupOnly);
      const m = /^(\d{1,2})[:：](\d{2})$/.exec(ctx.args.trim());
      if (!m) return text(newsText.timeUsage);
      const hm = `${m[1]!.padStart(2, '0')}:${m[2]}`;
      const chat = await news.chatSettings(ctx.msg.chatAddress);
      if (!chat?.newsSubscribed) return text(newsText.timeNeedsSubscription);
      try {
        await news.setDigestTime(ctx.msg.chatAddress, hm);
      } catch (err) {
        if (err instanceof NewsError && err.code === 'invalid') return text(newsText.timeUsage);
        throw err;
      }
      return text(newsText.timeSet(hm));
    },
  });
}
