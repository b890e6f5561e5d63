/**
 * Admin accounts and sessions in the database: bcrypt password hashes, lockout after repeated
 * failures, session ids stored only as SHA-256 hashes (a leaked table does not log anyone in),
 * one CSRF token per session.
 */
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { and, asc, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { adminSessions, adminUsers, organisations } from '../../data/schema';
import { ValidationError, type OrgScope } from '../../core/members/scope';

export type AdminUserRow = typeof adminUsers.$inferSelect;

/** `adminUsers.role`: super sees everything, org is limited to the subtree of `orgId`. */
export type AdminRole = 'super' | 'org';

export const ADMIN_ROLE_LABELS: Record<AdminRole, string> = { super: '超级管理员', org: '组织管理员' };

/** The signed-in admin as pages see it. */
export interface AdminPrincipal {
  id: number;
  username: string;
  role: AdminRole;
  orgId: number | null;
  orgName: string | null;
  scope: OrgScope;
}

/** Login lockout policy. */
export interface LockoutPolicy {
  /** Failures in a row before the account locks. Default 5. */
  maxFailures: number;
  /** How long it stays locked. Default 15 minutes. */
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60 * 1000 };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = (bytes = 32) => randomBytes(bytes).toString('base64url');

// A real hash, so an unknown user name costs as much time as a wrong password.
let dummyHash: string | undefined;

/** Creates an admin account. Org admins need an existing organisation. */
export async function createAdminUser(
  db: Db,
  input: { username: unknown; password: unknown; role: unknown; orgId?: unknown },
  rounds = 10,
): Promise<AdminUserRow> {
  const errors: Record<string, string> = {};
  const username = typeof input.username === 'string' ? input.username.trim() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const role = input.role === 'super' ? 'super' : input.role === 'org' ? 'org' : undefined;
  if (!/^[A-Za-z0-9_.@-]{3,40}$/.test(username)) errors.username = '用户名为 3–40 个字母、数字或 _ . @ -';
  const problem = passwordProblem(password);
  if (problem) errors.password = problem;
  if (!role) errors.role = '请选择角色';
  let orgId: number | null = null;
  if (role === 'org') {
    orgId = Number(input.orgId);
    if (!Number.isInteger(orgId) || orgId <= 0) errors.orgId = '组织管理员必须指定所管理的组织';
    else {
      const org = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).limit(1);
      if (!org.length) errors.orgId = '组织不存在';
    }
  }
  if (!errors.username) {
    const taken = await db.select({ id: adminUsers.id }).from(adminUsers).where(eq(adminUsers.username, username)).limit(1);
    if (taken.length) errors.username = '用户名已被使用';
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const passwordHash = await bcrypt.hash(password, rounds);
  return (await db.insert(adminUsers).values({ username, passwordHash, role: role!, orgId }).returning())[0]!;
}

/** Creates the first super admin from ADMIN_USER / ADMIN_PASSWORD when there is no admin yet. */
export async function ensureFirstAdmin(db: Db, first: { username: string; password: string } | undefined, rounds = 10): Promise<boolean> {
  if (!first) return false;
  const n = await db.select({ n: sql<number>`count(*)::int` }).from(adminUsers);
  if (Number(n[0]?.n ?? 0) > 0) return false;
  const passwordHash = await bcrypt.hash(first.password, rounds);
  const inserted = await db.insert(adminUsers).values({ username: first.username, passwordHash, role: 'super', orgId: null }).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export type LoginResult =
  | { ok: true; user: AdminUserRow }
  | { ok: false; reason: 'bad_credentials'; userId?: number }
  | { ok: false; reason: 'locked'; until: Date; userId: number };

/** Checks a password, counting failures and locking the account per the policy. */
export async function verifyLogin(db: Db, username: string, password: string, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): Promise<LoginResult> {
  const user = (await db.select().from(adminUsers).where(eq(adminUsers.username, username.trim())).limit(1))[0];
  if (!user) {
    dummyHash ??= await bcrypt.hash('not-a-password', 10);
    await bcrypt.compare(password, dummyHash);
    return { ok: false, reason: 'bad_credentials' };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked', until: user.lockedUntil, userId: user.id };
  const good = await bcrypt.compare(password, user.passwordHash);
  if (good) {
    await db.update(adminUsers).set({ failedLogins: 0, lockedUntil: null }).where(eq(adminUsers.id, user.id));
    return { ok: true, user };
  }
  const failures = user.failedLogins + 1;
  if (failures >= policy.maxFailures) {
    const until = new Date(now.getTime() + policy.lockMs);
    await db.update(adminUsers).set({ failedLogins: 0, lockedUntil: until }).where(eq(adminUsers.id, user.id));
    return { ok: false, reason: 'locked', until, userId: user.id };
  }
  await db.update(adminUsers).set({ failedLogins: failures }).where(eq(adminUsers.id, user.id));
  return { ok: false, reason: 'bad_credentials', userId: user.id };
}

/** Starts a session; returns the cookie value (only its hash is stored) and the CSRF token. */
export async function createSession(db: Db, userId: number, now: Date, ttlMs: number): Promise<{ cookie: string; csrf: string; expiresAt: Date }> {
  await db.delete(adminSessions).where(lt(adminSessions.expiresAt, now));
  const cookie = token();
  const csrf = token();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.insert(adminSessions).values({ id: sha256(cookie), userId, csrfToken: csrf, expiresAt });
  return { cookie, csrf, expiresAt };
}

/** The session behind a cookie value, or undefined when unknown or expired. Extends it past half-life. */
export async function loadSession(
  db: Db,
  cookie: string,
  now: Date,
  ttlMs: number,
): Promise<{ principal: AdminPrincipal; csrf: string; expiresAt: Date } | undefined> {
  const id = sha256(cookie);
  const row = (
    await db
      .select({ s: adminSessions, u: adminUsers, orgName: organisations.name, orgPath: organisations.path })
      .from(adminSessions)
      .innerJoin(adminUsers, eq(adminUsers.id, adminSessions.userId))
      .leftJoin(organisations, eq(organisations.id, adminUsers.orgId))
      .where(eq(adminSessions.id, id))
      .limit(1)
  )[0];
  if (!row) return undefined;
  if (row.s.expiresAt <= now) {
    await db.delete(adminSessions).where(eq(adminSessions.id, id));
    return undefined;
  }
  let expiresAt = row.s.expiresAt;
  if (expiresAt.getTime() - now.getTime() < ttlMs / 2) {
    expiresAt = new Date(now.getTime() + ttlMs);
    await db.update(adminSessions).set({ expiresAt }).where(eq(adminSessions.id, id));
  }
  const role: AdminRole = row.u.role === 'super' ? 'super' : 'org';
  // An org admin whose organisation vanished sees nothing (an impossible path), never everything.
  const scope: OrgScope =
    role === 'super' ? { kind: 'all' } : { kind: 'subtree', orgId: row.u.orgId ?? 0, path: row.orgPath ?? '/__none__/' };
  return {
    principal: { id: row.u.id, username: row.u.username, role, orgId: row.u.orgId, orgName: row.orgName ?? null, scope },
    csrf: row.s.csrfToken,
    expiresAt,
  };
}

export async function deleteSession(db: Db, cookie: string): Promise<void> {
  await db.delete(adminSessions).where(eq(adminSessions.id, sha256(cookie)));
}

/** Removes every session of a user except `keepCookie`'s (after a password change or reset). */
export async function deleteSessionsOf(db: Db, userId: number, keepCookie?: string): Promise<void> {
  const keep = keepCookie ? sha256(keepCookie) : undefined;
  await db.delete(adminSessions).where(and(eq(adminSessions.userId, userId), keep ? ne(adminSessions.id, keep) : undefined));
}

/** Checks a new password; returns a zh-CN message or undefined. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 72) return '密码不超过 72 位';
  return undefined;
}

/** Sets a new password, clears the lockout and ends the user's other sessions. */
export async function setPassword(db: Db, userId: number, password: string, rounds: number, keepCookie?: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new ValidationError({ password: problem });
  const passwordHash = await bcrypt.hash(password, rounds);
  await db.update(adminUsers).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(adminUsers.id, userId));
  await deleteSessionsOf(db, userId, keepCookie);
}

/** True when `password` is the user's current password. */
export async function checkPassword(db: Db, userId: number, password: string): Promise<boolean> {
  const u = (await db.select({ h: adminUsers.passwordHash }).from(adminUsers).where(eq(adminUsers.id, userId)).limit(1))[0];
  return Boolean(u && (await bcrypt.compare(password, u.h)));
}

/** Lifts a lockout. */
export async function unlockAdminUser(db: Db, userId: number): Promise<void> {
  await db.update(adminUsers).set({ failedLogins: 0, lockedUntil: null }).where(eq(adminUsers.id, userId));
}

/** All admin accounts with their organisation names. */
export async function listAdminUsers(db: Db): Promise<(AdminUserRow & { orgName: string | null })[]> {
  const rows = await db
    .select({ u: adminUsers, orgName: organisations.name })
    .from(adminUsers)
    .leftJoin(organisations, eq(organisations.id, adminUsers.orgId))
    .orderBy(asc(adminUsers.id));
  return rows.map((r) => ({ ...r.u, orgName: r.orgName ?? null }));
}

/** A fresh random token (login-form CSRF cookie). */
export function randomToken(): string {
  return token(24);
}
