/**
 * The 任务 page on the job runner itself (the same code path serves BullMQ): counts and failures
 * come from the runner, and a super admin's retry runs the job again through it.
 */
import { UnrecoverableJobError } from '../../jobs/errors';
import { createEmbeddedRunner, type EmbeddedJobRunner } from '../../jobs/embedded-runner';
import { waitFor } from '../../jobs/testing';
import { createAdminHarness, login, SUPER, type AdminHarness } from './admin-harness';

let h: AdminHarness;
let runner: EmbeddedJobRunner;
let fail = true;
let runs = 0;

beforeAll(async () => {
  h = await createAdminHarness({
    extra: {
      jobs: {
        counts: () => runner.counts(),
        failed: (o) => runner.failed(o),
        retry: (id) => runner.retry(id),
      },
    },
  });
  runner = createEmbeddedRunner({ database: h.database, timezone: 'Asia/Shanghai', pollIntervalMs: 20 });
  runner.register('report-send', async () => {
    runs++;
    if (fail) throw new UnrecoverableJobError('平台拒绝：机器人 key 无效');
  });
  await runner.start();
});
afterAll(async () => {
  await runner.stop();
  await h.close();
});

test('a failed job is listed from the runner and retried through it', async () => {
  await runner.enqueue('report-send', { to: 'x' }, { key: 'report:1' });
  await waitFor(async () => (await runner.failed()).length === 1, 'job failed', 5000);
  const sup = await login(h.app, SUPER);
  const page = await sup.agent.get('/admin/jobs').expect(200);
  expect(page.text).toContain('report-send');
  expect(page.text).toContain('机器人 key 无效');
  const [failed] = await runner.failed();
  fail = false;
  await sup.agent.post(`/admin/jobs/${encodeURIComponent(failed!.id)}/retry`).type('form').send({ _csrf: sup.csrf }).expect(303);
  await waitFor(async () => runs === 2 && (await runner.failed()).length === 0, 'job re-run', 5000);
  await sup.agent.post('/admin/jobs/not%20an%20id/retry').type('form').send({ _csrf: sup.csrf }).expect(404);
});
