/** Display helpers for the admin pages (dates in APP_TIMEZONE, numbers, labels). */
import { toWallClock } from '../../core/zoned-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-26 14:05" in `tz`; empty for null. */
export function fmtTime(d: Date | null | undefined, tz: string): string {
  if (!d) return '';
  const w = toWallClock(d, tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2026-11-26" in `tz`. */
export function fmtDay(d: Date, tz: string): string {
  const w = toWallClock(d, tz);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** 0.1234 → "12.3%"; "—" when there is no denominator. */
export function pct(part: number, whole: number): string {
  if (!whole) return '—';
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** Truncates long text for table cells. */
export function clip(s: string | null | undefined, n = 60): string {
  if (!s) return '';
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Parses a positive integer route/query parameter; undefined when malformed. */
export function intParam(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{1,9}$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
}

/** A query-string value as a trimmed string (first value when repeated). */
export function strParam(v: unknown, max = 200): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim().slice(0, max) : '';
}
