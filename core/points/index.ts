/**
 * The points feature assembled: ledger, rules, daily quiz and awards, subscribed to the meetings
 * module's `attendance.recorded` event. main.ts calls `createPoints(...)` and `await points.start()`.
 */
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { Db } from '../../data/db';
import { createPointAwards, type PointAwards } from './awards';
import { createPointsLedger, type PointsLedger } from './ledger';
import { createDailyQuiz, type DailyQuiz } from './quiz';
import { createPointRules, type PointRules } from './rules';

export interface PointsDeps {
  db: Db;
  clock: Clock;
  /** APP_TIMEZONE (config.timezone): booking years and quiz days. */
  timezone: string;
  logger: Logger;
  /** The domain event bus; when given, meeting check-ins award 组织生活 points. */
  events?: EventBus;
}

export interface Points {
  ledger: PointsLedger;
  rules: PointRules;
  quiz: DailyQuiz;
  awards: PointAwards;
  /** Seeds missing default rules. */
  start(): Promise<void>;
  /** Unsubscribes from the event bus. */
  stop(): void;
}

export function createPoints(deps: PointsDeps): Points {
  const logger = deps.logger.child({ module: 'points' });
  const ledger = createPointsLedger({ db: deps.db, clock: deps.clock, timezone: deps.timezone });
  const rules = createPointRules({ db: deps.db });
  const quiz = createDailyQuiz({ db: deps.db, clock: deps.clock, timezone: deps.timezone, ledger, rules });
  const awards = createPointAwards({ db: deps.db, ledger, rules, logger });
  // The bus logs and swallows handler errors; the award's idempotency key makes a re-emit harmless.
  const off = deps.events?.on('attendance.recorded', (e) => awards.onAttendanceRecorded({ meetingId: e.meetingId, memberId: e.memberId, checkedInAt: e.checkedInAt }));
  return {
    ledger,
    rules,
    quiz,
    awards,
    start: () => rules.seedDefaults(),
    stop: () => off?.(),
  };
}

export { CATEGORY_LABELS, POINT_CATEGORIES, PointsError } from './types';
export type { AwardInput, AwardResult, Balance, LedgerEntry, PointCategory, RankRow } from './types';
