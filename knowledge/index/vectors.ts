/**
 * Approximate nearest-neighbour search over passage vectors (hnswlib-node, cosine space).
 *
 * Labels are passage (chunk) ids, so they must be integers in 0..2^32-1. Removal marks the point
 * deleted (hnswlib skips it in searches); once deleted points pass a third of the index, or
 * before saving, the index is rebuilt from the live vectors (`getPoint`) so files stay compact.
 */
import { readFile, writeFile } from 'fs/promises';
import { HierarchicalNSW } from 'hnswlib-node';

/** HNSW parameters. */
export interface VectorIndexOptions {
  /** Graph degree, default 16. */
  m?: number;
  /** Build-time beam width, default 200. */
  efConstruction?: number;
  /** Query-time beam width (raised to k when smaller), default 64. */
  ef?: number;
  /** Initial capacity, default 1024 (doubles as needed). */
  capacity?: number;
  /** Random seed of level assignment, default 42 (deterministic builds). */
  seed?: number;
}

/** One vector result. */
export interface VectorHit {
  /** Passage (chunk) id. */
  id: number;
  /** Cosine similarity, −1..1. */
  cosine: number;
}

/** Cosine similarity of two vectors (0 when either is all zeros). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** hnswlib wrapper keyed by passage id. */
export class VectorIndex {
  readonly dim: number;
  private readonly opts: Required<VectorIndexOptions>;
  private index: HierarchicalNSW;
  private live = new Set<number>();
  private deleted = new Set<number>();

  constructor(dim: number, options: VectorIndexOptions = {}) {
    if (!Number.isInteger(dim) || dim <= 0) throw new Error(`invalid vector dimension ${dim}`);
    this.dim = dim;
    this.opts = { m: 16, efConstruction: 200, ef: 64, capacity: 1024, seed: 42, ...options };
    this.index = this.fresh(this.opts.capacity);
  }

  private fresh(capacity: number): HierarchicalNSW {
    const index = new HierarchicalNSW('cosine', this.dim);
    index.initIndex(Math.max(16, capacity), this.opts.m, this.opts.efConstruction, this.opts.seed);
    return index;
  }

  /** Number of live vectors. */
  get size(): number {
    return this.live.size;
  }

  /** True when `id` has a live vector. */
  has(id: number): boolean {
    return this.live.has(id);
  }

  /** Ids of the live vectors. */
  ids(): number[] {
    return [...this.live];
  }

  /** Adds or replaces the vector of `id`. */
  add(id: number, vector: readonly number[]): void {
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new Error(`vector label must be a uint32, got ${id}`);
    if (vector.length !== this.dim) throw new Error(`vector of ${vector.length} dims, index has ${this.dim}`);
    if (this.deleted.has(id)) {
      // Re-adding a removed id: hnswlib updates the existing point in place.
      this.index.unmarkDelete(id);
      this.deleted.delete(id);
    } else if (!this.live.has(id) && this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(this.index.getMaxElements() * 2);
    }
    this.index.addPoint(vector as number[], id);
    this.live.add(id);
  }

  /** Marks `id` deleted; returns whether it was live. */
  remove(id: number): boolean {
    if (!this.live.delete(id)) return false;
    this.index.markDelete(id);
    this.deleted.add(id);
    if (this.deleted.size > 256 && this.deleted.size > this.live.size / 2) this.rebuild();
    return true;
  }

  /** The stored (normalised) vector of a live id. */
  vectorOf(id: number): number[] | undefined {
    return this.live.has(id) ? this.index.getPoint(id) : undefined;
  }

  /** Exact cosine between `vector` and the stored vector of `id` (undefined when absent). */
  cosineTo(vector: readonly number[], id: number): number | undefined {
    const v = this.vectorOf(id);
    return v ? cosineSimilarity(vector, v) : undefined;
  }

  /** The `k` nearest live vectors to `vector`, most similar first. */
  search(vector: readonly number[], k: number): VectorHit[] {
    const n = Math.min(k, this.live.size);
    if (n <= 0) return [];
    this.index.setEf(Math.max(this.opts.ef, n));
    const { neighbors, distances } = this.index.searchKnn(vector as number[], n);
    return neighbors.map((id, i) => ({ id, cosine: 1 - distances[i]! }));
  }

  /** Rebuilds the graph from the live vectors, dropping deleted points. */
  rebuild(): void {
    const items = [...this.live].sort((a, b) => a - b).map((id) => [id, this.index.getPoint(id)] as const);
    this.index = this.fresh(Math.max(this.opts.capacity, items.length * 2));
    for (const [id, v] of items) this.index.addPoint(v, id);
    this.deleted.clear();
  }

  /** Writes the index (compacted) to `path` and its dimension/count to `path + '.json'`. */
  async save(path: string): Promise<void> {
    if (this.deleted.size > 0) this.rebuild();
    await this.index.writeIndex(path);
    // hnswlib does not check the dimension on read (a 4-d file reads fine as 8-d garbage).
    await writeFile(`${path}.json`, JSON.stringify({ dim: this.dim, count: this.live.size }));
  }

  /** Reads an index written by `save`; throws when a file is missing or holds another dimension. */
  static async load(path: string, dim: number, options: VectorIndexOptions = {}): Promise<VectorIndex> {
    const meta = JSON.parse(await readFile(`${path}.json`, 'utf8')) as { dim?: unknown; count?: unknown };
    const vi = new VectorIndex(dim, { ...options, capacity: 16 });
    const index = new HierarchicalNSW('cosine', dim);
    await index.readIndex(path);
    vi.index = index;
    for (const id of index.getIdsList()) vi.live.add(id);
    if (meta.dim !== dim || meta.count !== vi.live.size) {
      throw new Error(`vector index ${path} holds ${meta.count} ${meta.dim}-d vectors, expected ${dim}-d (${vi.live.size} read)`);
    }
    return vi;
  }

  /** Builds an index from (id, vector) pairs. */
  static fromVectors(dim: number, items: Iterable<{ id: number; vector: readonly number[] }>, options: VectorIndexOptions = {}): VectorIndex {
    const list = [...items];
    const vi = new VectorIndex(dim, { ...options, capacity: Math.max(options.capacity ?? 1024, list.length) });
    for (const { id, vector } of list) vi.add(id, vector);
    return vi;
  }
}
