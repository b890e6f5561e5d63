/**
 * HTTP API of the meetings feature, mounted by the app under /api/meetings behind the admin bearer
 * token (`AppDeps.apiRouters`). JSON in and out; errors as { error: { code, message, messageEn } }.
 *
 *   GET    /kinds                               kinds with Chinese labels
 *   GET    /                                    ?orgId&from&to&status
 *   POST   /                                    create a draft ({…, confirm: true} sends at once)
 *   GET    /:id   PATCH /:id   DELETE /:id      detail, edit (re-notifies), discard a draft
 *   POST   /:id/confirm   POST /:id/cancel      send notices; cancel {reason}
 *   POST   /:id/attendees {memberIds}           manual additions
 *   PUT    /:id/attendees/:memberId/vote        {hasVote} (预备党员 have none)
 *   GET    /:id/rsvps   POST /:id/rsvps         counts/names/non-responders; record {memberId, answer, reason}
 *   POST   /:id/remind                          nudge non-responders
 *   POST   /:id/check-ins {memberId}   GET /:id/attendance
 *   PUT    /:id/minutes {text}
 *   POST   /:id/photos (multipart "photo")   GET /:id/photos   GET /:id/photos/:photoId
 *   GET    /compliance/rules?orgId   GET /compliance/status?orgId|underOrgId&at
 *   GET    /compliance/scan?from&orgId|underOrgId   GET /compliance/escalations?underOrgId&months&includeReviewed
 *   POST   /compliance/self-checks   POST /compliance/reviews
 * Times: ISO 8601; a time without an offset ("2026-12-01T15:00") is read in APP_TIMEZONE.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Logger } from '../../core/logger';
import type { AttendanceService } from '../../core/meetings/attendance';
import type { ComplianceService } from '../../core/meetings/compliance';
import { MeetingError, type MeetingErrorCode } from '../../core/meetings/errors';
import { MEETING_KINDS, MEETING_KIND_INFO } from '../../core/meetings/kinds';
import type { MeetingService } from '../../core/meetings/meeting-service';
import type { Actor } from '../../core/meetings/types';
import { fromWallClock } from '../../core/zoned-time';
import { sendError } from '../http-errors';

export interface MeetingsRouterDeps {
  meetings: MeetingService;
  attendance: AttendanceService;
  compliance: ComplianceService;
  /** APP_TIMEZONE, for times written without an offset. */
  timezone: string;
  /** Largest photo upload in bytes (UPLOAD_MAX_BYTES). */
  photoMaxBytes: number;
  log: Logger;
  /** Name recorded as the acting admin; default "admin". */
  actorName?: (req: Request) => string;
}

const STATUS: Record<MeetingErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  past_time: 400,
  unknown_kind: 400,
  missing_place: 400,
  invalid_date: 400,
  missing_time: 400,
  bad_state: 409,
  not_attendee: 409,
  bad_photo: 415,
};

const EN: Record<MeetingErrorCode, string> = {
  not_found: 'Not found',
  forbidden: 'Not allowed',
  invalid: 'Invalid input',
  past_time: 'The meeting time is in the past',
  unknown_kind: 'Unknown meeting kind',
  missing_place: 'A place or an online link is required',
  invalid_date: 'No such date or time',
  missing_time: 'The time of day is missing',
  bad_state: 'Not possible in the meeting’s current state',
  not_attendee: 'The member is not an expected attendee',
  bad_photo: 'Only JPEG, PNG, GIF or WebP photos within the size limit are accepted',
};

/** ISO 8601 with offset, or a local "YYYY-MM-DDTHH:MM[:SS]" read in `tz`. */
export function parseApiTime(value: string, tz: string): Date | undefined {
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
    return fromWallClock({ year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s || 0 }, tz);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return undefined;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? undefined : t;
}

class BadRequest extends Error {}

