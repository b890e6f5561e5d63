import { EXPANSION_RULES, expandQuery, isFillerWord, normalizeQuery } from './query-expand';

const termsOf = (q: string): string[] => expandQuery(q).terms.map((t) => t.term);

describe('query normalisation and expansion', () => {
  it('normalises width, dialect words and trailing particles', () => {
    expect(normalizeQuery('支委会咋开啊？？')).toBe('支委会怎么开');
    expect(normalizeQuery('预备期有啥要求呢')).toBe('预备期有什么要求');
    expect(normalizeQuery('ＡＢＣ　第16条吗')).toBe('abc 第十六条');
    expect(normalizeQuery('党史学教谁牵头')).toBe('党史学习教育谁牵头');
    expect(normalizeQuery('学教师')).toBe('学教师');
    // Pinyin initials for party words, not inside longer Latin words.
    expect(normalizeQuery('dy一年要学满多少学时')).toBe('党员一年要学满多少学时');
    expect(normalizeQuery('zb书记')).toBe('支部书记');
    expect(normalizeQuery('study一下')).toBe('study一下');
    // Normalising twice changes nothing (the asking part of a story is analysed again).
    for (const q of ['支部开会要几个人', '党史学教谁牵头', '支委多久开一次', '支书和党代会']) expect(normalizeQuery(normalizeQuery(q))).toBe(normalizeQuery(q));
  });

  it('expands abbreviations to the written terms', () => {
    expect(termsOf('支委会多久开一次')).toEqual(expect.arrayContaining(['支部委员会', '每月', '季度']));
    expect(termsOf('三会一课包括什么')).toEqual(expect.arrayContaining(['支部党员大会', '党小组会', '党课']));
    expect(termsOf('党的六大纪律')).toEqual(expect.arrayContaining(['政治纪律', '廉洁纪律', '生活纪律']));
    expect(termsOf('我想退党，是个什么流程')).toEqual(expect.arrayContaining(['程序', '手续']));
    // Leaving of one's own will is 党章's 退党的自由; being persuaded to leave is 劝他退党.
    // (Phrases added by a rule are indexed as their words: 退党的自由 → 退党, 自由.)
    expect(termsOf('有个老同志写信说不想再当党员了')).toEqual(expect.arrayContaining(['退党', '自由']));
    expect(termsOf('劝他退党要谁批准')).not.toContain('自由');
    // Changing jobs is a change of 工作单位 (indexed as 工作, 单位), after which the membership moves.
    expect(termsOf('我从县城跳槽到市里一家公司,党组织关系要不要跟着转')).toEqual(expect.arrayContaining(['单位', '变动']));
    // Talking down the centre's policies is 妄议 of its 大政方针.
    expect(termsOf('在微信群里瞎评论中央的大政策会给什么处分')).toEqual(expect.arrayContaining(['妄议', '大政方针']));
    // How often the themed day is held, and when the oath is taken; not which day, nor the history days.
    expect(termsOf('主题党日是不是一个季度搞一次就够了')).toEqual(expect.arrayContaining(['每月', '开展']));
    const themedDay = EXPANSION_RULES.find((r) => r.add.join() === '每月,开展')!;
    expect(themedDay.pattern.test(normalizeQuery('主题党日有没有规定必须固定在每月哪一天搞'))).toBe(false);
    expect(themedDay.unless!.test(normalizeQuery('党史主题党日一年几次'))).toBe(true);
    expect(termsOf('入党宣誓啥时候')).toEqual(expect.arrayContaining(['批复']));
    expect(termsOf('批准后多久要宣誓')).toEqual(expect.arrayContaining(['批复']));
    // Everyday words for the education regulation's terms: too ill to come, a graduate's membership, votes.
    expect(termsOf('老党员瘫痪在床还要参加学习吗')).toEqual(expect.arrayContaining(['行动', '不便']));
    expect(termsOf('毕业后关系能留校多久')).toEqual(expect.arrayContaining(['学校']));
    expect(termsOf('入党表决几票算通过')).toEqual(expect.arrayContaining(['赞成票']));
    expect(termsOf('我被定成积极分子了，支部会安排几个党员带我？')).toEqual(expect.arrayContaining(['培养', '联系人']));
    expect(termsOf('预备期延长的话最少延多久')).toEqual(expect.arrayContaining(['少于', '半年']));
    expect(termsOf('学党的历史这件事，在党员里面重点是抓哪一类人？')).toEqual(expect.arrayContaining(['县处级']));
    expect(termsOf('老王想主动退出组织，会拦着吗')).toEqual(expect.arrayContaining(['退党']));
    expect(termsOf('机关纪委书记由谁兼任')).toEqual(expect.arrayContaining(['担任']));
    expect(termsOf('有个党员出了问题以后人就找不着了，组织上能怎么处理')).toEqual(expect.arrayContaining(['下落不明']));
    expect(termsOf('快调走了还能入党吗')).toEqual(expect.arrayContaining(['3个月', '离开']));
    expect(termsOf('外出打工要转关系吗')).toEqual(expect.arrayContaining(['转移', '固定']));
    expect(termsOf('组织上要把我调到山区分部去，硬顶着不去会怎样')).toEqual(expect.arrayContaining(['服从', '分配']));
    expect(termsOf('组织上罚人的那几种里头，哪一种算是顶格、最重的')).toEqual(expect.arrayContaining(['最高', '处分']));
    expect(termsOf('严重警告的老同志能给新人当引荐人吗')).toEqual(expect.arrayContaining(['入党', '入党介绍人']));
    expect(termsOf('支部书记可以兼任纪检委员吗')).not.toContain('担任');
    expect(termsOf('留党察看一年到期了还没改好，会延长吗')).toEqual(expect.arrayContaining(['期满', '延长']));
    expect(termsOf('单位里有人到处挂某个领导的大照片，天天歌功颂德')).toEqual(expect.arrayContaining(['个人', '崇拜']));
    expect(termsOf('有党员在抖音上乱转帖子，支部能管吗')).toEqual(expect.arrayContaining(['网络']));
    expect(termsOf('我把想进组织的那封信交上去了，多久会有人来找我聊')).toEqual(expect.arrayContaining(['入党', '谈话']));
    expect(termsOf('四风问题指啥')).toEqual(expect.arrayContaining(['形式主义', '奢靡之风']));
    expect(termsOf('给一个党员警告，是书记一个人说了算吗')).toEqual(expect.arrayContaining(['大会', '讨论', '批准']));
    expect(termsOf('受了警告处分影响提拔吗')).not.toContain('讨论');
    expect(termsOf('每年把党员干部叫到一起，听一把手讲讲工作')).toEqual(expect.arrayContaining(['召开', '大会', '听取', '通报']));
    expect(termsOf('支委会表决4票对3票，能马上执行吗')).toEqual(expect.arrayContaining(['少数', '多数', '接近']));
    expect(termsOf('同意的跟反对的差不多一半对一半')).toContain('暂缓');
    expect(termsOf('我投了反对票')).not.toContain('接近');
    expect(termsOf('判缓刑会被踢出党吗')).toContain('开除党籍');
    expect(termsOf('犯了两样错咋处分')).toContain('两种');
    expect(termsOf('处分党员咋走程序')).toContain('批准');
    expect(termsOf('对群众甩脸子')).toEqual(expect.arrayContaining(['态度', '恶劣']));
    expect(termsOf('党员上网要注意啥')).toContain('网络');
    expect(termsOf('学党史要达到啥')).toEqual(expect.arrayContaining(['目标', '任务']));
    expect(termsOf('党员请神婆来做法驱邪')).toContain('迷信');
    expect(termsOf('党员去庙里算命抽签')).toContain('迷信');
    expect(termsOf('还没处分就病故了')).toContain('死亡');
    expect(termsOf('支部选委员，是举手表决还是投票')).toContain('无记名');
    expect(termsOf('我还是预备党员，支部改选我能投票吗')).not.toContain('无记名');
    expect(termsOf('党委留下来的那部分党费，一般都花哪儿去了')).toEqual(expect.arrayContaining(['留存', '用于']));
    expect(termsOf('党费花哪去了')).not.toContain('交纳');
    expect(termsOf('党费按月交吗')).toContain('交纳');
    expect(termsOf('一年得学习多少个钟头')).toContain('学时');
    expect(termsOf('一人犯好几条咋处理')).toContain('两种');
    expect(termsOf('听说入了党就不能退')).toContain('退党');
    expect(termsOf('党员到了年龄能退休吗')).not.toContain('退党');
    expect(termsOf('党掌权以后最要命的危险是啥')).toContain('执政');
    expect(termsOf('把学党史弄成搞笑综艺行不行')).toContain('庸俗化');
    expect(termsOf('天天花天酒地讲排场')).toContain('奢靡');
    // A vote that passed (表决通过) is no question about who may vote (表决权).
    expect(termsOf('预备党员能参加表决吗')).toContain('表决权');
    expect(termsOf('支部大会已经表决通过了警告处分，算生效了吗')).not.toContain('表决权');
    expect(termsOf('村里两个党支部想合成一个')).toEqual(expect.arrayContaining(['撤销', '上级']));
    expect(termsOf('党组织被上面解散了')).not.toContain('成立');
    // A penalty's 影响期 is the time it bars promotion (提升职务).
    expect(termsOf('警告处分影响期')).toContain('提升');
    expect(termsOf('他说想退出党组织')).not.toContain('开除党籍');
    // A question naming the written term gets no rival term: 减轻处分 is not 从轻处分.
    expect(termsOf('减轻处分啥意思')).not.toContain('从轻');
    expect(termsOf('主动交代了能处理得轻一点吗')).toContain('从轻');
    expect(termsOf('咱们党说到底最终是奔着啥去的')).toEqual(expect.arrayContaining(['理想', '目标', '共产主义']));
    expect(termsOf('党日怎么搞')).toContain('主题党日');
    expect(termsOf('积极分子怎么确定')).toContain('入党积极分子');
    expect(termsOf('转正要什么手续')).toEqual(expect.arrayContaining(['预备党员', '正式党员']));
    expect(termsOf('被开除了还能回来吗')).toContain('开除党籍');
    expect(termsOf('受了处分能投票吗')).toEqual(expect.arrayContaining(['表决权', '选举权', '纪律处分']));
    expect(termsOf('一年要多少学时')).toEqual(expect.arrayContaining(['学习培训']));
  });

  it('weighs expansions below the question words and never relabels them', () => {
    const { terms } = expandQuery('主题党日多久搞一次');
    const own = terms.find((t) => t.term === '主题党日')!;
    expect(own).toMatchObject({ origin: 'word', weight: 1 });
    const added = terms.filter((t) => t.origin === 'expansion');
    expect(added.length).toBeGreaterThan(0);
    for (const t of added) expect(t.weight).toBeLessThan(1);
    expect(terms.some((t) => t.origin === 'bigram' && t.term === '党日')).toBe(true);
  });

  it('does not add what the question already says', () => {
    expect(expandQuery('主题党日').expansions).not.toContain('主题党日');
    expect(EXPANSION_RULES.every((r) => r.add.length > 0)).toBe(true);
  });
});

