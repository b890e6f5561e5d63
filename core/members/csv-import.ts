/**
 * CSV import of members. The header names the columns (Chinese or English); every row is checked
 * first and the report lists each bad row with its line number and reason. The import is all or
 * nothing: with any bad row nothing is written, so fixing the file and importing again never
 * creates duplicates.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { members, organisations } from '../../data/schema';
import { validateMember, type MemberFields } from './members';
import { pathInScope, type OrgScope } from './scope';

/** One refused row: `line` is the 1-based line in the file (the header is line 1). */
export interface CsvRowError {
  line: number;
  field?: string;
  message: string;
}

/** What an import did. */
export interface CsvImportReport {
  /** Data rows read (blank lines skipped). */
  rows: number;
  /** Members written (0 when any row had an error). */
  created: number;
  errors: CsvRowError[];
}

const MAX_ROWS = 5000;

/** Parses RFC 4180 CSV (quotes, doubled quotes, CRLF, BOM). Returns rows of cells with their line numbers. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const src = text.replace(/^\uFEFF/, '');
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',' || c === '，' || c === '\t') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    out.push({ line: rowLine, cells });
  }
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Header aliases → member field. */
const COLUMNS: Record<string, keyof MemberFields | 'org'> = {
  姓名: 'name',
  name: 'name',
  组织: 'org',
  所在组织: 'org',
  所在支部: 'org',
  支部: 'org',
  org: 'org',
  organisation: 'org',
  组织编号: 'orgId',
  orgid: 'orgId',
  身份: 'role',
  角色: 'role',
  职务: 'role',
  role: 'role',
  党小组: 'partyGroup',
  partygroup: 'partyGroup',
  手机: 'phone',
  手机号: 'phone',
  电话: 'phone',
  phone: 'phone',
  企业微信: 'wecomUserId',
  企业微信账号: 'wecomUserId',
  企业微信id: 'wecomUserId',
  wecomuserid: 'wecomUserId',
};

const FIELD_LABEL: Record<string, string> = {
  name: '姓名',
  orgId: '组织',
  org: '组织',
  role: '身份',
  partyGroup: '党小组',
  phone: '手机号',
  wecomUserId: '企业微信账号',
};

/** The CSV template offered for download. */
export const CSV_TEMPLATE = '姓名,组织,身份,党小组,手机号,企业微信账号\r\n张三,第一党支部,党员,第一党小组,13800000000,zhangsan\r\n';

/** Imports members from CSV text into organisations inside the scope. */
export async function importMembersCsv(db: Db, text: string, scope: OrgScope): Promise<CsvImportReport> {
  const table = parseCsv(text);
  if (table.length === 0) return { rows: 0, created: 0, errors: [{ line: 1, message: '文件是空的' }] };
  const header = table[0]!.cells.map((h) => COLUMNS[h.trim().toLowerCase().replace(/[\s_]/g, '')]);
  const errors: CsvRowError[] = [];
  if (!header.includes('name')) errors.push({ line: 1, message: '表头缺少“姓名”列' });
  if (!header.includes('org') && !header.includes('orgId')) errors.push({ line: 1, message: '表头缺少“组织”列' });
  const data = table.slice(1);
  if (data.length > MAX_ROWS) errors.push({ line: 1, message: `一次最多导入 ${MAX_ROWS} 行` });
  if (errors.length) return { rows: data.length, created: 0, errors };

  const orgs = await db.select().from(organisations);
  const byName = new Map<string, typeof orgs>();
  for (const o of orgs) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const byId = new Map(orgs.map((o) => [o.id, o]));

  const valid: MemberFields[] = [];
  const wecomSeen = new Map<string, number>();
  for (const row of data) {
    const rec: Record<string, string> = {};
    header.forEach((f, i) => {
      if (f) rec[f] = (row.cells[i] ?? '').trim();
    });
    const rowErrors: CsvRowError[] = [];
    let orgId: number | undefined;
    const orgRef = rec.orgId || rec.org || '';
    if (!orgRef) rowErrors.push({ line: row.line, field: FIELD_LABEL.org, message: '组织不能为空' });
    else {
      const candidates = /^\d+$/.test(orgRef) ? [byId.get(Number(orgRef))].filter((o) => o !== undefined) : (byName.get(orgRef) ?? []);
      const visible = candidates.filter((o) => pathInScope(scope, o.path));
      if (visible.length === 0) {
        rowErrors.push({ line: row.line, field: FIELD_LABEL.org, message: candidates.length ? `组织“${orgRef}”不在您管理的范围内` : `组织“${orgRef}”不存在` });
      } else if (visible.length > 1) {
        rowErrors.push({ line: row.line, field: FIELD_LABEL.org, message: `有多个名为“${orgRef}”的组织，请改用组织编号` });
      } else orgId = visible[0]!.id;
    }
    const { fields, errors: fieldErrors } = validateMember({ ...rec, orgId: orgId ?? 1 });
    for (const [field, message] of Object.entries(fieldErrors)) {
      if (field !== 'orgId') rowErrors.push({ line: row.line, field: FIELD_LABEL[field] ?? field, message });
    }
    const w = fields.wecomUserId;
    if (w) {
      const first = wecomSeen.get(w);
      if (first !== undefined) rowErrors.push({ line: row.line, field: FIELD_LABEL.wecomUserId, message: `与第 ${first} 行的企业微信账号重复` });
      else wecomSeen.set(w, row.line);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else valid.push({ ...(fields as MemberFields), orgId: orgId! });
  }
  if (wecomSeen.size) {
    const taken = await db.select({ w: members.wecomUserId }).from(members).where(inArray(members.wecomUserId, [...wecomSeen.keys()]));
    for (const t of taken) {
      if (t.w) errors.push({ line: wecomSeen.get(t.w)!, field: FIELD_LABEL.wecomUserId, message: `企业微信账号“${t.w}”已绑定其他党员` });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length) return { rows: data.length, created: 0, errors };
  await db.transaction(async (tx) => {
    for (let i = 0; i < valid.length; i += 500) await tx.insert(members).values(valid.slice(i, i + 500));
  });
  return { rows: data.length, created: valid.length, errors: [] };
}

