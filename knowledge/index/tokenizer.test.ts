import { PARTY_TERMS } from './party-dict';
import { cjkBigrams, keepFrequentLines, normalizeArticleRef, readJiebaDict, toChineseNumber, tokenize, wordTokens } from './tokenizer';

describe('tokenizer', () => {
  it('has a party dictionary of at least 150 distinct terms', () => {
    expect(new Set(PARTY_TERMS).size).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['三会一课', '党支部应当运用三会一课制度'],
    ['主题党日', '每月开展1次主题党日'],
    ['组织生活会', '每年至少召开1次组织生活会'],
    ['民主评议党员', '一般每年开展1次民主评议党员'],
    ['留党察看', '受了留党察看处分还能投票吗'],
    ['开除党籍', '应当给予开除党籍处分'],
    ['入党积极分子', '确定入党积极分子'],
    ['支部党员大会', '经支部党员大会讨论通过'],
    ['谈心谈话', '落实谈心谈话制度'],
    ['双重组织生活', '党员领导干部应当参加双重组织生活'],
    ['预备期', '预备党员的预备期为一年'],
    ['入党介绍人', '入党介绍人一般由正式党员担任'],
    // Local practice the library lacks stays one (unknown) word.
    ['活动证', '流动党员的活动证怎么办'],
    ['领誓人', '宣誓领誓人是谁'],
  ])('keeps %s whole in "%s"', (term, sentence) => {
    expect(wordTokens(sentence)).toContain(term);
  });

  it('drops stopwords, punctuation and single characters but keeps bigrams', () => {
    const t = tokenize('主题党日多久搞一次？');
    expect(t).toContain('主题党日');
    expect(t).toContain('党日'); // bigram
    for (const noise of ['多久', '搞', '？', '吗']) expect(t).not.toContain(noise);
    expect(cjkBigrams('能投票吗')).toEqual(['能投', '投票']); // no particle bigram 票吗
    // The four aims of party-history study stay whole (jieba alone cuts 学史明 + 理学).
    expect(wordTokens('学史明理学史增信')).toEqual(expect.arrayContaining(['学史明理', '学史增信']));
  });

  it('normalises article numbers and number+unit tokens', () => {
    expect([16, 10, 21, 105, 110, 142].map(toChineseNumber)).toEqual(['十六', '十', '二十一', '一百零五', '一百一十', '一百四十二']);
    expect(normalizeArticleRef('第16条')).toBe('第十六条');
    const t = tokenize('依照第16条，党支部应当每月开展１次主题党日，不少于32学时');
    expect(t).toEqual(expect.arrayContaining(['第十六条', '1次', '32学时']));
    expect(t).not.toContain('百零');
  });

  it('is deterministic', () => {
    const s = '党员受留党察看处分期间，没有表决权、选举权和被选举权。';
    expect(tokenize(s)).toEqual(tokenize(s));
  });

  it('keeps dictionary lines at or above the frequency floor, tags and last line included', () => {
    const dict = Buffer.from('甲乙 3 n\n丙丁 7\n戊己 12 v\n庚 5');
    expect(keepFrequentLines(dict, 5).toString()).toBe('丙丁 7\n戊己 12 v\n庚 5');
    expect(keepFrequentLines(dict, 100).length).toBe(0);
    const full = readJiebaDict(0);
    const trimmed = readJiebaDict();
    expect(trimmed.length).toBeLessThan(full.length / 2);
    expect(trimmed.toString()).toMatch(/^支部 \d+/m);
  });
});
