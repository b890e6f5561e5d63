/**
 * Redelivery guard: platforms resend a message when they think we missed it (WeCom after 5 s,
 * Telegram webhooks on non-2xx, aibot on reconnect). The first delivery claims "channel:msgid" in
 * `inbound_seen`; later ones find it taken.
 */
import { lt } from 'drizzle-orm';
import { inboundSeen } from '../data/schema';
import type { Db } from '../data/db';

/** Claims `key`; true the first time, false for every redelivery (atomic across processes). */
export async function claimInbound(db: Db, key: string): Promise<boolean> {
  const rows = await db.insert(inboundSeen).values({ key }).onConflictDoNothing().returning({ key: inboundSeen.key });
  return rows.length > 0;
}

/** Deletes redelivery markers older than `olderThan` (platforms stop retrying within minutes; keep days). For a periodic job. */
export async function pruneInboundSeen(db: Db, olderThan: Date): Promise<number> {
  const rows = await db.delete(inboundSeen).where(lt(inboundSeen.seenAt, olderThan)).returning({ key: inboundSeen.key });
  return rows.length;
}
