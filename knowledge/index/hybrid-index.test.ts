import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HybridIndex } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { loadRegulationPassages, type RegulationPassage } from './regulation-passages';

const DISCIPLINE = '中国共产党纪律处分条例（2018年修订）.md';
const EDUCATION = '中国共产党党员教育管理工作条例.md';
const CONSTITUTION = '中国共产党章程.md';

describe('HybridIndex over the six regulations', () => {
  let passages: RegulationPassage[];
  let byId: Map<number, RegulationPassage>;
  let index: HybridIndex;
  let buildMs: number;
  let dir: string;

  beforeAll(async () => {
    passages = loadRegulationPassages();
    byId = new Map(passages.map((p) => [p.id, p]));
    const t = performance.now();
    index = await HybridIndex.build(passages, new LocalEmbeddings());
    buildMs = performance.now() - t;
    dir = mkdtempSync(join(tmpdir(), 'hybrid-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const top = async (q: string, k = 3, ix = index): Promise<string[]> =>
    (await ix.search(q, k)).map((h) => `${byId.get(h.passageId)!.file}#${byId.get(h.passageId)!.article}`);

  it('indexes the corpus quickly', () => {
    expect(passages.length).toBeGreaterThan(380);
    expect(index.size).toBe(passages.length);
    expect(buildMs).toBeLessThan(5000);
  });

  it.each([
    ['主题党日多久搞一次', EDUCATION, '第十六条'],
    ['预备期多长', CONSTITUTION, '第七条'],
    ['受了留党察看处分还能投票吗', DISCIPLINE, '第十二条'],
    ['组织生活会一年开几次', EDUCATION, '第十七条'],
    ['被开除党籍的人过几年能重新入党', DISCIPLINE, '第十三条'],
    ['纪律处分条例第11条', DISCIPLINE, '第十一条'],
  ])('finds the article for "%s" in the top 3', async (q, file, article) => {
    expect(await top(q)).toContain(`${file}#${article}`);
  });

  it('returns calibrated support signals with every hit', async () => {
    const on = await index.searchDetailed('党员受留党察看处分期间有没有表决权', 5);
    const off = await index.searchDetailed('明天从北京去上海的高铁还有票吗', 5);
    for (const h of [...on.hits, ...off.hits]) {
      expect(h.bm25Norm).toBeGreaterThanOrEqual(0);
      expect(h.bm25Norm).toBeLessThanOrEqual(1);
      expect(h.cosine).toBeGreaterThanOrEqual(-1);
      expect(h.cosine).toBeLessThanOrEqual(1);
      expect(h.bm25Rank ?? h.vectorRank).toBeDefined();
    }
    const best = on.hits[0]!;
    expect(byId.get(best.passageId)!.article).toBe('第十二条');
    expect(best.bm25Norm).toBeGreaterThan(0.4);
    expect(best.matched).toBeGreaterThan(0.6);
    expect(best.cosine).toBeGreaterThan(0.3);
    expect(on.coverage).toBe(1);
    expect(off.coverage).toBeLessThan(0.7);
    expect(off.hits[0]?.matched ?? 0).toBeLessThan(0.4);
    expect(off.hits[0]?.bm25Norm ?? 0).toBeLessThan(0.3); // 高铁, 票 … are unknown words
    expect(off.hits[0]?.cosine ?? 0).toBeLessThan(best.cosine);
  });

  it('saves and loads by generation, and refuses stale or corrupt files', async () => {
    await index.save(dir, 7);
    const loaded = await HybridIndex.load(dir, 7, new LocalEmbeddings());
    expect(loaded).not.toBeNull();
    expect(loaded!.size).toBe(index.size);
    for (const q of ['主题党日多久搞一次', '入党介绍人有什么条件', '党费怎么交']) {
      expect(await loaded!.search(q, 5)).toEqual(await index.search(q, 5));
    }
    expect(await HybridIndex.load(dir, 8, new LocalEmbeddings())).toBeNull();
    expect(await HybridIndex.load(dir, 7, new LocalEmbeddings({ dim: 384 }))).toBeNull();
    expect(await HybridIndex.load(join(dir, 'missing'), 7, new LocalEmbeddings())).toBeNull();

    await index.save(dir, 9); // replaces generation 7, removes its files
    expect(readdirSync(dir).filter((f) => f.includes('.7.'))).toEqual([]);
    const bm25File = readdirSync(dir).find((f) => f.startsWith('bm25.'))!;
    writeFileSync(join(dir, bm25File), '{"format":"bm25/1","terms":');
    expect(await HybridIndex.load(dir, 9, new LocalEmbeddings())).toBeNull();
  });

  it('removes and re-adds a document', async () => {
    const copy = await HybridIndex.build(passages, new LocalEmbeddings());
    const discipline = passages.filter((p) => p.file === DISCIPLINE);
    expect(copy.removeDocument(discipline[0]!.documentId)).toBe(discipline.length);
    expect(copy.size).toBe(passages.length - discipline.length);
    const hits = await copy.search('受了留党察看处分还能投票吗', 10);
    expect(hits.every((h) => byId.get(h.passageId)!.file !== DISCIPLINE)).toBe(true);
    // Re-adding with the stored vectors gives back the same search results.
    await copy.add(discipline.map((p) => ({ ...p, embedding: index.vectorOf(p.id)! })));
    expect(copy.size).toBe(passages.length);
    expect(await top('受了留党察看处分还能投票吗', 3, copy)).toContain(`${DISCIPLINE}#第十二条`);
  });
});
