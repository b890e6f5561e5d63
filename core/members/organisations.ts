/**
 * The organisation tree (党委 → 总支 → 支部 …). Each row keeps a materialised path "/1/4/9/" so a
 * subtree is one `LIKE '/1/4/%'` query; creating a child appends its id to the parent's path.
 */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { members, organisations } from '../../data/schema';
import { NotFoundError, OutOfScopeError, ValidationError, pathInScope, type OrgScope } from './scope';

export type OrganisationRow = typeof organisations.$inferSelect;

/** An organisation with its children, for rendering the tree. */
export interface OrgNode extends OrganisationRow {
  depth: number;
  memberCount: number;
  children: OrgNode[];
}

const MAX_NAME = 60;

/** Drizzle condition restricting `organisations` to the scope (undefined = no restriction). */
export function orgScopeCondition(scope: OrgScope) {
  return scope.kind === 'all' ? undefined : like(organisations.path, `${scope.path}%`);
}

/** Organisations visible in the scope, ordered by path (parents before children). */
export async function listOrganisations(db: Db, scope: OrgScope): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(orgScopeCondition(scope)).orderBy(asc(organisations.path), asc(organisations.id));
}

/** Ids of the organisations visible in the scope. */
export async function orgIdsInScope(db: Db, scope: OrgScope): Promise<number[]> {
  const rows = await db.select({ id: organisations.id }).from(organisations).where(orgScopeCondition(scope));
  return rows.map((r) => r.id);
}

/** One organisation, refused with `OutOfScopeError` when outside the scope. */
export async function getOrganisation(db: Db, id: number, scope: OrgScope): Promise<OrganisationRow> {
  const row = (await db.select().from(organisations).where(eq(organisations.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError(`organisation ${id}`);
  if (!pathInScope(scope, row.path)) throw new OutOfScopeError(`organisation ${id}`);
  return row;
}

/**
 * Creates an organisation under `parentId` (or a root when null — super scope only).
 * Organisation admins may only create inside their own subtree.
 */
export async function createOrganisation(db: Db, input: { name: unknown; parentId: unknown }, scope: OrgScope): Promise<OrganisationRow> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const errors: Record<string, string> = {};
  if (!name) errors.name = '请填写组织名称';
  else if (name.length > MAX_NAME) errors.name = `组织名称不超过 ${MAX_NAME} 个字`;
  let parentId: number | null = null;
  if (input.parentId !== undefined && input.parentId !== null && input.parentId !== '') {
    parentId = Number(input.parentId);
    if (!Number.isInteger(parentId) || parentId <= 0) errors.parentId = '上级组织无效';
  } else if (scope.kind !== 'all') {
    errors.parentId = '请选择上级组织';
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return db.transaction(async (tx) => {
    let parentPath = '/';
    if (parentId !== null) {
      const parent = (await tx.select().from(organisations).where(eq(organisations.id, parentId)).limit(1))[0];
      if (!parent) throw new ValidationError({ parentId: '上级组织不存在' });
      if (!pathInScope(scope, parent.path)) throw new OutOfScopeError(`organisation ${parentId}`);
      parentPath = parent.path;
    }
    const inserted = (await tx.insert(organisations).values({ name, parentId, path: '/' }).returning())[0]!;
    const path = `${parentPath}${inserted.id}/`;
    const updated = await tx.update(organisations).set({ path }).where(eq(organisations.id, inserted.id)).returning();
    return updated[0]!;
  });
}

/** Renames an organisation inside the scope. */
export async function renameOrganisation(db: Db, id: number, name: unknown, scope: OrgScope): Promise<OrganisationRow> {
  const n = typeof name === 'string' ? name.trim() : '';
  if (!n) throw new ValidationError({ name: '请填写组织名称' });
  if (n.length > MAX_NAME) throw new ValidationError({ name: `组织名称不超过 ${MAX_NAME} 个字` });
  await getOrganisation(db, id, scope);
  return (await db.update(organisations).set({ name: n }).where(eq(organisations.id, id)).returning())[0]!;
}

/** The visible tree with member counts; roots are the top-most visible organisations. */
export async function organisationTree(db: Db, scope: OrgScope): Promise<OrgNode[]> {
  const rows = await listOrganisations(db, scope);
  const counts = await db
    .select({ orgId: members.orgId, n: sql<number>`count(*)::int` })
    .from(members)
    .where(and(eq(members.active, true)))
    .groupBy(members.orgId);
  const countOf = new Map(counts.map((c) => [c.orgId, Number(c.n)]));
  const byId = new Map<number, OrgNode>();
  const roots: OrgNode[] = [];
  for (const r of rows) {
    const node: OrgNode = { ...r, depth: 0, memberCount: countOf.get(r.id) ?? 0, children: [] };
    byId.set(r.id, node);
    const parent = r.parentId !== null ? byId.get(r.parentId) : undefined;
    if (parent) {
      node.depth = parent.depth + 1;
      parent.children.push(node);
    } else roots.push(node);
  }
  return roots;
}

/** Depth-first flattening of a tree (for indented lists and <select> options). */
export function flattenTree(nodes: OrgNode[]): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (list: OrgNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
