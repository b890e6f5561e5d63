/**
 * Article aliases (data/aliases): everyday phrasings indexed with the bundled regulations' articles
 * find them, count only partly towards support, and are never shown in answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../core/logger';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { aliasesFor, aliasesId } from './aliases';
import { createKnowledge } from './create';
import { REGULATIONS_DIR } from './index/regulation-passages';
import { ALIAS_CREDIT, focusCoverage } from './index/rerank';
import type { KnowledgeService } from './service';

const CHARTER = '中国共产党章程.md';
const log = createLogger('silent');

let database: TestDatabase;
let service: KnowledgeService;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ service } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 0 }));
  await service.ingest(fs.readFileSync(path.join(REGULATIONS_DIR, CHARTER)), CHARTER);
}, 60_000);
afterAll(() => database.close());

test('every bundled regulation has aliases, looked up by title and article or heading', () => {
  for (const file of fs.readdirSync(REGULATIONS_DIR).filter((f) => f.endsWith('.md'))) {
    expect(aliasesFor(path.basename(file, '.md'), '第一条').length).toBeGreaterThan(0);
  }
  expect(aliasesFor('党支部工作手册（示例）', '第一条').length).toBeGreaterThan(0);
  expect(aliasesFor('中国共产党章程', '第九百条')).toBe('');
  expect(aliasesFor('某单位自己的手册', '第一条')).toBe('');
  expect(aliasesFor('中国共产党章程', '第九百条')).toBe('');
  expect(aliasesId()).toMatch(/^[0-9a-f]+$/);
});

test('a long heading split into passages gives each passage the phrases of its own paragraphs (anchored keys)', async () => {
  // Each passage is found by a sentence of its own (what ranks first for a topic changes with the ranking).
  const outline = async (sentence: string) => (await service.retrieve(sentence, 20)).map((h) => h.passage).find((p) => p.article === '总纲' && p.text.includes(sentence));
  const serve = await outline('坚持全心全意为人民服务');
  const nature = await outline('中国共产党是中国工人阶级的先锋队');
  expect(serve && nature).toBeTruthy();
  expect(aliasesFor('中国共产党章程', null, '总纲', serve!.text)).toContain('党的宗旨');
  expect(aliasesFor('中国共产党章程', null, '总纲', nature!.text)).not.toContain('党的宗旨');
  expect(aliasesFor('中国共产党章程', null, '总纲', '')).toBe('');
  // Through the service: the passage that states the main social contradiction is found by how members ask it.
  const hits = await service.retrieve('现在咱们社会的主要矛盾是啥');
  expect(hits[0]?.passage.text).toContain('不平衡不充分');
});

test('a question in the aliases’ words finds the article and quotes only its text', async () => {
  // 多大 / 年龄 appear nowhere in 第一条, which says 年满十八岁.
  const hits = await service.retrieve('入党有年龄限制吗，多大能入党');
  expect(hits[0]?.passage.article).toBe('第一条');
  const answer = await service.ask('入党有年龄限制吗，多大能入党', { channel: 'test' });
  expect(answer.declined).toBe(false);
  expect(answer.text).toContain('十八岁');
  expect(answer.text).not.toContain(aliasesFor('中国共产党章程', '第一条').split('；')[0]);
});

test('a word found only among the aliases counts at ALIAS_CREDIT', () => {
  const focus = [{ term: '退党', weight: 1, known: true, alts: [], parts: [] }];
  expect(focusCoverage(focus as never, '党员有退党的自由')).toBe(1);
  expect(focusCoverage(focus as never, '党员要求', '能不能退党')).toBe(ALIAS_CREDIT);
  expect(focusCoverage(focus as never, '党员要求', '')).toBe(0);
});
