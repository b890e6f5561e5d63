/**
 * Downloads a feed with hard limits: a total timeout (connect + headers + body), a body size cap
 * (counted after decompression), and a redirect limit with loop detection. Every failure is a
 * `FeedFetchError` with a code, so the caller can store it and move on.
 */

/** Limits of one download. */
export interface FeedFetchOptions {
  /** Whole request including the body. Default 10 000 ms. */
  timeoutMs?: number;
  /** Largest accepted body in bytes. Default 2 MB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** User-Agent header. */
  userAgent?: string;
}

export const FEED_FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

export type FeedFetchErrorCode = 'bad_url' | 'timeout' | 'too_large' | 'redirect_loop' | 'too_many_redirects' | 'http_status' | 'network';

export class FeedFetchError extends Error {
  constructor(
    readonly code: FeedFetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export interface FetchedFeed {
  /** The URL after redirects. */
  url: string;
  body: string;
  contentType: string | null;
}

/** Fetches one feed URL; `fetchImpl` is injectable for tests of odd transports (default global fetch). */
export type FeedFetcher = (url: string) => Promise<FetchedFeed>;

function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedFetchError('bad_url', `not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedFetchError('bad_url', `unsupported protocol ${url.protocol}`);
  url.hash = '';
  return url;
}

/** Picks the charset from Content-Type or the XML declaration (many Chinese feeds are GBK). */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const length = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FeedFetchError('too_large', `body of ${length} bytes exceeds ${maxBytes} (${url})`);
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedFetchError('too_large', `body exceeds ${maxBytes} bytes (${url})`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

/** Creates a fetcher with the given limits. */
export function createFeedFetcher(opts: FeedFetchOptions = {}): FeedFetcher {
  const timeoutMs = opts.timeoutMs ?? FEED_FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FEED_FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FEED_FETCH_DEFAULTS.maxRedirects;
  const userAgent = opts.userAgent ?? 'PartyXiaozhi-NewsFetcher/1.0';

  return async (raw) => {
    let url = checkUrl(raw);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const seen = new Set<string>();
    try {
      for (let hop = 0; ; hop++) {
        seen.add(url.href);
        let res: Response;
        try {
          res = await fetch(url, {
            redirect: 'manual',
            signal: controller.signal,
            headers: { 'user-agent': userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5' },
          });
        } catch (err) {
          if (controller.signal.aborted) throw new FeedFetchError('timeout', `no complete answer within ${timeoutMs} ms (${url.href})`);
          const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
          throw new FeedFetchError('network', `${err instanceof Error ? err.message : String(err)}${cause} (${url.href})`);
        }
        if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
          await res.body?.cancel().catch(() => undefined);
          const next = checkUrl(new URL(res.headers.get('location')!, url).href);
          if (seen.has(next.href)) throw new FeedFetchError('redirect_loop', `redirect loop back to ${next.href}`);
          if (hop + 1 > maxRedirects) throw new FeedFetchError('too_many_redirects', `more than ${maxRedirects} redirects from ${raw}`);
          url = next;
          continue;
        }
        if (!res.ok) {
          await res.body?.cancel().catch(() => undefined);
          throw new FeedFetchError('http_status', `HTTP ${res.status} from ${url.href}`);
        }
        let bytes: Uint8Array;
        try {
          bytes = await readCapped(res, maxBytes, url.href);
        } catch (err) {
          if (err instanceof FeedFetchError) throw err;
          if (controller.signal.aborted) throw new FeedFetchError('timeout', `body not complete within ${timeoutMs} ms (${url.href})`);
          throw new FeedFetchError('network', `${err instanceof Error ? err.message : String(err)} (${url.href})`);
        }
        const contentType = res.headers.get('content-type');
        return { url: url.href, body: decode(bytes, contentType), contentType };
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
