/**
 * Parses the chat command that creates a meeting:
 *   `/会议 支委会 12月1日15:00 三楼会议室 议程…`
 *   `/会议 党课 明天下午3点 https://meeting.example/123 学习党章`
 * Explicit dates ("12月1日15:00", "2027年1月5日 下午3点半") are read by our own pattern so that
 * impossible ones (2月30日, 25:00) get a clear error; natural ones ("明天下午3点", "下周三上午9点半")
 * go to chrono-node's zh-Hans parser.
 *
 * chrono computes in the process time zone. We hand it a reference whose *process-local* wall clock
 * equals the APP_TIMEZONE wall clock of `now`, read back the wall-clock components it found and
 * convert those from APP_TIMEZONE ourselves — so the result is the same whatever TZ the process has.
 *
 * Year rule when no year is written: the year that puts the date nearest to now (within ±6 months),
 * so "1月5日" typed in December means next January, while "11月20日" typed on 11月26日 stays in
 * this year and is then refused as a past time.
 */
import type * as chrono from 'chrono-node';
import { MeetingError } from './errors';
import { meetingKindChoices, parseMeetingKind, type MeetingKind } from './kinds';
import { fromWallClock, isValidWallClock, toWallClock, daysInMonth, type WallClock } from '../zoned-time';

// Only the Simplified-Chinese parser: the package root loads every locale (≈ 260 modules).
const { hans } = require('chrono-node/zh/hans') as { hans: typeof chrono.zh.hans };

/** What the secretary asked for; validated further (past time, place, role) by the service. */
export interface ParsedMeetingCommand {
  kind: MeetingKind;
  startsAt: Date;
  /** The wall clock in APP_TIMEZONE that `startsAt` stands for. */
  wall: Required<WallClock>;
  place: string | undefined;
  onlineLink: string | undefined;
  agenda: string | undefined;
}

export interface ParseOptions {
  now: Date;
  /** IANA zone the written time is in (APP_TIMEZONE). */
  timezone: string;
}

const EXPLICIT =
  /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:(?:周|星期)[一二三四五六日天])?\s*(上午|早上|中午|下午|晚上)?\s*(?:(\d{1,2})\s*(?:[:：]\s*(\d{1,2})|点\s*(半|(\d{1,2})\s*分?)?))?/;
const BARE_CLOCK = /^(\d{1,2})[:：](\d{2})$/;
const URL_RE = /^https?:\/\/\S+$/i;

function applyMeridiem(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (meridiem === '下午' || meridiem === '晚上') return hour < 12 ? hour + 12 : hour;
  if (meridiem === '中午') return hour < 6 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}

