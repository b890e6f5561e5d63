/**
 * The Q&A and upload API end to end: real database (PGlite or PostgreSQL), real ingestion and
 * indexes, HTTP through supertest.
 */
import request from 'supertest';
import { createApp } from '../../admin/app';
import { createLogger } from '../../core/logger';
import { openDatabase } from '../../data/db';
import { createKnowledge } from '../../knowledge/create';
import type { KnowledgeService } from '../../knowledge/service';
import { createTestDatabase, testDbKind, type TestDatabase } from '../db';

const TOKEN = 'test-admin-token-0123456789';
const log = createLogger('warn');

const HANDBOOK_V1 = `# 测试支部工作细则

> 发布机关：测试党委
> 生效日期：2024-01-01

## 第一章 会议

第一条 测试支部的支部委员会会议每月召开一次，由支部书记召集。

第二条 测试支部的党员大会每季度召开一次。

## 第二章 学习

第三条 每名党员每年参加集中学习培训不少于四十学时。
`;

const HANDBOOK_V2 = HANDBOOK_V1.replace('第三条 每名党员每年参加集中学习培训不少于四十学时。', '第三条 党员每周参加一次志愿服务活动。');

const PDF_HEADER = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog');
const ENCRYPTED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    '3 0 obj<</Filter/Standard/V 1/R 2/O(0123456789abcdef0123456789abcdef)/U(0123456789abcdef0123456789abcdef)/P -4>>endobj\n' +
    'trailer<</Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]>>\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');
const ZIP_NOT_DOCX = Buffer.from('504b03040a00000000000000000000000000000000000500000000000000000000000000000000000000', 'hex');

let database: TestDatabase;
let knowledge: KnowledgeService;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ service: knowledge } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 0 }));
  app = createApp({ knowledge, log, adminToken: TOKEN, uploadMaxBytes: 64 * 1024, isReady: () => true });
});
afterAll(() => database.close());

const upload = (buf: Buffer, name: string) =>
  request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).attach('file', buf, name);

async function storeState() {
  const docs = await knowledge.list();
  const rows = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM chunks');
  return { docs: docs.map((d) => `${d.id}:${d.version}:${d.chunkCount}`), chunks: rows[0]!.n };
}

test('upload, ask with citation, same file twice, new version, delete', async () => {
  const first = await upload(Buffer.from(HANDBOOK_V1), '细则.md');
  expect(first.status).toBe(201);
  expect(first.body.document).toMatchObject({ title: '测试支部工作细则', version: 1, chunkCount: 3, status: 'indexed' });
  const id = first.body.document.id as number;

  const ask = await request(app).post('/api/ask').send({ question: '测试支部的支委会多久开一次？' });
  expect(ask.status).toBe(200);
  expect(ask.body.declined).toBe(false);
  expect(ask.body.answer).toContain('每月');
  expect(ask.body.citations[0]).toMatchObject({ title: '测试支部工作细则', article: '第一条' });
  expect(typeof ask.body.latencyMs).toBe('number');

  const again = await upload(Buffer.from(HANDBOOK_V1), '另一个名字.md');
  expect(again.status).toBe(200);
  expect(again.body.outcome).toBe('unchanged');
  expect((await knowledge.list()).length).toBe(1);

  const v2 = await upload(Buffer.from(HANDBOOK_V2), '细则.md');
  expect(v2.status).toBe(200);
  expect(v2.body).toMatchObject({ outcome: 'updated', document: { id, version: 2, chunkCount: 3 } });
  const old = await request(app).post('/api/ask').send({ question: '党员每年集中学习培训要多少学时？' });
  expect(old.body.citations.map((c: { article: string }) => c.article)).not.toContain('第三条');
  const fresh = await request(app).post('/api/ask').send({ question: '测试支部党员多久参加一次志愿服务？' });
  expect(fresh.body.answer).toContain('志愿服务');

  const list = await request(app).get('/api/documents').set('Authorization', `Bearer ${TOKEN}`);
  expect(list.body.documents).toHaveLength(1);
  expect(list.body.documents[0]).toMatchObject({ issuer: '测试党委', effectiveDate: '2024-01-01' });

  expect((await request(app).delete(`/api/documents/${id}`).set('Authorization', `Bearer ${TOKEN}`)).status).toBe(204);
  expect((await request(app).delete(`/api/documents/${id}`).set('Authorization', `Bearer ${TOKEN}`)).status).toBe(404);
  const gone = await request(app).post('/api/ask').send({ question: '测试支部的支委会多久开一次？' });
  expect(gone.body.citations.map((c: { title: string }) => c.title)).not.toContain('测试支部工作细则');
  expect((await storeState()).chunks).toBe(0);
});

