import { makeDocx } from '../../test/fixtures/ingest/make-docx';
import { makePdf } from '../../test/fixtures/ingest/make-pdf';
import { IngestError, type IngestErrorCode, parseAndChunk } from './index';
import { loadDocument } from './loaders';

async function rejectionCode(p: Promise<unknown>): Promise<IngestErrorCode> {
  try {
    await p;
  } catch (err) {
    if (err instanceof IngestError) return err.code;
    throw err;
  }
  throw new Error('expected an IngestError');
}

describe('loadDocument / parseAndChunk', () => {
  it('reads a text PDF, dropping running headers and page numbers and re-joining broken lines', async () => {
    const header = 'Branch Work Rules';
    const pdf = makePdf({
      pages: [
        [header, 'Article 1 Every branch shall hold a members meeting', 'once a quarter.', '- 1 -'],
        [header, 'Article 2 The branch committee meets every month.', '- 2 -'],
        [header, 'Article 3 Minutes are kept for ten years.', '3/3'],
      ],
    });
    const { doc, chunks } = await parseAndChunk(pdf, 'rules.pdf');
    expect(doc.type).toBe('pdf');
    expect(doc.title).toBe(header);
    expect(doc.text).toBe(
      'Branch Work Rules\nArticle 1 Every branch shall hold a members meeting once a quarter.\n' +
        'Article 2 The branch committee meets every month.\nArticle 3 Minutes are kept for ten years.',
    );
    expect(chunks.map((c) => c.text)).toEqual([
      'Article 1 Every branch shall hold a members meeting once a quarter.\nArticle 2 The branch committee meets every month.\nArticle 3 Minutes are kept for ten years.',
    ]);
  });

  it('reads a Chinese PDF (CJK CMap font): stray spaces, running header, page numbers, broken lines', async () => {
    const header = '中国共产党支部工作条例';
    const footer = (n: number) => `第 ${n} 页 共 3 页`;
    const pdf = makePdf({
      pages: [
        [header, '（2018年10月28日中共中央政治局会议审议批准 2018年11月25日中共中央发布）', '第一章 总则', '第一条 为了深入学习贯彻习近平新时代中国特色社会主义思想，加强', '党 支 部 建 设，制定本条例。', footer(1)],
        [header, '第二条 党支部是党的基础组织，是党在社会基层组织中的战斗堡垒，是党的', '全部工作和战斗力的基础。', '第二章 组织设置', footer(2)],
        [header, '第三条 党支部应当：', '（一）学习宣传党的理论；', '（二）组织党员参加组织生活。', '第四条 本条例自发布之日起施行。', footer(3)],
      ],
    });
    const { doc, chunks } = await parseAndChunk(pdf, 'upload.pdf');
    expect(doc).toMatchObject({ type: 'pdf', title: header, meta: { issuer: '中共中央', effectiveDate: '2018-11-25' } });
    expect(doc.text).not.toMatch(/第\s*\d\s*页/);
    expect(chunks).toEqual([
      {
        ord: 0,
        article: '第一条',
        headingPath: '第一章 总则',
        text: '第一条 为了深入学习贯彻习近平新时代中国特色社会主义思想，加强党支部建设，制定本条例。',
      },
      {
        ord: 1,
        article: '第二条',
        headingPath: '第一章 总则',
        text: '第二条 党支部是党的基础组织，是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。',
      },
      {
        ord: 2,
        article: '第三条',
        headingPath: '第二章 组织设置',
        text: '第三条 党支部应当：\n（一）学习宣传党的理论；\n（二）组织党员参加组织生活。',
      },
      { ord: 3, article: '第四条', headingPath: '第二章 组织设置', text: '第四条 本条例自发布之日起施行。' },
    ]);
  });

  it('reports a password-protected PDF as encrypted, with a clear message', async () => {
    const pdf = makePdf({ pages: [['Secret text']], encrypted: true });
    const err = await loadDocument(pdf, 'secret.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ code: 'encrypted', messageEn: expect.stringContaining('encrypted') });
    expect((err as IngestError).messageZh).toContain('文件已加密，无法读取');
  });

  it('reports a PDF with a broken body as corrupt', async () => {
    const broken = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ngarbage\n%%EOF\n', 'latin1');
    expect(await rejectionCode(loadDocument(broken, 'broken.pdf'))).toBe('corrupt');
  });

  it('reports a PDF without any text (e.g. a scan) as no_text', async () => {
    expect(await rejectionCode(parseAndChunk(makePdf({ pages: [[], ['- 2 -']] }), 'scan.pdf'))).toBe('no_text');
  });

  it('reads a DOCX with Chinese headings and articles', async () => {
    const docx = await makeDocx([
      { heading: 0, text: '党支部工作细则（试行）' },
      '（2024年3月1日党委会议审议通过 2024年3月5日机关党委印发）',
      { heading: 1, text: '第一章 总则' },
      '第一条 为了规范党支部工作，制定本细则。',
      '第二条 党支部应当做到：',
      '（一）每月召开支委会；',
      '（二）每季度召开党员大会。',
      { heading: 1, text: '第二章 附则' },
      '第三条 本细则自2024年4月1日起施行。',
    ]);
    const { doc, chunks } = await parseAndChunk(docx, '细则.docx');
    expect(doc).toMatchObject({
      type: 'docx',
      title: '党支部工作细则（试行）',
      meta: { issuer: '机关党委', effectiveDate: '2024-04-01' },
    });
    expect(chunks).toEqual([
      { ord: 0, article: '第一条', headingPath: '第一章 总则', text: '第一条 为了规范党支部工作，制定本细则。' },
      { ord: 1, article: '第二条', headingPath: '第一章 总则', text: '第二条 党支部应当做到：\n（一）每月召开支委会；\n（二）每季度召开党员大会。' },
      { ord: 2, article: '第三条', headingPath: '第二章 附则', text: '第三条 本细则自2024年4月1日起施行。' },
    ]);
  });

  it('keeps Word auto-numbered articles and items ("第%1条", "（%2）") as text', async () => {
    const docx = await makeDocx([
      { heading: 0, text: '支部工作办法' },
      { heading: 1, text: '第一章 总则' },
      { numbered: 0, text: '为了规范工作，制定本办法。' },
      { numbered: 0, text: '支部应当：' },
      { numbered: 1, text: '学习理论；' },
      { numbered: 1, text: '联系群众。' },
      { heading: 1, text: '第二章 附则' },
      { numbered: 0, text: '本办法自发布之日起施行。' },
    ]);
    const { chunks } = await parseAndChunk(docx, '办法.docx');
    expect(chunks.map((c) => [c.article, c.headingPath, c.text])).toEqual([
      ['第一条', '第一章 总则', '第一条 为了规范工作，制定本办法。'],
      ['第二条', '第一章 总则', '第二条 支部应当：\n（一）学习理论；\n（二）联系群众。'],
      ['第三条', '第二章 附则', '第三条 本办法自发布之日起施行。'],
    ]);
  });

  it('reports a DOCX whose XML is broken as corrupt', async () => {
    const { makeZip } = await import('../../test/fixtures/ingest/make-zip');
    const fake = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><unclosed' });
    expect(await rejectionCode(loadDocument(fake, 'bad.docx'))).toBe('corrupt');
  });

  it('reads HTML: drops scripts, styles and navigation, keeps blocks and headings', async () => {
    const html = `<!DOCTYPE html><html><head><title>党员教育管理工作条例--新闻报道-人民网</title>
      <style>p { color: red }</style><script>var x = "第九十九条 假条文";</script></head>
      <body><nav><a href="/">首页</a> &gt; <a href="/a">党建</a></nav>
      <h1>党员教育管理工作条例</h1>
      <h2>第一章 总则</h2>
      <p>第一条&nbsp;为了加强党员教育管理工作，<b>制定</b>本条例。</p>
      <p>第二条 党员教育管理工作遵循以下原则：<br>（一）坚持党要管党；<br/>（二）坚持&ldquo;两学一做&rdquo;。</p>
      <!-- 第三条 注释里的假条文 -->
      <footer>版权所有 &copy; 人民网</footer></body></html>`;
    const { doc, chunks } = await parseAndChunk(Buffer.from(html), 'page.html');
    expect(doc.type).toBe('html');
    expect(doc.title).toBe('党员教育管理工作条例');
    expect(doc.text).not.toMatch(/首页|color|假条文|版权/);
    expect(chunks).toEqual([
      { ord: 0, article: '第一条', headingPath: '第一章 总则', text: '第一条 为了加强党员教育管理工作，制定本条例。' },
      {
        ord: 1,
        article: '第二条',
        headingPath: '第一章 总则',
        text: '第二条 党员教育管理工作遵循以下原则：\n（一）坚持党要管党；\n（二）坚持“两学一做”。',
      },
    ]);
  });

  it('takes the HTML <title> without the site suffix when there is no matching <h1>', async () => {
    const doc = await loadDocument(Buffer.from('<html><head><title>支部工作手册 | 党建网</title></head><body><p>正文。</p></body></html>'), 'x.html');
    expect(doc.title).toBe('支部工作手册');
  });

  it('reads Markdown: title from the first # heading, bold article markers are found', async () => {
    const md = '# 支部手册\n\n> 发布机关：某某党委\n> 生效日期：2023-07-01\n\n## 第一章 总则\n\n**第一条** 支部按期换届。\n\n**第二条** 见[附件](http://x/y)。';
    const { doc, chunks } = await parseAndChunk(Buffer.from(md), 'handbook.md');
    expect(doc).toMatchObject({ type: 'markdown', title: '支部手册', meta: { issuer: '某某党委', effectiveDate: '2023-07-01' } });
    expect(chunks.map((c) => [c.article, c.text])).toEqual([
      ['第一条', '第一条 支部按期换届。'],
      ['第二条', '第二条 见附件。'],
    ]);
  });

  it('reads plain text, including GBK-encoded files; title from the first line', async () => {
    const gbk = Buffer.from('d6d0b9fab9b2b2fab5b3d6a7b2bfb9a4d7f7ccf5c0fd0a', 'hex'); // 中国共产党支部工作条例\n
    const body = Buffer.from('b5dad2bbccf520b5b3d4b1b1d8d0ebd7f1cad8b5b3b5c4bccdc2c9a1a3', 'hex'); // 第一条 党员必须遵守党的纪律。
    const { doc, chunks } = await parseAndChunk(Buffer.concat([gbk, body]), 'gbk.txt');
    expect(doc).toMatchObject({ type: 'text', title: '中国共产党支部工作条例' });
    expect(chunks).toEqual([{ ord: 0, article: '第一条', headingPath: '', text: '第一条 党员必须遵守党的纪律。' }]);
  });

  it('falls back to the file name (last segment, no extension) for the title', async () => {
    const doc = await loadDocument(Buffer.from('第一条 党员必须遵守党的纪律。\n第二条 党员必须按期交纳党费。'), '../../etc/学习材料.v2.txt');
    expect(doc.title).toBe('学习材料.v2');
  });

  it('rejects files over the size limit, empty files and files without usable text', async () => {
    const tooLarge = await loadDocument(Buffer.alloc(2048, 0x41), 'a.txt', { maxBytes: 1024 }).catch((e: IngestError) => e);
    expect(tooLarge).toMatchObject({ code: 'too_large', messageZh: '文件过大（上限 1 KB）', messageEn: 'The file is too large (limit 1 KB)' });
    expect(await rejectionCode(parseAndChunk(Buffer.alloc(0), 'a.txt'))).toBe('empty');
    expect(await rejectionCode(parseAndChunk(Buffer.from(' \n\n\t \n'), 'a.txt'))).toBe('no_text');
    expect(await rejectionCode(parseAndChunk(Buffer.from('# 只有标题\n\n> 版本：2024年修订\n'), 'a.md'))).toBe('no_text');
  });
});