/** Picks the year that puts month/day nearest to `now` (see module comment). */
function nearestYear(month: number, day: number, hour: number, minute: number, opts: ParseOptions): number {
  const nowYear = toWallClock(opts.now, opts.timezone).year;
  let best = nowYear;
  let bestDistance = Infinity;
  for (const year of [nowYear - 1, nowYear, nowYear + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const at = fromWallClock({ year, month, day, hour, minute }, opts.timezone).getTime();
    const distance = Math.abs(at - opts.now.getTime());
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function invalidDate(text: string): MeetingError {
  return new MeetingError('invalid_date', `日期或时间不存在：“${text}”。请检查月份天数和钟点（0–23 时，0–59 分），例如 12月1日15:00。`);
}

function missingTime(): MeetingError {
  return new MeetingError(
    'missing_time',
    '没有看懂开会时间。请写成“12月1日15:00”“明天下午3点”或“下周三上午9点半”，例如：/会议 支委会 12月1日15:00 三楼会议室 议程…',
  );
}

interface TimeMatch {
  wall: Required<WallClock>;
  rest: string;
}

function readExplicit(text: string, opts: ParseOptions): TimeMatch | undefined {
  const m = EXPLICIT.exec(text);
  if (!m) return undefined;
  const [whole, y, mo, d, meridiem, h, colonMin, half, pointMin] = m;
  const month = Number(mo);
  const day = Number(d);
  if (h === undefined) {
    if (month < 1 || month > 12 || day < 1 || day > 31) throw invalidDate(whole.trim());
    throw missingTime();
  }
  const rawHour = Number(h);
  const minute = colonMin !== undefined ? Number(colonMin) : half === '半' ? 30 : pointMin !== undefined ? Number(pointMin) : 0;
  if (rawHour > 23 || minute > 59) throw invalidDate(whole.trim());
  const hour = applyMeridiem(rawHour, meridiem);
  const year = y !== undefined ? Number(y) : nearestYear(month, Math.min(day, 28), hour, minute, opts);
  const wall = { year, month, day, hour, minute, second: 0 };
  if (!isValidWallClock(wall)) throw invalidDate(whole.trim());
  if (y === undefined && day > daysInMonth(year, month)) throw invalidDate(whole.trim());
  return { wall, rest: text.slice(whole.length) };
}

function readNatural(text: string, opts: ParseOptions): TimeMatch | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (const token of tokens.slice(0, 3)) {
    const clock = BARE_CLOCK.exec(token) ?? /(\d{1,2})[:：](\d{2})/.exec(token);
    if (clock && (Number(clock[1]) > 23 || Number(clock[2]) > 59)) throw invalidDate(token);
  }
  const n = toWallClock(opts.now, opts.timezone);
  // process-local Date showing APP_TIMEZONE's wall clock (see module comment)
  const reference = new Date(n.year, n.month - 1, n.day, n.hour, n.minute, n.second);
  for (let k = Math.min(3, tokens.length); k >= 1; k--) {
    const candidate = tokens.slice(0, k).join(' ');
    let r = hans.parse(candidate, reference, { forwardDate: true })[0];
    if (r && k === 1 && r.text.trim() !== candidate) {
      // "下午3点三楼会议室": chrono reads 三 as minutes; give the numeral back to the place
      const trimmed = r.text.trim().replace(/(点|[:：]\d{2})[一二三四五六七八九十两]+$/, '$1');
      if (trimmed !== r.text.trim()) r = hans.parse(trimmed, reference, { forwardDate: true })[0];
    }
    if (!r || r.index !== 0) continue;
    const whole = r.text.trim() === candidate;
    // a glued remainder ("明天下午3点三楼会议室") is accepted only for a single token
    if (!whole && k > 1) continue;
    if (!r.start.isCertain('hour')) throw missingTime();
    const month = r.start.get('month')!;
    const day = r.start.get('day')!;
    const hour = r.start.get('hour')!;
    const minute = r.start.get('minute') ?? 0;
    const year = r.start.isCertain('year')
      ? r.start.get('year')!
      : r.start.isCertain('month')
        ? nearestYear(month, day, hour, minute, opts)
        : r.start.get('year')!;
    const wall = { year, month, day, hour, minute, second: 0 };
    if (!isValidWallClock(wall)) throw invalidDate(r.text);
    const consumed = whole ? candidate : r.text.trim();
    const restTokens = whole ? tokens.slice(k) : [tokens[0]!.slice(consumed.length), ...tokens.slice(1)];
    return { wall, rest: restTokens.join(' ') };
  }
  return undefined;
}

/**
 * Parses the arguments of `/会议` (the command word itself may be included). Throws `MeetingError`
 * with a zh-CN message: unknown_kind, invalid_date, missing_time.
 */
export function parseMeetingCommand(input: string, opts: ParseOptions): ParsedMeetingCommand {
  const text = input.trim().replace(/^\/会议(@\S+)?\s*/, '');
  const kindToken = text.split(/\s+/)[0] ?? '';
  if (!kindToken) throw new MeetingError('invalid', `请写明会议类型、时间和地点，例如：/会议 支委会 12月1日15:00 三楼会议室 议程…`);
  const kind = parseMeetingKind(kindToken);
  if (!kind) throw new MeetingError('unknown_kind', `未知的会议类型“${kindToken}”。可用类型：${meetingKindChoices()}、其他。`);
  const afterKind = text.slice(kindToken.length).trim();
  const time = readExplicit(afterKind, opts) ?? readNatural(afterKind, opts);
  if (!time) throw missingTime();
  const restTokens = time.rest.trim().split(/\s+/).filter(Boolean);
  let place: string | undefined;
  let onlineLink: string | undefined;
  const first = restTokens[0];
  if (first !== undefined && !/^议程[:：]?/.test(first)) {
    if (URL_RE.test(first)) onlineLink = first;
    else place = first.replace(/^(地点|会议地点)[:：]/, '') || undefined;
    restTokens.shift();
  }
  if (!onlineLink) {
    const linkIndex = restTokens.findIndex((t) => URL_RE.test(t));
    if (linkIndex >= 0) onlineLink = restTokens.splice(linkIndex, 1)[0];
  }
  const agenda = restTokens.join(' ').replace(/^议程[:：]?\s*/, '').trim() || undefined;
  return { kind, startsAt: fromWallClock(time.wall, opts.timezone), wall: time.wall, place, onlineLink, agenda };
}
