import { Bm25Index, type Passage } from './bm25';
import { expandQuery } from './query-expand';

const p = (id: number, documentId: number, text: string, article: string | null = null, title = '测试规定'): Passage => ({
  id,
  documentId,
  title,
  article,
  headingPath: '',
  text,
});

const corpus: Passage[] = [
  p(1, 1, '党支部应当每月开展1次主题党日，组织党员集中学习、过组织生活。', '第十六条', '党员教育管理工作条例'),
  p(2, 1, '党支部每年至少召开1次组织生活会，一般以党员大会、党支部委员会会议或者党小组会形式进行。', '第十七条', '党员教育管理工作条例'),
  p(3, 2, '预备党员的预备期为一年。党组织对预备党员应当认真教育和考察。', '第七条', '中国共产党章程'),
  p(4, 3, '党员受留党察看处分期间，没有表决权、选举权和被选举权。', '第十二条', '纪律处分条例'),
  p(5, 3, '党员受到开除党籍处分，五年内不得重新入党。', '第十三条', '纪律处分条例'),
];

const ids = (hits: { id: number }[]): number[] => hits.map((h) => h.id);

describe('Bm25Index', () => {
  let index: Bm25Index;
  beforeEach(() => {
    index = new Bm25Index();
    for (const c of corpus) index.add(c);
  });

  it('ranks the passage that holds the query terms first', () => {
    expect(index.search(expandQuery('主题党日多久搞一次').terms, 3)[0]!.id).toBe(1);
    expect(index.search(expandQuery('预备期多长').terms, 3)[0]!.id).toBe(3);
    expect(index.search(expandQuery('受了留党察看处分还能投票吗').terms, 3)[0]!.id).toBe(4);
    expect(index.search(['组织生活会'], 5)[0]!.id).toBe(2);
    expect(index.search(['比特币'], 5)).toEqual([]);
  });

  it('boosts the article number and title fields', () => {
    const hits = index.search(expandQuery('纪律处分条例第十三条').terms, 2);
    expect(hits[0]!.id).toBe(5);
  });

  it('reports a normalised score and matched share in 0..1', () => {
    const [top] = index.search(expandQuery('留党察看期间有没有选举权').terms, 1);
    expect(top!.norm).toBeGreaterThan(0.3);
    expect(top!.norm).toBeLessThanOrEqual(1);
    expect(top!.matched).toBeGreaterThan(0.5);
    const q = expandQuery('留党察看期间有没有选举权').terms;
    expect(index.scoreOf(q, top!.id).score).toBeCloseTo(top!.score, 6);
    expect(index.coverage(expandQuery('明天高铁票').terms)).toBeLessThan(0.5);
  });

  it('removes a document and keeps document frequencies exact', () => {
    const before = index.search(['处分'], 5);
    expect(ids(before).sort()).toEqual([4, 5]);
    expect(index.removeDocument(3)).toBe(2);
    expect(index.size).toBe(3);
    expect(index.search(['处分'], 5)).toEqual([]);
    expect(index.search(['留党察看'], 5)).toEqual([]);
    // Same scores as an index that never held document 3.
    const fresh = new Bm25Index();
    for (const c of corpus.filter((c) => c.documentId !== 3)) fresh.add(c);
    const q = expandQuery('组织生活会多久开一次').terms;
    expect(index.search(q, 3)).toEqual(fresh.search(q, 3));
    index.compact();
    expect(index.search(q, 3)).toEqual(fresh.search(q, 3));
  });

  it('replaces a passage added again with the same id', () => {
    index.add(p(3, 2, '党员应当按期交纳党费。', '第八条'));
    expect(index.size).toBe(5);
    expect(index.search(['预备期'], 5)).toEqual([]);
    expect(ids(index.search(['党费'], 5))).toEqual([3]);
  });

  it('round-trips through a JSON snapshot', () => {
    index.removePassage(2);
    const copy = Bm25Index.fromSnapshot(JSON.parse(JSON.stringify(index.toSnapshot())));
    expect(copy.size).toBe(4);
    for (const q of ['主题党日多久搞一次', '预备期多长', '开除党籍以后多久能重新入党']) {
      const terms = expandQuery(q).terms;
      expect(copy.search(terms, 3)).toEqual(index.search(terms, 3));
    }
    copy.removeDocument(3);
    expect(copy.size).toBe(2);
  });

  it('rejects a malformed snapshot', () => {
    const snap = index.toSnapshot();
    expect(() => Bm25Index.fromSnapshot({ ...snap, lengths: '' })).toThrow();
  });
});

describe('Bm25Index pruning', () => {
  it('returns exactly what an exhaustive search returns', () => {
    // Imported lazily: the synthetic corpus reads the regulations from disk.
    const { syntheticPassages } = jest.requireActual<typeof import('./bench-retrieval')>('./bench-retrieval');
    const pruned = new Bm25Index({ pruneMinPostings: 32 });
    for (const p of syntheticPassages(3000)) pruned.add(p);
    const exhaustive = Bm25Index.fromSnapshot(pruned.toSnapshot(), { pruneMinPostings: Infinity });
    const questions = [
      '基层党组织在党史学习教育里担的是啥责任',
      '被开除党籍的人过几年能重新入党',
      '我现在还是预备党员，下周支部改选，我能投票吗',
      '党员领导干部应当参加双重组织生活',
      '党支部委员会会议多久召开一次',
    ];
    for (const q of questions) {
      const terms = expandQuery(q).terms;
      expect(pruned.search(terms, 10)).toEqual(exhaustive.search(terms, 10));
    }
  });
});
