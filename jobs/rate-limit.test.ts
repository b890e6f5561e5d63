import { guardMs, MemorySlotLimiter } from './rate-limit';

// Every window carries a small guard for transit jitter: 1000 ms → 1020 ms.
const W = 1000 + guardMs(1000);

describe('MemorySlotLimiter (sliding window with reserved slots)', () => {
  let now = 0;
  const limiter = () => new MemorySlotLimiter(() => now);
  const robot = [{ key: 'robot:a', max: 2, durationMs: 1000 }];

  beforeEach(() => {
    now = 10_000;
  });

  test('max starts per window, then reserved FIFO slots one window later', () => {
    const l = limiter();
    expect(l.acquireSync(robot, 'j1')).toBe(0);
    expect(l.acquireSync(robot, 'j2')).toBe(0);
    expect(l.acquireSync(robot, 'j3')).toBe(W);
    expect(l.acquireSync(robot, 'j4')).toBe(W);
    expect(l.acquireSync(robot, 'j5')).toBe(2 * W);
    // asking again keeps the reservation
    expect(l.acquireSync(robot, 'j3')).toBe(W);
    now += W;
    expect(l.acquireSync(robot, 'j3')).toBe(0);
    expect(l.acquireSync(robot, 'j4')).toBe(0);
    expect(l.acquireSync(robot, 'j5')).toBe(W);
  });

  test('several rules: the slot satisfies all of them (per chat and overall)', () => {
    const l = limiter();
    const rules = (chat: string) => [
      { key: `chat:${chat}`, max: 1, durationMs: 1000 },
      { key: 'all', max: 3, durationMs: 1000 },
    ];
    expect(l.acquireSync(rules('a'), 'a1')).toBe(0);
    expect(l.acquireSync(rules('a'), 'a2')).toBe(W);
    expect(l.acquireSync(rules('b'), 'b1')).toBe(W); // FIFO on the shared key: after a2's slot
    expect(l.acquireSync(rules('c'), 'c1')).toBe(W);
    expect(l.acquireSync(rules('d'), 'd1')).toBe(2 * W); // overall 3 per second
  });

  test('a slot reached late waits for the actual starts of the last window (no squeeze)', () => {
    const l = limiter();
    expect(l.plan(robot, 'p1')).toBe(0);
    expect(l.plan(robot, 'p2')).toBe(0);
    expect(l.plan(robot, 'p3')).toBe(W);
    now += 400; // p1 and p2 start late, at +400
    expect(l.acquireSync(robot, 'p1')).toBe(0);
    expect(l.acquireSync(robot, 'p2')).toBe(0);
    now += W - 400; // p3's planned slot: but the window since the actual starts is not over
    expect(l.acquireSync(robot, 'p3')).toBe(400);
    now += 400;
    expect(l.acquireSync(robot, 'p3')).toBe(0);
  });

  test('separate keys do not wait for each other', () => {
    const l = limiter();
    for (let i = 0; i < 2; i++) expect(l.acquireSync(robot, `a${i}`)).toBe(0);
    expect(l.acquireSync([{ key: 'robot:b', max: 2, durationMs: 1000 }], 'b0')).toBe(0);
  });
});

describe('non-FIFO shared keys', () => {
  test('one busy chat does not hold up the others on the overall key', () => {
    let now = 0;
    const l = new MemorySlotLimiter(() => now);
    const rules = (chat: string) => [
      { key: `chat:${chat}`, max: 1, durationMs: 1000 },
      { key: 'all', max: 3, durationMs: 1000, fifo: false },
    ];
    // chat a has five messages: one per second
    expect([1, 2, 3, 4, 5].map((i) => l.acquireSync(rules('a'), `a${i}`))).toEqual([0, W, 2 * W, 3 * W, 4 * W]);
    // chat b is not behind a's reservations on the shared key
    expect(l.acquireSync(rules('b'), 'b1')).toBe(0);
    expect(l.acquireSync(rules('c'), 'c1')).toBe(0);
    expect(l.acquireSync(rules('d'), 'd1')).toBe(W); // overall 3 per second: a1, b1, c1
    expect(l.acquireSync(rules('e'), 'e1')).toBe(W);
    expect(l.acquireSync(rules('f'), 'f1')).toBe(2 * W);
  });

  test('feasibility keeps every window at max, also around later reservations', () => {
    const l = new MemorySlotLimiter(() => 0);
    const all = [{ key: 'all', max: 2, durationMs: 100, fifo: false }];
    const chat = (c: string) => [{ key: `c:${c}`, max: 1, durationMs: 1000 }, ...all];
    l.acquireSync(chat('a'), 'a1');
    l.acquireSync(chat('a'), 'a2'); // +1000 on all
    const slots = ['b', 'c', 'd', 'e', 'f'].map((c) => l.acquireSync(chat(c), c));
    const grants = [0, 1000, ...slots].sort((x, y) => x - y);
    for (let i = 2; i < grants.length; i++) expect(grants[i]! - grants[i - 2]!).toBeGreaterThanOrEqual(100);
  });
});
