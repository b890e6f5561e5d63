/** The audit log: who changed what, when. Every state change of the admin pages and the members API writes one row. */
import type { Db } from '../../data/db';
import { auditLog } from '../../data/schema';

/** Writes an audit row. `actor` is "admin:<username>" or "api-token". */
export async function audit(db: Db, actor: string, action: string, target: string | null, detail?: Record<string, unknown>, at?: Date): Promise<void> {
  await db.insert(auditLog).values({ actor, action, target, detail: detail ?? null, ...(at ? { createdAt: at } : {}) });
}
