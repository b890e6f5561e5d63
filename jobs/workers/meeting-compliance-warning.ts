/**
 * The weekly 督办 warning: every Monday morning (app time zone) the secretaries of branches whose
 * required meetings are due soon this period, or were missed last period without a self-check,
 * get a private message listing them.
 */
import type { Logger } from '../../core/logger';
import type { ComplianceService } from '../../core/meetings/compliance';
import type { JobRunner } from '../contract';

export const COMPLIANCE_WARNING_JOB = 'meeting-compliance-warning';
/** Schedule key of the weekly run. */
export const COMPLIANCE_WARNING_SCHEDULE_KEY = 'schedule:meeting-compliance-warning';
/** Mondays 09:00 in APP_TIMEZONE. */
export const COMPLIANCE_WARNING_CRON = '0 9 * * 1';

/** Registers the job; `scheduleComplianceWarning` installs the weekly schedule. */
export function registerComplianceWarningJob(runner: JobRunner, deps: { compliance: ComplianceService; logger?: Logger }): void {
  runner.register(
    COMPLIANCE_WARNING_JOB,
    async () => {
      const warned = await deps.compliance.sendWeeklyWarnings();
      deps.logger?.info({ branches: warned.length, recipients: warned.reduce((n, w) => n + w.recipients, 0) }, 'compliance warnings sent');
    },
    { maxAttempts: 3, concurrency: 1 },
  );
}

/** Installs (or replaces) the weekly schedule. */
export async function scheduleComplianceWarning(runner: JobRunner, cron: string = COMPLIANCE_WARNING_CRON): Promise<void> {
  await runner.schedule(COMPLIANCE_WARNING_SCHEDULE_KEY, COMPLIANCE_WARNING_JOB, cron, {});
}
