/**
 * Sliding-window rate limiting with reserved slots, shared by both runners.
 *
 * Each limit key keeps the start times it granted. A job asking for a slot gets
 * `t = max(now, last grant, grants[n-max] + duration)` for every rule that applies, and `t` is recorded
 * for all of them at once — so no window of `durationMs` ever holds more than `max` starts, grants
 * are FIFO, and a job over the limit is re-delayed to its own slot (the reservation is found again by
 * its token when it wakes). When the slot is due, the actual start is checked against the actual
 * starts of the last window too, so a job that ran late (a busy worker) cannot squeeze the next
 * window: what the platform sees never exceeds the limit. The in-process version serves the embedded runner; the
 * Lua version (same algorithm, Redis time) serves the BullMQ runner across processes.
 */

/** One applicable limit. */
export interface LimitSpec {
  key: string;
  max: number;
  durationMs: number;
  /** Keep the order of grants (per-chat keys: messages arrive in order). False = a job may take an
   * earlier free slot (shared keys such as "30/s overall", so one busy chat does not hold up others). */
  fifo?: boolean;
}

/**
 * Extra spacing added to every window (2 % of it, 10 ms..1 s): requests take a little longer or
 * shorter on the way to the platform, and the platform counts arrivals.
 */
export function guardMs(durationMs: number): number {
  return Math.min(1000, Math.max(10, Math.round(durationMs / 50)));
}

const withGuard = (d: number) => d + guardMs(d);

/** How many earlier slots a non-FIFO key looks at before appending. */
const GAP_CANDIDATES = 64;

/** True when adding a start at `t` to sorted `g` keeps every `d` window at ≤ `m` starts. */
export function feasibleAt(g: number[], m: number, d: number, t: number): boolean {
  const n = g.length;
  let p = 0;
  while (p < n && g[p]! <= t) p++;
  const at = (k: number) => (k < p ? g[k]! : k === p ? t : g[k - 1]!);
  for (let j = Math.max(0, p - m); j <= p; j++) if (j + m <= n && at(j + m) - at(j) < d) return false;
  return true;
}

/** The earliest slot ≥ t0 for one key: appended after the last grant, or (non-FIFO) an earlier gap. */
function earliestSlot(g: number[], l: LimitSpec, t0: number): number {
  const n = g.length;
  let append = t0;
  if (n >= l.max) append = Math.max(append, g[n - l.max]! + l.durationMs);
  if (l.fifo !== false) return n ? Math.max(append, g[n - 1]!) : append;
  if (n ? append >= g[n - 1]! : true) return append;
  const candidates = [t0];
  for (const x of g) if (x + l.durationMs > t0 && candidates.length < GAP_CANDIDATES) candidates.push(x + l.durationMs);
  for (const c of candidates) {
    if (c >= append) break;
    if (feasibleAt(g, l.max, l.durationMs, c)) return c;
  }
  return Math.max(append, g[n - 1]!);
}

/** Asks for a slot: 0 = go now, otherwise wait that many ms (the slot is reserved for `token`). */
export interface SlotLimiter {
  acquire(limits: LimitSpec[], token: string): Promise<number>;
}


/** In-process limiter for one runner. */
export class MemorySlotLimiter implements SlotLimiter {
  /** Planned start times per key (reservations included). */
  private readonly grants = new Map<string, number[]>();
  /** Actual start times per key. */
  private readonly starts = new Map<string, number[]>();
  private readonly reserved = new Map<string, number>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(limits: LimitSpec[], token: string): Promise<number> {
    return this.acquireSync(limits, token);
  }

  acquireSync(limits: LimitSpec[], token: string): number {
    const now = this.now();
    const r = this.reserved.get(token);
    if (r !== undefined) return r > now ? r - now : this.confirm(limits, token, now);
    const t = this.reserve(limits, token, now);
    return t > now ? t - now : this.confirm(limits, token, now);
  }

  /** Reserves a slot without starting (at enqueue time); returns ms until it. */
  plan(limits: LimitSpec[], token: string): number {
    const now = this.now();
    const r = this.reserved.get(token);
    return Math.max(0, (r ?? this.reserve(limits, token, now)) - now);
  }

  private reserve(specs: LimitSpec[], token: string, now: number): number {
    const limits = specs.map((l) => ({ ...l, durationMs: withGuard(l.durationMs) }));
    const lists = limits.map((l) => this.window(this.grants, l.key, now - l.durationMs));
    let t = now;
    let settled = false;
    for (let round = 0; round < 8 && !settled; round++) {
      settled = true;
      limits.forEach((l, i) => {
        const e = earliestSlot(lists[i]!, l, t);
        if (e > t) {
          t = e;
          settled = false;
        }
      });
    }
    if (!settled) t = Math.max(...limits.map((l, i) => earliestSlot(lists[i]!, { ...l, fifo: true }, now)));
    for (const g of lists) {
      let i = g.length;
      while (i > 0 && g[i - 1]! > t) i--;
      g.splice(i, 0, t);
    }
    this.reserved.set(token, t);
    this.sweep(now);
    return t;
  }

  /** The slot is due: check the actual starts (a late start must not squeeze the next window), then record it. */
  private confirm(limits: LimitSpec[], token: string, now: number): number {
    let wait = 0;
    const lists: number[][] = [];
    for (const l of limits) {
      const d = withGuard(l.durationMs);
      const s = this.window(this.starts, l.key, now - d);
      if (s.length >= l.max) wait = Math.max(wait, s[s.length - l.max]! + d - now);
      lists.push(s);
    }
    if (wait > 0) return wait;
    for (const s of lists) {
      // keep sorted: starts arrive nearly in order
      let i = s.length;
      while (i > 0 && s[i - 1]! > now) i--;
      s.splice(i, 0, now);
    }
    this.reserved.delete(token);
    return 0;
  }

