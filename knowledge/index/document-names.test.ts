import { documentNamesIn, documentsNamedIn, namesTitle } from './document-names';

const DISCIPLINE = '中国共产党纪律处分条例（2018年修订）';
const CHARTER = '中国共产党章程';

describe('documents a question names', () => {
  it('reads names ending in 条例/细则/准则 and in 《》, not a bare kind or a verb', () => {
    expect(documentNamesIn('按纪律条例，收购物卡怎么处分')).toEqual(['按纪律条例']);
    expect(documentNamesIn('《关于新形势下党内政治生活的若干准则》讲了什么')).toContain('关于新形势下党内政治生活的若干准则');
    expect(documentNamesIn('这个条例管什么')).toEqual([]);
    // 违纪行为条例: the offences a regulation lists, not a regulation's name.
    expect(documentNamesIn('有的违纪行为条例只规定了开除党籍这一档,还能减轻一档处分吗')).toEqual([]);
    expect(documentNamesIn('党章规定预备期几年')).toEqual([]);
    // 这种做法条例里鼓励吗: a practice described, asked of the regulations in view.
    expect(documentNamesIn('老教师想参加党史宣讲,这种做法条例里鼓励吗')).toEqual([]);
  });

  it('matches a title in short form, and 党章 to the 章程', () => {
    const questionNamesDocument = (q: string, title: string) => documentsNamedIn(q).some((n) => namesTitle(n, title));
    expect(questionNamesDocument('2018版的处分条例是打哪天开始执行的', DISCIPLINE)).toBe(true);
    expect(questionNamesDocument('2018版的处分条例是打哪天开始执行的', CHARTER)).toBe(false);
    expect(questionNamesDocument('党章里预备期几年', CHARTER)).toBe(true);
    expect(questionNamesDocument('预备期几年', CHARTER)).toBe(false);
  });
});
