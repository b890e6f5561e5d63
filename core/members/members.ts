/**
 * Party members: create, update and list, always through an `OrgScope` so an organisation admin
 * can never read or change a member of another subtree.
 */
import { and, asc, eq, ilike, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../data/db';
import { members, organisations } from '../../data/schema';
import { NotFoundError, OutOfScopeError, ValidationError, pathInScope, type OrgScope } from './scope';
import { orgScopeCondition } from './organisations';

export type MemberRow = typeof members.$inferSelect;

/** A member with the name of their organisation. */
export interface MemberListItem extends MemberRow {
  orgName: string;
}

/** `members.role` values with their Chinese labels (the one place these labels live). */
export const MEMBER_ROLES = { member: '党员', committee: '支委', secretary: '书记' } as const;
export type MemberRole = keyof typeof MEMBER_ROLES;

/** Accepts "member" or its label "党员" (CSV files use labels). */
export function parseMemberRole(v: string): MemberRole | undefined {
  const t = v.trim();
  if (t === '') return 'member';
  if (t in MEMBER_ROLES) return t as MemberRole;
  const found = (Object.keys(MEMBER_ROLES) as MemberRole[]).find((k) => MEMBER_ROLES[k] === t);
  if (found) return found;
  if (t === '支部书记') return 'secretary';
  if (t === '支部委员' || t === '委员') return 'committee';
  return undefined;
}

/** Raw member fields as they come from a form, JSON or a CSV row. */
export interface MemberInput {
  orgId?: unknown;
  name?: unknown;
  role?: unknown;
  partyGroup?: unknown;
  phone?: unknown;
  wecomUserId?: unknown;
  active?: unknown;
}

/** Validated member fields. */
export interface MemberFields {
  orgId: number;
  name: string;
  role: MemberRole;
  partyGroup: string | null;
  phone: string | null;
  wecomUserId: string | null;
  active: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const orNull = (s: string) => (s === '' ? null : s);

/** Checks field shapes (not the database); returns fields or field → message. */
export function validateMember(input: MemberInput, partial = false): { fields: Partial<MemberFields>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const fields: Partial<MemberFields> = {};
  const has = (k: keyof MemberInput) => !partial || input[k] !== undefined;
  if (has('name')) {
    const name = str(input.name);
    if (!name) errors.name = '请填写姓名';
    else if (name.length > 40) errors.name = '姓名不超过 40 个字';
    else fields.name = name;
  }
  if (has('orgId')) {
    const orgId = Number(str(input.orgId));
    if (!Number.isInteger(orgId) || orgId <= 0) errors.orgId = '请选择所在组织';
    else fields.orgId = orgId;
  }
  if (has('role')) {
    const role = parseMemberRole(str(input.role));
    if (!role) errors.role = '身份只能是：党员、支委、书记';
    else fields.role = role;
  }
  if (has('partyGroup')) {
    const g = str(input.partyGroup);
    if (g.length > 40) errors.partyGroup = '党小组名称不超过 40 个字';
    else fields.partyGroup = orNull(g);
  }
  if (has('phone')) {
    const p = str(input.phone).replace(/[\s-]/g, '');
    if (p && !/^\+?\d{5,15}$/.test(p)) errors.phone = '手机号格式不正确';
    else fields.phone = orNull(p);
  }
  if (has('wecomUserId')) {
    const w = str(input.wecomUserId);
    if (w && !/^[A-Za-z0-9_.@-]{1,64}$/.test(w)) errors.wecomUserId = '企业微信账号只能包含字母、数字和 _ . @ -';
    else fields.wecomUserId = orNull(w);
  }
  if (has('active')) {
    const a = input.active;
    fields.active = a === undefined ? true : a === true || a === 'true' || a === 'on' || a === '1' || a === 1;
  }
  return { fields, errors };
}

async function assertOrgInScope(db: Db | Tx, orgId: number, scope: OrgScope): Promise<void> {
  const org = (await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId)).limit(1))[0];
  if (!org) throw new ValidationError({ orgId: '所在组织不存在' });
  if (!pathInScope(scope, org.path)) throw new OutOfScopeError(`organisation ${orgId}`);
}

