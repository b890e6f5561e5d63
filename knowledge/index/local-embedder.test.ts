import { OpenAIEmbeddings } from '@langchain/openai';
import { createEmbeddings, embeddingsId, LocalEmbeddings } from './local-embedder';
import { cosineSimilarity } from './vectors';
import { startFakeEmbeddings, type FakeEmbeddings } from '../../test/fakes/embeddings-server';

const corpus = [
  '预备党员的预备期为一年。党组织对预备党员应当认真教育和考察。',
  '党支部应当每月开展1次主题党日，组织党员集中学习、过组织生活。',
  '党员受留党察看处分期间，没有表决权、选举权和被选举权。',
  '党员应当按期交纳党费。党组织应当做好党费收缴、使用和管理工作。',
  '党支部每年至少召开1次组织生活会。',
];

describe('LocalEmbeddings', () => {
  it('is deterministic across instances and L2-normalised', async () => {
    const a = new LocalEmbeddings();
    const b = new LocalEmbeddings();
    a.fit(corpus);
    b.fit(corpus);
    const [va] = await a.embedDocuments([corpus[0]!]);
    const vb = await b.embedQuery(corpus[0]!);
    expect(va).toEqual(vb);
    expect(va).toHaveLength(512);
    expect(Math.hypot(...va!)).toBeCloseTo(1, 10);
    expect(await a.embedQuery('')).toEqual(new Array(512).fill(0));
  });

  it('puts paraphrases closer than unrelated text', async () => {
    const e = new LocalEmbeddings();
    e.fit(corpus);
    const [doc, , discipline] = await e.embedDocuments(corpus);
    const para = await e.embedQuery('预备党员预备期是多长时间');
    const other = await e.embedQuery('党费怎么交');
    const unrelated = await e.embedQuery('明天北京天气怎么样');
    expect(cosineSimilarity(para, doc!)).toBeGreaterThan(cosineSimilarity(other, doc!));
    expect(cosineSimilarity(para, doc!)).toBeGreaterThan(cosineSimilarity(unrelated, doc!) + 0.2);
    expect(cosineSimilarity(await e.embedQuery('留党察看的党员有没有选举权'), discipline!)).toBeGreaterThan(0.3);
  });

  it('restores its fitted state', async () => {
    const a = new LocalEmbeddings({ dim: 384 });
    a.fit(corpus);
    const b = new LocalEmbeddings({ dim: 384 });
    expect(b.fitted).toBe(false);
    b.loadState(JSON.parse(JSON.stringify(a.getState())));
    expect(await b.embedQuery('主题党日多久一次')).toEqual(await a.embedQuery('主题党日多久一次'));
    expect(() => new LocalEmbeddings({ dim: 512 }).loadState(a.getState())).toThrow();
  });
});

describe('createEmbeddings', () => {
  let server: FakeEmbeddings;

  beforeAll(async () => {
    server = await startFakeEmbeddings((text, index) => [text.length, index + 1, 0.5]);
  });
  afterAll(() => server.close());

  it('returns LocalEmbeddings when no endpoint is configured', () => {
    const e = createEmbeddings(undefined);
    expect(e).toBeInstanceOf(LocalEmbeddings);
    expect(embeddingsId(e)).toMatch(/^local-hash\//);
  });

  it('calls an OpenAI-compatible /v1/embeddings endpoint when configured', async () => {
    const e = createEmbeddings({ baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'bge-m3' }, { maxRetries: 0 });
    expect(e).toBeInstanceOf(OpenAIEmbeddings);
    expect(embeddingsId(e)).toBe('openai/bge-m3');
    const docs = await e.embedDocuments(['党费', '主题党日']);
    expect(docs).toEqual([
      [2, 1, 0.5],
      [4, 2, 0.5],
    ]);
    expect(await e.embedQuery('预备期')).toEqual([3, 1, 0.5]);
    expect(server.requests[0]).toMatchObject({ auth: 'Bearer sk-test', body: { model: 'bge-m3' } });
  });
});
