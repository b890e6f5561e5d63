/**
 * `npm run eval` end to end on a small corpus: retrieval, decline and must_contain metrics offline,
 * and the same run measuring a configured model (the openai SDK against a local fake), whose
 * answers are the ones must_contain reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/fakes/openai-server';
import { runEval } from './run';

jest.setTimeout(60_000);

let dir: string;
let model: FakeOpenAI;
const qa = (lines: object[]): string => {
  const file = path.join(dir, `qa-${Math.random().toString(36).slice(2)}.jsonl`);
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
  return file;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-eval-'));
  fs.mkdirSync(path.join(dir, 'corpus'));
  fs.writeFileSync(
    path.join(dir, 'corpus', 'rules.md'),
    '# 测试党支部细则\n\n第一条 本支部的支部委员会会议每月召开一次。\n\n第二条 本支部的党员大会每季度召开一次。\n\n第三条 党员应当按月交纳党费。\n',
  );
  model = await startFakeOpenAI((user) => (user.split('问题：').pop()!.includes('党员大会') ? '按照《测试党支部细则》第二条，党员大会每三个月开一次。' : 'NO_SUPPORT'));
});
afterAll(async () => {
  await model.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CASES = [
  { id: 'a1', question: '支委会多久开一次', doc: 'rules.md', article: '第一条', answer: '每月召开一次', must_contain: ['每月'] },
  { id: 'a2', question: '党员大会多久召开一次', doc: 'rules.md', article: '第二条', answer: '每季度召开一次', must_contain: ['每季度'] },
  { id: 'd1', question: '红烧肉怎么做才好吃', doc: null, article: null, answer: null, must_contain: [] },
];

test('offline: recall, MRR, declines and must_contain of the extractive answers', async () => {
  const r = await runEval({ corpus: path.join(dir, 'corpus'), qa: qa(CASES), baselines: false });
  expect(r).toMatchObject({ 'recall@1': 1, 'recall@5': 1, mrr: 1, declinePrecision: 1, declineRecall: 1, mustContain: 1 });
  expect(r.cases.map((c) => c.declined)).toEqual([false, false, true]);
});

test('with a model configured the answers are the model’s: must_contain reads them', async () => {
  const calls = model.requests.length;
  const r = await runEval({
    corpus: path.join(dir, 'corpus'),
    qa: qa(CASES),
    baselines: false,
    models: { llm: { baseUrl: model.baseUrl, apiKey: 'k', model: 'eval-model' }, embeddings: undefined },
  });
  expect(model.requests.length).toBeGreaterThan(calls);
  // The model says 每三个月 (not 每季度) and refuses the first question: both miss must_contain.
  expect(r.mustContain).toBe(0);
  expect(r.cases[0]).toMatchObject({ declined: true, declineReason: 'model-no-support' });
  expect(r.cases[1]!.answer).toContain('每三个月');
  expect(r['recall@1']).toBe(1);
});
