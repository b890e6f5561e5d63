/**
 * A growable posting list: ascending passage slots with their weighted term frequencies, kept
 * in typed arrays (compact, and the scoring loop stays monomorphic and cache-friendly).
 */
export class PostingList {
  slots: Int32Array;
  tfs: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.tfs = new Float32Array(capacity);
  }

  /** Appends a posting; `slot` must be larger than every slot already in the list. */
  push(slot: number, tf: number): void {
    if (this.length === this.slots.length) {
      const cap = this.slots.length * 2;
      const slots = new Int32Array(cap);
      slots.set(this.slots);
      const tfs = new Float32Array(cap);
      tfs.set(this.tfs);
      this.slots = slots;
      this.tfs = tfs;
    }
    this.slots[this.length] = slot;
    this.tfs[this.length] = tf;
    this.length++;
  }

  /** Index of `slot` in the list, or -1 (binary search). */
  find(slot: number): number {
    const slots = this.slots;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = slots[mid]!;
      if (v === slot) return mid;
      if (v < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Keeps postings whose slot maps to a new slot ≥ 0 (`remap`), renumbered, and trims capacity. */
  compact(remap: Int32Array): void {
    let w = 0;
    for (let i = 0; i < this.length; i++) {
      const r = remap[this.slots[i]!]!;
      if (r < 0) continue;
      this.slots[w] = r;
      this.tfs[w] = this.tfs[i]!;
      w++;
    }
    this.length = w;
    const cap = Math.max(4, w);
    if (cap < this.slots.length) {
      this.slots = this.slots.slice(0, cap);
      this.tfs = this.tfs.slice(0, cap);
    }
  }

  /** A list over copies of the given arrays. */
  static from(slots: Int32Array, tfs: Float32Array): PostingList {
    const p = new PostingList(Math.max(4, slots.length));
    p.slots.set(slots);
    p.tfs.set(tfs);
    p.length = slots.length;
    return p;
  }
}
