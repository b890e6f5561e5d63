import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HybridIndex } from './hybrid-index';
import { createEmbeddings, LocalEmbeddings } from './local-embedder';
import { loadRegulationPassages, type RegulationPassage } from './regulation-passages';
import { startFakeEmbeddings, type FakeEmbeddings } from '../../test/fakes/embeddings-server';

describe('HybridIndex with remote embeddings', () => {
  let server: FakeEmbeddings;
  let baseUrl: string;
  let dir: string;
  let passages: RegulationPassage[];

  beforeAll(async () => {
    // 64-d hashed vectors of the input text.
    const model = new LocalEmbeddings({ dim: 64 });
    server = await startFakeEmbeddings((text) => model.embed(text));
    baseUrl = server.baseUrl;
    dir = mkdtempSync(join(tmpdir(), 'hybrid-remote-'));
    passages = loadRegulationPassages().filter((p) => p.file.startsWith('中国共产党纪律处分条例'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  it('embeds through the endpoint, persists, and reuses stored vectors without calling it', async () => {
    const embeddings = createEmbeddings({ baseUrl, apiKey: 'k', model: 'fake-64' }, { maxRetries: 0 });
    const index = await HybridIndex.build(passages, embeddings);
    expect(index.embeddingsId).toBe('openai/fake-64');
    expect(index.vectorOf(passages[0]!.id)).toHaveLength(64);
    const hits = await index.search('受了留党察看处分还能投票吗', 3);
    expect(hits.map((h) => passages.find((p) => p.id === h.passageId)!.article)).toContain('第十二条');
    expect(hits[0]!.cosine).toBeGreaterThan(0);

    await index.save(dir, 3);
    const same = await HybridIndex.load(dir, 3, createEmbeddings({ baseUrl, apiKey: 'k', model: 'fake-64' }));
    expect(same?.size).toBe(passages.length);
    expect(await HybridIndex.load(dir, 3, createEmbeddings({ baseUrl, apiKey: 'k', model: 'other-model' }))).toBeNull();
    expect(await HybridIndex.load(dir, 3, new LocalEmbeddings())).toBeNull();

    const before = server.requests.length;
    const rebuilt = await HybridIndex.build(
      passages.map((p) => ({ ...p, embedding: Float32Array.from(index.vectorOf(p.id)!) })),
      embeddings,
    );
    expect(server.requests.length).toBe(before);
    const q = '开除党籍以后几年内不得重新入党';
    expect((await rebuilt.search(q, 5)).map((h) => h.passageId)).toEqual((await index.search(q, 5)).map((h) => h.passageId));
  });

  it('saves and loads an empty index', async () => {
    const empty = HybridIndex.empty(new LocalEmbeddings());
    await empty.save(join(dir, 'empty'), 1);
    const loaded = await HybridIndex.load(join(dir, 'empty'), 1, new LocalEmbeddings());
    expect(loaded?.size).toBe(0);
    expect(await loaded!.search('党费', 5)).toEqual([]);
    await loaded!.add(passages.slice(0, 5));
    expect(loaded!.size).toBe(5);
  });
});
