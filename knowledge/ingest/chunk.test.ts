import { chunkDocument } from './chunk';
import { normalizeText } from './normalize';

const chunk = (text: string, maxChars?: number, title = '测试文件') => chunkDocument({ title, text: normalizeText(text) }, { maxChars });

describe('chunkDocument on tricky text', () => {
  it('follows bare 编/章/节 headings and Arabic and inserted article numbers', () => {
    const chunks = chunk(
      [
        '测试文件',
        '第一编 总则',
        '第一章 一般规定',
        '第一节 适用范围',
        '第1条 本办法适用于全体党员。',
        '第二节 基本原则',
        '第2条 坚持民主集中制。',
        '第2条之一 坚持实事求是。',
        '第二编 分则',
        '第二章 处分',
        '第12条 违反规定的，给予警告。',
      ].join('\n'),
    );
    expect(chunks.map((c) => [c.article, c.headingPath])).toEqual([
      ['第1条', '第一编 总则 > 第一章 一般规定 > 第一节 适用范围'],
      ['第2条', '第一编 总则 > 第一章 一般规定 > 第二节 基本原则'],
      ['第2条之一', '第一编 总则 > 第一章 一般规定 > 第二节 基本原则'],
      ['第12条', '第二编 分则 > 第二章 处分'],
    ]);
  });

  it('does not start a new article at a paragraph that merely cites an earlier article', () => {
    const chunks = chunk('第九条 党员有下列情形之一的，给予处分。\n第十一条 有下列行为之一的，从重处分：\n第九条规定的情形，经批评教育仍不改正的；\n第十二条 本条例自发布之日起施行。');
    expect(chunks.map((c) => c.article)).toEqual(['第九条', '第十一条', '第十二条']);
    expect(chunks[1]!.text).toBe('第十一条 有下列行为之一的，从重处分：\n第九条规定的情形，经批评教育仍不改正的；');
  });

  it('keeps enumerated items (一、 （一） 1. 1、) inside their article, not as headings', () => {
    const chunks = chunk('第一章 总则\n第一条 支部的任务是：\n一、宣传\n（一）学习\n1. 讨论\n2、表决\n第二条 其他。');
    expect(chunks.map((c) => [c.article, c.headingPath, c.text])).toEqual([
      ['第一条', '第一章 总则', '第一条 支部的任务是：\n一、宣传\n（一）学习\n1. 讨论\n2、表决'],
      ['第二条', '第一章 总则', '第二条 其他。'],
    ]);
  });

  it('splits a long article at item boundaries; every part keeps the article and path', () => {
    const item = (n: string) => `（${n}）${'坚持党的领导，加强党的建设，'.repeat(8)}做好各项工作；`;
    const items = ['一', '二', '三', '四', '五', '六'].map(item);
    const article = ['第四条 党支部的主要职责是：', ...items].join('\n');
    const chunks = chunk(`## 第二章 职责\n${article}\n第五条 下一条。`, 300);
    const parts = chunks.filter((c) => c.article === '第四条');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((c) => c.headingPath === '第二章 职责' && c.text.length <= 300)).toBe(true);
    expect(parts[0]!.text.startsWith('第四条 党支部的主要职责是：\n（一）')).toBe(true);
    // Cuts fall between items, and nothing is lost or duplicated.
    expect(parts.slice(1).every((c) => /^（[一二三四五六]）/.test(c.text))).toBe(true);
    expect(parts.map((c) => c.text).join('\n')).toBe(article);
    expect(chunks[chunks.length - 1]!.article).toBe('第五条');
  });

  it('splits a long paragraph at sentence ends (。；), in balanced parts', () => {
    const sentence = '党员应当按照规定参加组织生活，接受党内监督；';
    const article = `第八条 ${sentence.repeat(14)}`; // ~330 chars
    const chunks = chunk(article, 300);
    expect(chunks).toHaveLength(2);
    for (const c of chunks) {
      expect(c.article).toBe('第八条');
      expect(c.text.endsWith('；')).toBe(true);
      expect(c.text.length).toBeGreaterThan(120);
    }
    expect(chunks.map((c) => c.text).join('')).toBe(article);
  });

  it('hard-splits a sentence longer than the limit, preferring commas', () => {
    const text = `第一条 ${'组织生活，'.repeat(100)}完毕。`;
    const chunks = chunk(text, 120);
    expect(chunks.every((c) => c.text.length <= 120 && c.article === '第一条')).toBe(true);
    expect(chunks.slice(0, -1).every((c) => c.text.endsWith('，'))).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
  });

  it('chunks handbook sections without articles under their heading', () => {
    const md = [
      '# 支部工作手册',
      '本手册供支部书记使用。',
      '## 一、组织生活',
      '组织生活是党内生活的重要内容。',
      '### （一）三会一课',
      '支部党员大会每季度召开一次。',
      '党课每季度至少一次。',
      '## 二、党费收缴',
      '党费按月交纳。',
    ].join('\n');
    const chunks = chunkDocument({ title: '支部工作手册', text: normalizeText(md) });
    expect(chunks.map((c) => [c.article, c.headingPath, c.text])).toEqual([
      [null, '', '本手册供支部书记使用。'],
      ['一、组织生活', '一、组织生活', '组织生活是党内生活的重要内容。'],
      ['（一）三会一课', '一、组织生活 > （一）三会一课', '支部党员大会每季度召开一次。\n党课每季度至少一次。'],
      ['二、党费收缴', '二、党费收缴', '党费按月交纳。'],
    ]);
  });

  it('treats bare 一、 lines outside articles as headings in plain-text handbooks', () => {
    const chunks = chunk('学习手册\n一、学习要求\n每周学习一次。\n二、考核办法\n每年考核一次。', undefined, '学习手册');
    expect(chunks.map((c) => [c.article, c.text])).toEqual([
      ['一、学习要求', '每周学习一次。'],
      ['二、考核办法', '每年考核一次。'],
    ]);
  });

  it('splits a long unnumbered section into paragraph groups labelled with the heading', () => {
    const para = (n: number) => `第${n}段：${'中国共产党领导人民发展社会主义民主政治。'.repeat(6)}`;
    const text = ['## 总纲', ...[1, 2, 3, 4, 5].map(para), '## 第一章 党员', '第一条 年满十八岁的中国工人。'].join('\n');
    const chunks = chunk(text, 300);
    const zg = chunks.filter((c) => c.article === '总纲');
    expect(zg.length).toBeGreaterThanOrEqual(3);
    expect(zg.every((c) => c.text.length <= 300 && c.headingPath === '总纲')).toBe(true);
    expect(zg.map((c) => c.text).join('\n')).toBe([1, 2, 3, 4, 5].map(para).join('\n'));
    expect(chunks[chunks.length - 1]).toMatchObject({ article: '第一条', headingPath: '第一章 党员' });
  });

  it('joins an article number on its own line with the text that follows', () => {
    const chunks = chunk('### 第一条\n为了加强管理，制定本规定。\n### 第二条\n本规定自发布之日起施行。');
    expect(chunks.map((c) => c.text)).toEqual(['第一条 为了加强管理，制定本规定。', '第二条 本规定自发布之日起施行。']);
  });

  it('restarts numbering after a heading (appendix with its own articles)', () => {
    const chunks = chunk('第一条 正文一。\n第二条 正文二。\n## 附件 实施细则\n第一条 细则一。');
    expect(chunks.map((c) => [c.article, c.headingPath])).toEqual([
      ['第一条', ''],
      ['第二条', ''],
      ['第一条', '附件 实施细则'],
    ]);
  });

  it('skips the title, metadata blockquote and issuance note, but not a body blockquote', () => {
    const chunks = chunk(
      '# 测试文件\n> 版本：2020年修订\n> 来源：某网站\n（2020年1月1日中共中央发布）\n第一条 正文。\n> 引文：不忘初心。',
    );
    expect(chunks).toEqual([{ ord: 0, article: '第一条', headingPath: '', text: '第一条 正文。\n> 引文：不忘初心。' }]);
  });
});
