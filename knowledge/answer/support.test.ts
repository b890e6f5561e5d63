import { HybridIndex } from '../index/hybrid-index';
import { LocalEmbeddings } from '../index/local-embedder';
import { loadRegulationPassages, type RegulationPassage } from '../index/regulation-passages';
import { analyzeQuestion, rerank } from '../index/rerank';
import { declineReason, isTaskRequest, LENGTH_CAP, MIN_COVERAGE, preferCurrent, questionLength, supportProbability, supportSignals } from './support';
import type { RetrievedHit } from './types';

describe('decline decision over the six regulations', () => {
  let byId: Map<number, RegulationPassage>;
  let index: HybridIndex;
  beforeAll(async () => {
    const passages = loadRegulationPassages();
    byId = new Map(passages.map((p) => [p.id, p]));
    index = await HybridIndex.build(passages, new LocalEmbeddings());
  });

  const judge = async (q: string) => {
    const a = analyzeQuestion(q, index.termStats());
    const hits: RetrievedHit[] = rerank(
      a,
      (await index.search(q, 30)).map((h) => {
        const p = byId.get(h.passageId)!;
        return { ...p, score: h.score, bm25Norm: h.bm25Norm, cosine: h.cosine, matched: h.matched };
      }),
    ).map((c) => ({
      passage: { ...c, superseded: false, supersededBy: null, embedding: null },
      score: c.score,
      lexical: c.bm25Norm,
      matched: c.matched,
      cosine: c.cosine,
      coverage: 1,
      rerankScore: c.rerankScore,
      features: c.features,
    }));
    const reason = declineReason(a, hits);
    return { supported: reason === null, reason, signals: supportSignals(a, hits), analysis: a, hits };
  };

  // 第一书记 is local practice no regulation governs: one unknown word, not 第一 + 书记.
  it.each(['红烧肉怎么做才好吃', '明天的高铁票还有吗', '帮我写一段Python代码', '下周天气怎么样', '第一书记是做什么的？'])('declines the off-topic %s', async (q) => {
    expect((await judge(q)).supported).toBe(false);
  });

  it.each(['预备党员能不能投票', '党员被判了刑，党籍还能保留吗', '开除党籍以后还能再入党吗', '党员出国了组织关系怎么办'])(
    'answers the paraphrase %s',
    async (q) => {
      expect((await judge(q)).supported).toBe(true);
    },
  );

  it('declines requests to write or translate even when they use party words', async () => {
    expect((await judge('帮我写一篇入党申请书')).supported).toBe(false);
    expect(isTaskRequest('入党申请书要写什么内容')).toBe(false);
    expect(isTaskRequest('推荐入党积极分子有什么程序')).toBe(false);
    expect(isTaskRequest('帮我把不忘初心翻译成英文')).toBe(true);
  });

  it('names the check that declined a question', async () => {
    expect((await judge('帮我写一篇入党申请书')).reason).toBe('task-request');
    expect((await judge('纪律处分条例第二百条')).reason).toBe('no-such-article');
    expect((await judge('现任中组部部长叫什么名字')).reason).toBe('answer-kind');
    // The six regulations never say how often 党小组会 meet (the 支部工作条例 does; it is not among them).
    expect((await judge('党小组会一个月得开几回啊')).reason).toBe('answer-kind');
    expect((await judge('红烧肉怎么做才好吃')).reason).toBe('weak-support');
    expect((await judge('预备党员能不能投票')).reason).toBeNull();
  });

  it('declines a question about an article no regulation has, answers a bare article number', async () => {
    expect((await judge('纪律处分条例第二百条')).supported).toBe(false);
    expect((await judge('纪律处分条例第十三条')).supported).toBe(true);
    expect((await judge('第16条')).supported).toBe(true);
  });

  it('declines questions made only of question words and filler', async () => {
    expect((await judge('怎么办？')).supported).toBe(false);
    expect((await judge('一年一次一年一次')).supported).toBe(false);
  });

  it('looks up a short question about a word the corpus uses everywhere (党组是啥)', async () => {
    // 党组 is in so many passages that its idf is low; it is still the topic, not filler.
    expect((await judge('党组是啥')).reason).not.toBe('nothing-to-look-up');
    expect((await judge('党员学习时长')).reason).not.toBe('nothing-to-look-up');
  });

  it('asks for a number only in the clause that asks (好几年, 几个 in the story are no quantity question)', async () => {
    expect((await judge('我们支部有位老党员卧床好几年了，学习还要他参加吗')).signals.factMiss).toBe(0);
    expect((await judge('我想自己张罗几个党员去做志愿服务，必须支部组织才行吗')).signals.factMiss).toBe(0);
    expect((await judge('我们所里两个支部想合成一个，几个支部书记商量好了就能直接办吗')).signals.factMiss).toBe(0);
    // 最后几个字 asks for words of a text, not a count.
    expect(miss('入党誓词最后几个字是什么来着', '第六条 预备党员必须面向党旗进行入党宣誓。誓词如下：……永不叛党。')).toBe(0);
    expect(miss('入党介绍人要几个', '第六条 预备党员必须面向党旗进行入党宣誓。')).toBe(1);
  });

  it('does not take a count (六七十个) for off-topic vocabulary', async () => {
    const without = (await judge('机关里党员不少，应该设立什么组织')).signals.unknown;
    expect((await judge('机关里党员六七十个，应该设立什么组织')).signals.unknown).toBe(without);
    expect((await judge('机关里党员六七十个，团建去农家乐')).signals.unknown).toBeGreaterThan(without);
  });

  /** A top hit with `text` and nothing else to judge by. */
  const hitWith = (text: string): RetrievedHit => ({
    passage: { id: 1, documentId: 1, title: '学习制度', article: '第一条', headingPath: '', text, superseded: false, supersededBy: null, embedding: null },
    score: 1,
    lexical: 1,
    matched: 1,
    cosine: 0.5,
    coverage: 1,
  });

  /** `factMiss` of `q` against a top hit holding `text` alone. */
  const miss = (q: string, text: string) => supportSignals(analyzeQuestion(q, index.termStats()), [hitWith(text)]).factMiss;

  it('takes a recurring time (每月第二个星期五下午) as stating when', () => {
    const q = '青山社区党支部什么时候组织党员集中学习？';
    const a = analyzeQuestion(q, index.termStats());
    expect(supportSignals(a, [hitWith('第一条 本支部每月第二个星期五下午在活动室组织党员集中学习。')]).factMiss).toBe(0);
    expect(supportSignals(a, [hitWith('第一条 本支部在活动室组织党员集中学习。')]).factMiss).toBe(1);
    // A time before a step of a case (组织初核前) states when.
    // A time limit (一个月内) states when too.
    expect(miss('处分决定作出以后，最晚什么时候得向大家宣布', '第四十一条 ……应当在一个月内向其所在党的基层组织中的全体党员……宣布')).toBe(0);
    expect(miss('啥时候交代问题才算主动交代', '第三十八条 ……在组织初核前向有关组织交代自己的问题')).toBe(0);
  });

  it('wants the kind of quantity asked: a share, a number of days, a number of people, a duration', () => {
    const ballot = '第十一条 可以直接采用候选人数多于应选人数的差额选举办法进行正式选举，每届任期五年。';
    // 2: a quantity stated, but not of the kind asked; 1: no quantity or date at all.
    expect(miss('差额选举的差额比例最少要百分之多少', ballot)).toBe(2);
    expect(miss('差额选举的差额比例最少要百分之多少', '第一条 差额比例不少于应选人数的20%。')).toBe(0);
    // 差额按多少 asks for a share too.
    expect(miss('差额到底按多少算', ballot)).toBe(2);
    expect(miss('换届要提前多少天报上级', ballot)).toBe(2);
    expect(miss('换届要提前多少天报上级', '第一条 一般提前1个月向上级党组织报告。')).toBe(0);
    // Within how many days: a time limit, not a length of stay.
    const transfer = '第二十五条 外出学习、工作、生活6个月以上并且地点相对固定的，应当转移组织关系。';
    expect(miss('组织关系转出去了，新单位多少天内必须接收', transfer)).toBe(2);
    expect(miss('组织关系转出去了，新单位多少天内必须接收', '第一条 接收党组织应当在收到介绍信后10日内办理。')).toBe(0);
    expect(miss('支委会由几个人组成', '第一条 支部委员会由3至5人组成。')).toBe(0);
    expect(miss('支委会由几个人组成', ballot)).toBe(2);
    // The count may stand a clause's length before the noun it counts.
    expect(miss('一般给配几个联系人', '第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人。')).toBe(0);
    expect(miss('一般给配几个联系人', '第九条 培养联系人由党员担任，每届任期五年。')).toBe(2);
    // A number of people may be given as a share of the staff.
    expect(miss('专职党务配多少人', '第三十条 机关专职党务工作人员的配备，一般占机关工作人员总数的1%至2%。')).toBe(0);
    expect(miss('今年支部分了几个发展党员名额', '第十条 发展党员应当在一年以上培养考察的基础上进行。')).toBe(2);
    expect(miss('入党最少要几岁', '第十条 发展党员应当在一年以上培养考察的基础上进行。')).toBe(2);
    expect(miss('入党最少要几岁', '第五条 年满十八岁的中国工人……可以申请加入中国共产党。')).toBe(0);
    expect(miss('开除党籍几年内不得重新入党', '第一条 受到开除党籍处分的，五年内不得重新入党。')).toBe(0);
    // How long: a span of time or a frequency answers; 届满 does not say how long.
    const term = '第八条 机关基层党组织应当严格执行任期制度，任期届满按期进行换届选举。';
    expect(miss('审查调查的期限是多久', term)).toBe(2);
    expect(miss('审查调查的期限是多久', '第一条 审查调查期限不超过90日。')).toBe(0);
    expect(miss('主题党日多久搞一次', '第十六条 党支部应当每月相对固定1天开展主题党日。')).toBe(0);
    expect(miss('巡视组多长时间巡一遍', '第一条 在一届任期内实现巡视全覆盖。')).toBe(0);
    // Votes and weights: 每届任期五年 states neither.
    expect(miss('候选人得票要超过多少才算当选', ballot)).toBe(2);
    expect(miss('候选人得票要超过多少才算当选', '第一条 获得赞成票超过应到会有选举权人数的半数，始得当选。')).toBe(0);
    expect(miss('党建考核在绩效考核里占多大权重', ballot)).toBe(2);
    // A share of the body answers how many of its members must agree.
    expect(miss('给省委委员留党察看，需要多少委员同意', '第四十二条 须由本级委员会全体会议三分之二以上的多数决定。')).toBe(0);
    expect(miss('每个党员要联系几户群众', '第八条 党员必须密切联系群众。')).toBe(2);
    // Tables at a banquet.
    expect(miss('村支书给儿子办婚礼，最多能摆几桌', '第九十一条 操办婚丧喜庆事宜，造成不良影响的，给予警告或者严重警告处分。')).toBe(2);
    expect(miss('预备期满前多久要交转正申请', '第七条 预备党员的预备期为一年。')).toBe(2);
    // How far ahead: a term of office does not say it.
    expect(miss('换届要提前多久向上级请示', ballot)).toBe(2);
    expect(miss('换届要提前多久向上级请示', '第一条 一般提前1个月向上级党组织报告。')).toBe(0);
    // A count of members of a body wants that body's count, not another's (设1名书记).
    const branch = '第七条 正式党员7人以上的党支部，设立支部委员会；正式党员不足7人的党支部，设1名书记。';
    expect(miss('支部委员会最多能设几名委员', branch)).toBe(2);
    expect(miss('支部委员会最多能设几名委员', '第一条 支部委员会一般设委员3至5人。')).toBe(0);
    expect(miss('入党要几个介绍人', '第五条 申请入党的人，要有两名正式党员作介绍人。')).toBe(0);
    // Which month: 每年 says how often, not when in the year.
    expect(miss('民主生活会几月开', '第一条 党员领导干部每年召开民主生活会。')).toBe(1);
    expect(miss('民主生活会几月开', '第一条 民主生活会一般在每年年底召开。')).toBe(0);
    // How many kinds: a numbered list states it; it states no sum of money.
    const kinds = '第八条 对党员的纪律处分种类：（一）警告；（二）严重警告；（三）撤销党内职务；（四）留党察看；（五）开除党籍。';
    expect(miss('处分有几种', kinds)).toBe(0);
    expect(miss('大额资金多少万以上才算', kinds)).toBe(1);
    // A time after an event (批复同意后的一个月内) says when.
    expect(miss('入党宣誓一般什么时候办', '第二十九条 入党宣誓仪式，一般在批复同意接收预备党员后的一个月内组织进行。')).toBe(0);
    expect(miss('入党宣誓一般什么时候办', '第六条 预备党员必须面向党旗进行入党宣誓。')).toBe(1);
    // Which day of the month: 每月相对固定1天 does not say.
    expect(miss('主题党日必须固定在每月几号', '第十六条 党支部应当每月相对固定1天开展主题党日。')).toBe(1);
    expect(miss('主题党日必须固定在每月几号', '第一条 主题党日定在每月5日。')).toBe(0);
    expect(miss('主题党日有没有规定必须固定在每月哪一天搞', '第十六条 党支部应当每月相对固定1天开展主题党日。')).toBe(1);
    // Working days: how long a member stays away (6个月以上) is not how fast the office works.
    expect(miss('跨省转组织关系,接收方必须在几个工作日内办完', '第二十五条 外出学习、工作、生活6个月以上的，应当转移组织关系。')).toBe(2);
    expect(miss('公示几个工作日', '第十三条 公示时间为5个工作日。')).toBe(0);
  });

  it('counts party practice the passage never names (补选, 领誓人) as a missing fact', () => {
    const branch = '第七条 正式党员7人以上的党支部，设立支部委员会。';
    expect(miss('支委调走了，空出来的位置要开党员大会补选吗', branch)).toBe(1);
    expect(miss('支委调走了，空出来的位置要开党员大会补选吗', '第三条 支部委员出缺，应当及时补选。')).toBe(0);
    // A passage on 临时党组织 names the 临时党支部 asked about.
    expect(miss('工地项目上成立的临时党支部，能收预备党员吗', '第二十二条 临时党组织不能接收预备党员。')).toBe(0);
    expect(miss('临时党支部的书记由谁来当', '第七条 正式党员7人以上的党支部，设立支部委员会。')).toBe(1);
    // 档案 inside an institution's name (档案馆, 档案局) is no practice asked about.
    expect(miss('我们档案馆只有5个正式党员，成立支部要设支委会吗', '第七条 正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记。')).toBe(0);
    expect(miss('党员档案丢了怎么补', '第七条 正式党员7人以上的党支部，设立支部委员会。')).toBe(1);
    // 硬指标 is a hard requirement, not a quota asked for.
    expect(miss('党员一年集中培训要学满多少个小时 有硬指标没', '第二十条 党员每年集中学习培训时间一般不少于32学时。')).toBe(0);
    expect(miss('公车私用一次，党纪上罚款多少', '第一百零二条 用公款……公车私用')).toBe(1);
    expect(miss('被追认为党员的烈士，家属能拿到什么荣誉证书', '第二十七条 追认为中国共产党党员')).toBe(1);
    expect(miss('发展对象政审，亲属要往上查几代', '第十六条 政治审查的主要内容……直系亲属')).toBe(2);
    expect(miss('党员每年必须读几本党史书', '第十九条 ……每年至少组织1次以党史为主要内容的学习')).toBe(2);
    expect(miss('党员志愿服务时长一年至少得攒够多少小时', '第二十条 ……一般不少于32学时')).toBe(0);
    expect(miss('党员志愿服务时长一年至少得攒够多少小时', '第二十三条 ……每年至少1次')).toBe(2);
    // A written pledge (保证书) is no certificate.
    expect(miss('他写了一份两千字的保证书，改正的期限最长能定多久', '第三十条 ……限期改正，期限一般不超过1年')).toBe(0);
  });

  it('reads the quantity asked in the clause before the last when that clause asks outright', () => {
    const term = '第八条 机关基层党组织应当严格执行任期制度，任期届满按期进行换届选举。';
    expect(miss('审查调查的期限是多久，能延长吗', term)).toBe(2);
    // A last clause that only checks a claim: the claim is what is asked.
    expect(miss('听说民主评议每年必须评出一定比例的不合格，真的假的', '第十八条 党支部一般每年开展1次民主评议党员。')).toBe(2);
    // 提前几天 asks how many days before; 前几天 alone is "the other day".
    expect(miss('换届候选人名单要提前几天公布', term)).toBe(2);
    expect(miss('我前几天交了入党申请书', term)).toBe(0);
    // 几个人 in the story clause is no question.
    expect(miss('名单上几个人我都不认可，能另选他人吗', term)).toBe(0);
    // A remark after the last question mark asks nothing: the question before it is read.
    expect(miss('领护照要提前几天申请?人事的小汪只说按规定办,也没讲清楚', term)).toBe(2);
  });

  it('counts synonyms from the expansion rules as covered words', async () => {
    const { signals } = await judge('预备党员能不能投票');
    expect(signals.coverage).toBeGreaterThan(0.6);
  });

  it('gives probabilities that rise with coverage', () => {
    const base = { coverage: 0.2, uncovered: 0, unknown: 0, rareMiss: 0, factMiss: 0, length: 15, cosine: 0.2, lexical: 0.5, margin: 0 };
    expect(supportProbability(base)).toBeLessThan(0.5);
    expect(supportProbability({ ...base, coverage: 0.8 })).toBeGreaterThan(0.5);
  });

  it('asks less coverage of a question told as a long case than of a short one', () => {
    const base = { coverage: 0.3, uncovered: 0, unknown: 0, rareMiss: 0, factMiss: 0, length: 12, cosine: 0.2, lexical: 0.5, margin: 0 };
    expect(supportProbability(base)).toBeLessThan(0.5);
    expect(supportProbability({ ...base, length: questionLength('同事老陈半年前被给了个严重警告，这回单位提干的名单里有他，这样合规吗？') })).toBeGreaterThan(0.5);
    // The credit stops growing at LENGTH_CAP characters.
    expect(questionLength('长'.repeat(80))).toBe(questionLength('长'.repeat(LENGTH_CAP)));
  });

  it('declines a long message that barely touches any passage, however long', async () => {
    const q = '最近家里厨房翻新，师傅说瓷砖要铺得平一点，卫生间还得做防水，我也不太懂这些，你说要注意点什么比较好';
    const { reason, signals } = await judge(q);
    expect(signals.length).toBe(LENGTH_CAP);
    expect(signals.coverage).toBeLessThan(MIN_COVERAGE);
    expect(reason).toBe('weak-support');
  });

  it('answers a long question told as a case whose words only partly meet the article', async () => {
    const q = '同事老陈半年前受了个严重警告，这回单位提拔的名单里又有他，大家都在议论，这样合规吗？';
    const { supported, signals } = await judge(q);
    expect(signals.length).toBeGreaterThanOrEqual(30);
    // Under a plain coverage threshold this story would be declined.
    expect(signals.coverage).toBeLessThan(0.3);
    expect(supported).toBe(true);
  });

  it('judges a long story by its closing question when the whole story covers too little', async () => {
    const story =
      '我今年三月初把入党申请书交给了我们医院的党支部，护士长说会有人找我聊聊。现在都快五月了，一点动静都没有，我一个月有十来个夜班，也不好意思去问，怕领导觉得我急着要进步。';
    const asked = await judge(`${story}党组织收到申请书以后，一般多长时间内会找申请人谈话？`);
    expect(asked.analysis.asking).not.toBeNull();
    expect(asked.supported).toBe(true);
    // Judged as a whole, the story's words (医院, 护士长, 夜班) leave it short of the answer line.
    expect(declineReason({ ...asked.analysis, asking: null }, asked.hits)).toBe('weak-support');
    // The same story closing on a question no regulation answers stays declined.
    const other = await judge(`${story}医院夜班的加班费一般按什么标准算？`);
    expect(other.supported).toBe(false);
  });

  it('judges the closing question on the quoted passage it covers better, when the story put another first', async () => {
    const q =
      '我是区里一个科室的副科长，前阵子因为公务接待超标受了个警告处分。最近单位正好空出一个科长位子，分管领导私下说我资历够。老婆也劝我去争取一下，可我一直担心处分的事，受了警告处分，多长时间之内不能在党内提拔？';
    const { analysis, hits } = await judge(q);
    // The story's 公务接待超标 puts another article first; the one on a warning's effect (第十条) is quoted second.
    const warning = hits.find((h) => h.passage.article === '第十条' && h.passage.title.includes('纪律处分'))!;
    expect(hits[0]!.passage.article).not.toBe('第十条');
    const quoted = [hits[0]!, warning, ...hits.filter((h) => h !== hits[0] && h !== warning)];
    expect(declineReason(analysis, quoted)).toBeNull();
    // Judged as a whole the story falls short; so does its closing question against the first passage alone.
    expect(declineReason({ ...analysis, asking: null }, quoted)).toBe('weak-support');
    expect(declineReason(analysis, [hits[0]!, ...hits.filter((h) => h !== hits[0] && h !== warning)])).toBe('weak-support');
  });
});

describe('preferCurrent', () => {
  const hit = (id: number, superseded: boolean, rerankScore: number): RetrievedHit => ({
    passage: { id, documentId: id, title: `t${id}`, article: null, headingPath: '', text: '', superseded, supersededBy: null, embedding: null },
    score: 1,
    lexical: 0.5,
    matched: 0.5,
    cosine: 0.2,
    coverage: 1,
    rerankScore,
  });

  it('keeps a superseded passage on top when nothing current is nearly as good', () => {
    const hits = [hit(1, true, 2), hit(2, false, 1.5)];
    expect(preferCurrent(hits)[0]!.passage.id).toBe(1);
  });

  it('puts a current passage first on a near tie', () => {
    const hits = [hit(1, true, 2), hit(2, false, 1.99)];
    expect(preferCurrent(hits)[0]!.passage.id).toBe(2);
  });
});
