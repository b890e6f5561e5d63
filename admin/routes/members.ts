/**
 * Bearer-token API for organisations and members (full scope: the token is the operator's).
 * Mount `createOrganisationsRouter` at /api/organisations and `createMembersRouter` at /api/members
 * (or spread `membersApiRouters(deps)` into `apiRouters`). Every change is written to the audit log
 * with the actor "api-token".
 *
 *   GET  /api/organisations                 → { organisations: [{ id, name, parentId, path, depth, memberCount }] }
 *   POST /api/organisations {name,parentId} → 201 { organisation }
 *   PATCH /api/organisations/:id {name}     → { organisation }
 *   GET  /api/members?orgId=&q=&includeInactive=1 → { members }
 *   GET  /api/members/:id                   → { member }
 *   POST /api/members {orgId,name,role,partyGroup,phone,wecomUserId} → 201 { member }
 *   PATCH /api/members/:id {…, active}      → { member }
 *   POST /api/members/import (text/csv body, or JSON {csv}) → { rows, created, errors: [{line, field, message}] } (422 when refused)
 *   POST /api/members/:id/bind-code         → 201 { code, expiresAt }
 * Validation errors: 400 { error: { code: "invalid", message, messageEn, fields: { field: 中文原因 } } }.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Clock } from '../../core/clock';
import { systemClock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../data/db';
import {
  ALL_ORGS,
  createMember,
  createOrganisation,
  flattenTree,
  getMember,
  importMembersCsv,
  listMembers,
  NotFoundError,
  organisationTree,
  renameOrganisation,
  updateMember,
  ValidationError,
} from '../../core/members';
import { issueBindCode } from '../../bot/identity';
import { audit } from '../pages/audit';
import { sendError, wrap } from '../http-errors';

export interface MembersApiDeps {
  db: Db;
  log: Logger;
  clock?: Clock;
}

const ACTOR = 'api-token';

function idParam(req: Request): number | undefined {
  const v = req.params.id;
  return typeof v === 'string' && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
}

/** Turns domain errors into the API's JSON error shape. */
function apiErrors(log: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof ValidationError) {
      res.status(400).json({ error: { code: 'invalid', message: Object.values(err.fields).join('；'), messageEn: 'Validation failed', fields: err.fields } });
      return;
    }
    if (err instanceof NotFoundError) {
      sendError(res, 404, 'not_found', '记录不存在', 'Not found');
      return;
    }
    log.error({ err }, 'members API failed');
    next(err);
  };
}

/** Routes for /api/organisations. */
export function createOrganisationsRouter(deps: MembersApiDeps): Router {
  const clock = deps.clock ?? systemClock;
  const router = Router();
  router.get(
    '/',
    wrap(async (_req, res) => {
      const tree = flattenTree(await organisationTree(deps.db, ALL_ORGS));
      res.json({ organisations: tree.map(({ children: _c, ...o }) => o) });
    }),
  );
  router.post(
    '/',
    wrap(async (req, res) => {
      const b = (req.body ?? {}) as Record<string, unknown>;
      const org = await createOrganisation(deps.db, { name: b.name, parentId: b.parentId }, ALL_ORGS);
      await audit(deps.db, ACTOR, 'organisation.create', `organisation:${org.id}`, { name: org.name, parentId: org.parentId }, clock.now());
      res.status(201).json({ organisation: org });
    }),
  );
  router.patch(
    '/:id',
    wrap(async (req, res) => {
      const id = idParam(req);
      if (!id) return sendError(res, 400, 'bad_id', '组织编号无效', 'Invalid organisation id');
      const org = await renameOrganisation(deps.db, id, (req.body as Record<string, unknown> | undefined)?.name, ALL_ORGS);
      await audit(deps.db, ACTOR, 'organisation.rename', `organisation:${id}`, { name: org.name }, clock.now());
      res.json({ organisation: org });
    }),
  );
  router.use(apiErrors(deps.log));
  return router;
}

