/**
 * Wall-clock time in the app time zone (APP_TIMEZONE) without a date library: conversions between
 * an instant and the zone's calendar components, Chinese formatting, and period boundaries
 * (month / quarter / year) used by compliance.
 */

/** Calendar components in some time zone; month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall clock of `instant` in `tz`, plus the weekday (0 = Sunday). */
export function toWallClock(instant: Date, tz: string): Required<WallClock> & { weekday: number } {
  const parts = formatter(tz).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of `tz` from UTC at `instant`, in milliseconds (Asia/Shanghai → +8 h). */
function offsetMs(instant: Date, tz: string): number {
  const w = toWallClock(instant, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `tz` shows `wall`. In a DST gap the later offset wins,
 * in a DST overlap the earlier instant.
 */
export function fromWallClock(wall: WallClock, tz: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  let guess = naive - offsetMs(new Date(naive), tz);
  const second = naive - offsetMs(new Date(guess), tz);
  if (second !== guess) guess = second;
  return new Date(guess);
}

/** True when the components name a real calendar date and time (no 2月30日, no 25:00). */
export function isValidWallClock(wall: WallClock): boolean {
  const { year, month, day, hour, minute } = wall;
  if (![year, month, day, hour, minute].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "2026年12月1日（周二）15:00" in `tz`. */
export function formatMeetingTime(instant: Date, tz: string): string {
  const w = toWallClock(instant, tz);
  return `${w.year}年${w.month}月${w.day}日（周${WEEKDAY_ZH[w.weekday]}）${pad(w.hour)}:${pad(w.minute)}`;
}

/** Compliance period lengths. */
export type PeriodUnit = 'month' | 'quarter' | 'year';

/** One period in the app time zone: key like "2026-03", "2026-Q1" or "2026"; `end` is exclusive. */
export interface Period {
  unit: PeriodUnit;
  key: string;
  start: Date;
  end: Date;
}

function periodFromStart(unit: PeriodUnit, year: number, month: number, tz: string): Period {
  const span = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const endMonthIndex = month - 1 + span;
  const endYear = year + Math.floor(endMonthIndex / 12);
  const endMonth = (endMonthIndex % 12) + 1;
  const key =
    unit === 'month' ? `${year}-${pad(month)}` : unit === 'quarter' ? `${year}-Q${Math.floor((month - 1) / 3) + 1}` : `${year}`;
  return {
    unit,
    key,
    start: fromWallClock({ year, month, day: 1, hour: 0, minute: 0 }, tz),
    end: fromWallClock({ year: endYear, month: endMonth, day: 1, hour: 0, minute: 0 }, tz),
  };
}

/** The period of `unit` that contains `instant`, with boundaries at local midnight in `tz`. */
export function periodContaining(unit: PeriodUnit, instant: Date, tz: string): Period {
  const w = toWallClock(instant, tz);
  const startMonth = unit === 'month' ? w.month : unit === 'quarter' ? Math.floor((w.month - 1) / 3) * 3 + 1 : 1;
  return periodFromStart(unit, w.year, startMonth, tz);
}

/** The period just before `period`. */
export function previousPeriod(period: Period, tz: string): Period {
  return periodContaining(period.unit, new Date(period.start.getTime() - 1), tz);
}

/** Parses a period key ("2026-03", "2026-Q1", "2026") back into a period; undefined when malformed. */
export function periodFromKey(key: string, tz: string): Period | undefined {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return periodFromStart('month', Number(m[1]), Number(m[2]), tz);
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return periodFromStart('quarter', Number(m[1]), (Number(m[2]) - 1) * 3 + 1, tz);
  m = /^(\d{4})$/.exec(key);
  if (m) return periodFromStart('year', Number(m[1]), 1, tz);
  return undefined;
}

/** "2026年3月", "2026年第1季度", "2026年度". */
export function periodLabel(period: Period): string {
  const [y, rest] = period.key.split('-');
  if (period.unit === 'month') return `${y}年${Number(rest)}月`;
  if (period.unit === 'quarter') return `${y}年第${rest!.slice(1)}季度`;
  return `${y}年度`;
}
