import { nextCronRun } from './cron';

test('cron patterns run in the app time zone', () => {
  // 09:00 every day in Shanghai = 01:00 UTC
  expect(nextCronRun('0 9 * * *', 'Asia/Shanghai', new Date('2026-11-26T00:00:00Z')).toISOString()).toBe('2026-11-26T01:00:00.000Z');
  expect(nextCronRun('0 9 * * *', 'Asia/Shanghai', new Date('2026-11-26T01:00:00Z')).toISOString()).toBe('2026-11-27T01:00:00.000Z');
  // six fields = seconds first
  expect(nextCronRun('*/10 * * * * *', 'Asia/Shanghai', new Date('2026-11-26T00:00:01Z')).toISOString()).toBe('2026-11-26T00:00:10.000Z');
  expect(() => nextCronRun('not a cron', 'Asia/Shanghai', new Date())).toThrow();
});
