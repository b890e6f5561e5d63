/**
 * One factory for the composition root: the meetings, attendance and compliance services sharing
 * the same ports. main.ts passes the outbox / runner adapters (jobs/workers/meeting-ports.ts) and
 * subscribes the points feature to `attendance.recorded` on the same event bus.
 */
import path from 'node:path';
import type { Db } from '../../data/db';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { AttendanceService } from './attendance';
import { ComplianceService } from './compliance';
import { MeetingService } from './meeting-service';
import type { MeetingJobScheduler, MemberRow, MessageDelivery } from './types';

export interface MeetingsModuleDeps {
  db: Db;
  clock: Clock;
  /** APP_TIMEZONE (`config.timezone`). */
  timezone: string;
  logger: Logger;
  events: EventBus;
  delivery: MessageDelivery;
  scheduler: MeetingJobScheduler;
  /** DATA_DIR (`config.dataDir`); photos go to `<dataDir>/meeting-photos`. */
  dataDir: string;
  /** UPLOAD_MAX_BYTES (`config.uploadMaxBytes`). */
  uploadMaxBytes: number;
  memberAddresses?: (m: MemberRow) => string[];
}

export interface MeetingsModule {
  meetings: MeetingService;
  attendance: AttendanceService;
  compliance: ComplianceService;
}

export function createMeetingsModule(deps: MeetingsModuleDeps): MeetingsModule {
  const logger = deps.logger.child({ module: 'meetings' });
  const common = { db: deps.db, clock: deps.clock, timezone: deps.timezone, logger };
  const meetings = new MeetingService({ ...common, delivery: deps.delivery, scheduler: deps.scheduler, ...(deps.memberAddresses ? { memberAddresses: deps.memberAddresses } : {}) });
  const attendance = new AttendanceService({
    ...common,
    events: deps.events,
    photosDir: path.join(deps.dataDir, 'meeting-photos'),
    photoMaxBytes: deps.uploadMaxBytes,
    assertCanManage: (actor, orgId) => meetings.assertCanManage(actor, orgId),
  });
  const compliance = new ComplianceService({ db: deps.db, clock: deps.clock, timezone: deps.timezone, delivery: deps.delivery, ...(deps.memberAddresses ? { memberAddresses: deps.memberAddresses } : {}) });
  return { meetings, attendance, compliance };
}
