/**
 * A local OpenAI-compatible embeddings server on 127.0.0.1: POST /v1/embeddings answering each input
 * with the vector `embed` gives it. Records every request (authorization header and body).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeEmbeddings {
  baseUrl: string;
  requests: Array<{ auth: string | undefined; body: { model: string; input: string[] | string } }>;
  close(): Promise<void>;
}

export async function startFakeEmbeddings(embed: (text: string, index: number) => number[]): Promise<FakeEmbeddings> {
  const fake: FakeEmbeddings = { baseUrl: '', requests: [], close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeEmbeddings['requests'][number]['body'];
      fake.requests.push({ auth: req.headers.authorization, body });
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: embed(text, index) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise((r) => server.close(() => r()));
  return fake;
}
