/**
 * Sliding-window rate limiting with reserved slots, shared by both runners.
 *
 * Each limit key keeps the start times it granted. A job asking for a slot gets
 * `t = max(now, last grant, grants[n-max] + duration)` for every rule that applies, and `t` is recorded
 * for all of them at once — so no window of `durationMs` ever holds more than `max` starts, grants
 * are FIFO, and a job over the limit is re-delayed exactly once, to its own slot (the reservation is
 * found again by its token when it wakes). The in-process version serves the embedded runner; the
 * Lua version (same algorithm, Redis time) serves the BullMQ runner across processes.
 */

/** One applicable limit. */
export interface LimitSpec {
  key: string;
  max: number;
  durationMs: number;
}

/** Asks for a slot: 0 = go now, otherwise wait that many ms (the slot is reserved for `token`). */
export interface SlotLimiter {
  acquire(limits: LimitSpec[], token: string): Promise<number>;
}

/** In-process limiter for one runner. */
export class MemorySlotLimiter implements SlotLimiter {
  private readonly grants = new Map<string, number[]>();
  private readonly reserved = new Map<string, number>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(limits: LimitSpec[], token: string): Promise<number> {
    return this.acquireSync(limits, token);
  }

  acquireSync(limits: LimitSpec[], token: string): number {
    const now = this.now();
    const r = this.reserved.get(token);
    if (r !== undefined) {
      if (r <= now) {
        this.reserved.delete(token);
        return 0;
      }
      return r - now;
    }
    let t = now;
    const lists: number[][] = [];
    for (const l of limits) {
      let g = this.grants.get(l.key);
      if (!g) this.grants.set(l.key, (g = []));
      let drop = 0;
      while (drop < g.length && g[drop]! <= now - l.durationMs) drop++;
      if (drop) g.splice(0, drop);
      if (g.length >= l.max) t = Math.max(t, g[g.length - l.max]! + l.durationMs);
      if (g.length) t = Math.max(t, g[g.length - 1]!);
      lists.push(g);
    }
    for (const g of lists) g.push(t);
    if (t > now) this.reserved.set(token, t);
    this.sweep(now);
    return t - now;
  }

  /** Drops reservations nobody came back for (cancelled jobs) and empty keys. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [tok, t] of this.reserved) if (t < now - 3_600_000) this.reserved.delete(tok);
    for (const [k, g] of this.grants) if (g.length === 0) this.grants.delete(k);
  }
}

/**
 * Redis version. KEYS = one sorted set per limit, then the reservation hash.
 * ARGV = token, then max and duration per limit. Returns ms to wait (0 = go).
 */
export const SLOT_LIMITER_LUA = `
local tm = redis.call('TIME')
local now = tonumber(tm[1]) * 1000 + math.floor(tonumber(tm[2]) / 1000)
local token = ARGV[1]
local resKey = KEYS[#KEYS]
local r = redis.call('HGET', resKey, token)
if r then
  r = tonumber(r)
  if r <= now then
    redis.call('HDEL', resKey, token)
    return 0
  end
  return r - now
end
local t = now
local n = #KEYS - 1
for i = 1, n do
  local max = tonumber(ARGV[2 * i])
  local dur = tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - dur)
  local c = redis.call('ZCARD', KEYS[i])
  if c >= max then
    local g = redis.call('ZRANGE', KEYS[i], c - max, c - max, 'WITHSCORES')
    t = math.max(t, tonumber(g[2]) + dur)
  end
  if c > 0 then
    local last = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
    t = math.max(t, tonumber(last[2]))
  end
end
for i = 1, n do
  local dur = tonumber(ARGV[2 * i + 1])
  redis.call('ZADD', KEYS[i], t, token)
  redis.call('PEXPIRE', KEYS[i], t - now + dur + 1000)
end
if t > now then
  redis.call('HSET', resKey, token, t)
  local ttl = redis.call('PTTL', resKey)
  if ttl < t - now + 3600000 then redis.call('PEXPIRE', resKey, t - now + 3600000) end
end
return t - now
`;
