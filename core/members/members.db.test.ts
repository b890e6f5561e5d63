/** Organisation tree paths, subtree scoping of members, and the CSV parser, on a real database. */
import { createTestDatabase, type TestDatabase } from '../../test/db';
import {
  ALL_ORGS,
  createMember,
  createOrganisation,
  flattenTree,
  listMembers,
  organisationTree,
  OutOfScopeError,
  parseCsv,
  updateMember,
  ValidationError,
  type OrgScope,
} from '.';

let database: TestDatabase;
let ids: { root: number; a: number; a1: number; b: number };
let scopeA: OrgScope;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const root = await createOrganisation(db, { name: '党委', parentId: null }, ALL_ORGS);
  const a = await createOrganisation(db, { name: '一支部', parentId: root.id }, ALL_ORGS);
  const a1 = await createOrganisation(db, { name: '一支部一组', parentId: a.id }, ALL_ORGS);
  const b = await createOrganisation(db, { name: '二支部', parentId: root.id }, ALL_ORGS);
  ids = { root: root.id, a: a.id, a1: a1.id, b: b.id };
  scopeA = { kind: 'subtree', orgId: a.id, path: a.path };
  await createMember(db, { orgId: a.id, name: '甲', role: '书记' }, ALL_ORGS);
  await createMember(db, { orgId: a1.id, name: '乙' }, ALL_ORGS);
  await createMember(db, { orgId: b.id, name: '丙', wecomUserId: 'bing' }, ALL_ORGS);
}, 30_000);
afterAll(() => database.close());

test('materialised paths nest', async () => {
  const tree = flattenTree(await organisationTree(database.db, ALL_ORGS));
  expect(tree.map((n) => [n.name, n.depth, n.path])).toEqual([
    ['党委', 0, `/${ids.root}/`],
    ['一支部', 1, `/${ids.root}/${ids.a}/`],
    ['一支部一组', 2, `/${ids.root}/${ids.a}/${ids.a1}/`],
    ['二支部', 1, `/${ids.root}/${ids.b}/`],
  ]);
});

test('a subtree scope sees its members and organisations only', async () => {
  expect((await listMembers(database.db, scopeA)).map((m) => m.name)).toEqual(['甲', '乙']);
  expect((await listMembers(database.db, scopeA, { orgId: ids.a1 })).map((m) => m.name)).toEqual(['乙']);
  await expect(listMembers(database.db, scopeA, { orgId: ids.b })).rejects.toBeInstanceOf(OutOfScopeError);
  expect(flattenTree(await organisationTree(database.db, scopeA)).map((n) => n.name)).toEqual(['一支部', '一支部一组']);
});

test('creating or moving into another subtree is refused; validation names the fields', async () => {
  await expect(createMember(database.db, { orgId: ids.b, name: '丁' }, scopeA)).rejects.toBeInstanceOf(OutOfScopeError);
  await expect(createOrganisation(database.db, { name: '新组', parentId: ids.b }, scopeA)).rejects.toBeInstanceOf(OutOfScopeError);
  await expect(createOrganisation(database.db, { name: '顶级', parentId: null }, scopeA)).rejects.toBeInstanceOf(ValidationError);
  const yi = (await listMembers(database.db, scopeA, { q: '乙' }))[0]!;
  await expect(updateMember(database.db, yi.id, { orgId: ids.b }, scopeA)).rejects.toBeInstanceOf(OutOfScopeError);
  const err = await createMember(database.db, { orgId: ids.a, name: '', role: '主任', wecomUserId: 'bing' }, scopeA).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).fields).toEqual({ name: '请填写姓名', role: '身份只能是：党员、支委、书记' });
  const dup = await createMember(database.db, { orgId: ids.a, name: '戊', wecomUserId: 'bing' }, scopeA).catch((e: unknown) => e);
  expect((dup as ValidationError).fields.wecomUserId).toContain('已绑定其他党员');
});

test('the CSV parser handles BOM, quotes, doubled quotes, embedded newlines, CRLF and blank lines', () => {
  const rows = parseCsv('\uFEFF姓名,备注\r\n"张,三","说""好""的"\r\n\r\n李四,"两\n行"\n');
  expect(rows).toEqual([
    { line: 1, cells: ['姓名', '备注'] },
    { line: 2, cells: ['张,三', '说"好"的'] },
    { line: 4, cells: ['李四', '两\n行'] },
  ]);
});
