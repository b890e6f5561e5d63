/** Registers every meetings job on a runner: reminders and the weekly compliance warning. */
import type { Logger } from '../../core/logger';
import type { ComplianceService } from '../../core/meetings/compliance';
import type { MeetingService } from '../../core/meetings/meeting-service';
import type { JobRunner } from '../contract';
import { registerComplianceWarningJob } from './meeting-compliance-warning';
import { registerMeetingReminderJob } from './meeting-reminder';

export function registerMeetingJobs(runner: JobRunner, deps: { meetings: MeetingService; compliance: ComplianceService; logger?: Logger }): void {
  registerMeetingReminderJob(runner, deps);
  registerComplianceWarningJob(runner, deps);
}
