import { extractMetadata, parseChineseDate } from './metadata';
import { normalizeText } from './normalize';

const meta = (text: string, title: string) => extractMetadata(normalizeText(text), title);

describe('extractMetadata', () => {
  it('reads a revision history: latest issuer, effective date from the closing article, predecessor', () => {
    const text = [
      '# 中国共产党纪律处分条例',
      '（2003年12月31日中共中央发布 2015年10月12日中共中央修订 2018年8月18日中共中央修订 2023年12月8日中共中央政治局会议修订 2023年12月19日中共中央发布）',
      '## 第一编 总则',
      '第一条 为了维护党章和其他党内法规，制定本条例。',
      '第一百五十八条 本条例自2024年2月1日起施行。',
    ].join('\n');
    expect(meta(text, '中国共产党纪律处分条例')).toEqual({
      issuer: '中共中央',
      effectiveDate: '2024-02-01',
      supersedes: '中国共产党纪律处分条例（2018年修订）',
    });
  });

  it('prefers labelled fields and reads 已被《…》取代', () => {
    const text = '# 某办法（2015年）\n> 发布机关：中共中央组织部\n> 生效日期：二〇一五年七月一日\n> 状态：已被《某办法》（2022年修订）取代\n第一条 正文。';
    expect(meta(text, '某办法（2015年）')).toEqual({
      issuer: '中共中央组织部',
      effectiveDate: '2015-07-01',
      supersededBy: '某办法（2022年修订）',
    });
  });

  it('reads "…同时废止" in the closing article as the superseded predecessor', () => {
    const text = '# 党支部工作条例\n第一条 正文。\n第二条 本条例自2018年10月28日起施行。2004年5月1日中共中央组织部印发的《党支部工作暂行规定》同时废止。';
    expect(meta(text, '党支部工作条例')).toEqual({ effectiveDate: '2018-10-28', supersedes: '党支部工作暂行规定（2004年）' });
  });

  it('leaves fields out rather than guessing', () => {
    expect(meta('# 学习笔记\n今天学习了党章。', '学习笔记')).toEqual({});
    // Revised, "自发布之日起施行", but the revision's publication date is not given.
    expect(meta('# X条例\n（2010年6月4日中共中央发布 2019年11月29日中共中央政治局会议修订）\n第一条 本条例自发布之日起施行。', 'X条例')).toEqual({
      issuer: '中共中央',
      supersedes: 'X条例（2010年）',
    });
  });
});

describe('parseChineseDate', () => {
  it('parses Arabic, ISO and Chinese-numeral dates', () => {
    expect(parseChineseDate('自2018年10月1日起施行')).toBe('2018-10-01');
    expect(parseChineseDate('2024/2/5')).toBe('2024-02-05');
    expect(parseChineseDate('二〇二三年十二月十九日')).toBe('2023-12-19');
    expect(parseChineseDate('2023年13月1日')).toBeUndefined();
  });
});
