/**
 * The `meeting-reminder` job: at each of a meeting's reminder offsets (default 24 h and 1 h before),
 * reminds those who confirmed or have not answered. Planned by `MeetingService.confirm/update`
 * with key `meeting:<id>:v<version>:reminder:<offset>`; a stale or cancelled one does nothing.
 */
import { z } from 'zod';
import type { Logger } from '../../core/logger';
import type { MeetingService } from '../../core/meetings/meeting-service';
import { MEETING_REMINDER_JOB, type ReminderJobPayload } from '../../core/meetings/types';
import type { JobRunner } from '../contract';

const payloadSchema = z.object({
  meetingId: z.number().int().positive(),
  offsetMinutes: z.number().int().positive(),
  version: z.number().int(),
});

/** Registers the reminder job on the runner (call before `runner.start()`). */
export function registerMeetingReminderJob(runner: JobRunner, deps: { meetings: MeetingService; logger?: Logger }): void {
  runner.register<ReminderJobPayload>(
    MEETING_REMINDER_JOB,
    async ({ payload }) => {
      const reached = await deps.meetings.sendReminder(payload);
      deps.logger?.debug({ ...payload, reached }, 'meeting reminder job done');
    },
    { schema: payloadSchema, maxAttempts: 5, concurrency: 5 },
  );
}
