/**
 * Calendar helpers in an IANA time zone (Asia/Shanghai by default): which day, year and wall-clock
 * minute an instant falls on. Uses Intl only, so there is no time-zone database to ship.
 */

import { toWallClock } from '../zoned-time';

/** Wall-clock parts of `at` in `timeZone`. */
export function zonedParts(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const { year, month, day, hour, minute } = toWallClock(at, timeZone);
  return { year, month, day, hour, minute };
}

/** "YYYY-MM-DD" of `at` in `timeZone`. */
export function zonedDay(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Calendar year of `at` in `timeZone`. */
export function zonedYear(at: Date, timeZone: string): number {
  return zonedParts(at, timeZone).year;
}

/** Minutes since local midnight of `at` in `timeZone`. */
export function zonedMinuteOfDay(at: Date, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  return p.hour * 60 + p.minute;
}

/** "HH:MM" (00:00–23:59) → minutes since midnight, or null when malformed. */
export function parseHm(hm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
