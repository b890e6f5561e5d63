/**
 * A local OpenAI-compatible chat server on 127.0.0.1: POST /v1/chat/completions answering with a
 * scripted reply, streamed as server-sent events when asked. Records every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOpenAI {
  baseUrl: string;
  requests: Array<{ model: string; messages: Array<{ role: string; content: string }>; stream?: boolean }>;
  /** Decides the reply text from the user message; return null to answer HTTP 500. */
  reply: (userMessage: string) => string | null;
  close(): Promise<void>;
}

export async function startFakeOpenAI(reply: FakeOpenAI['reply']): Promise<FakeOpenAI> {
  const fake: FakeOpenAI = { baseUrl: '', requests: [], reply, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeOpenAI['requests'][number];
      fake.requests.push(body);
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const text = fake.reply(user);
      if (text === null) {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model down","type":"server_error"}}');
        return;
      }
      const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1735689600, model: body.model };
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }] }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const parts = text.match(/[\s\S]{1,6}/g) ?? [];
      for (const p of parts) res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise((r) => server.close(() => r()));
  return fake;
}
