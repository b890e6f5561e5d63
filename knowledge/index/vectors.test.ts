import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { VectorIndex } from './vectors';

const unit = (angle: number, z = 0): number[] => [Math.cos(angle), Math.sin(angle), z];

describe('VectorIndex', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vectors-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nearest neighbours, grows past its capacity and skips removed ids', () => {
    const v = new VectorIndex(3, { capacity: 16 });
    for (let i = 0; i < 100; i++) v.add(1000 + i, unit(i / 40));
    expect(v.size).toBe(100);
    const hits = v.search(unit(5 / 40), 3);
    expect(hits[0]).toEqual({ id: 1005, cosine: expect.closeTo(1, 5) });
    expect(hits.map((h) => h.id).sort()).toEqual([1004, 1005, 1006]);
    expect(v.remove(1005)).toBe(true);
    expect(v.remove(1005)).toBe(false);
    expect(v.search(unit(5 / 40), 2).map((h) => h.id).sort()).toEqual([1004, 1006]);
    v.add(1005, unit(5 / 40));
    expect(v.search(unit(5 / 40), 1)[0]!.id).toBe(1005);
    expect(v.search(unit(5 / 40), 1000)).toHaveLength(100);
  });

  it('round-trips through save/load without the removed points', async () => {
    const v = VectorIndex.fromVectors(3, Array.from({ length: 50 }, (_x, i) => ({ id: i + 1, vector: unit(i / 5, 0.1) })));
    v.remove(10);
    const file = join(dir, 'v.hnsw');
    await v.save(file);
    const w = await VectorIndex.load(file, 3);
    expect(w.size).toBe(49);
    expect(w.has(10)).toBe(false);
    for (const a of [0.3, 2, 7.5]) expect(w.search(unit(a, 0.1), 5)).toEqual(v.search(unit(a, 0.1), 5));
    expect(w.cosineTo(unit(0, 0.1), 1)).toBeCloseTo(1, 5);
    w.add(10, unit(9 / 5, 0.1));
    expect(w.size).toBe(50);
  });

  it('refuses a missing file, another dimension and a wrong label', async () => {
    await expect(VectorIndex.load(join(dir, 'none.hnsw'), 3)).rejects.toThrow();
    const v = VectorIndex.fromVectors(3, [{ id: 1, vector: unit(1) }]);
    const file = join(dir, 'v.hnsw');
    await v.save(file);
    await expect(VectorIndex.load(file, 4)).rejects.toThrow(/3-d|4-d/);
    writeFileSync(file, 'garbage');
    await expect(VectorIndex.load(file, 3)).rejects.toThrow();
    expect(() => v.add(-1, unit(1))).toThrow();
    expect(() => v.add(2, [1, 2])).toThrow();
  });
});