export function createMeetingsRouter(deps: MeetingsRouterDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  const actor = (req: Request): Actor => ({ kind: 'admin', name: deps.actorName?.(req) ?? 'admin' });
  const time = z.string().transform((s, ctx) => {
    const t = parseApiTime(s, deps.timezone);
    if (!t) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `时间格式不正确：“${s}”` });
    return t ?? new Date(NaN);
  });
  const id = (req: Request, name = 'id'): number => {
    const v = Number(req.params[name]);
    if (!Number.isInteger(v) || v <= 0) throw new BadRequest(`编号不正确：${String(req.params[name])}`);
    return v;
  };
  const body = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, req: Request): T => {
    const r = schema.safeParse(req.body ?? {});
    if (!r.success) throw new BadRequest(r.error.issues.map((i) => `${i.path.join('.') || '请求'}：${i.message}`).join('；'));
    return r.data;
  };
  const query = (req: Request, name: string): string | undefined => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
  const queryInt = (req: Request, name: string): number | undefined => {
    const v = query(req, name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new BadRequest(`参数 ${name} 应为整数`);
    return Number(v);
  };
  const queryTime = (req: Request, name: string): Date | undefined => {
    const v = query(req, name);
    if (v === undefined) return undefined;
    const t = parseApiTime(v, deps.timezone) ?? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? parseApiTime(`${v}T00:00`, deps.timezone) : undefined);
    if (!t) throw new BadRequest(`参数 ${name} 的时间格式不正确`);
    return t;
  };

  const meetingFields = {
    kind: z.string(),
    title: z.string().max(200).optional(),
    startsAt: time,
    endsAt: time.nullable().optional(),
    place: z.string().max(200).nullable().optional(),
    onlineLink: z.string().max(500).nullable().optional(),
    agenda: z.string().max(5000).nullable().optional(),
    hostMemberId: z.number().int().positive().nullable().optional(),
    partyGroup: z.string().max(100).nullable().optional(),
    reminderOffsets: z.array(z.number().int()).max(10).optional(),
    votesOnNewMember: z.boolean().optional(),
  };
  const createSchema = z.object({
    ...meetingFields,
    orgId: z.number().int().positive(),
    extraAttendeeIds: z.array(z.number().int().positive()).max(1000).optional(),
    confirm: z.boolean().optional(),
  });
  const patchSchema = z.object(meetingFields).partial();

  router.get('/kinds', (_req, res) => {
    res.json({ kinds: MEETING_KINDS.map((k) => ({ kind: k, label: MEETING_KIND_INFO[k].label, aliases: MEETING_KIND_INFO[k].aliases })) });
  });

  // ───────────── compliance (before /:id) ─────────────

  router.get('/compliance/rules', async (req, res) => {
    const orgId = queryInt(req, 'orgId');
    if (orgId === undefined) throw new BadRequest('缺少参数 orgId');
    res.json({ rules: await deps.compliance.rulesFor(orgId) });
  });
  router.get('/compliance/status', async (req, res) => {
    const orgId = queryInt(req, 'orgId');
    const underOrgId = queryInt(req, 'underOrgId');
    const at = queryTime(req, 'at');
    res.json({ items: await deps.compliance.status({ ...(at ? { at } : {}), ...(orgId !== undefined ? { orgIds: [orgId] } : {}), ...(underOrgId !== undefined ? { underOrgId } : {}) }) });
  });
  router.get('/compliance/scan', async (req, res) => {
    const from = queryTime(req, 'from');
    if (!from) throw new BadRequest('缺少参数 from');
    const orgId = queryInt(req, 'orgId');
    const underOrgId = queryInt(req, 'underOrgId');
    res.json({ items: await deps.compliance.scan({ from, ...(orgId !== undefined ? { orgIds: [orgId] } : {}), ...(underOrgId !== undefined ? { underOrgId } : {}) }) });
  });
  router.get('/compliance/escalations', async (req, res) => {
    const underOrgId = queryInt(req, 'underOrgId');
    const months = queryInt(req, 'months');
    res.json({
      items: await deps.compliance.escalations({
        ...(underOrgId !== undefined ? { underOrgId } : {}),
        ...(months !== undefined ? { months: Math.min(months, 36) } : {}),
        includeReviewed: query(req, 'includeReviewed') === 'true',
      }),
    });
  });
  const reviewKey = { orgId: z.number().int().positive(), meetingKind: z.string(), periodKey: z.string() };
  router.post('/compliance/self-checks', async (req, res) => {
    const b = body(z.object({ ...reviewKey, note: z.string().max(2000).nullable().optional() }), req);
    await deps.compliance.selfCheck(b);
    res.status(201).json({ ok: true });
  });
  router.post('/compliance/reviews', async (req, res) => {
    const b = body(z.object({ ...reviewKey, reviewedBy: z.string().min(1).max(100).optional(), comment: z.string().max(2000).nullable().optional() }), req);
    await deps.compliance.review({ ...b, reviewedBy: b.reviewedBy ?? deps.actorName?.(req) ?? 'admin' });
    res.status(201).json({ ok: true });
  });

  // ───────────── meetings ─────────────

  router.get('/', async (req, res) => {
    const from = queryTime(req, 'from');
    const to = queryTime(req, 'to');
    res.json({ meetings: await deps.meetings.list({ orgId: queryInt(req, 'orgId'), from, to, status: query(req, 'status') }) });
  });
  router.post('/', async (req, res) => {
    const { confirm, kind, ...input } = body(createSchema, req);
    let meeting = await deps.meetings.create({ ...input, kind: kind as never }, actor(req));
    if (confirm) meeting = (await deps.meetings.confirm(meeting.id, actor(req))).meeting;
    res.status(201).json({ meeting: await deps.meetings.get(meeting.id) });
  });
  router.get('/:id', async (req, res) => {
    res.json({ meeting: await deps.meetings.get(id(req)) });
  });
  router.patch('/:id', async (req, res) => {
    const { kind, ...patch } = body(patchSchema, req);
    await deps.meetings.update(id(req), { ...patch, ...(kind !== undefined ? { kind: kind as never } : {}) }, actor(req));
    res.json({ meeting: await deps.meetings.get(id(req)) });
  });
  router.delete('/:id', async (req, res) => {
    await deps.meetings.discard(id(req), actor(req));
    res.status(204).end();
  });
  router.post('/:id/confirm', async (req, res) => {
    const { notified } = await deps.meetings.confirm(id(req), actor(req));
    res.json({ meeting: await deps.meetings.get(id(req)), notified });
  });
  router.post('/:id/cancel', async (req, res) => {
    const b = body(z.object({ reason: z.string().max(500).nullable().optional() }), req);
    const { meeting, notified } = await deps.meetings.cancel(id(req), actor(req), b.reason);
    res.json({ meeting, notified });
  });
  router.post('/:id/attendees', async (req, res) => {
    const b = body(z.object({ memberIds: z.array(z.number().int().positive()).min(1).max(1000) }), req);
    const added = await deps.meetings.addAttendees(id(req), b.memberIds, actor(req));
    res.json({ added });
  });
  router.put('/:id/attendees/:memberId/vote', async (req, res) => {
    const b = body(z.object({ hasVote: z.boolean() }), req);
    await deps.meetings.setVotingRight(id(req), id(req, 'memberId'), b.hasVote, actor(req));
    res.json({ ok: true });
  });
  router.get('/:id/rsvps', async (req, res) => {
    res.json(await deps.meetings.rsvpSummary(id(req)));
  });
  router.post('/:id/rsvps', async (req, res) => {
    const b = body(z.object({ memberId: z.number().int().positive(), answer: z.enum(['yes', 'leave']), reason: z.string().max(500).nullable().optional() }), req);
    const meetingId = id(req);
    await deps.meetings.assertCanManage(actor(req), (await deps.meetings.store.meeting(meetingId)).orgId);
    const r = await deps.meetings.rsvp(meetingId, b.memberId, b.answer, b.reason);
    res.json({ answer: r.answer, previous: r.previous, changed: r.changed });
  });
  router.post('/:id/remind', async (req, res) => {
    res.json({ reminded: await deps.meetings.remindNonResponders(id(req), actor(req)) });
  });
  router.post('/:id/check-ins', async (req, res) => {
    const b = body(z.object({ memberId: z.number().int().positive() }), req);
    const r = await deps.attendance.checkIn(id(req), b.memberId, actor(req));
    res.status(r.already ? 200 : 201).json({ already: r.already, checkedInAt: r.at });
  });
  router.get('/:id/attendance', async (req, res) => {
    res.json(await deps.attendance.summary(id(req)));
  });
  router.put('/:id/minutes', async (req, res) => {
    const b = body(z.object({ text: z.string().max(100_000) }), req);
    const meeting = await deps.attendance.recordMinutes(id(req), b.text, actor(req));
    res.json({ meeting });
  });

  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: deps.photoMaxBytes, files: 1, fields: 5 } });
  const receive = (req: Request, res: Response, next: NextFunction) => {
    upload.single('photo')(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        const mb = Math.max(1, Math.floor(deps.photoMaxBytes / 1024 / 1024));
        return sendError(res, 413, 'too_large', `照片过大（上限 ${mb} MB）`, `Photo too large; the limit is ${mb} MB`);
      }
      return sendError(res, 400, 'bad_upload', '上传请求格式错误', 'Malformed multipart request');
    });
  };
  router.post('/:id/photos', receive, async (req, res) => {
    if (!req.file) throw new BadRequest('请在 photo 字段上传照片');
    const photo = await deps.attendance.addPhoto(id(req), req.file.buffer, actor(req));
    res.status(201).json({ photo: { id: photo.id, mime: photo.mime } });
  });
  router.get('/:id/photos', async (req, res) => {
    res.json({ photos: await deps.attendance.photos(id(req)) });
  });
  router.get('/:id/photos/:photoId', async (req, res) => {
    const file = await deps.attendance.photoFile(id(req), id(req, 'photoId'));
    res.type(file.mime).sendFile(file.path);
  });

  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (err instanceof MeetingError) {
      deps.log.info({ code: err.code, path: req.path }, 'meetings request refused');
      return sendError(res, STATUS[err.code], err.code, err.message, EN[err.code]);
    }
    if (err instanceof BadRequest) return sendError(res, 400, 'invalid', err.message, 'Invalid request');
    return next(err);
  });
  return router;
}