async function assertWecomFree(db: Db | Tx, wecomUserId: string | null | undefined, exceptId?: number): Promise<void> {
  if (!wecomUserId) return;
  const cond = exceptId ? and(eq(members.wecomUserId, wecomUserId), ne(members.id, exceptId)) : eq(members.wecomUserId, wecomUserId);
  const taken = await db.select({ id: members.id }).from(members).where(cond).limit(1);
  if (taken.length) throw new ValidationError({ wecomUserId: '该企业微信账号已绑定其他党员' });
}

/** Creates a member in an organisation inside the scope. */
export async function createMember(db: Db, input: MemberInput, scope: OrgScope): Promise<MemberRow> {
  const { fields, errors } = validateMember(input);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const f = fields as MemberFields;
  await assertOrgInScope(db, f.orgId, scope);
  await assertWecomFree(db, f.wecomUserId);
  return (await db.insert(members).values(f).returning())[0]!;
}

/** One member, refused when outside the scope. */
export async function getMember(db: Db, id: number, scope: OrgScope): Promise<MemberListItem> {
  const row = (
    await db
      .select({ m: members, orgName: organisations.name, path: organisations.path })
      .from(members)
      .innerJoin(organisations, eq(organisations.id, members.orgId))
      .where(eq(members.id, id))
      .limit(1)
  )[0];
  if (!row) throw new NotFoundError(`member ${id}`);
  if (!pathInScope(scope, row.path)) throw new OutOfScopeError(`member ${id}`);
  return { ...row.m, orgName: row.orgName };
}

/** Updates the given fields of a member; moving to another organisation needs both inside the scope. */
export async function updateMember(db: Db, id: number, patch: MemberInput, scope: OrgScope): Promise<MemberRow> {
  await getMember(db, id, scope);
  const { fields, errors } = validateMember(patch, true);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  if (fields.orgId !== undefined) await assertOrgInScope(db, fields.orgId, scope);
  await assertWecomFree(db, fields.wecomUserId, id);
  if (Object.keys(fields).length === 0) return (await db.select().from(members).where(eq(members.id, id)))[0]!;
  return (await db.update(members).set(fields).where(eq(members.id, id)).returning())[0]!;
}

/** Filters for the member list. */
export interface MemberQuery {
  /** Only this organisation and its subtree. */
  orgId?: number | undefined;
  /** Name, phone or party group contains this text. */
  q?: string | undefined;
  includeInactive?: boolean;
  limit?: number;
}

/** Members visible in the scope, optionally narrowed to one organisation's subtree. */
export async function listMembers(db: Db, scope: OrgScope, query: MemberQuery = {}): Promise<MemberListItem[]> {
  const conds: (SQL | undefined)[] = [orgScopeCondition(scope)];
  if (query.orgId) {
    const org = (await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, query.orgId)).limit(1))[0];
    if (!org) return [];
    if (!pathInScope(scope, org.path)) throw new OutOfScopeError(`organisation ${query.orgId}`);
    const sub = await db.select({ id: organisations.id }).from(organisations).where(ilike(organisations.path, `${org.path}%`));
    conds.push(inArray(members.orgId, sub.map((s) => s.id)));
  }
  if (!query.includeInactive) conds.push(eq(members.active, true));
  const q = query.q?.trim();
  if (q) {
    const pat = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(members.name, pat), ilike(members.phone, pat), ilike(members.partyGroup, pat)));
  }
  const rows = await db
    .select({ m: members, orgName: organisations.name })
    .from(members)
    .innerJoin(organisations, eq(organisations.id, members.orgId))
    .where(and(...conds))
    .orderBy(asc(organisations.path), asc(members.id))
    .limit(query.limit ?? 1000);
  return rows.map((r) => ({ ...r.m, orgName: r.orgName }));
}