test.each([
  ['empty file', Buffer.alloc(0), 'empty.md', 400, 'empty'],
  ['PNG image', PNG, 'picture.pdf', 415, 'unsupported_type'],
  ['ZIP that is not DOCX', ZIP_NOT_DOCX, 'x.docx', 415, 'unsupported_type'],
  ['truncated PDF', PDF_HEADER, 'broken.pdf', 422, 'corrupt'],
  ['encrypted PDF', ENCRYPTED_PDF, 'secret.pdf', 422, 'encrypted'],
  ['oversized file', Buffer.alloc(70 * 1024, 'a'), 'big.txt', 413, 'too_large'],
])('%s is refused with a reason and leaves the store unchanged', async (_name, buf, fileName, status, code) => {
  const before = await storeState();
  const res = await upload(buf, fileName);
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(res.body.error.messageEn).toMatch(/[A-Za-z]/);
  expect(await storeState()).toEqual(before);
});

test('the upload API needs the bearer token and a file', async () => {
  expect((await request(app).post('/api/documents').attach('file', Buffer.from(HANDBOOK_V1), 'a.md')).status).toBe(401);
  expect((await request(app).get('/api/documents').set('Authorization', 'Bearer wrong-token-wrong-token')).status).toBe(401);
  const noFile = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).field('x', '1');
  expect(noFile.status).toBe(400);
  expect(noFile.body.error.code).toBe('no_file');
});

test('a path-like file name is only a label', async () => {
  const res = await upload(Buffer.from(HANDBOOK_V1.replace('测试支部工作细则', '路径测试细则')), '../../../etc/passwd.md');
  expect(res.status).toBe(201);
  const docs = await knowledge.list();
  // The multipart parser drops directory parts; the name is stored as a label only.
  expect(docs.find((d) => d.title === '路径测试细则')?.fileName).toBe('passwd.md');
  await knowledge.remove(res.body.document.id);
});

test('bad questions get a 400 with a reason; small talk needs no retrieval', async () => {
  expect((await request(app).post('/api/ask').send({})).status).toBe(400);
  expect((await request(app).post('/api/ask').send({ question: '   ' })).status).toBe(400);
  expect((await request(app).post('/api/ask').send({ question: 'x'.repeat(501) })).status).toBe(400);
  const bad = await request(app).post('/api/ask').set('Content-Type', 'application/json').send('{"question":');
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('bad_json');
  const hi = await request(app).post('/api/ask').send({ question: '你好' });
  expect(hi.body).toMatchObject({ declined: false, mode: 'greeting' });
});

test('an off-topic question is declined and logged as unanswered', async () => {
  await upload(Buffer.from(HANDBOOK_V1), '细则.md');
  const res = await request(app).post('/api/ask').send({ question: '明天上海天气怎么样？' });
  expect(res.body.declined).toBe(true);
  expect(res.body.answer).toContain('没有找到依据');
  const rows = await database.query<{ mode: string }>("SELECT mode FROM qa_log WHERE question = '明天上海天气怎么样？'");
  expect(rows.map((r) => r.mode)).toEqual(['declined']);
});

(testDbKind() === 'postgres' ? test : test.skip)('two processes on one PostgreSQL see each other\'s uploads within a second', async () => {
  const second = await openDatabase({ url: database.url!, poolSize: 2 });
  try {
    const other = await createKnowledge({ embeddings: undefined, llm: undefined }, second.db, log, { checkIntervalMs: 200 });
    const doc = HANDBOOK_V1.replace('测试支部工作细则', '跨进程细则').replace('每月召开一次', '每两周召开一次，地点在红楼');
    expect((await upload(Buffer.from(doc), '跨进程.md')).status).toBe(201);
    const deadline = Date.now() + 1000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      const a = await other.service.ask('跨进程细则里支委会在红楼多久开一次？', { channel: 'test' });
      seen = a.citations.some((c) => c.title === '跨进程细则');
      if (!seen) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(true);
  } finally {
    await second.close();
  }
});
