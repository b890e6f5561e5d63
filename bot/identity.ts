/**
 * Who is talking: maps a channel-prefixed sender id to a member record.
 * WeCom senders ("wecom-bot:zhangsan", "wecom-app:zhangsan") match `members.wecom_user_id`;
 * Telegram senders ("telegram:1001") match `members.telegram_user_id`, set by `/bind <code>` with a
 * one-time code the admin API issues per member (`issueBindCode`).
 */
import { randomInt } from 'node:crypto';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { bindCodes, members } from '../data/schema';
import type { Db } from '../data/db';
import { systemClock, type Clock } from '../core/clock';

/** The member behind a chat sender, as the conversation needs it. */
export interface ChatMember {
  id: number;
  orgId: number;
  name: string;
  /** member | committee | secretary */
  role: string;
}

/** Bind codes live this long unless the caller says otherwise: 7 days. */
export const BIND_CODE_TTL_MS = 7 * 24 * 3600 * 1000;

type IdColumn = 'wecom' | 'telegram';

/** Splits "telegram:1001" into the member column it matches and the platform user id. */
function senderKey(senderId: string): { column: IdColumn; userId: string } | undefined {
  const i = senderId.indexOf(':');
  if (i < 0) return undefined;
  const channel = senderId.slice(0, i);
  const userId = senderId.slice(i + 1);
  if (!userId) return undefined;
  if (channel === 'telegram') return { column: 'telegram', userId };
  if (channel === 'wecom-bot' || channel === 'wecom-app') return { column: 'wecom', userId };
  return undefined;
}

const columnOf = (c: IdColumn) => (c === 'wecom' ? members.wecomUserId : members.telegramUserId);

/** Finds the active member behind a sender, or undefined (unbound, web visitor, unknown channel). */
export async function resolveMember(db: Db, senderId: string): Promise<ChatMember | undefined> {
  const key = senderKey(senderId);
  if (!key) return undefined;
  const rows = await db
    .select({ id: members.id, orgId: members.orgId, name: members.name, role: members.role })
    .from(members)
    .where(and(eq(columnOf(key.column), key.userId), eq(members.active, true)))
    .limit(1);
  return rows[0];
}

/**
 * Issues a fresh 6-digit one-time bind code for a member (admin API). Earlier unused codes of the
 * member stay valid until they expire.
 */
export async function issueBindCode(
  db: Db,
  memberId: number,
  opts: { clock?: Clock; ttlMs?: number } = {},
): Promise<{ code: string; expiresAt: Date }> {
  const now = (opts.clock ?? systemClock).now();
  const expiresAt = new Date(now.getTime() + (opts.ttlMs ?? BIND_CODE_TTL_MS));
  for (let i = 0; i < 20; i++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    // an expired code may be recycled; a live one (used or not) may not
    const taken = await db.select({ code: bindCodes.code }).from(bindCodes).where(eq(bindCodes.code, code)).limit(1);
    if (taken.length > 0) {
      const freed = await db
        .delete(bindCodes)
        .where(and(eq(bindCodes.code, code), lte(bindCodes.expiresAt, now)))
        .returning({ code: bindCodes.code });
      if (freed.length === 0) continue;
    }
    const inserted = await db.insert(bindCodes).values({ code, memberId, expiresAt }).onConflictDoNothing().returning();
    if (inserted.length > 0) return { code, expiresAt };
  }
  throw new Error('could not allocate a bind code');
}

/** Result of `/bind <code>`. */
export type BindResult = { ok: true; member: ChatMember } | { ok: false; reason: 'invalid' | 'unsupported' };

/**
 * Consumes a bind code and links the sender's platform id to the code's member. A platform id
 * linked to another member before is moved (one account, one member).
 */
export async function consumeBindCode(db: Db, code: string, senderId: string, clock: Clock = systemClock): Promise<BindResult> {
  const key = senderKey(senderId);
  if (!key) return { ok: false, reason: 'unsupported' };
  const now = clock.now();
  return db.transaction(async (tx) => {
    const used = await tx
      .update(bindCodes)
      .set({ usedAt: now })
      .where(and(eq(bindCodes.code, code.trim()), isNull(bindCodes.usedAt), gt(bindCodes.expiresAt, now)))
      .returning({ memberId: bindCodes.memberId });
    const memberId = used[0]?.memberId;
    if (memberId === undefined) return { ok: false, reason: 'invalid' } as const;
    const column = columnOf(key.column);
    const patchOld = key.column === 'wecom' ? { wecomUserId: null } : { telegramUserId: null };
    const patchNew = key.column === 'wecom' ? { wecomUserId: key.userId } : { telegramUserId: key.userId };
    await tx.update(members).set(patchOld).where(eq(column, key.userId));
    const rows = await tx
      .update(members)
      .set(patchNew)
      .where(eq(members.id, memberId))
      .returning({ id: members.id, orgId: members.orgId, name: members.name, role: members.role });
    const member = rows[0];
    if (!member) return { ok: false, reason: 'invalid' } as const;
    return { ok: true, member } as const;
  });
}
