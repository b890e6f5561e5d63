/** A bounded min-heap keeping the `k` highest-scoring items (O(n log k) selection). */
export class TopK {
  private items: number[] = [];
  private scores: number[] = [];

  constructor(private readonly k: number) {}

  /** Offers an item; kept only if it beats the current k-th best. Equal scores prefer the smaller item, whatever the order of pushes. */
  push(item: number, score: number): void {
    const { items, scores } = this;
    if (items.length < this.k) {
      items.push(item);
      scores.push(score);
      this.up(items.length - 1);
    } else if (this.k > 0 && (score > scores[0]! || (score === scores[0]! && item < items[0]!))) {
      items[0] = item;
      scores[0] = score;
      this.down(0);
    }
  }

  /** The lowest kept score (the k-th best once full), or 0 when empty. */
  min(): number {
    return this.scores.length ? this.scores[0]! : 0;
  }

  /** The kept items, best first (ties: smaller item first, for determinism). */
  sorted(): { item: number; score: number }[] {
    return this.items
      .map((item, i) => ({ item, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.item - b.item);
  }

  /** Heap order: the root is the worst kept item (lowest score, then largest item). */
  private less(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.items[i]! > this.items[j]!);
  }

  private swap(i: number, j: number): void {
    const { items, scores } = this;
    [items[i], items[j]] = [items[j]!, items[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
