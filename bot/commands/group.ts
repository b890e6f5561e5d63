/**
 * /绑定本群: a branch secretary or committee member binds the group chat to their branch, so
 * meeting notices and news digests for the branch go to this group.
 */
import { eq } from 'drizzle-orm';
import type { TextReply } from '../../core/conversation';
import { chats, organisations } from '../../data/schema';
import type { Conversation } from '../pipeline';

const text = (t: string): TextReply => ({ kind: 'text', text: t });

export function registerGroupCommands(conversation: Pick<Conversation, 'registerCommand'>): void {
  conversation.registerCommand({
    name: 'bindgroup',
    aliases: ['绑定本群'],
    usage: '/绑定本群',
    description: '把本群绑定到我的支部（书记、支委）',
    memberOnly: true,
    async handler(ctx) {
      const member = ctx.member!;
      if (ctx.msg.chatKind !== 'group') return text('请在支部的群聊里发送“/绑定本群”。');
      if (member.role !== 'secretary' && member.role !== 'committee') return text('只有支部书记或支委可以绑定本群。');
      const org = (await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, member.orgId)))[0];
      await ctx.db
        .insert(chats)
        .values({ address: ctx.msg.chatAddress, channel: ctx.msg.channel, kind: 'group', orgId: member.orgId })
        .onConflictDoUpdate({ target: chats.address, set: { orgId: member.orgId } });
      ctx.logger.info({ chat: ctx.msg.chatAddress, orgId: member.orgId, by: member.id }, 'group chat bound to an organisation');
      return text(`已将本群绑定到“${org?.name ?? '本支部'}”：本支部的会议通知和新闻推送会发到这里。`);
    },
  });
}
