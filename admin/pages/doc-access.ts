/**
 * Which documents an admin may see and change. Global documents (orgId null) are readable by all
 * and changeable only by a super admin; an organisation admin sees and changes its subtree's documents.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { documents } from '../../data/schema';
import { orgIdsInScope } from '../../core/members/organisations';
import type { AdminPrincipal } from './accounts';
import { forbidden, notFound } from './middleware';

export type DocumentRow = typeof documents.$inferSelect;

export interface DocAccess {
  canSee(d: Pick<DocumentRow, 'orgId'>): boolean;
  canChange(d: Pick<DocumentRow, 'orgId'>): boolean;
}

export async function docAccess(db: Db, admin: AdminPrincipal): Promise<DocAccess> {
  if (admin.role === 'super') return { canSee: () => true, canChange: () => true };
  const ids = new Set(await orgIdsInScope(db, admin.scope));
  return {
    canSee: (d) => d.orgId === null || ids.has(d.orgId),
    canChange: (d) => d.orgId !== null && ids.has(d.orgId),
  };
}

/** Loads a document the admin may see (404 otherwise) and, when `change`, may change (403 otherwise). */
export async function documentFor(db: Db, admin: AdminPrincipal, id: number | undefined, change: boolean): Promise<DocumentRow> {
  if (!id) throw notFound();
  const d = (await db.select().from(documents).where(eq(documents.id, id)).limit(1))[0];
  if (!d) throw notFound();
  const access = await docAccess(db, admin);
  if (!access.canSee(d)) throw forbidden();
  if (change && !access.canChange(d)) throw forbidden();
  return d;
}
