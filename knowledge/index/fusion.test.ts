import { reciprocalRankFusion } from './fusion';

describe('reciprocalRankFusion', () => {
  const bm25 = [
    { id: 1, score: 9, norm: 0.9, matched: 1 },
    { id: 2, score: 5, norm: 0.5, matched: 0.5 },
  ];
  const vectors = [
    { id: 3, cosine: 0.8 },
    { id: 2, cosine: 0.7 },
  ];

  it('rewards passages both lists agree on and keeps each source signal', () => {
    const fused = reciprocalRankFusion(bm25, vectors, 10);
    expect(fused.map((f) => f.id)).toEqual([2, 1, 3]);
    expect(fused[0]).toMatchObject({ bm25Rank: 2, vectorRank: 2, bm25Score: 5, bm25Norm: 0.5, cosine: 0.7 });
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 62, 10);
    expect(fused[2]!.bm25Rank).toBeUndefined();
  });

  it('applies weights and the limit', () => {
    const fused = reciprocalRankFusion(bm25, vectors, 2, { k: 1, vectorWeight: 0 });
    expect(fused.map((f) => f.id)).toEqual([1, 2]);
  });
});
