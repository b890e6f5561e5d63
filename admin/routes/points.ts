/**
 * Bearer-token API of the points ledger, mounted at /api/points by the app (auth applied there).
 *
 *   GET  /members/:id/balance?year=          → { balance: { memberId, year, byCategory, total } }
 *   GET  /members/:id/entries?limit=10       → { entries: [LedgerEntry] } newest first
 *   GET  /orgs/:orgId/ranking?year=&limit=10 → { orgId, year, ranking: [{ rank, memberId, name, total }] } (1, 2, 2, 4)
 *   GET  /orgs/:orgId/balances?year=         → { orgId, year, balances: [{ memberId, name, orgId, orgName, byCategory, total, rank }] }
 *   GET  /orgs/:orgId/export.csv?year=       → text/csv, UTF-8 with BOM: balances per member (the org and its sub-organisations)
 *   GET  /orgs/:orgId/entries.csv?year=      → text/csv, UTF-8 with BOM: every ledger entry of the year
 *   POST /grants { memberId, points?, reason, requestId? } (or header Idempotency-Key) → 201 { entry, created }
 *   POST /entries/:id/reverse { reason }     → 201 { entry }; 409 already_reversed / not_reversible
 *   GET  /rules                              → { rules: [{ key, category, points, description }] }
 *   PUT  /rules/:key { points, description? } → { rule }
 * Errors: { error: { code, message (zh-CN), messageEn } }. Changes are written to the audit log.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../core/logger';
import type { PointAwards } from '../../core/points/awards';
import type { PointsLedger } from '../../core/points/ledger';
import type { PointRules } from '../../core/points/rules';
import { CATEGORY_LABELS, POINT_CATEGORIES, PointsError, type LedgerEntry, type MemberBalanceRow } from '../../core/points/types';
import type { Db } from '../../data/db';
import { sendError, sendValidationError, wrap } from '../http-errors';
import { audit } from '../pages/audit';

export interface PointsRouterDeps {
  db: Db;
  ledger: PointsLedger;
  rules: PointRules;
  awards: PointAwards;
  log: Logger;
  /** APP_TIMEZONE, for times in the entries export. */
  timezone: string;
}

/** The actor written to the ledger and audit log; the app may set `res.locals.actor` ("admin:<name>"). */
function actorOf(res: Response): string {
  const a: unknown = res.locals.actor;
  return typeof a === 'string' && a ? a : 'api-token';
}

const ERROR_STATUS: Record<PointsError['code'], [number, string]> = {
  member_not_found: [404, '党员不存在'],
  entry_not_found: [404, '积分记录不存在'],
  rule_not_found: [404, '积分规则不存在'],
  already_reversed: [409, '该记录已冲正过，不能重复冲正'],
  not_reversible: [409, '冲正记录本身不能再冲正'],
  forbidden: [403, '无权授予先锋模范积分'],
  invalid: [400, '参数无效'],
};

function handleErrors(log: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof PointsError) {
      const [status, zh] = ERROR_STATUS[err.code];
      sendError(res, status, err.code, err.code === 'invalid' ? `${zh}：${err.message}` : zh, err.message);
      return;
    }
    if (sendValidationError(res, err)) return;
    log.error({ err }, 'points API failed');
    next(err);
  };
}

const id = z.coerce.number().int().positive().max(2 ** 31 - 1);
const year = z.coerce.number().int().min(2000).max(2100).optional();
const limit = z.coerce.number().int().min(1).max(200).optional();

const grantBody = z.object({
  memberId: id,
  points: z.number().int().positive().max(100).optional(),
  reason: z.string().trim().min(1, '请填写理由').max(500),
  requestId: z.string().trim().min(1).max(200).optional(),
});
const reverseBody = z.object({ reason: z.string().trim().min(1, '请填写冲正理由').max(500) });
const ruleBody = z.object({ points: z.number().int().min(0).max(100), description: z.string().trim().min(1).max(200).optional() });

