/**
 * WeCom self-built app, end to end: the real @wecom/crypto on both sides, the callback routes on a
 * plain http server, replies through message/send to a local fake of the WeCom API.
 */
import { decrypt, getSignature } from '@wecom/crypto';
import { createWecomAppChannel, type WecomAppChannel } from '../../bot/channels/wecom-app/adapter';
import { createConversation, type Conversation } from '../../bot/pipeline';
import { createLogger } from '../../core/logger';
import { createTestDatabase, type TestDatabase } from '../db';
import { hostRoutes, waitFor, type RouteHost } from '../fakes/http-host';
import { createStubAnswerer } from '../fakes/qa-stub';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/wecom-api-server';
import { createWecomCallbackClient } from '../fakes/wecom-callback-client';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

// the project vector of ../shared/specs/channels.md §2.7
const TOKEN = 'PartyXiaozhiToken';
const KEY = 'PartyXiaozhiTestEncodingAESKey0123456789abc';
const CORP = 'ww0123456789abcdef';

let database: TestDatabase;
let api: FakeWecomApi;
let host: RouteHost;
let channel: WecomAppChannel;
let conversation: Conversation;
let client: ReturnType<typeof createWecomCallbackClient>;
let seq = 0;
const nextId = () => String(7453012345678900000n + BigInt(++seq));
const textsTo = (user: string) =>
  api.sent.filter((c) => c.body?.touser === user && c.body?.msgtype === 'text').map((c) => (c.body!.text as { content: string }).content);

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startFakeWecomApi({ corpId: CORP, secret: 'app-secret' });
  conversation = createConversation({
    db: database.db,
    qa: createStubAnswerer({ delayMs: (q) => (q.includes('慢') ? 400 : 0) }),
    logger: createLogger('silent'),
  });
  conversation.registerButton('mtg:rsvp', (ctx) => ({
    ack: { text: '已登记' },
    reply: { kind: 'text', text: `已为您登记会议 ${ctx.parts[0]}：${ctx.parts[1] === 'yes' ? '参加' : '请假'}` },
  }));
  channel = createWecomAppChannel(
    { corpId: CORP, agentId: '1000002', secret: 'app-secret', token: TOKEN, encodingAesKey: KEY, apiBase: api.url, timeoutMs: 300 },
    { conversation, logger: createLogger('silent'), retry: { baseDelayMs: 20 } },
  );
  host = await hostRoutes(channel.routes);
  client = createWecomCallbackClient({ baseUrl: host.url, token: TOKEN, encodingAesKey: KEY, corpId: CORP });
});

afterAll(async () => {
  await conversation.idle();
  await host.close();
  await api.close();
  await database.close();
});

test('the official WeCom crypto test vector and the project vector decrypt', () => {
  const official = decrypt('jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==');
  expect(official.id).toBe('wx5823bf96d3bd56c7');
  expect(official.message).toContain('<Content><![CDATA[hello]]></Content>');
  expect(official.message).toContain('<MsgId>4561255354251345929</MsgId>');
  expect(getSignature('QDG6eK', '1409659813', '1372623149', 'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==')).toBe('477715d11cdb4164915debcba66cb864d751f3e6');
});

test('GET URL verification echoes the decrypted echostr (spec vector), bad signature → 403', async () => {
  const echostr = '/dyyDnvEjJqgIHlGexYzvNQZpZbIrf3aH0Ik0dk3cFJpO+L61tT3H8s8OdcOvzxRiY2B/9rMyu4GDNlSkX8z1w==';
  const ok = await fetch(`${host.url}/wecom/callback?msg_signature=5a96407ecaa8dd10dbb51ff23996aef23cc8d869&timestamp=1735689600&nonce=1320562132&echostr=${encodeURIComponent(echostr)}`);
  expect(ok.status).toBe(200);
  expect(await ok.text()).toBe('4627719876953372016');
  expect(await client.verify('12345')).toEqual({ status: 200, text: '12345' });
  expect((await client.verify('12345', { badSignature: true })).status).toBe(403);
});

test('the spec message vector → acknowledged with an empty 200, cited answer sent to zhangsan', async () => {
  const encrypt =
    '/dyyDnvEjJqgIHlGexYzvFRRG/skLGQdoRYA0lfWep5/u9IhJpn88qMTaKFJzSXARw+T2P3Wn4EiVEWIi5cyeTXNfyaSjDvtGPn+mCSapYqIvBF2g8/kKeWJBWlMFRk1bUk4aI6eZW6jKMT0/JOmA//crUF6TSt6JSNphEz+Q6sUHMUSxKTZartELjYKF3mR47bM3YEDbg0Bz4Cps7IOctQLbBcp1VFWs87qoU9bCHO2ThSn1PpFnACwYq3RftezTqCDRLBWxbW+nzpnndhX0hLJtsmbYd4KIh4Ig4ta+2CYUIyo5SgcqUl9OmBJsQ4BZ2XzO49rMMKTyxsQ5ekcnEhsqec5bRjy7ELmXer+GKIf0SrK09SMOnoRDGcYHRb9auo8f00A8fnrIbhiEWGgRgxHCXBfNa04feJKqpK5TO4+GGpyvX41pG1PLoo+GKDmiZjyLDJfbwFhUvnWb+ywWA==';
  const res = await client.post({
    url: `${host.url}/wecom/callback?msg_signature=0ee91e76335bdbb7c7c5f1419a0aaca7e0d77fb4&timestamp=1735689600&nonce=1320562132`,
    body: `<xml><ToUserName><![CDATA[${CORP}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`,
  });
  expect(res).toMatchObject({ status: 200, text: '' });
  await waitFor(() => textsTo('zhangsan').length > 0, 5000, 'reply to zhangsan');
  const [content] = textsTo('zhangsan');
  expect(content).toContain('关于“三会一课是什么？”');
  expect(content).toContain('《中国共产党支部工作条例（试行）》第十九条');
  expect(api.sent.at(-1)!.body).toMatchObject({ touser: 'zhangsan', agentid: 1000002, msgtype: 'text' });
});

