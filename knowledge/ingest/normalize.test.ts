import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it('turns full-width letters, digits and spaces half-width but keeps Chinese punctuation', () => {
    expect(normalizeText('第１２条　ＡＢＣ　ｘｙｚ，党员（含预备党员）：遵守；“四个意识”。！？')).toBe(
      '第12条 ABC xyz，党员（含预备党员）：遵守；“四个意识”。！？',
    );
  });

  it('maps Kangxi radicals from PDF extraction to ordinary characters', () => {
    expect(normalizeText('\u2F42\u2F2F')).toBe('文工');
  });

  it('removes spaces between Chinese characters but not between Latin words', () => {
    expect(normalizeText('党 支 部 应 当 组 织 学 习 ， 每 月 一 次')).toBe('党支部应当组织学习，每月一次');
    expect(normalizeText('use the Telegram bot 党小智 daily')).toBe('use the Telegram bot 党小智 daily');
    expect(normalizeText('第 3 条 内容')).toBe('第3条 内容');
  });

  it('keeps the space after a structural marker', () => {
    expect(normalizeText('## 第一章 党 员\n第一条 年满十八岁')).toBe('## 第一章 党员\n第一条 年满十八岁');
  });

  it('unifies newlines, trims lines and collapses blank lines', () => {
    expect(normalizeText('\ufeff  a \r\nb\r\r\n\n\n\nc\u2028d  \n\n')).toBe('a\nb\n\nc\nd');
  });

  describe('PDF mode', () => {
    it('drops page-number lines in their usual forms', () => {
      const pages = ['第一条 内容。\n- 1 -', '第二条 内容。\n第 2 页', '第三条 内容。\n3/12', '第四条 内容。\n4', '第五条 内容。\nPage 5 of 12'];
      expect(normalizeText(pages.join('\f'), { pdf: true })).toBe('第一条 内容。\n第二条 内容。\n第三条 内容。\n第四条 内容。\n第五条 内容。');
    });

    it('drops running headers and footers repeated on most pages, keeping the title on page 1', () => {
      const page = (n: number, body: string) => `中国共产党支部工作条例\n${body}\n党建办公室印 2024年${n}月`;
      const text = [page(1, '第一条 内容一。'), page(2, '第二条 内容二。'), page(3, '第三条 内容三。'), page(4, '第四条 内容四。')].join('\f');
      expect(normalizeText(text, { pdf: true })).toBe('中国共产党支部工作条例\n第一条 内容一。\n第二条 内容二。\n第三条 内容三。\n第四条 内容四。');
    });

    it('re-joins lines broken by the page width, also across pages', () => {
      const text = [
        '第一条 为了加强党支部建设，提高党支部组织力，',
        '强化党支部政治功能，根据《中国共产党章程》，制',
        '定本条例。',
        '第二条 党支部是党的基础组织，是党在社会基层组',
        '- 1 -\f织中的战斗堡垒。',
        '（一）学习宣传党的理论；',
        '（二）组织党员参加活动。',
      ].join('\n');
      expect(normalizeText(text, { pdf: true })).toBe(
        '第一条 为了加强党支部建设，提高党支部组织力，强化党支部政治功能，根据《中国共产党章程》，制定本条例。\n' +
          '第二条 党支部是党的基础组织，是党在社会基层组织中的战斗堡垒。\n（一）学习宣传党的理论；\n（二）组织党员参加活动。',
      );
    });

    it('does not join a short title or a heading to the next line', () => {
      const text = '党支部工作条例\n（2018年10月28日中共中央政治局会议审议批准）\n第一章 总则\n第一条 为了加强党支部建设，提高党支部组织力，强化功能，制定本条例。';
      expect(normalizeText(text, { pdf: true }).split('\n')).toHaveLength(4);
    });

    it('joins Latin lines with a space when the next line starts in lower case', () => {
      expect(normalizeText('Article 1 This is the first\narticle text.\nArticle 2 Next.', { pdf: true })).toBe(
        'Article 1 This is the first article text.\nArticle 2 Next.',
      );
    });
  });
});

describe('normalizeText PDF line joining at digits', () => {
  it('does not put a space inside a number or date broken across lines', () => {
    const text = '（2014年5月28日中共中央办公厅发布 2026年4月2日中共中央政治局常委会会议修订 2026年5月1\n1日中共中央办公厅发布）';
    expect(normalizeText(text, { pdf: true })).toBe(
      '（2014年5月28日中共中央办公厅发布 2026年4月2日中共中央政治局常委会会议修订 2026年5月11日中共中央办公厅发布）',
    );
  });
});
