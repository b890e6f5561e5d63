/**
 * Plain Node HTTP plumbing for channel callbacks. Channels do not import express; the service
 * mounts these routes in its express app (admin/), tests mount them on `http.createServer`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request, possibly with a body already parsed by the host (express `json()`/`text()`). */
export type HttpRequest = IncomingMessage & { body?: unknown };

/** One HTTP route a channel serves. `path` is matched exactly, without the query string. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: (req: HttpRequest, res: ServerResponse) => void | Promise<void>;
  /** The handler reads the raw body itself (signed XML callbacks): the host must not parse it. */
  rawBody?: boolean;
}

/** Largest callback body accepted: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The raw request body as text; uses a host-parsed string/Buffer body when present. */
export async function readBodyText(req: HttpRequest, limit = MAX_BODY_BYTES): Promise<string> {
  if (typeof req.body === 'string') return req.body;
  if (Buffer.isBuffer(req.body)) return req.body.toString('utf8');
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object' && Object.keys(req.body).length > 0) {
    return JSON.stringify(req.body);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Query parameters decoded with decodeURIComponent (unlike URLSearchParams, "+" stays "+": base64 needs it). */
export function queryParams(url: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const q = (url ?? '').split('?')[1];
  if (!q) return out;
  for (const pair of q.split('&')) {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    const v = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      out[decodeURIComponent(k)] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** The path part of a request URL. */
export function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!;
}

export function sendText(res: ServerResponse, status: number, text = ''): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
