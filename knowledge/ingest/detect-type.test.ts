import { makeDocx } from '../../test/fixtures/ingest/make-docx';
import { makePdf } from '../../test/fixtures/ingest/make-pdf';
import { makeZip } from '../../test/fixtures/ingest/make-zip';
import { detectDocumentType } from './detect-type';
import { IngestError, type IngestErrorCode } from './errors';

function rejection(fn: () => unknown): { code: IngestErrorCode; zh: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof IngestError) return { code: err.code, zh: err.messageZh };
    throw err;
  }
  throw new Error('expected an IngestError');
}

describe('detectDocumentType', () => {
  it('recognises PDF by its magic bytes, whatever the file name', () => {
    expect(detectDocumentType(makePdf({ pages: [['Article 1 text.']] }), 'upload.txt')).toBe('pdf');
  });

  it('recognises DOCX by word/document.xml inside the ZIP', async () => {
    expect(detectDocumentType(await makeDocx(['第一条 内容。']), 'noext')).toBe('docx');
  });

  it('classifies UTF-8 text as html, markdown or text', () => {
    const t = (s: string, name = 'f') => detectDocumentType(Buffer.from(s), name);
    expect(t('<!DOCTYPE html><html><body><p>第一条</p></body></html>')).toBe('html');
    expect(t('  <p>第一条 内容。</p><p>第二条</p>')).toBe('html');
    expect(t('<?xml version="1.0"?>\n<html><body>x</body></html>')).toBe('html');
    expect(t('# 标题\n\n第一条 内容。')).toBe('markdown');
    expect(t('- 一项\n- 两项\n')).toBe('markdown');
    expect(t('第一条 内容。\n第二条 内容。', 'notes.md')).toBe('markdown');
    expect(t('第一条 内容。\n第二条 用 <b> 标签不算网页。', 'a.txt')).toBe('text');
    expect(t('\ufeff党支部工作条例\n第一条 内容。', 'a.html')).toBe('text'); // the name does not make it HTML
  });

  it('accepts GB18030/GBK text and UTF-16 with BOM', () => {
    const gbk = Buffer.from('b5dad2bbccf520b5b3d4b1b1d8d0ebd7f1cad8b5b3b5c4bccdc2c9a1a3', 'hex'); // 第一条 党员必须遵守党的纪律。
    expect(detectDocumentType(gbk, 'gbk.txt')).toBe('text');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 标题\n第一条', 'utf16le')]);
    expect(detectDocumentType(utf16, 'u.txt')).toBe('markdown');
  });

  it('rejects empty files', () => {
    expect(rejection(() => detectDocumentType(Buffer.alloc(0), 'a.pdf'))).toEqual({ code: 'empty', zh: '文件为空' });
  });

  it('rejects images, executables and random bytes as unsupported', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(rejection(() => detectDocumentType(png, 'scan.pdf'))).toMatchObject({ code: 'unsupported_type' });
    expect(rejection(() => detectDocumentType(png, 'scan.pdf')).zh).toContain('PNG 图片');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), Buffer.from([0x50, 0x45, 0, 0])]);
    expect(rejection(() => detectDocumentType(exe, 'a.docx')).zh).toContain('可执行程序');
    let seed = 42;
    const random = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16 & 0xff));
    expect(rejection(() => detectDocumentType(random, 'r.txt')).code).toBe('unsupported_type');
  });

  it('rejects text that is neither UTF-8 nor Chinese GB18030 with a clear message', () => {
    const latin1 = Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade', 'latin1');
    const r = rejection(() => detectDocumentType(latin1, 'menu.txt'));
    expect(r.code).toBe('unsupported_type');
    expect(r.zh).toContain('请另存为 UTF-8');
  });

  it('rejects ZIPs that are not Word documents', () => {
    const xlsx = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(rejection(() => detectDocumentType(xlsx, 'a.docx'))).toMatchObject({ code: 'unsupported_type' });
    expect(rejection(() => detectDocumentType(xlsx, 'a.docx')).zh).toContain('Excel');
    const plain = makeZip({ 'readme.txt': 'hello', 'docs/第一条.txt': '内容' });
    expect(rejection(() => detectDocumentType(plain, 'a.docx')).zh).toContain('ZIP 压缩包');
    // A bare local header without a directory, and nothing that says Word: a broken ZIP, not a broken DOCX.
    const bare = Buffer.from('504b03040a00000000000000000000000000000000000500000000000000000000000000000000000000', 'hex');
    expect(rejection(() => detectDocumentType(bare, 'x.docx')).code).toBe('unsupported_type');
  });

  it('rejects legacy .doc and encrypted Office files', () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect(rejection(() => detectDocumentType(ole, 'old.doc')).zh).toContain('.doc');
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
    expect(rejection(() => detectDocumentType(encrypted, 'secret.docx'))).toEqual({
      code: 'encrypted',
      zh: '文件已加密，无法读取，请去除密码后重新上传（加密的 Office 文档）',
    });
  });

  it('rejects truncated PDF and DOCX as corrupt', async () => {
    const pdf = makePdf({ pages: [['Article 1 text.'], ['Article 2 text.']] });
    expect(rejection(() => detectDocumentType(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'a.pdf')).code).toBe('corrupt');
    const docx = await makeDocx(['第一条 内容。']);
    expect(rejection(() => detectDocumentType(docx.subarray(0, docx.length - 100), 'a.docx')).code).toBe('corrupt');
  });
});