  private window(m: Map<string, number[]>, key: string, after: number): number[] {
    let g = m.get(key);
    if (!g) m.set(key, (g = []));
    let drop = 0;
    while (drop < g.length && g[drop]! <= after) drop++;
    if (drop) g.splice(0, drop);
    return g;
  }

  /** Drops reservations nobody came back for (cancelled jobs) and empty keys. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [tok, t] of this.reserved) if (t < now - 3_600_000) this.reserved.delete(tok);
    for (const m of [this.grants, this.starts]) for (const [k, g] of m) if (g.length === 0) m.delete(k);
  }
}

/**
 * Redis version. KEYS = n planned-grant sorted sets, n actual-start sorted sets, then the reservation
 * hash. ARGV = token, mode ("acquire" = go or wait; "plan" = only reserve, at enqueue time), then max, duration
 * and fifo ("1"/"0") per limit. Returns ms to wait (0 = go / slot is now).
 */
export const SLOT_LIMITER_LUA = `
local tm = redis.call('TIME')
local now = tonumber(tm[1]) * 1000 + math.floor(tonumber(tm[2]) / 1000)
local token = ARGV[1]
local plan = ARGV[2] == 'plan'
local n = (#KEYS - 1) / 2
local resKey = KEYS[#KEYS]
local maxs, durs, fifos = {}, {}, {}
for i = 1, n do
  maxs[i] = tonumber(ARGV[3 * i])
  local d = tonumber(ARGV[3 * i + 1])
  durs[i] = d + math.min(1000, math.max(10, math.floor(d / 50 + 0.5)))
  fifos[i] = ARGV[3 * i + 2] == '1'
end
local function confirm()
  local wait = 0
  for i = 1, n do
    local max = maxs[i]
    local dur = durs[i]
    local sk = KEYS[n + i]
    redis.call('ZREMRANGEBYSCORE', sk, '-inf', now - dur)
    local c = redis.call('ZCARD', sk)
    if c >= max then
      local g = redis.call('ZRANGE', sk, c - max, c - max, 'WITHSCORES')
      wait = math.max(wait, tonumber(g[2]) + dur - now)
    end
  end
  if wait > 0 then return wait end
  for i = 1, n do
    redis.call('ZADD', KEYS[n + i], now, token)
    redis.call('PEXPIRE', KEYS[n + i], durs[i] + 1000)
  end
  redis.call('HDEL', resKey, token)
  return 0
end
local r = redis.call('HGET', resKey, token)
if r then
  r = tonumber(r)
  if r > now then return r - now end
  if plan then return 0 end
  return confirm()
end
local function feasible(g, m, d, t)
  local cnt = #g
  local p = 0
  while p < cnt and g[p + 1] <= t do p = p + 1 end
  local function at(k)
    if k < p then return g[k + 1] elseif k == p then return t else return g[k] end
  end
  for j = math.max(0, p - m), p do
    if j + m <= cnt and at(j + m) - at(j) < d then return false end
  end
  return true
end
-- earliest slot >= t0 for rule i (appended, or for a non-FIFO key an earlier gap)
local function earliest(i, t0, forceFifo)
  local key = KEYS[i]
  local max = maxs[i]
  local dur = durs[i]
  local fifo = forceFifo or fifos[i]
  local c = redis.call('ZCARD', key)
  local append = t0
  if c >= max then
    local g = redis.call('ZRANGE', key, c - max, c - max, 'WITHSCORES')
    append = math.max(append, tonumber(g[2]) + dur)
  end
  if c == 0 then return append end
  local last = tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
  if fifo or append >= last then return math.max(append, last) end
  local lim = 64 + 2 * max
  local raw = redis.call('ZRANGEBYSCORE', key, '(' .. (t0 - dur), '+inf', 'WITHSCORES', 'LIMIT', 0, lim)
  local g = {}
  for k = 2, #raw, 2 do g[#g + 1] = tonumber(raw[k]) end
  local complete = #g < lim
  local horizon = g[#g]
  local cands = { t0 }
  for k = 1, #g do
    if g[k] + dur > t0 and #cands < 64 then cands[#cands + 1] = g[k] + dur end
  end
  for _, cand in ipairs(cands) do
    if cand >= append then break end
    if not complete and cand + dur > horizon then break end
    if feasible(g, max, dur, cand) then return cand end
  end
  return math.max(append, last)
end
local t = now
local settled = false
local round = 0
while not settled and round < 8 do
  settled = true
  round = round + 1
  for i = 1, n do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - durs[i])
    local e = earliest(i, t, false)
    if e > t then
      t = e
      settled = false
    end
  end
end
if not settled then
  t = now
  for i = 1, n do t = math.max(t, earliest(i, now, true)) end
end
for i = 1, n do
  redis.call('ZADD', KEYS[i], t, token)
  redis.call('PEXPIRE', KEYS[i], t - now + durs[i] + 1000)
end
redis.call('HSET', resKey, token, t)
local ttl = redis.call('PTTL', resKey)
if ttl < t - now + 3600000 then redis.call('PEXPIRE', resKey, t - now + 3600000) end
if t > now or plan then return t - now end
return confirm()
`;
