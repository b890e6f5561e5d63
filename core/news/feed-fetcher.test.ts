/** The feed downloader against a local HTTP server on 127.0.0.1: charsets, compression bombs, redirects. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { createFeedFetcher, FeedFetchError } from './feed-fetcher';

const GBK_TITLE = Buffer.from([0xb5, 0xb3, 0xbd, 0xa8]); // "党建" in GBK
const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/gbk':
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GBK"?><rss><channel><title>'), GBK_TITLE, Buffer.from('</title></channel></rss>')]));
    case '/gzip-bomb':
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' });
      return res.end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    case '/relative':
      res.writeHead(307, { location: 'gbk' });
      return res.end();
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    default:
      res.writeHead(500);
      return res.end();
  }
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const fetcher = createFeedFetcher({ timeoutMs: 3000, maxBytes: 1024 * 1024 });

test('a GBK feed is decoded by its XML declaration; relative redirects are followed', async () => {
  const direct = await fetcher(`${base}/gbk`);
  expect(direct.body).toContain('<title>党建</title>');
  const redirected = await fetcher(`${base}/relative`);
  expect(redirected.url).toBe(`${base}/gbk`);
  expect(redirected.body).toContain('党建');
});

test('the size cap counts decompressed bytes (a small gzip of 8 MB is refused)', async () => {
  await expect(fetcher(`${base}/gzip-bomb`)).rejects.toMatchObject({ code: 'too_large' });
});

test('non-http URLs and redirects to them are refused; HTTP errors are reported', async () => {
  await expect(fetcher('file:///etc/passwd')).rejects.toMatchObject({ code: 'bad_url' });
  await expect(fetcher(`${base}/to-file`)).rejects.toMatchObject({ code: 'bad_url' });
  await expect(fetcher(`${base}/500`)).rejects.toMatchObject({ code: 'http_status' });
  await expect(fetcher('http://127.0.0.1:1/feed')).rejects.toBeInstanceOf(FeedFetchError);
});
