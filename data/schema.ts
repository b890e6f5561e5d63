/**
 * The database schema (Drizzle, PostgreSQL dialect). One schema serves PGlite and PostgreSQL.
 * Migrations in data/migrations are generated from this file with `npm run db:generate`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// ───────────── organisations and members ─────────────

/** Party organisations as a tree; `path` is the materialised path "/1/4/9/" for subtree queries. */
export const organisations = pgTable('organisations', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  parentId: integer('parent_id'),
  path: text('path').notNull().default('/'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Party members. `role`: member | committee | secretary. */
export const members = pgTable(
  'members',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    role: text('role').notNull().default('member'),
    partyGroup: text('party_group'),
    phone: text('phone'),
    wecomUserId: text('wecom_user_id'),
    telegramUserId: text('telegram_user_id'),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('members_wecom_uq').on(t.wecomUserId),
    uniqueIndex('members_telegram_uq').on(t.telegramUserId),
    index('members_org_idx').on(t.orgId),
  ],
);

/** One-time codes a member sends as `/bind 123456` from a chat platform. */
export const bindCodes = pgTable('bind_codes', {
  code: text('code').primaryKey(),
  memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/** Chats the bot knows: group chats bound to an organisation, with news subscription settings. */
export const chats = pgTable(
  'chats',
  {
    id: serial('id').primaryKey(),
    /** Channel-prefixed chat address, e.g. "telegram:-1001234", "wecom-bot:wrGROUP1". */
    address: text('address').notNull(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull().default('group'),
    orgId: integer('org_id').references(() => organisations.id),
    title: text('title'),
    webhookKey: text('webhook_key'),
    newsSubscribed: boolean('news_subscribed').notNull().default(false),
    /** Daily digest time "HH:MM" in the app time zone. */
    digestTime: text('digest_time').notNull().default('08:00'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('chats_address_uq').on(t.address)],
);

/** Platform message ids already handled, so a redelivered message is answered once. */
export const inboundSeen = pgTable('inbound_seen', {
  key: text('key').primaryKey(),
  seenAt: ts('seen_at').notNull().defaultNow(),
});

// ───────────── knowledge ─────────────

/** A document (one title); re-uploading changed content bumps `version` and replaces the chunks. */
export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    contentHash: text('content_hash').notNull(),
    version: integer('version').notNull().default(1),
    /** pending | indexing | indexed | failed */
    status: text('status').notNull().default('pending'),
    error: text('error'),
    issuer: text('issuer'),
    effectiveDate: text('effective_date'),
    /** Title of the revision that replaced this one; non-null = superseded. */
    supersededBy: text('superseded_by'),
    orgId: integer('org_id'),
    chunkCount: integer('chunk_count').notNull().default(0),
    sizeBytes: integer('size_bytes').notNull().default(0),
    /** The uploaded bytes, so a document can be re-parsed when ingestion improves (admin “重建索引”). */
    content: bytea('content'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('documents_title_uq').on(t.title), index('documents_hash_idx').on(t.contentHash)],
);

/** A retrievable passage: one article (or part of a long one) with its citation. */
export const chunks = pgTable(
  'chunks',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    text: text('text').notNull(),
    headingPath: text('heading_path').notNull().default(''),
    /** "第十六条", "总纲", or a heading when the passage has no article number. */
    article: text('article'),
    /** Embedding as little-endian float32, so indexes rebuild without calling the embedder again. */
    embedding: bytea('embedding'),
    /**
     * Member-style questions a configured model wrote for this passage (knowledge/alias-writer.ts),
     * joined by "；"; indexed like the bundled aliases. NULL = not asked yet, '' = asked, none kept.
     */
    generatedAliases: text('generated_aliases'),
  },
  (t) => [index('chunks_doc_idx').on(t.documentId)],
);

/** Single-row stamp bumped on every knowledge change; processes compare it to their in-memory index. */
export const knowledgeGeneration = pgTable('knowledge_generation', {
  id: integer('id').primaryKey().default(1),
  generation: bigint('generation', { mode: 'number' }).notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Every question asked, with how it was answered. mode: greeting | llm | extractive | declined. */
export const qaLog = pgTable(
  'qa_log',
  {
    id: serial('id').primaryKey(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    citations: jsonb('citations').notNull().default(sql`'[]'::jsonb`),
    mode: text('mode').notNull(),
    declined: boolean('declined').notNull().default(false),
    /** Which check declined the question (core/qa.ts DeclineReason); null when answered. */
    declineReason: text('decline_reason'),
    latencyMs: integer('latency_ms').notNull(),
    channel: text('channel').notNull().default('web'),
    chatAddress: text('chat_address'),
    senderId: text('sender_id'),
    /** 1 helpful, -1 not helpful, null none. */
    feedback: integer('feedback'),
    orgId: integer('org_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('qa_log_created_idx').on(t.createdAt)],
);

// ───────────── meetings and compliance ─────────────

/** kind: branch_general_meeting | committee_meeting | group_meeting | party_lecture | theme_day | organizational_life | member_review | other */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull().references(() => organisations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at'),
    place: text('place'),
    onlineLink: text('online_link'),
    agenda: text('agenda'),
    hostMemberId: integer('host_member_id'),
    partyGroup: text('party_group'),
    /** draft | scheduled | cancelled | done */
    status: text('status').notNull().default('draft'),
    /** Minutes before start at which reminders go out. */
    reminderOffsets: jsonb('reminder_offsets').notNull().default(sql`'[1440, 60]'::jsonb`),
    votesOnNewMember: boolean('votes_on_new_member').notNull().default(false),
    minutes: text('minutes'),
    createdBy: integer('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('meetings_org_start_idx').on(t.orgId, t.startsAt)],
);

/** Expected attendee of a meeting with their RSVP and actual check-in. rsvp: pending | yes | leave */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    source: text('source').notNull().default('derived'),
    rsvp: text('rsvp').notNull().default('pending'),
    leaveReason: text('leave_reason'),
    rsvpAt: ts('rsvp_at'),
    checkedInAt: ts('checked_in_at'),
    hasVote: boolean('has_vote').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** Photos attached to a meeting after it took place (stored under DATA_DIR). */
export const meetingPhotos = pgTable('meeting_photos', {
  id: serial('id').primaryKey(),
  meetingId: integer('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  storedName: text('stored_name').notNull(),
  mime: text('mime').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Required meeting counts per period; orgId null = the default for every branch. period: month | quarter | year */
export const complianceRules = pgTable('compliance_rules', {
  id: serial('id').primaryKey(),
  orgId: integer('org_id'),
  meetingKind: text('meeting_kind').notNull(),
  period: text('period').notNull(),
  requiredCount: integer('required_count').notNull(),
  source: text('source').notNull(),
});

/** Self-check by the branch and review by the superior committee, per org, kind and period ("2026-Q4"). */
export const complianceReviews = pgTable(
  'compliance_reviews',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull(),
    meetingKind: text('meeting_kind').notNull(),
    periodKey: text('period_key').notNull(),
    selfCheckedAt: ts('self_checked_at'),
    selfCheckNote: text('self_check_note'),
    reviewedAt: ts('reviewed_at'),
    reviewedBy: text('reviewed_by'),
    reviewComment: text('review_comment'),
  },
  (t) => [uniqueIndex('compliance_reviews_uq').on(t.orgId, t.meetingKind, t.periodKey)],
);

// ───────────── points and news ─────────────

/** Point rules as data. category: learning | org_life | vanguard */
export const pointRules = pgTable('point_rules', {
  key: text('key').primaryKey(),
  category: text('category').notNull(),
  points: integer('points').notNull(),
  description: text('description').notNull(),
});

/** Append-only points ledger. Corrections are reversing entries; `idempotencyKey` makes awards once-only. */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    orgId: integer('org_id').notNull(),
    category: text('category').notNull(),
    points: integer('points').notNull(),
    reason: text('reason').notNull(),
    sourceEvent: text('source_event'),
    idempotencyKey: text('idempotency_key').notNull(),
    grantedBy: text('granted_by'),
    reversesId: bigint('reverses_id', { mode: 'number' }),
    year: integer('year').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('points_ledger_idem_uq').on(t.idempotencyKey), index('points_ledger_member_idx').on(t.memberId, t.year)],
);

/** The day's quiz question per member (one per day in the app time zone). */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: serial('id').primaryKey(),
    memberId: integer('member_id').notNull(),
    day: date('day').notNull(),
    chunkId: integer('chunk_id'),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    answeredAt: ts('answered_at'),
    correct: boolean('correct'),
  },
  (t) => [uniqueIndex('quiz_attempts_member_day_uq').on(t.memberId, t.day)],
);

/** RSS/Atom feeds. */
export const newsSources = pgTable('news_sources', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  lastFetchedAt: ts('last_fetched_at'),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Fetched news items and admin announcements (sourceId null). */
export const newsItems = pgTable(
  'news_items',
  {
    id: serial('id').primaryKey(),
    sourceId: integer('source_id'),
    guid: text('guid').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    summary: text('summary'),
    publishedAt: ts('published_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('news_items_guid_uq').on(t.guid), index('news_items_published_idx').on(t.publishedAt)],
);

// ───────────── jobs and outbox ─────────────

/** Jobs of the embedded runner. status: waiting | active | completed | failed | cancelled */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    name: text('name').notNull(),
    key: text('key').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('waiting'),
    runAt: ts('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('jobs_key_uq').on(t.key), index('jobs_due_idx').on(t.status, t.runAt)],
);

/** Repeating schedules (cron in the app time zone) of the embedded runner. */
export const jobSchedules = pgTable('job_schedules', {
  key: text('key').primaryKey(),
  queue: text('queue').notNull(),
  name: text('name').notNull(),
  cron: text('cron').notNull(),
  payload: jsonb('payload').notNull(),
  nextRunAt: ts('next_run_at').notNull(),
});

/** One row per message per recipient. status: queued | sent | failed */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    target: text('target').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    platformResponse: jsonb('platform_response'),
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outbox_key_uq').on(t.key), index('outbox_status_idx').on(t.status)],
);

// ───────────── admin ─────────────

/** Admin accounts. role: super | org (scoped to the subtree of orgId). */
export const adminUsers = pgTable('admin_users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull().default('org'),
  orgId: integer('org_id'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const adminSessions = pgTable('admin_sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => adminUsers.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: ts('expires_at').notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  target: text('target'),
  detail: jsonb('detail'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