describe('people named in a story', () => {
  it('weighs 老王, 小李 and 张某 like filler, and keeps words that only look like names', () => {
    for (const w of ['老王', '小李', '张某', '刘某某']) expect(isFillerWord(w)).toBe(true);
    for (const w of ['老党员', '小组', '小于', '老区', '公车', '警告']) expect(isFillerWord(w)).toBe(false);
  });

  it('weighs place and topic markers of speech (学党史这块, 党组里面) like filler', () => {
    for (const w of ['这块', '一块儿', '里面', '问个', '频次']) expect(isFillerWord(w)).toBe(true);
  });

  it('weighs colloquial prohibitions (党员不许炒股) like filler: the ban is what is asked, the regulations say 不得', () => {
    for (const w of ['不许', '不准', '不让']) expect(isFillerWord(w)).toBe(true);
    for (const w of ['下来', '来得及', '就够', '类人', '设不设', '交不交']) expect(isFillerWord(w)).toBe(true);
    expect(isFillerWord('不设')).toBe(false);
    expect(isFillerWord('炒股')).toBe(false);
  });
});

describe('moving home', () => {
  it('reads 回老家住 and 搬到…常住 as a change of 经常居住地, which moves the organisation relation', () => {
    expect(expandQuery('我爸退休了回老家住，组织关系要转回去吗').expansions).toContain('经常居住地');
    expect(expandQuery('我搬到女儿那边常住了').expansions).toContain('转移组织关系');
    expect(expandQuery('老家的房子要翻修').expansions).not.toContain('经常居住地');
  });

  it('reads speaking for oneself at a penalty hearing as 申辩, and a leader made a god of as 个人崇拜', () => {
    expect(expandQuery('支部开会研究给我处分，我本人能到场解释吗').expansions).toContain('申辩');
    expect(expandQuery('他自己想到场把情况说一说').expansions).toContain('申辩');
    expect(expandQuery('能不能找人帮我说说话').expansions).toContain('申辩');
    expect(expandQuery('党内能不能把哪个领导捧得跟神一样').expansions).toContain('个人崇拜');
    expect(expandQuery('我想解释一下这个词的意思').expansions).not.toContain('申辩');
  });

  it('reads the meeting for criticism and self-criticism as the 组织生活会, and 次数 as asking how often', () => {
    expect(expandQuery('支部那种专门开展批评和自我批评的会，一年最少开几回').expansions).toContain('组织生活会');
    expect(expandQuery('党员要敢于开展批评和自我批评').expansions).not.toContain('组织生活会');
    expect(expandQuery('机关党员干部大会有没有次数要求').expansions).toContain('每年');
  });

  it('reads the everyday names of gift cards, a dissent kept to oneself and a show of hands', () => {
    expect(expandQuery('家长往我包里塞了张超市卡，收了会怎样').expansions).toContain('消费卡');
    expect(expandQuery('大家都通过了，我能保留自己的看法吗').expansions).toContain('声明保留');
    expect(expandQuery('选支委时大家举个手就完了，可以吗').expansions).toContain('无记名投票');
    expect(expandQuery('我的银行卡丢了').expansions).not.toContain('消费卡');
  });

  it('reads the youth league, a bureau\'s offices, a person put forward and help withheld in everyday words', () => {
    expect(expandQuery('我闺女在高中入了团，团跟党到底是啥关系').expansions).toContain('共产主义青年团');
    expect(expandQuery('我既是党员又是团员，团费还要交吗').expansions).not.toContain('共产主义青年团');
    expect(expandQuery('旅行团跟党员活动有关系吗').expansions).not.toContain('共产主义青年团');
    expect(expandQuery('我们局机关党员一百二十多个，该设个啥样的党组织').expansions).toContain('机关');
    expect(expandQuery('人选一般是怎么推出来的').expansions).toContain('推荐');
    expect(expandQuery('村干部眼看着群众被困却不去救').expansions).toContain('能救而不救');
    expect(expandQuery('党纪分哪几类').expansions).toContain('群众纪律');
    expect(expandQuery('国企党委到底管些啥').expansions).toContain('把方向');
    expect(expandQuery('我在一家私营软件公司上班，公司里的党支部到底管些啥').expansions).toContain('引导和监督企业');
    expect(expandQuery('私企里有几个党员就得建党组织').expansions).not.toContain('引导和监督企业');
    expect(expandQuery('我在一家民营医院上班，我们医院党委一届干几年').expansions).not.toContain('引导和监督企业');
    expect(expandQuery('我是高二学生，今年才十七岁，现在能不能正式申请入党').expansions).toContain('年满十八岁');
    expect(expandQuery('我今年五十八岁，支部书记过了五十五岁就该让位吗').expansions).not.toContain('年满十八岁');
    expect(expandQuery('党支部在整个党的组织体系里算什么定位').expansions).toContain('基础组织');
    expect(expandQuery('保密这事在党员义务里是怎么写的').expansions).toContain('秘密');
    for (const w of ['来着', '记不住', '要用', '记不全', '下礼拜', '这摊', '按规定', '合适']) expect(isFillerWord(w)).toBe(true);
    expect(expandQuery('下个月要离职还能入党吗').expansions).toContain('三个月内');
    expect(expandQuery('党纪有哪六类').expansions).toContain('生活纪律');
    expect(normalizeQuery('开除党籍几年能重入')).toContain('重新入党');
    expect(expandQuery('单位组织去延安学党史 顺便玩两天 这合规吗').expansions).toContain('变相公款旅游');
    expect(expandQuery('跟单位出国考察，我想自己多待两天顺便玩玩').expansions).not.toContain('变相公款旅游');
    expect(expandQuery('开除党籍算不算最重的处分').expansions).toContain('最高处分');
    expect(expandQuery('党内最重的处份是哪种').expansions).toContain('最高处分');
    expect(expandQuery('党史学习四大任务').expansions).toContain('主要任务');
    expect(expandQuery('女儿作业让画党旗,党旗到底长啥样').expansions).toContain('金黄色党徽图案');
    expect(expandQuery('支部要开会讨论给我处分,我本人能到场替自己说话吗').expansions).toContain('申辩');
    expect(expandQuery('支部委员受了留党察看处分,他的支委职务还保留吗').expansions).toContain('自然撤销');
    expect(expandQuery('按规定够得上撤销党内职务处分,可我根本没有职务可撤').expansions).toContain('没有担任党内职务');
    expect(expandQuery('处里业务上的事能由支部来拍板吗').expansions).toContain('不领导本单位业务工作');
    expect(expandQuery('我刚被列为发展对象,集中培训最少要上多长时间').expansions).toContain('短期集中培训');
    expect(expandQuery('科长说打着学习培训的名义去海南玩几天不算事').expansions).toContain('变相公款旅游');
    expect(expandQuery('借着培训的名头组团出去玩,要处分谁').expansions).toContain('变相公款旅游');
    expect(expandQuery('党委那边留着的党费一般都花在什么上').expansions).toContain('留存的党费');
    expect(expandQuery('留党察看顶多看几年').expansions).toEqual(expect.arrayContaining(['最长', '不超过']));
    expect(expandQuery('留党察看期间几年不能提拔').expansions).not.toContain('最长');
    expect(expandQuery('总书记从哪些人里选').expansions).toContain('产生');
    expect(expandQuery('有人说从业务处长里挑一个就行').expansions).not.toContain('产生');
    expect(normalizeQuery('咱党的终极目标是啥')).toContain('最终目标');
    expect(normalizeQuery('我现在还是ybdy 能投票吗')).toContain('预备党员');
    for (const w of ['人里', '设个']) expect(isFillerWord(w)).toBe(true);
    expect(expandQuery('我们想新建个党组织,得谁拍板').expansions).toEqual(expect.arrayContaining(['成立', '决定']));
    expect(expandQuery('公司几个党员能建组织').expansions).toContain('成立');
    expect(expandQuery('进中央委员会对党龄有硬杠杠吗').expansions).toContain('必须');
    expect(expandQuery('党史学习这一块有没有硬性的次数要求').expansions).not.toContain('必须');
    expect(expandQuery('预备期延长的话最少多久').expansions).toContain('不少于');
    expect(expandQuery('组织生活会至少得开多长时间').expansions).not.toContain('不少于');
    expect(isFillerWord('弱弱')).toBe(true);
    expect(expandQuery('给党员定处分,支部自己能拍板吗').expansions).not.toContain('决定');
    expect(expandQuery('市委全会一年最少得开几次').expansions).toContain('委员会全体会议');
    expect(expandQuery('党员开车出事故被判了四年,还能留在党内吗').expansions).toContain('有期徒刑');
    expect(expandQuery('领导干部管不住自家孩子,出了事要担纪律责任吗').expansions).toContain('家风');
    for (const w of ['得开', '得学', '暂时']) expect(isFillerWord(w)).toBe(true);
    expect(normalizeQuery('rd申请书交上去好久了')).toContain('入党申请书');
    expect(expandQuery('上面能不能硬让下面每人订几本辅导书').expansions).toContain('硬性摊派');
    expect(expandQuery('买学习资料的钱该从哪儿出').expansions).not.toContain('硬性摊派');
    expect(expandQuery('党史学习教育主要盯着哪类人抓').expansions).toContain('县处级以上领导干部');
    expect(expandQuery('党员喝多了在大街上耍酒疯,会受党纪处分吗').expansions).toContain('不当行为');
    expect(expandQuery('碰到老百姓性命财产有危险,党员躲着不管会怎么样').expansions).toContain('能救而不救');
    expect(isFillerWord('写个')).toBe(true);
    expect(expandQuery('我在国企车间上班，对厂党委一项决定有不同意见，还得照办吗').expansions).not.toContain('把方向');
    expect(expandQuery('我儿子上高中刚入团，问我党的最高理想是什么').expansions).not.toContain('共产主义青年团');
    expect(normalizeQuery('机关里的zbsj 一般让谁来当')).toContain('支部书记');
    expect(normalizeQuery('地方全委会一年几次')).toContain('委员会全体会议');
    expect(normalizeQuery(normalizeQuery('地方全委会一年几次'))).toBe(normalizeQuery('地方全委会一年几次'));
    expect(expandQuery('我在县财政局办公室，局里党支部书记一般该由谁来当').expansions).toContain('机关');
    expect(expandQuery('发展对象的短训班得上几天').expansions).toContain('短期集中培训');
    expect(expandQuery('想进中央委员会，对入党年头有要求吗').expansions).toContain('党龄');
    expect(expandQuery('拟定的名单要挂出来几天').expansions).toContain('公示');
    expect(expandQuery('党员每年学习时长有硬杠杠吗').expansions).toContain('学时');
    expect(expandQuery('讲党的历史的专题活动，一年最少得办几次').expansions).toContain('党史');
    expect(expandQuery('党员能入外国籍吗').expansions).toContain('外国国籍');
    expect(expandQuery('机关支委几年一换').expansions).toContain('任期');
    expect(normalizeQuery('学史xx 是哪四个来着 老记不住😅')).not.toContain('😅');
    expect(expandQuery('我们司的党支部书记，是不是得司长本人来兼').expansions).toContain('主要负责人');
    expect(expandQuery('去年底受了个严重警告，今年想提副科，能行吗').expansions).toContain('提升职务');
    expect(normalizeQuery('受了留dang察看 原来的职务还在不')).toContain('留党察看');
    expect(normalizeQuery('留察了党内职务还在吗')).toContain('留党察看');
    expect(normalizeQuery('当中央委员得有几年党龄 纯好奇哈哈哈')).not.toContain('哈');
    expect(normalizeQuery(normalizeQuery('留察了党内职务还在吗'))).toBe(normalizeQuery('留察了党内职务还在吗'));
  });
  it('reads stop-21 wordings: 号人 counts, 全职, 公式 for 公示, probationers voting, expulsion\'s rank', () => {
    expect(normalizeQuery('党员一百二十来号人')).toContain('一百二十来人');
    expect(normalizeQuery('机关里全职搞党务的配多少')).toContain('专职');
    expect(normalizeQuery('列发展对象要公式几天')).toContain('公示几天');
    expect(normalizeQuery('数学公式怎么背')).toContain('公式');
    expect(expandQuery('我还是预备党员，这次支部改选我能投票吗').expansions).toContain('没有表决权');
    expect(expandQuery('我是党员，这次支部改选我能投票吗').expansions).not.toContain('没有表决权');
    expect(expandQuery('开除党籍在党内处分里算啥级别').expansions).toContain('最高处分');
    expect(expandQuery('外出打工多久得转关系').expansions).toContain('地点相对固定');
    expect(expandQuery('机关里党员到多少人就得成立党委了').expansions).toContain('党的基层委员会');
    expect(expandQuery('支部定的事我不太认同,我自己的看法能不能先留着').expansions).toContain('声明保留');
    expect(expandQuery('党员自己不想干了想退出,要走什么手续').expansions).toContain('退党的自由');
    expect(expandQuery('公示几天,双休日算不算').expansions).toContain('工作日');
    expect(expandQuery('我大四了,再有两个月就毕业离校,还能办入党吗').expansions).toContain('离校');
    expect(expandQuery('支部想让他再考察一段,最少得延长多久').expansions).toContain('继续考察和教育');
    expect(expandQuery('我现在没单位,在家接点零活,入党申请书该往哪里交').expansions).toContain('居住地党组织');
    expect(expandQuery('党支部在整个党组织体系里算个什么定位').expansions).toContain('基础组织');
    expect(expandQuery('党委对党史学习教育工作,隔几年要整体评一评效果').expansions).toContain('综合评估');
    expect(expandQuery('干部考察名单还没公布,我提前漏给别人了,算违纪吗').expansions).toContain('尚未公开事项');
    expect(expandQuery('出国念书一直没回来的党员,党籍一般怎么处理').expansions).toContain('仍未返回');
    expect(expandQuery('出国考察团里有党员私自出走半年多没回来,算什么').expansions).not.toContain('仍未返回');
    expect(expandQuery('出国团里有人私自脱团跑了,超过半年才回来').expansions).toContain('脱离组织出走');
    expect(expandQuery('我们是党总支,下面支部报上来的预备党员,总支能直接批吗').expansions).toContain('党总支不能审批');
    expect(expandQuery('有个党员既违规收礼又公车私用,两个问题一起查出来,处分怎么定').expansions).toContain('合并处理');
    expect(expandQuery('预备期快满了,转正这事第一步是我自己要干什么').expansions).toContain('书面转正申请');
    expect(normalizeQuery('当中委得入党多少年')).toContain('中央委员');
    expect(normalizeQuery('县中委')).toBe('县中委');
    expect(expandQuery('支部做的决议我心里不认同,除了照办,我还能干点什么').expansions).toContain('声明保留');
    expect(expandQuery('上级定的一个事我心里不太认同,能不能先把意见挂着').expansions).toContain('声明保留');
    expect(expandQuery('外地打工多久得转关系').expansions).toContain('地点相对固定');
    expect(expandQuery('转正申请报到党委,党委多长时间内得批').expansions).toContain('三个月内审批');
    expect(isFillerWord('后面')).toBe(true);
    expect(expandQuery('党员要是自己不想干了,能主动退出吗').expansions).toContain('退党的自由');
    expect(expandQuery('减轻处分具体怎么个减法?能往下减几档').expansions).toContain('减轻一档');
    expect(expandQuery('赞成票过半按什么基数算').expansions).toContain('超过应到会');
    expect(expandQuery('党史学习四项任务是什么').expansions).toContain('学史明理');
    expect(expandQuery('机关支部几个人要设支委会').expansions).toContain('正式党员7人以上');
    expect(expandQuery('组织大家去外省红色景点转一圈').expansions).toContain('公款旅游');
    expect(expandQuery('有党员犯了错以后人就跑了,找不着已经超过半年').expansions).toContain('下落不明');
    expect(expandQuery('党员失联半年多了怎么办').expansions).not.toContain('下落不明');
    expect(expandQuery('一个积极分子配几个党员带 有说法没').expansions).toContain('培养联系人');
    expect(isFillerWord('全文')).toBe(true);
    expect(expandQuery('预备期到了还想再观察观察,能往后延多长时间').expansions).toContain('最长不超过一年');
    expect(expandQuery('有个预备党员刚从外地转过来,马上满一年了,转正能晚点讨论吗').expansions).toContain('推迟讨论其转正问题');
    expect(expandQuery('我是刚批下来的预备党员,党籍是从支部大会那天算,还是从党委批的那天算').expansions).toContain('取得党籍');
    expect(expandQuery('被开除党籍了 还能从新入党吗 要等几年').expansions).not.toContain('取得党籍');
    expect(expandQuery('主题党日一月搞几次').expansions).toContain('每月');
    expect(expandQuery('学党史这项工作搞得怎么样,多少年要全面评一次').expansions).toContain('综合评估');
  });

  it('reads stop-22 wordings: 书记 in initials, who heads an office branch, study abroad by country, 永居', () => {
    expect(normalizeQuery('机关党支部sj一般谁来当')).toContain('党支部书记');
    expect(normalizeQuery('sj说的')).toBe('sj说的');
    expect(expandQuery('支部书记该让主任当还是找个副职当').expansions).toContain('主要负责人担任');
    expect(expandQuery('机关党支部书记一般谁来当').expansions).toContain('主要负责人担任');
    expect(expandQuery('小易2018年去德国读博,至今没回来,他的党籍怎么处理').expansions).toContain('仍未返回');
    expect(expandQuery('去德国出差考察团有人没回来').expansions).not.toContain('仍未返回');
    expect(expandQuery('党员正在办加拿大永居,会受什么处分').expansions).toContain('永久居留');
    expect(normalizeQuery('预备其的同志能投票不')).toContain('预备期');
    expect(expandQuery('预备期的同志 支部换届能投票不').expansions).toContain('没有表决权');
    expect(expandQuery('留党察看分几档').expansions).toContain('留党察看二年');
    expect(expandQuery('当县委委员对党龄有要求吗').expansions).toContain('委员和候补委员必须有');
    expect(expandQuery('中央委员对党龄有要求吗').expansions).not.toContain('委员和候补委员必须有');
    expect(expandQuery('党史学习教育的四个“学史”是哪四个').expansions).toContain('学史力行');
    expect(expandQuery('预备期快满的时候刚转到我们单位,能不能晚点再讨论他转正').expansions).toContain('推迟讨论其转正问题');
    expect(normalizeQuery('我们医院党总支书记老鲁说')).toContain('党总支书记');
    expect(normalizeQuery('我们支书说')).toContain('支部书记');
    expect(expandQuery('支委会讨论个重要的事,结果赞成反对人数差不多').expansions).toContain('暂缓作出决定');
    expect(expandQuery('党史学习教育在党员里面主要盯哪一层人').expansions).toContain('县处级以上领导干部');
    expect(expandQuery('该给撤销党内职务处分,可他在党内什么职务都没有').expansions).toContain('没有担任党内职务');
    expect(expandQuery('发展对象政审会查平时在网上发的言论吗').expansions).toContain('网络行为表现');
    expect(expandQuery('本人情况已经很清楚了,还用发函外调吗').expansions).toContain('不函调');
    expect(expandQuery('店里有三个正式党员,得成立党组织吗').expansions).toContain('正式党员三人以上');
    expect(expandQuery('凑够三个正式党员要成立党支部了,支部公章去哪儿刻').expansions).not.toContain('正式党员三人以上');
    expect(expandQuery('被支部给了处分,事先没人找他核对材料、听他解释').expansions).toContain('同本人见面');
    expect(expandQuery('处分决定下来了,拖到下季度组织生活会上再宣布行不行').expansions).toContain('一个月内');
    expect(expandQuery('机关纪委书记一般由谁担任').expansions).toContain('副书记担任');
    expect(expandQuery('刚被选上机关支部书记,要参加什么培训吗').expansions).toContain('任职培训');
    expect(expandQuery('党章里分两步走的时间表是怎么说的').expansions).toContain('二〇三五年');
    expect(expandQuery('党内处分里头最重的是哪一种').expansions).toContain('开除党籍是党内的最高处分');
    expect(expandQuery('听说撤销党内职务就是党内最高处分了,对吗').expansions).toContain('开除党籍是党内的最高处分');
    expect(normalizeQuery('分开算还是和并')).toContain('合并');
    expect(normalizeQuery('机关dy违规抄股算违纪不')).toContain('炒股');
    expect(normalizeQuery('受了个严重警告 多久之内不能提拔啊 急急急qaq')).not.toMatch(/急急|qaq/);
    expect(expandQuery('党委批预备党员要多久').expansions).toContain('三个月内');
    expect(expandQuery('村党支部任期到了还没换届,经批准最长能延期多久').expansions).not.toContain('三个月内');
    expect(expandQuery('老罗既收了礼又搞公款旅游,两样一起被查出来').expansions).toContain('合并处理');
    expect(expandQuery('几个人一块儿违纪,带头的那个怎么处理').expansions).not.toContain('合并处理');
    expect(expandQuery('“主动交代”是怎么认定的').expansions).toContain('组织初核前');
    expect(expandQuery('几个支委私下商量就定了处分,这程序对吗').expansions).toContain('支部大会讨论决定');
    expect(expandQuery('谁有权改党章').expansions).toContain('全国代表大会的职权');
    expect(expandQuery('想把原来那个党支部撤了再另起一个新的,咱们自己开会定了就行吧').expansions).toContain('上级党组织决定');
    expect(expandQuery('成为预备党员以后,多久之内要组织入党宣誓').expansions).toContain('一个月内');
    expect(expandQuery('公司几个党员就得建党组织').expansions).toContain('正式党员三人以上');
    expect(expandQuery('支部今年还没有党史专题学习,一年最少安排几次').expansions).toContain('每年至少组织1次');
    expect(expandQuery('发展对象政审会不会查家里人').expansions).toContain('家庭主要成员');
    expect(expandQuery('社会主义初级阶段到底要持续多久').expansions).toContain('上百年的时间');
    expect(expandQuery('市党代会原定今年开,能不能往后推一推').expansions).toContain('上一级委员会批准');
    expect(expandQuery('有个党员大半年不交党费也不来开会').expansions).toContain('连续6个月');
    expect(isFillerWord('门店')).toBe(true);
    expect(isFillerWord('奶茶')).toBe(true);
  });

  it('reads stop-23 wordings: 硬派, the red and black slants, 中央军委, a leadership system, polite and counting fillers', () => {
    expect(expandQuery('街道给每个支部硬派订购300元的党史读本,这合规吗').expansions).toContain('硬性摊派');
    expect(expandQuery('做党史宣传时要防哪两种“红”“黑”的偏差').expansions).toEqual(expect.arrayContaining(['低级红', '高级黑']));
    expect(expandQuery('学党史要防啥倾向').expansions).toContain('高级黑');
    expect(expandQuery('中央军委内部实行的是哪种领导体制').expansions).toEqual(expect.arrayContaining(['中央军事委员会', '负责制']));
    expect(expandQuery('我们局机关党员有60人,按规定设什么党组织').expansions).toEqual(expect.arrayContaining(['总支部委员会', '基层委员会']));
    // 课时 is said 学时; 备课时 (while preparing a class) is not.
    expect(normalizeQuery('党史课要占多少课时')).toContain('多少学时');
    expect(normalizeQuery('备课时看到主要任务有四个')).toContain('备课时');
    expect(expandQuery('组织大家学党史,到底要达到哪四方面的任务').expansions).toContain('主要任务');
    for (const w of ['请教', '官方', '描述', '总共', '四方面', '几个方面']) expect(isFillerWord(w)).toBe(true);
    // A content word beside them stays one.
    expect(isFillerWord('方面军')).toBe(false);
    expect(expandQuery('最后投票七比六,书记想当场按多数拍板').expansions).toContain('暂缓作出决定');
    expect(expandQuery('碰到这种争得厉害、票数又差不多的情况,该怎么办').expansions).toContain('双方人数接近');
    for (const w of ['时常', '常说', '我弟']) expect(isFillerWord(w)).toBe(true);
    expect(expandQuery('机关党建的钱哪里出').expansions).toContain('预算');
  });
});
