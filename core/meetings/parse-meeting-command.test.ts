import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { MeetingError } from './errors';
import { parseMeetingCommand } from './parse-meeting-command';
import { fromWallClock, periodContaining, toWallClock } from '../zoned-time';

const tz = 'Asia/Shanghai';
// Thu 2026-11-26 14:00 in Shanghai
const now = new Date('2026-11-26T06:00:00Z');
const parse = (s: string, at = now) => parseMeetingCommand(s, { now: at, timezone: tz });
const errorOf = (fn: () => unknown): MeetingError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof MeetingError) return e;
    throw e;
  }
  throw new Error('expected a MeetingError');
};

test('the example command: kind alias, explicit date, place and agenda', () => {
  const r = parse('/会议 支委会 12月1日15:00 三楼会议室 议程：研究发展党员工作');
  expect(r.kind).toBe('committee_meeting');
  expect(r.startsAt.toISOString()).toBe('2026-12-01T07:00:00.000Z');
  expect(r.place).toBe('三楼会议室');
  expect(r.agenda).toBe('研究发展党员工作');
});

test('natural Chinese dates through chrono zh', () => {
  expect(parse('/会议 党课 明天下午3点 https://meet.example/1 学习党章').startsAt.toISOString()).toBe('2026-11-27T07:00:00.000Z');
  expect(parse('/会议 党课 明天下午3点 https://meet.example/1 学习党章').onlineLink).toBe('https://meet.example/1');
  expect(parse('/会议 党员大会 下周三上午9点半 党员活动室').startsAt.toISOString()).toBe('2026-12-02T01:30:00.000Z');
  expect(parse('/会议 党小组会 12月1日 下午3点半 会议室').startsAt.toISOString()).toBe('2026-12-01T07:30:00.000Z');
  const glued = parse('/会议 支委会 明天下午3点三楼会议室');
  expect(glued.startsAt.toISOString()).toBe('2026-11-27T07:00:00.000Z');
  expect(glued.place).toBe('三楼会议室');
});

test('"明天" is tomorrow in APP_TIMEZONE even when it is still yesterday in UTC', () => {
  // 2026-11-26 20:00 UTC = 11-27 04:00 in Shanghai → 明天 = 11-28
  const late = new Date('2026-11-26T20:00:00Z');
  expect(parse('/会议 支委会 明天上午9点 三楼', late).startsAt.toISOString()).toBe('2026-11-28T01:00:00.000Z');
});

test('impossible dates and times get a clear error', () => {
  expect(errorOf(() => parse('/会议 支委会 2月30日15:00 三楼')).code).toBe('invalid_date');
  expect(errorOf(() => parse('/会议 支委会 2月30日15:00 三楼')).message).toContain('2月30日');
  expect(errorOf(() => parse('/会议 支委会 12月1日25:00 三楼')).code).toBe('invalid_date');
  expect(errorOf(() => parse('/会议 支委会 12月1日15:75 三楼')).code).toBe('invalid_date');
  expect(errorOf(() => parse('/会议 支委会 13月1日15:00 三楼')).code).toBe('invalid_date');
  expect(errorOf(() => parse('/会议 支委会 明天 25:00 三楼')).code).toBe('invalid_date');
  expect(errorOf(() => parse('/会议 支委会 12月1日 三楼')).code).toBe('missing_time');
  expect(errorOf(() => parse('/会议 支委会 三楼会议室')).code).toBe('missing_time');
});

test('unknown kinds are refused with the list of kinds', () => {
  const e = errorOf(() => parse('/会议 座谈会 12月1日15:00 三楼'));
  expect(e.code).toBe('unknown_kind');
  expect(e.message).toContain('支部党员大会');
  expect(e.message).toContain('支委会');
});

test('year rule: the nearest year (January typed in December is next year; a date just past stays past)', () => {
  const december = new Date('2026-12-20T02:00:00Z');
  expect(parse('/会议 主题党日 1月5日9:00 活动室', december).startsAt.toISOString()).toBe('2027-01-05T01:00:00.000Z');
  // 11月20日 typed on 11月26日 stays in 2026 (the service then refuses it as a past time)
  expect(parse('/会议 支委会 11月20日15:00 三楼').startsAt.toISOString()).toBe('2026-11-20T07:00:00.000Z');
  // an explicit year wins
  expect(parse('/会议 支委会 2027年11月20日15:00 三楼').startsAt.toISOString()).toBe('2027-11-20T07:00:00.000Z');
  // 2月29日 in a year without it
  expect(errorOf(() => parse('/会议 支委会 2027年2月29日15:00 三楼')).code).toBe('invalid_date');
});

test('the result is the same whatever the process time zone is', () => {
  const script = `
    const { parseMeetingCommand } = require(${JSON.stringify(path.join(__dirname, 'parse-meeting-command.ts'))});
    const now = new Date('2026-11-26T20:00:00Z');
    const out = ['/会议 支委会 12月1日15:00 三楼', '/会议 党课 明天下午3点 三楼', '/会议 支委会 下周三上午9点半 三楼', '/会议 支委会 周五14:30 三楼']
      .map((s) => parseMeetingCommand(s, { now, timezone: 'Asia/Shanghai' }).startsAt.toISOString());
    process.stdout.write(JSON.stringify(out));`;
  const run = (TZ: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ, NODE_OPTIONS: '' }, encoding: 'utf8' })) as string[];
  const utc = run('UTC');
  expect(run('America/New_York')).toEqual(utc);
  expect(run('Asia/Shanghai')).toEqual(utc);
  // 2026-11-27 04:00 in Shanghai: 明天 = 11-28, 下周三 = 12-02, 周五 = 11-27
  expect(utc).toEqual(['2026-12-01T07:00:00.000Z', '2026-11-28T07:00:00.000Z', '2026-12-02T01:30:00.000Z', '2026-11-27T06:30:00.000Z']);
}, 20000);

test('zoned conversions and quarter boundaries in Asia/Shanghai', () => {
  expect(fromWallClock({ year: 2026, month: 3, day: 31, hour: 23, minute: 30 }, tz).toISOString()).toBe('2026-03-31T15:30:00.000Z');
  expect(toWallClock(new Date('2026-03-31T16:30:00Z'), tz)).toMatchObject({ month: 4, day: 1, hour: 0, minute: 30 });
  expect(periodContaining('quarter', new Date('2026-03-31T15:30:00Z'), tz).key).toBe('2026-Q1');
  expect(periodContaining('quarter', new Date('2026-03-31T16:30:00Z'), tz).key).toBe('2026-Q2');
  const q1 = periodContaining('quarter', new Date('2026-02-10T00:00:00Z'), tz);
  expect([q1.start.toISOString(), q1.end.toISOString()]).toEqual(['2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
  // a DST zone, for the conversion itself
  expect(fromWallClock({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z');
  expect(fromWallClock({ year: 2026, month: 12, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe('2026-12-01T14:00:00.000Z');
});