/** Routes for /api/members. */
export function createMembersRouter(deps: MembersApiDeps): Router {
  const clock = deps.clock ?? systemClock;
  const router = Router();
  router.get(
    '/',
    wrap(async (req, res) => {
      const orgId = typeof req.query.orgId === 'string' && /^\d+$/.test(req.query.orgId) ? Number(req.query.orgId) : undefined;
      const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 40) : undefined;
      const members = await listMembers(deps.db, ALL_ORGS, { orgId, q, includeInactive: req.query.includeInactive === '1' });
      res.json({ members });
    }),
  );
  router.post(
    '/import',
    express.text({ type: ['text/csv', 'text/plain'], limit: '2mb' }),
    wrap(async (req, res) => {
      const text = typeof req.body === 'string' ? req.body : typeof (req.body as { csv?: unknown })?.csv === 'string' ? (req.body as { csv: string }).csv : '';
      if (!text.trim()) return sendError(res, 400, 'no_csv', '请以 text/csv 请求体或 JSON 的 csv 字段提供 CSV 内容', 'Send the CSV as a text/csv body or a JSON "csv" field');
      const report = await importMembersCsv(deps.db, text, ALL_ORGS);
      await audit(deps.db, ACTOR, report.created ? 'member.import' : 'member.import_refused', null, { rows: report.rows, created: report.created, errors: report.errors.length }, clock.now());
      res.status(report.errors.length ? 422 : 200).json(report);
    }),
  );
  router.get(
    '/:id',
    wrap(async (req, res) => {
      const id = idParam(req);
      if (!id) return sendError(res, 400, 'bad_id', '党员编号无效', 'Invalid member id');
      res.json({ member: await getMember(deps.db, id, ALL_ORGS) });
    }),
  );
  router.post(
    '/',
    wrap(async (req, res) => {
      const m = await createMember(deps.db, (req.body ?? {}) as Record<string, unknown>, ALL_ORGS);
      await audit(deps.db, ACTOR, 'member.create', `member:${m.id}`, { name: m.name, orgId: m.orgId }, clock.now());
      res.status(201).json({ member: m });
    }),
  );
  router.patch(
    '/:id',
    wrap(async (req, res) => {
      const id = idParam(req);
      if (!id) return sendError(res, 400, 'bad_id', '党员编号无效', 'Invalid member id');
      const before = await getMember(deps.db, id, ALL_ORGS);
      const m = await updateMember(deps.db, id, (req.body ?? {}) as Record<string, unknown>, ALL_ORGS);
      await audit(deps.db, ACTOR, 'member.update', `member:${id}`, { before: { name: before.name, orgId: before.orgId, role: before.role, active: before.active }, after: { name: m.name, orgId: m.orgId, role: m.role, active: m.active } }, clock.now());
      res.json({ member: m });
    }),
  );
  router.post(
    '/:id/bind-code',
    wrap(async (req, res) => {
      const id = idParam(req);
      if (!id) return sendError(res, 400, 'bad_id', '党员编号无效', 'Invalid member id');
      await getMember(deps.db, id, ALL_ORGS);
      const code = await issueBindCode(deps.db, id, { clock });
      await audit(deps.db, ACTOR, 'member.bind_code', `member:${id}`, { expiresAt: code.expiresAt.toISOString() }, clock.now());
      res.status(201).json({ code: code.code, expiresAt: code.expiresAt.toISOString() });
    }),
  );
  router.use(apiErrors(deps.log));
  return router;
}

/** Both routers, ready for `createApp({ apiRouters: [...membersApiRouters(deps)] })`. */
export function membersApiRouters(deps: MembersApiDeps): Array<{ path: string; router: Router }> {
  return [
    { path: '/api/organisations', router: createOrganisationsRouter(deps) },
    { path: '/api/members', router: createMembersRouter(deps) },
  ];
}
