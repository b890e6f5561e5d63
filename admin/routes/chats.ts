/**
 * Bearer API for the chats notices and digests go to (mounted at /api/chats):
 *
 *   GET   /api/chats                                  → { chats: [{ id, address, channel, kind, orgId, title, newsSubscribed, digestTime }] }
 *   POST  /api/chats { webhookKey, orgId?, title? }   → 201 { chat }  registers a WeCom group robot (push only)
 *   PATCH /api/chats/:id { orgId (null = unbind), title? } → { chat }
 *
 * Groups where the bot listens are recorded when they first talk to it and bound with /绑定本群 or here;
 * a group robot never talks, so it is registered here. Robot keys are credentials: responses mask them.
 */
import { Router, type Request } from 'express';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Logger } from '../../core/logger';
import type { Db } from '../../data/db';
import { chats, organisations } from '../../data/schema';
import { audit } from '../pages/audit';
import { sendError } from '../http-errors';

type ChatRow = typeof chats.$inferSelect;

/** "wecom-webhook:abcd…wxyz" with the middle of a robot key hidden. */
export function maskAddress(address: string): string {
  const m = /^wecom-webhook:(.+)$/.exec(address);
  if (!m) return address;
  const key = m[1]!;
  return `wecom-webhook:${key.slice(0, 4)}…${key.slice(-4)}`;
}

const view = (c: ChatRow) => ({
  id: c.id,
  address: maskAddress(c.address),
  channel: c.channel,
  kind: c.kind,
  orgId: c.orgId,
  title: c.title,
  newsSubscribed: c.newsSubscribed,
  digestTime: c.digestTime,
});

const createBody = z.object({
  webhookKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '机器人 key 格式不正确'),
  orgId: z.number().int().positive().nullable().optional(),
  title: z.string().trim().min(1).max(100).optional(),
});
const patchBody = z.object({
  orgId: z.number().int().positive().nullable().optional(),
  title: z.string().trim().min(1).max(100).optional(),
});

export function createChatsRouter(deps: { db: Db; log: Logger }): Router {
  const { db } = deps;
  const router = Router();
  const orgExists = async (id: number | null | undefined) =>
    id == null || (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0;
  const idOf = (req: Request) => (/^\d{1,9}$/.test(String(req.params.id)) ? Number(req.params.id) : undefined);

  router.get('/', async (_req, res) => {
    res.json({ chats: (await db.select().from(chats).orderBy(asc(chats.id))).map(view) });
  });

  router.post('/', async (req, res) => {
    const parsed = createBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      sendError(res, 400, 'invalid', parsed.error.issues.map((i) => i.message).join('；'), 'Invalid chat');
      return;
    }
    const { webhookKey, orgId, title } = parsed.data;
    if (!(await orgExists(orgId))) {
      sendError(res, 400, 'unknown_org', '组织不存在', 'Unknown organisation');
      return;
    }
    const address = `wecom-webhook:${webhookKey}`;
    const rows = await db
      .insert(chats)
      .values({ address, channel: 'wecom-webhook', kind: 'group', orgId: orgId ?? null, title: title ?? null, webhookKey })
      .onConflictDoNothing()
      .returning();
    if (!rows[0]) {
      sendError(res, 409, 'exists', '该群机器人已登记', 'This group robot is already registered');
      return;
    }
    await audit(db, 'api-token', 'chat.create', `chat:${rows[0].id}`, { address: maskAddress(address), orgId: orgId ?? null });
    res.status(201).json({ chat: view(rows[0]) });
  });

  router.patch('/:id', async (req, res) => {
    const id = idOf(req);
    const parsed = patchBody.safeParse(req.body ?? {});
    if (!id || !parsed.success) {
      sendError(res, 400, 'invalid', '请求无效：需要群编号和 orgId / title', 'Invalid request');
      return;
    }
    if (!(await orgExists(parsed.data.orgId))) {
      sendError(res, 400, 'unknown_org', '组织不存在', 'Unknown organisation');
      return;
    }
    const set: Partial<ChatRow> = {};
    if (parsed.data.orgId !== undefined) set.orgId = parsed.data.orgId;
    if (parsed.data.title !== undefined) set.title = parsed.data.title;
    const rows = Object.keys(set).length ? await db.update(chats).set(set).where(eq(chats.id, id)).returning() : await db.select().from(chats).where(eq(chats.id, id));
    if (!rows[0]) {
      sendError(res, 404, 'not_found', '群不存在', 'Chat not found');
      return;
    }
    await audit(db, 'api-token', 'chat.update', `chat:${id}`, parsed.data);
    res.json({ chat: view(rows[0]) });
  });
  return router;
}
