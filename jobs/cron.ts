/** Cron patterns in the app time zone (5 fields, or 6 with seconds first), via cron-parser (BullMQ's own). */
import { CronExpressionParser } from 'cron-parser';

/** The first time strictly after `after` that matches `pattern` in `timezone`. Throws on a bad pattern. */
export function nextCronRun(pattern: string, timezone: string, after: Date): Date {
  const expr = CronExpressionParser.parse(pattern, { currentDate: after, tz: timezone });
  return expr.next().toDate();
}