test('acknowledges before the answer is ready (5 s rule)', async () => {
  const res = await client.post(client.sign(client.textXml('lisi', '慢一点的问题', nextId())));
  expect(res.status).toBe(200);
  expect(res.ms).toBeLessThan(200);
  expect(textsTo('lisi')).toHaveLength(0);
  await waitFor(() => textsTo('lisi').length === 1, 5000, 'slow answer');
});

test('bad msg_signature → 403, nothing processed; wrong corp id → 403', async () => {
  const before = api.sent.length;
  const bad = await client.post(client.sign(client.textXml('wangwu', '坏签名', nextId()), { badSignature: true }));
  expect(bad.status).toBe(403);
  const otherCorp = await client.post(client.sign(client.textXml('wangwu', '别人的消息', nextId()), { corpId: 'wwSOMEONEELSE' }));
  expect(otherCorp.status).toBe(403);
  await new Promise((r) => setTimeout(r, 100));
  expect(api.sent.length).toBe(before);
});

test('the same message delivered three times → one reply', async () => {
  const req = client.sign(client.textXml('zhaoliu', '重复投递', nextId()));
  const results = await Promise.all([client.post(req), client.post(req), client.post(req)]);
  expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
  await waitFor(() => textsTo('zhaoliu').length >= 1, 5000, 'reply');
  await conversation.idle();
  expect(textsTo('zhaoliu')).toHaveLength(1);
});

test('expired access_token → refreshed and the send retried', async () => {
  await waitFor(() => api.tokenCalls > 0, 1000, 'a token');
  const tokensBefore = api.tokenCalls;
  api.expireTokens();
  await client.post(client.sign(client.textXml('sunqi', '令牌过期', nextId())));
  await waitFor(() => textsTo('sunqi').length === 1, 5000, 'reply after refresh');
  expect(api.tokenCalls).toBe(tokensBefore + 1);
  const attempts = api.calls.filter((c) => c.path === '/cgi-bin/message/send' && (c.body?.text as { content: string })?.content?.includes('令牌过期'));
  expect(attempts).toHaveLength(2);
});

test('platform 5xx and "system busy" → retried with backoff, delivered once', async () => {
  api.failNext('/cgi-bin/message/send', { httpStatus: 502 }, { errcode: -1, errmsg: 'system busy' });
  await client.post(client.sign(client.textXml('zhouba', '平台故障', nextId())));
  await waitFor(() => textsTo('zhouba').length === 1, 5000, 'reply after retries');
  await conversation.idle();
  expect(textsTo('zhouba')).toHaveLength(1);
  const attempts = api.calls.filter((c) => c.path === '/cgi-bin/message/send' && JSON.stringify(c.body).includes('平台故障'));
  expect(attempts).toHaveLength(3);
  expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(25);
});

test('a send that times out after WeCom took it is retried without showing the message twice', async () => {
  api.failNext('/cgi-bin/message/send', { delayMs: 600 });
  await client.post(client.sign(client.textXml('wujiu', '超时重试', nextId())));
  await waitFor(() => api.calls.filter((c) => JSON.stringify(c.body ?? {}).includes('超时重试')).length === 2, 5000, 'retry after timeout');
  await conversation.idle();
  const attempts = api.calls.filter((c) => c.path === '/cgi-bin/message/send' && JSON.stringify(c.body).includes('超时重试'));
  expect(attempts[1]!.body).toMatchObject({ enable_duplicate_check: 1 });
  expect(textsTo('wujiu')).toHaveLength(1);
});

test('a card is sent with buttons; its click is handled and the card updated', async () => {
  const ids = await channel.deliver('zhangsan', {
    kind: 'card',
    title: '支部党员大会',
    body: '12月1日 14:00 党员活动室',
    buttons: [
      { label: '参加', payload: 'mtg:rsvp:42:yes' },
      { label: '请假', payload: 'mtg:rsvp:42:no' },
    ],
    cardId: 'mtg_42_rsvp',
    fallback: '支部党员大会 …',
  });
  expect(ids).toHaveLength(1);
  const card = api.sent.at(-1)!.body!.template_card as { task_id: string; button_list: Array<{ key: string }> };
  expect(card.button_list.map((b) => b.key)).toEqual(['mtg:rsvp:42:yes', 'mtg:rsvp:42:no']);
  const res = await client.post(client.sign(client.cardEventXml('zhangsan', 'mtg:rsvp:42:yes', card.task_id, 'RC_CLICK_1')));
  expect(res.status).toBe(200);
  await waitFor(() => api.updates.length === 1, 5000, 'card update');
  expect(api.updates[0]!.body).toMatchObject({ userids: ['zhangsan'], agentid: 1000002, response_code: 'RC_CLICK_1', button: { replace_name: '已登记' } });
  await waitFor(() => textsTo('zhangsan').some((t) => t.includes('已为您登记会议 42：参加')), 5000, 'click reply');
});
