import { HybridIndex } from '../index/hybrid-index';
import { LocalEmbeddings } from '../index/local-embedder';
import { loadRegulationPassages } from '../index/regulation-passages';
import { analyzeQuestion } from '../index/rerank';
import { bestSentences, extractiveAnswer } from './extractive';
import type { RetrievedHit } from './types';

const LONG_ARTICLE =
  '第九条 党员有退党的自由。党员要求退党，应当经支部大会讨论后宣布除名，并报上级党组织备案。' +
  '党员缺乏革命意志，不履行党员义务，不符合党员条件，党的支部应当对他进行教育，要求他限期改正；经教育仍无转变的，应当劝他退党。' +
  '劝党员退党，应当经支部大会讨论决定，并报上级党组织批准。如被劝告退党的党员坚持不退，应当提交支部大会讨论，决定把他除名，并报上级党组织批准。' +
  '党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织批准。\n' +
  '对于除名的党员，党组织应当做好思想工作，按照规定程序办理相关手续，及时将处理情况报告上级党组织，并妥善处理其组织关系和党员档案等有关事项。';

describe('extractive answers', () => {
  let index: HybridIndex;
  beforeAll(async () => {
    index = await HybridIndex.build(loadRegulationPassages(), new LocalEmbeddings());
  });

  it('quotes the clause that states the asked fact and keeps the article number', () => {
    const a = analyzeQuestion('党员多久不参加组织生活就算自行脱党', index.termStats());
    // Cut to clauses when longer than the whole-quote length (300 here; this article is 328 characters).
    const quote = bestSentences(LONG_ARTICLE, '党员多久不参加组织生活就算自行脱党', 4, a, 300, 300);
    expect(quote).toContain('连续六个月');
    expect(quote.startsWith('第九条')).toBe(true);
    expect(quote.length).toBeLessThan(LONG_ARTICLE.length);
  });

  it('quotes who a body works under (在…领导下) for 受谁领导, not who approves its officers', () => {
    const article =
      '第四十五条 党的中央纪律检查委员会在党的中央委员会领导下进行工作。党的地方各级纪律检查委员会和基层纪律检查委员会在同级党的委员会和上级纪律检查委员会双重领导下进行工作。' +
      '上级党的纪律检查委员会加强对下级纪律检查委员会的领导。\n党的各级纪律检查委员会每届任期和同级党的委员会相同。\n' +
      '党的中央纪律检查委员会全体会议，选举常务委员会和书记、副书记，并报党的中央委员会批准。党的地方各级纪律检查委员会全体会议，选举常务委员会和书记、副书记，并由同级党的委员会通过，报上级党的委员会批准。';
    for (const q of ['地方纪委受谁领导', '地方纪委听谁的']) {
      expect(bestSentences(article, q, 4, analyzeQuestion(q, index.termStats()), 120, 120)).toContain('双重领导');
    }
  });

  it('quotes an article of up to 400 characters whole', () => {
    const q = '党员多久不参加组织生活就算自行脱党';
    expect(bestSentences(LONG_ARTICLE, q, 4, analyzeQuestion(q, index.termStats()))).toBe(LONG_ARTICLE);
  });

  it('covers both parts of a two-part question', () => {
    const q = '自己要求退党是怎么处理的？报上级是批准还是备案？';
    const quote = bestSentences(LONG_ARTICLE, q, 4, analyzeQuestion(q, index.termStats()), 300, 300);
    expect(quote).toContain('备案');
    expect(quote).toContain('宣布除名');
  });

  it('quotes a list with its items', () => {
    const text =
      '第四条 党史学习教育工作的主要任务是：\n（一）学史明理。教育引导党员深刻领悟道理，从历史中寻经验、求规律、启智慧，坚定不移走中国特色社会主义道路。\n' +
      '（二）学史增信。教育引导党员增强对马克思主义、共产主义的信仰，增强历史自觉。\n（三）学史崇德。教育引导党员传承红色基因，明大德、守公德、严私德。\n' +
      '（四）学史力行。教育引导党员把学习党史同总结经验、观照现实、推动工作结合起来，为民办实事。';
    const q = '党史学习教育的主要任务有哪些';
    const quote = bestSentences(text, q, 4, analyzeQuestion(q, index.termStats()));
    expect(quote).toContain('学史明理');
    expect(quote).toContain('学史力行');
  });

  it('quotes a list run on in one sentence to its full stop when the question asks for the items', () => {
    const text =
      '第十六条 党组织必须对发展对象进行政治审查，深入了解其入党动机、政治素质和现实表现等情况。\n' +
      '政治审查的主要内容是：坚定马克思主义信仰、共产主义觉悟和中国特色社会主义信念的情况；对党的理论和路线、方针、政策的态度；' +
      '政治历史和在重大政治斗争、急难险重任务中的表现；遵纪守法和遵守社会公德、家庭美德以及网络行为表现的情况；家庭主要成员和重要社会关系的政治情况。\n' +
      '政治审查的基本方法是：同本人谈话、查阅有关档案材料、找有关单位和人员了解情况以及必要的函调或者外调。在听取本人介绍和查阅有关材料后，情况清楚的可以不函调或者外调。' +
      '对流动人员中的发展对象进行政治审查时，还应当征求其户籍所在地和居住地基层党组织的意见。审查情况应当形成结论性材料。';
    const q = '政审查啥';
    const quote = bestSentences(text, q, 4, analyzeQuestion(q, index.termStats()), 300, 300);
    expect(quote).toContain('家庭主要成员');
  });

  it('quotes a list item after the sentence that opens the list', () => {
    const text =
      '第九十四条 违反有关规定从事营利活动，有下列行为之一，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务或者留党察看处分；情节严重的，给予开除党籍处分：\n' +
      '（一）经商办企业的；\n（二）拥有非上市公司（企业）的股份或者证券的；\n（三）买卖股票或者进行其他证券投资的；\n（四）兼任律师、会计师、资产评估师等中介机构的职务，或者从事有偿中介活动的；\n' +
      '（五）在国（境）外注册公司或者投资入股的；\n（六）有其他违反有关规定从事营利活动的。\n利用职权或者职务上的影响，为配偶、子女及其配偶等亲属和其他特定关系人从事营利活动提供便利，依照前款规定处理。';
    const q = '党员可以炒股吗';
    // A 200-character budget: the article is too long to quote whole.
    const quote = bestSentences(text, q, 4, analyzeQuestion(q, index.termStats()), 200, 200);
    expect(quote).toContain('买卖股票');
    expect(quote).toContain('给予警告或者严重警告处分');
    expect(quote).not.toContain('兼任律师');
  });

  it('quotes a clause that refers back (这些委员会…) together with the sentence it refers to', () => {
    const text =
      '第二十七条 党的省、自治区、直辖市、设区的市和自治州的委员会，每届任期五年。这些委员会的委员和候补委员必须有五年以上的党龄。\n' +
      '党的县（旗）、自治县、不设区的市和市辖区的委员会，每届任期五年。这些委员会的委员和候补委员必须有三年以上的党龄。\n' +
      '党的地方各级代表大会如提前或延期举行，由它选举的委员会的任期相应地改变。\n' +
      '党的地方各级委员会的委员和候补委员的名额，分别由上一级委员会决定。党的地方各级委员会委员出缺，由候补委员按照得票多少依次递补。';
    const q = '想进县委当委员，党龄得够几年？';
    const quote = bestSentences(text, q, 4, analyzeQuestion(q, index.termStats()), 120, 120);
    expect(quote).toContain('县（旗）');
    expect(quote).toContain('三年以上的党龄');
  });

  it('names every item of a list whose items are too long to quote whole', () => {
    const item = '教育引导党员深刻领悟道理，从历史中寻经验、求规律、启智慧，坚定对党的领导的自信，坚定贯彻落实党的创新理论，坚定不移走中国特色社会主义道路，把握历史主动。';
    const long = item + item;
    const text = `第四条 党史学习教育工作的主要任务是：\n（一）学史明理。${long}\n（二）学史增信。${long}\n（三）学史崇德。${long}\n（四）学史力行。${long}`;
    // Asked as a list in so many words, or by its count ("后面那三个…啥来着").
    for (const q of ['党史学习教育的主要任务是哪几个“学史”？', '学史明理，后面那三个学史啥来着？']) {
      const quote = bestSentences(text, q, 4, analyzeQuestion(q, index.termStats()));
      for (const name of ['学史明理', '学史增信', '学史崇德', '学史力行']) expect(quote).toContain(name);
    }
  });

  it('cites 《标题》第X条 and warns when only a superseded text supports the answer', () => {
    const hit = (id: number, superseded: boolean, article: string): RetrievedHit => ({
      passage: {
        id,
        documentId: id,
        title: '中国共产党纪律处分条例（2018年修订）',
        article,
        headingPath: '',
        text: `${article} 党员受到警告处分一年内、受到严重警告处分一年半内，不得在党内提升职务。`,
        superseded,
        supersededBy: '中国共产党纪律处分条例（2023年修订）',
        embedding: null,
      },
      score: 1,
      lexical: 1,
      matched: 1,
      cosine: 0.5,
      coverage: 1,
      rerankScore: 2,
    });
    const r = extractiveAnswer('受了警告多久不能提拔', [hit(1, true, '第十条')]);
    expect(r.text).toContain('《中国共产党纪律处分条例（2018年修订）》第十条');
    expect(r.text).toContain('已被《中国共产党纪律处分条例（2023年修订）》取代');
    expect(r.citations[0]).toMatchObject({ article: '第十条', superseded: true });
  });
});
