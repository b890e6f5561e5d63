/**
 * The service as `npm start` runs it: start-up with the embedded database, the demo handbook
 * loaded, a cited answer over HTTP, graceful stop; and start-up refusing bad configuration.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { createLogger } from '../../core/logger';
import { openDatabase } from '../../data/db';
import { startService, type RunningService } from '../../main';
import { npmScriptCommand, ROOT } from '../start-command';

const START = npmScriptCommand('start');
let dataDir: string;
let service: RunningService;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-service-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', ADMIN_TOKEN: 'service-test-token-123456' });
  service = await startService(config, createLogger('warn'));
}, 60_000);

afterAll(async () => {
  await service?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const url = (p: string) => `http://127.0.0.1:${service.port}${p}`;

test('a fresh install answers “支委会多久开一次？” from the demo handbook with a citation', async () => {
  expect((await fetch(url('/healthz'))).status).toBe(200);
  expect(await (await fetch(url('/readyz'))).json()).toEqual({ status: 'ready' });
  const res = await fetch(url('/api/ask'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: '支委会多久开一次？' }),
  });
  const body = (await res.json()) as { answer: string; citations: Array<{ title: string; article: string }>; declined: boolean };
  expect(body.declined).toBe(false);
  expect(body.answer).toMatch(/每月/);
  expect(body.citations[0]?.title).toContain('党支部工作手册');
  expect(body.citations[0]?.article).toMatch(/^第.+条$/);
  const page = await fetch(url('/'));
  expect(await page.text()).toContain('党小智');
  expect((await fetch(url('/metrics'))).headers.get('content-type')).toContain('text/plain');
});

test('the index is persisted in DATA_DIR', () => {
  expect(fs.existsSync(path.join(dataDir, 'index', 'manifest.json'))).toBe(true);
});

test.each([
  [{ TELEGRAM_WEBHOOK_SECRET: 'abc' }, 'TELEGRAM_BOT_TOKEN'],
  [{ WECOM_CORP_ID: 'ww1' }, 'WECOM_AGENT_ID'],
  [{ PORT: 'eighty' }, 'PORT'],
])('start-up with %j stops and names %s', (env, variable) => {
  const r = spawnSync(process.execPath, START.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...START.env, DATA_DIR: path.join(dataDir, 'never'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(variable);
  expect(fs.existsSync(path.join(dataDir, 'never'))).toBe(false);
});

test('the `npm start` command line (loader, V8 and malloc flags) serves answers and exits 0 on SIGTERM', async () => {
  const childDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-start-'));
  const port = 3700 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, START.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...START.env, DATA_DIR: childDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${base}/readyz`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`service did not become ready: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const body = await (
      await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '党员大会多长时间开一次' }) })
    ).json();
    expect(body.declined).toBe(false);
    expect(body.citations[0]?.title).toContain('党支部工作手册');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(childDir, { recursive: true, force: true });
  }
}, 90_000);

test('stopping while a document is being ingested finishes it first (nothing half written)', async () => {
  const doc = `# 停机测试细则\n\n## 第一章 总则\n\n${Array.from({ length: 60 }, (_, i) => `第${i + 1}条 这是第${i + 1}条的内容，用于测试停机时文档写入的完整性。`).join('\n\n')}\n`;
  const ingesting = service.services.knowledge.service.ingest(Buffer.from(doc), '停机.md');
  await service.stop();
  const saved = await ingesting;
  expect(saved.document.chunkCount).toBeGreaterThanOrEqual(60);
  const reopened = await openDatabase({ dataDir: path.join(dataDir, 'pgdata') });
  try {
    const rows = await reopened.query<{ n: number }>('SELECT count(*)::int AS n FROM chunks WHERE document_id = $1', [saved.document.id]);
    expect(rows[0]!.n).toBe(saved.document.chunkCount);
  } finally {
    await reopened.close();
  }
});
