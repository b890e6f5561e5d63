/** News (党建头条) domain types. */

/** An RSS/Atom feed configured through the admin API. */
export interface NewsSource {
  id: number;
  name: string;
  url: string;
  enabled: boolean;
  lastFetchedAt: Date | null;
  /** The last fetch's error ("timeout: …"), null after a successful fetch. */
  lastError: string | null;
  createdAt: Date;
}

/** A stored news item; `sourceId` null = an announcement posted by an admin. */
export interface NewsItem {
  id: number;
  sourceId: number | null;
  /** Source name, or "公告" for announcements. */
  sourceName: string;
  guid: string;
  title: string;
  link: string | null;
  summary: string | null;
  publishedAt: Date;
  createdAt: Date;
}

/** Outcome of fetching one source. */
export interface FetchReport {
  sourceId: number;
  name: string;
  ok: boolean;
  /** Items seen in the feed / newly stored. */
  seen: number;
  added: number;
  /** "code: message" when not ok. */
  error?: string;
  durationMs: number;
}

/** A group chat's news settings. */
export interface ChatNewsSettings {
  address: string;
  channel: string;
  kind: string;
  title: string | null;
  newsSubscribed: boolean;
  /** "HH:MM" in the app time zone. */
  digestTime: string;
}

export type NewsErrorCode = 'invalid' | 'not_found' | 'duplicate';

export class NewsError extends Error {
  constructor(
    readonly code: NewsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NewsError';
  }
}
