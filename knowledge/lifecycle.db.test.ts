/**
 * Document lifecycle and index persistence: a superseded regulation is still quoted but flagged
 * plainly; the persisted index is reused when current and rebuilt from the database when missing,
 * stale or corrupt, with the same answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../core/logger';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { createKnowledge } from './create';
import { REGULATIONS_DIR } from './index/regulation-passages';

const DISCIPLINE_2018 = '中国共产党纪律处分条例（2018年修订）.md';
const log = createLogger('warn');

let database: TestDatabase;
let indexDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-index-'));
});
afterAll(async () => {
  await database.close();
  fs.rmSync(indexDir, { recursive: true, force: true });
});

test('a superseded regulation is answered from, with a plain notice', async () => {
  const { service } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir, checkIntervalMs: 0 });
  const saved = await service.ingest(fs.readFileSync(path.join(REGULATIONS_DIR, DISCIPLINE_2018)), DISCIPLINE_2018);
  expect(saved.document.supersededBy).toBe('中国共产党纪律处分条例（2023年修订）');
  expect(saved.document.effectiveDate).toBe('2018-10-01');
  const a = await service.ask('党员受到留党察看处分，党内职务怎么办？', { channel: 'test' });
  expect(a.declined).toBe(false);
  expect(a.text).toMatch(/旧版《中国共产党纪律处分条例（2018年修订）》/);
  expect(a.text).toContain('已被《中国共产党纪律处分条例（2023年修订）》取代');
  expect(a.citations[0]).toMatchObject({ title: '中国共产党纪律处分条例（2018年修订）', superseded: true });
});

test('the persisted index is reused when current and rebuilt when stale or corrupt', async () => {
  const question = '党员每年集中学习培训不少于多少学时？';
  const manifest = path.join(indexDir, 'manifest.json');
  const generationOnDisk = () => (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { generation: number }).generation;

  const first = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir, checkIntervalMs: 0 });
  const file = '中国共产党党员教育管理工作条例.md';
  await first.service.ingest(fs.readFileSync(path.join(REGULATIONS_DIR, file)), file);
  const expected = await first.service.ask(question, { channel: 'test' });
  expect(expected.text).toContain('32学时');
  const generation = await first.store.generation();
  expect(generationOnDisk()).toBe(generation);

  // Current: a new process loads it as it is.
  const before = fs.statSync(manifest).mtimeMs;
  const second = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir, checkIntervalMs: 0 });
  expect(fs.statSync(manifest).mtimeMs).toBe(before);
  expect((await second.service.ask(question, { channel: 'test' })).citations).toEqual(expected.citations);

  // Stale: another process changed the documents after the index was saved.
  await second.store.delete((await second.store.list()).find((d) => d.fileName === DISCIPLINE_2018)!.id);
  fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(`"generation": ${generationOnDisk()}`, `"generation": ${generation}`));
  const third = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir, checkIntervalMs: 0 });
  expect(generationOnDisk()).toBe(await third.store.generation());
  expect(third.sync.passageCount).toBe((await third.store.passages()).length);
  const gone = await third.service.ask('党员受到留党察看处分，党内职务怎么办？', { channel: 'test' });
  expect(gone.citations.map((c) => c.title)).not.toContain('中国共产党纪律处分条例（2018年修订）');

  // Corrupt: rebuilt from the database, same answers.
  fs.writeFileSync(manifest, '{ not json');
  const fourth = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { indexDir, checkIntervalMs: 0 });
  expect((await fourth.service.ask(question, { channel: 'test' })).citations).toEqual(expected.citations);
  expect(generationOnDisk()).toBe(await fourth.store.generation());
});

test('re-indexing re-parses the stored upload and replaces its chunks, same version', async () => {
  const { service, store } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 0 });
  const file = '党史学习教育工作条例.md';
  const saved = await service.ingest(fs.readFileSync(path.join(REGULATIONS_DIR, file)), file);
  // Damage the stored chunks, as an older ingestion version might have left them.
  await database.query('DELETE FROM chunks WHERE document_id = $1 AND ord > 3', [saved.document.id]);
  const count = await service.reindex(saved.document.id);
  expect(count).toBe(saved.document.chunkCount);
  expect((await store.chunksOf(saved.document.id)).length).toBe(saved.document.chunkCount);
  expect((await store.get(saved.document.id))?.version).toBe(saved.document.version);
  expect(await service.reindex(999_999)).toBeNull();
});