/** Quotes a CSV field when needed; text that Excel would run as a formula is prefixed with '. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (CRLF lines, UTF-8 BOM so Excel reads Chinese) from a header and rows. */
function toCsv(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** CSV of an organisation's balances. */
export function balancesCsv(rows: MemberBalanceRow[]): string {
  const header = ['组织', '党员编号', '姓名', ...POINT_CATEGORIES.map((c) => CATEGORY_LABELS[c]), '合计', '排名'];
  return toCsv(header, rows.map((r) => [r.orgName, r.memberId, r.name, ...POINT_CATEGORIES.map((c) => r.byCategory[c]), r.total, r.rank]));
}

/** CSV of ledger entries (times in `timezone`). */
export function entriesCsv(rows: (LedgerEntry & { memberName: string; orgName: string })[], timezone: string): string {
  const fmt = new Intl.DateTimeFormat('sv-SE', { timeZone: timezone, dateStyle: 'short', timeStyle: 'medium' });
  const header = ['记录编号', '时间', '组织', '党员编号', '姓名', '类别', '分值', '事由', '来源', '授予人', '冲正记录'];
  return toCsv(
    header,
    rows.map((e) => [e.id, fmt.format(e.createdAt), e.orgName, e.memberId, e.memberName, CATEGORY_LABELS[e.category], e.points, e.reason, e.sourceEvent ?? '', e.grantedBy ?? '', e.reversesId ?? '']),
  );
}

function sendCsv(res: Response, asciiName: string, zhName: string, body: string): void {
  res
    .status(200)
    .set('content-type', 'text/csv; charset=utf-8')
    .set('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(zhName)}`)
    .send(body);
}

export function createPointsRouter(deps: PointsRouterDeps): Router {
  const { db, ledger, rules, awards, log, timezone } = deps;
  const router = Router();

  router.get(
    '/members/:id/balance',
    wrap(async (req, res) => {
      const memberId = id.parse(req.params.id);
      const q = z.object({ year }).parse(req.query);
      res.json({ balance: await ledger.balance(memberId, q.year) });
    }),
  );

  router.get(
    '/members/:id/entries',
    wrap(async (req, res) => {
      const memberId = id.parse(req.params.id);
      const q = z.object({ limit }).parse(req.query);
      res.json({ entries: await ledger.entries(memberId, q.limit ?? 10) });
    }),
  );

  router.get(
    '/orgs/:orgId/ranking',
    wrap(async (req, res) => {
      const orgId = id.parse(req.params.orgId);
      const q = z.object({ year, limit }).parse(req.query);
      const y = q.year ?? ledger.currentYear();
      const ranking = await ledger.ranking(orgId, y);
      res.json({ orgId, year: y, ranking: ranking.slice(0, q.limit ?? 10) });
    }),
  );

  router.get(
    '/orgs/:orgId/export.csv',
    wrap(async (req, res) => {
      const orgId = id.parse(req.params.orgId);
      const q = z.object({ year }).parse(req.query);
      const y = q.year ?? ledger.currentYear();
      sendCsv(res, `points-org${orgId}-${y}.csv`, `积分-${orgId}-${y}.csv`, balancesCsv(await ledger.orgBalances(orgId, y)));
    }),
  );

  router.get(
    '/orgs/:orgId/entries.csv',
    wrap(async (req, res) => {
      const orgId = id.parse(req.params.orgId);
      const q = z.object({ year }).parse(req.query);
      const y = q.year ?? ledger.currentYear();
      sendCsv(res, `points-entries-org${orgId}-${y}.csv`, `积分明细-${orgId}-${y}.csv`, entriesCsv(await ledger.orgEntries(orgId, y), timezone));
    }),
  );

  router.get(
    '/orgs/:orgId/balances',
    wrap(async (req, res) => {
      const orgId = id.parse(req.params.orgId);
      const q = z.object({ year }).parse(req.query);
      const y = q.year ?? ledger.currentYear();
      res.json({ orgId, year: y, balances: await ledger.orgBalances(orgId, y) });
    }),
  );

  router.post(
    '/grants',
    wrap(async (req, res) => {
      const body = grantBody.parse(req.body ?? {});
      const actor = actorOf(res);
      const requestId = body.requestId ?? req.get('idempotency-key')?.trim() ?? undefined;
      const result = await awards.grantVanguard({
        memberId: body.memberId,
        reason: body.reason,
        grantor: { kind: 'admin', name: actor.replace(/^admin:/, '') },
        ...(body.points !== undefined ? { points: body.points } : {}),
        ...(requestId ? { requestId } : {}),
      });
      if (result.created) await audit(db, actor, 'points.grant', `member:${body.memberId}`, { entryId: result.entry.id, points: result.entry.points, reason: body.reason });
      res.status(result.created ? 201 : 200).json({ entry: result.entry, created: result.created });
    }),
  );

  router.post(
    '/entries/:id/reverse',
    wrap(async (req, res) => {
      const entryId = id.parse(req.params.id);
      const body = reverseBody.parse(req.body ?? {});
      const actor = actorOf(res);
      const entry = await ledger.reverse(entryId, actor.startsWith('admin:') ? actor : `admin:${actor}`, body.reason);
      await audit(db, actor, 'points.reverse', `entry:${entryId}`, { reversalId: entry.id, reason: body.reason });
      res.status(201).json({ entry });
    }),
  );

  router.get(
    '/rules',
    wrap(async (_req, res) => {
      res.json({ rules: await rules.list() });
    }),
  );

  router.put(
    '/rules/:key',
    wrap(async (req, res) => {
      const key = z.string().min(1).max(64).parse(req.params.key);
      const body = ruleBody.parse(req.body ?? {});
      const rule = await rules.update(key, body);
      await audit(db, actorOf(res), 'points.rule', `rule:${key}`, { points: rule.points, description: rule.description });
      res.json({ rule });
    }),
  );

  router.use(handleErrors(log));
  return router;
}
