import { HybridIndex } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { loadRegulationPassages, type RegulationPassage } from './regulation-passages';
import { ELSEWHERE } from '../scopes';
import { analyzeQuestion, DEFAULT_RERANK_WEIGHTS, numberForms, parseCount, rerank, rerankFeatures, wordCover } from './rerank';

const DISCIPLINE = '中国共产党纪律处分条例（2018年修订）.md';
const CONSTITUTION = '中国共产党章程.md';

describe('question analysis', () => {
  let index: HybridIndex;
  beforeAll(async () => {
    index = await HybridIndex.build(loadRegulationPassages(), new LocalEmbeddings());
  });

  it('weighs question words and colloquial fragments below the content words', () => {
    const a = analyzeQuestion('党员偷偷办了外国绿卡，会怎么处理？', index.termStats());
    const w = (t: string) => a.focus.find((f) => f.term === t)?.weight ?? 0;
    expect(w('外国')).toBeGreaterThan(w('党员'));
    expect(w('绿卡')).toBeGreaterThan(0);
    // 车开 is only jieba's HMM guess at 车/开: filler weight, not an off-topic word.
    const b = analyzeQuestion('把单位的车开回家用了', index.termStats());
    const coined = b.focus.find((f) => f.term === '车开');
    if (coined) expect(coined.weight).toBeLessThan(b.maxIdf * 0.3);
  });

  it('credits a colloquial word when the passage has the written form its expansion names', () => {
    const a = analyzeQuestion('我能投票吗', index.termStats());
    const vote = a.focus.find((f) => f.term === '投票')!;
    expect(vote.alts).toContain('表决权');
    expect(wordCover(vote, '预备党员没有表决权')).toBeGreaterThan(0.8);
    expect(wordCover(vote, '党员有选举权')).toBeLessThan(1);
  });

  it('credits the asked fact kind fully only beside the question\'s main word', () => {
    const a = analyzeQuestion('主题党日多久搞一次', index.termStats());
    const cand = (text: string) => ({ title: 't', article: '第一条', headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const [near] = rerank(a, [cand('第一条 党支部应当每月相对固定1天开展主题党日。')]);
    const [far] = rerank(a, [cand('第一条 结合主题党日开展学习。\n每年进行一次总结。')]);
    expect(near!.features.answerType).toBe(1);
    expect(far!.features.answerType).toBe(0.5);
  });

  it('credits a definition for a what-is question (主动交代指啥), not for when', () => {
    const cand = (text: string) => ({ title: 't', article: '第一条', headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const def = '第一条 本条例所称主动交代，是指涉嫌违纪的党员在组织初核前向有关组织交代自己的问题。';
    const [asked] = rerank(analyzeQuestion('主动交代指啥', index.termStats()), [cand(def)]);
    expect(asked!.features.answerType).toBe(1);
    expect(analyzeQuestion('主题党日是什么时候', index.termStats()).answerTypes.some((re) => re.test('是指'))).toBe(false);
  });

  it('reads 多少党员 as asking how many people and 包括啥 as asking for the items', () => {
    const kinds = (q: string) => analyzeQuestion(q, index.termStats()).answerTypes.length;
    expect(kinds('机关多少党员设党委')).toBeGreaterThan(0);
    expect(kinds('党的纪律包括啥')).toBeGreaterThan(0);
    expect(kinds('主题党日 频次')).toBeGreaterThan(0);
  });

  it('credits the passage that names the highest penalty for 最狠的处分, and the leadership clause for 受谁领导', () => {
    const cand = (text: string) => ({ title: 't', article: '第一条', headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const types = (q: string, text: string) => rerank(analyzeQuestion(q, index.termStats()), [cand(text)])[0]!.features.answerType;
    expect(types('挨处分最狠的是哪一档', '第四十一条 开除党籍是党内的最高处分。')).toBeGreaterThan(0);
    expect(types('挨处分最狠的是哪一档', '第八条 对党员的纪律处分种类：（一）警告；（二）严重警告。')).toBe(0);
    expect(types('地方纪委受谁领导', '第四十五条 在同级党的委员会和上级纪律检查委员会双重领导下进行工作。')).toBeGreaterThan(0);
    expect(types('地方纪委受谁领导', '第四十五条 选举常务委员会和书记、副书记，报上级党的委员会批准。')).toBeLessThan(
      types('地方纪委受谁领导', '第四十五条 在同级党的委员会和上级纪律检查委员会双重领导下进行工作。'),
    );
  });

  it('writes question numbers the way regulations do', () => {
    expect(numberForms('2035年')).toContain('二〇三五年');
    expect(numberForms('5年')).toContain('五年');
    expect(numberForms('党龄')).toEqual([]);
  });
});

describe('reranking over the six regulations', () => {
  let passages: RegulationPassage[];
  let byId: Map<number, RegulationPassage>;
  let index: HybridIndex;
  beforeAll(async () => {
    passages = loadRegulationPassages();
    byId = new Map(passages.map((p) => [p.id, p]));
    index = await HybridIndex.build(passages, new LocalEmbeddings());
  });

  const ranked = async (q: string) => {
    const hits = await index.search(q, 30);
    const a = analyzeQuestion(q, index.termStats());
    return rerank(
      a,
      hits.map((h) => ({ ...byId.get(h.passageId)!, score: h.score, bm25Norm: h.bm25Norm, cosine: h.cosine })),
    );
  };

  it.each([
    ['党员被判了刑，党籍还能保留吗', DISCIPLINE, '第三十二条'],
    ['预备党员能不能投票', CONSTITUTION, '第七条'],
    ['党员能不能炒股', DISCIPLINE, '第九十四条'],
    ['开除党籍以后还能再入党吗', DISCIPLINE, '第十三条'],
  ])('%s → %s %s first', async (q, file, article) => {
    const top = (await ranked(q))[0]!;
    expect(`${top.file} ${top.article}`).toBe(`${file} ${article}`);
  });

  it('prefers the passage that covers the specific words over one repeating generic ones', async () => {
    const r = await ranked('受了留党察看处分，党内职务还保得住吗');
    expect(r[0]!.features.coverage).toBeGreaterThanOrEqual(r[1]!.features.coverage - 0.2);
    expect(r[0]!.text).toContain('留党察看');
  });

  it('keeps the named article on top', async () => {
    const r = await ranked('纪律处分条例第十三条');
    expect(`${r[0]!.file} ${r[0]!.article}`).toBe(`${DISCIPLINE} 第十三条`);
  });

  it('picks the article of the regulation the question names, by its everyday name', async () => {
    const r = await ranked('党章第十条讲的啥');
    expect(`${r[0]!.file} ${r[0]!.article}`).toBe(`${CONSTITUTION} 第十条`);
  });
});

describe('member counts', () => {
  it('parses the counts people write', () => {
    expect(parseCount('120')).toBe(120);
    expect(parseCount('一百二十')).toBe(120);
    expect(parseCount('五六十')).toBe(50);
    expect(parseCount('十五')).toBe(15);
    expect(parseCount('一百零五')).toBe(105);
    expect(parseCount('多')).toBeUndefined();
  });
  it('credits a passage whose member range holds the count the question states', () => {
    const stats = { passages: 10, df: () => 1, idf: () => 1 };
    const a = analyzeQuestion('我们机关有一百二十多个党员，该设党委还是总支？', stats);
    // 一百二十多 is more than 120.
    expect(a.memberCount).toBe(121);
    const c = (text: string) => ({ title: '条例', article: null, headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const fit = (text: string) => rerankFeatures(a, c(text), 1).countMatch;
    expect(fit('机关党员100人以上的，设立党的基层委员会。')).toBeCloseTo(100 / 121);
    expect(fit('机关党员50人以上、100人以下的，设立党的总支部委员会。党员不足50人的……')).toBe(0);
    // Every branch has three members: a bound far below the count says little about this body.
    expect(fit('凡是有正式党员三人以上的，都应当成立党的基层组织。')).toBeLessThan(0.1);
    expect(analyzeQuestion('有一名党员受了处分', stats).memberCount).toBeNull();
  });
  it('reads the count in the ways members write it, and prefers the closed range that holds it', () => {
    const stats = { passages: 10, df: () => 1, idf: () => 1 };
    expect(analyzeQuestion('厅机关党员一百二十来人，该建党委还是党总支？', stats).memberCount).toBe(120);
    expect(analyzeQuestion('我们单位党员有68个，设什么组织', stats).memberCount).toBe(68);
    // 一百多 is past "100人以下"; 六十来个 is about sixty.
    expect(analyzeQuestion('我们厅机关党员有一百多人，该设啥党组织？', stats).memberCount).toBe(101);
    expect(analyzeQuestion('机关里党员六十来个，该设个啥组织？', stats).memberCount).toBe(60);
    expect(analyzeQuestion('我们机关的党员一下子有了120多人，是不是该改成机关党委了', stats).memberCount).toBe(121);
    // A hundred and some (一百零几个) is just past the hundred.
    expect(analyzeQuestion('我们机关党员一百零几个 该设机关党委还是总支', stats).memberCount).toBe(101);
    // A count that grew: the new one.
    expect(analyzeQuestion('机关党员从八十多人增加到一百一十人左右，机关党员多少人可以设党委？', stats).memberCount).toBe(110);
    // A count passed (过了一百个) is past the round number.
    expect(analyzeQuestion('机关里党员过了一百个，该设哪一级党组织？一届几年？', stats).memberCount).toBe(101);
    // The range that holds the count covers the count word in part; a range that does not, not at all.
    const sixty = analyzeQuestion('机关里党员六十来个，该设个啥组织？', stats);
    const cand = (text: string) => ({ title: '条例', article: null, headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const held = rerankFeatures(sixty, cand('机关党员50人以上、100人以下的，设立党的总支部委员会。'), 1).coverage;
    const notHeld = rerankFeatures(sixty, cand('机关党员100人以上的，设立党的基层委员会。'), 1).coverage;
    expect(held).toBeGreaterThan(notHeld);
    const a = analyzeQuestion('我们机关党员68个，应该设个啥组织？', stats);
    const c = (text: string) => ({ title: '条例', article: null, headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });
    const closed = rerankFeatures(a, c('机关党员50人以上、100人以下的，设立党的总支部委员会。'), 1).countMatch;
    const exception = rerankFeatures(a, c('党员不足100人的，因工作需要，经上级党组织批准，也可以设立党的基层委员会。'), 1).countMatch;
    expect(closed).toBe(1);
    expect(exception).toBeCloseTo(0.68);
  });
});

describe('document scope', () => {
  const ORGANS = '中国共产党党和国家机关基层组织工作条例';
  const stats = { passages: 10, df: () => 1, idf: () => 1 };
  const text = '支部委员会由党员大会选举产生，预备党员没有表决权。';
  const cand = (title: string) => ({ title, article: '第七条', headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 });

  it('ranks the state-organ regulation below an equal passage when the question names no state organ', () => {
    const [first] = rerank(analyzeQuestion('车间支部改选，预备党员能投票吗', stats), [cand(ORGANS), cand('中国共产党章程')]);
    expect(first!.title).toBe('中国共产党章程');
    expect(first!.features.outOfScope).toBe(0);
  });

  it('ranks it lower still when the question is placed elsewhere (公司, whose 司 is no ministry department)', () => {
    const organ = (q: string) => rerank(analyzeQuestion(q, stats), [cand(ORGANS)])[0]!.features.outOfScope;
    expect(organ('我们小公司就三个正式党员，能单独建党组织吗')).toBe(ELSEWHERE);
    expect(organ('支部改选，预备党员能投票吗')).toBe(1);
    expect(organ('司里的处室支部改选，预备党员能投票吗')).toBe(0);
    // A far better passage of the scoped document still wins: the penalty is a nudge, not a filter.
    expect(ELSEWHERE * DEFAULT_RERANK_WEIGHTS.outOfScope).toBeGreaterThan(-1);
  });

  it('prefers the document the question names (处分条例 over an equal passage of the 党章)', () => {
    const discipline = '中国共产党纪律处分条例（2018年修订）';
    const [first] = rerank(analyzeQuestion('处分条例里预备党员能投票吗', stats), [cand('中国共产党章程'), cand(discipline)]);
    expect(first!.title).toBe(discipline);
    expect(first!.features.documentNamed).toBe(1);
  });

  it('ranks the party-history regulation below an equal passage unless the question speaks of history', () => {
    const HISTORY = '党史学习教育工作条例';
    const history = (q: string) => rerank(analyzeQuestion(q, stats), [cand(HISTORY)])[0]!.features.outOfScope;
    expect(history('我刚接手支部书记这摊事，主题党日多久得搞一次')).toBe(1);
    expect(history('以党史为主要内容的主题党日一年几次')).toBe(0);
    expect(history('学史力行是什么意思')).toBe(0);
    const [first] = rerank(analyzeQuestion('主题党日多久得搞一次', stats), [cand(HISTORY), cand('中国共产党党员教育管理工作条例')]);
    expect(first!.title).toBe('中国共产党党员教育管理工作条例');
  });

  it('leaves it first when the question is about a state organ', () => {
    const [first] = rerank(analyzeQuestion('我们局机关支部改选，预备党员能投票吗', stats), [cand(ORGANS), cand('中国共产党章程')]);
    expect(first!.title).toBe(ORGANS);
    expect(first!.features.outOfScope).toBe(0);
  });
});

describe('aliases in ranking', () => {
  const stats = { passages: 10, df: () => 1, idf: () => 1 };
  const text = '党组织讨论决定问题，必须执行少数服从多数的原则。';
  it('ranks the passage whose member-style questions share the question\'s wording first, and reads no text bigrams without aliases', () => {
    const a = analyzeQuestion('支委会投票4票对3票，要不要缓一缓', stats);
    const plain = { title: '条例甲', article: '第一条', headingPath: '', text, score: 1, bm25Norm: 1, cosine: 0 };
    const aliased = { ...plain, title: '条例乙', aliases: '表决票数接近咋办；支委会投票4票对3票能通过吗' };
    const [first, second] = rerank(a, [plain, aliased]);
    expect(first!.title).toBe('条例乙');
    expect(first!.features.aliasBigrams).toBeGreaterThan(0.3);
    expect(second!.features.aliasBigrams).toBe(0);
  });
});

describe('the question asked', () => {
  const stats = { passages: 10, df: () => 1, idf: () => 1 };
  it('is a story\'s closing sentences, or a short question before a remark after its question mark', () => {
    expect(analyzeQuestion('党的纪律主要分哪几类？想做个学习卡片。', stats).asking?.expanded.normalized).toBe('党的纪律主要分哪几类');
    expect(analyzeQuestion('交了入党申请书以后要满多久才能被定为入党积极分子？', stats).asking).toBeNull();
    // A second question after the mark (是…还是…) is no remark.
    expect(analyzeQuestion('七一集中宣誓一般几点开始？是去烈士陵园还是就在单位会议室？', stats).asking).toBeNull();
  });
});

