import express from 'express';
import request from 'supertest';
import { createLogger } from '../../core/logger';
import { organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { createChatsRouter, maskAddress } from './chats';

let database: TestDatabase;
let app: express.Express;
let orgId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = (await database.db.insert(organisations).values({ name: '第二党支部', path: '/1/' }).returning())[0]!.id;
  app = express().use(express.json()).use('/api/chats', createChatsRouter({ db: database.db, log: createLogger('warn') }));
});
afterAll(() => database.close());

test('a group robot is registered, bound to a branch and listed with its key masked', async () => {
  const key = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
  const created = await request(app).post('/api/chats').send({ webhookKey: key, orgId, title: '二支部群' });
  expect(created.status).toBe(201);
  expect(created.body.chat).toMatchObject({ channel: 'wecom-webhook', orgId, title: '二支部群', address: maskAddress(`wecom-webhook:${key}`) });
  expect(JSON.stringify(created.body)).not.toContain(key);
  expect((await request(app).post('/api/chats').send({ webhookKey: key })).status).toBe(409);

  const id = created.body.chat.id as number;
  const unbound = await request(app).patch(`/api/chats/${id}`).send({ orgId: null });
  expect(unbound.body.chat.orgId).toBeNull();
  const list = await request(app).get('/api/chats');
  expect(list.body.chats).toHaveLength(1);
  const rows = await database.query<{ address: string }>('SELECT address FROM chats');
  expect(rows[0]!.address).toBe(`wecom-webhook:${key}`);
});

test('bad input gets a reason', async () => {
  expect((await request(app).post('/api/chats').send({ webhookKey: 'bad key!' })).status).toBe(400);
  const unknownOrg = await request(app).post('/api/chats').send({ webhookKey: 'abcdefgh1234', orgId: 99999 });
  expect(unknownOrg.status).toBe(400);
  expect(unknownOrg.body.error.code).toBe('unknown_org');
  expect((await request(app).patch('/api/chats/424242').send({ title: 'x' })).status).toBe(404);
  expect((await request(app).patch('/api/chats/abc').send({ title: 'x' })).status).toBe(400);
});
