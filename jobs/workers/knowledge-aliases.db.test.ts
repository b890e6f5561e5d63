/**
 * Aliases for uploaded documents: the `knowledge-aliases` job asks an OpenAI-compatible model (a
 * local fake server on 127.0.0.1, reached through the real openai SDK) for member-style questions,
 * stores them with the passages, and the service then finds the passage by those words without ever
 * quoting them. Runs through the embedded job runner as `npm start` wires it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { createLogger } from '../../core/logger';
import { createAliasWriter, type AliasWriter } from '../../knowledge/alias-writer';
import { createKnowledge } from '../../knowledge/create';
import { REGULATIONS_DIR } from '../../knowledge/index/regulation-passages';
import type { KnowledgeService } from '../../knowledge/service';
import { KnowledgeStore } from '../../knowledge/store';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/fakes/openai-server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { setupJobs, type Jobs } from '../handlers';
import { waitFor } from '../testing';
import { ALIAS_BATCH, createKnowledgeAliasesJobModule, KNOWLEDGE_ALIASES_JOB, writeWaitingAliases } from './knowledge-aliases';

jest.setTimeout(60_000);

const log = createLogger('silent');
const ROOM_RULES = [
  '# 某公司党员活动室管理办法',
  '第一条 党员活动室由党委办公室统一管理，钥匙由专人保管。',
  '第二条 使用党员活动室应当提前一天登记，活动结束后恢复原状。',
  '第三条 党员活动室内的学习资料不得带离。',
].join('\n\n');
/** Asked in words the rules never use (借, 屋子, 打招呼). */
const QUESTION = '想借那个开会的屋子，要不要先打招呼';

/** The fake model: questions per passage it is shown, as a JSON object keyed by passage number. */
function modelReply(user: string): string {
  const passages = user.split(/\n\n(?=\[\d+\] )/);
  const out: Record<string, string[]> = {};
  passages.forEach((p, i) => {
    if (p.includes('提前一天登记')) out[String(i + 1)] = ['想借开会的屋子，要先打招呼吗', '活动室用完要收拾吗'];
    else if (p.includes('钥匙')) out[String(i + 1)] = ['活动室钥匙归谁管'];
    else out[String(i + 1)] = ['资料能拿回家看吗'];
  });
  return '```json\n' + JSON.stringify(out) + '\n```';
}

let database: TestDatabase;
let service: KnowledgeService;
let store: KnowledgeStore;
let model: FakeOpenAI;
let jobs: Jobs;
let writer: AliasWriter;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ service, store } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 0 }));
  model = await startFakeOpenAI(modelReply);
  writer = createAliasWriter({ baseUrl: model.baseUrl, apiKey: 'test-key', model: 'alias-model' });
  jobs = setupJobs(loadConfig({}), { database, logger: log, deliverers: {}, modules: [createKnowledgeAliasesJobModule({ writer })] });
  await jobs.start();
});
afterAll(async () => {
  await jobs.stop();
  await model.close();
  await database.close();
});

async function runJob(key: string): Promise<void> {
  await jobs.runner.enqueue(KNOWLEDGE_ALIASES_JOB, {}, { key });
  await waitFor(async () => (await jobs.runner.counts())[KNOWLEDGE_ALIASES_JOB]!.completed >= Number(key.split('-').pop()), `alias run ${key}`, 20_000);
}

test('the job writes aliases for an uploaded document; its passage is then found by them and they are never quoted', async () => {
  await service.ingest(Buffer.from(ROOM_RULES, 'utf8'), 'room.md');
  const before = await service.ask(QUESTION, { channel: 'test' });
  expect(before.declined).toBe(true);

  await runJob('run-1');
  expect(model.requests).toHaveLength(1);
  expect(model.requests[0]!.model).toBe('alias-model');
  expect(model.requests[0]!.messages[1]!.content).toContain('《某公司党员活动室管理办法》第二条');
  expect(await store.awaitingAliases()).toBeUndefined();

  const hits = await service.retrieve(QUESTION);
  expect(hits[0]?.passage.article).toBe('第二条');
  const after = await service.ask(QUESTION, { channel: 'test' });
  expect(after.declineReason ?? 'answered').toBe('answered');
  expect(after.text).toContain('提前一天登记');
  expect(after.text).not.toContain('打招呼');

  // Nothing is waiting: a second run asks the model nothing.
  await runJob('run-2');
  expect(model.requests).toHaveLength(1);
});

test('a new version of the document gets new aliases; the bundled regulations are never sent to the model', async () => {
  await service.ingest(Buffer.from(`${ROOM_RULES}\n\n第四条 本办法自印发之日起施行。`, 'utf8'), 'room.md');
  const charter = '中国共产党章程.md';
  await service.ingest(fs.readFileSync(path.join(REGULATIONS_DIR, charter)), charter);
  const calls = model.requests.length;
  for (let i = 0; (await store.awaitingAliases()) && i < 20; i++) await writeWaitingAliases({ store, writer, logger: log });
  expect(await store.awaitingAliases()).toBeUndefined();
  const sent = model.requests.slice(calls).map((r) => r.messages[1]!.content);
  expect(sent.length).toBe(Math.ceil(4 / ALIAS_BATCH));
  expect(sent.join('\n')).toContain('第四条');
  expect(sent.join('\n')).not.toContain('中国共产党章程');
  expect((await service.retrieve(QUESTION))[0]?.passage.article).toBe('第二条');
});

test('a model that is down leaves the passages waiting; one that answers nonsense leaves them without aliases, logged', async () => {
  await service.ingest(Buffer.from('# 某支部学习资料借阅规定\n\n第一条 学习资料借阅期限为两周。', 'utf8'), 'loan.md');
  model.reply = () => null;
  await expect(writeWaitingAliases({ store, writer, logger: log })).rejects.toThrow();
  expect((await store.awaitingAliases())?.document.title).toBe('某支部学习资料借阅规定');

  const warnings: unknown[] = [];
  const logger = createLogger('silent');
  logger.warn = ((obj: unknown) => void warnings.push(obj)) as typeof logger.warn;
  model.reply = () => '抱歉，我无法完成这个请求。';
  const report = await writeWaitingAliases({ store, writer, logger });
  expect(report).toEqual({ passages: 1, batches: 1 });
  expect(await store.awaitingAliases()).toBeUndefined();
  expect(warnings).toEqual([expect.objectContaining({ empty: 1 })]);
  model.reply = modelReply;
});
