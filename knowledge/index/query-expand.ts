/**
 * Query normalisation and expansion for colloquial party-work questions.
 *
 * Both steps are data (`NORMALIZE_RULES`, `EXPANSION_RULES`) so they can be tuned against
 * knowledge/eval without touching code. The output is a weighted term list for BM25 and a
 * normalised string (plus expansion words) for the embedder.
 */
import { correctInputSlips } from './input-slips';
import { normalizeArticleRef, tokenizeParts } from './tokenizer';

/** Where a query term came from; BM25 normalisation only counts `word` and `bigram` terms. */
export type TermOrigin = 'word' | 'bigram' | 'expansion';

/** One query term with its weight (multiplies the term's BM25 contribution). */
export interface WeightedTerm {
  term: string;
  weight: number;
  origin: TermOrigin;
}

/** Result of `expandQuery`. */
export interface ExpandedQuery {
  /** The question after width/particle/dialect normalisation. */
  normalized: string;
  /** Deduplicated weighted terms: query words, query bigrams, expansion words. */
  terms: WeightedTerm[];
  /** Phrases added by expansion rules (in rule order), for the embedder and for debugging. */
  expansions: string[];
  /** Each fired rule: the question text it matched and what it added (the reranker credits the matched words when a passage has the added ones). */
  fired: Array<{ matched: string[]; spans: Array<[start: number, end: number]>; add: readonly string[]; weight: number; hint: boolean }>;
}

/** A rewrite applied to the question text before tokenizing. */
export type NormalizeRule = readonly [pattern: RegExp, replacement: string];

/** Colloquial → written forms. Order matters (longer patterns first). */
export const NORMALIZE_RULES: readonly NormalizeRule[] = [
  [/咋样|咋个样/g, '怎么样'],
  [/咋办|咋整|咋弄/g, '怎么办'],
  [/为啥/g, '为什么'],
  [/咋/g, '怎么'],
  [/啥/g, '什么'],
  [/哪儿|哪块/g, '哪里'],
  [/一回|一趟/g, '一次'],
  [/每个月|每一个月/g, '每月'],
  [/每一年/g, '每年'],
  [/每个季度|每一季度/g, '每季度'],
  [/几回/g, '几次'],
  // Not inside 召开会议 itself: normalising twice must change nothing.
  [/(?<!召)开会(?!议)/g, '召开会议'],
  [/支委(?![会员])/g, '支委会'],
  [/党代会/g, '党的代表大会'],
  [/中央全会/g, '中央委员会全体会议'],
  [/(?<!委员会)全委会/g, '委员会全体会议'],
  // 终极目标: the constitution's 最终目标.
  [/终极目标/g, '最终目标'],
  [/支书(?!记)/g, '支部书记'],
  // 中委: a member of the Central Committee, clipped (当中委得入党多少年).
  [/(?<![县市省区])中委(?![会员])/g, '中央委员'],
  [/仨/g, '三个'],
  [/(?<![我你他她咱])俩/g, '两个'],
  [/政审/g, '政治审查'],
  // 课时 (class hours) is said 学时 in the regulations; 备课时, 上课时 are "while preparing / in class".
  [/(?<![备上下讲听])课时/g, '学时'],
  // 全职 (机关里全职搞党务的): the regulations say 专职.
  [/全职/g, '专职'],
  // A count of people said with 号 (一百多号人): the count the member-count rules read.
  [/([0-9零〇一二两三四五六七八九十百千]+[多来余]?)号人/g, '$1人'],
  // 公示 typed as its homophone 公式 where a period is asked (公式几天).
  [/公式(?=几天|多少天|多久|多长|期)/g, '公示'],
  // Pinyin initials typed for a party word (dy一年学多少学时, zb书记): 党员, 支部.
  [/(?<![a-z])dy(?![a-z])/g, '党员'],
  [/(?<![a-z])dzb(?![a-z])/g, '党支部'],
  [/(?<![a-z])zbsj(?![a-z])/g, '支部书记'],
  [/(?<![a-z])ybdy(?![a-z])/g, '预备党员'],
  [/(?<![a-z])rd(?![a-z])/g, '入党'],
  [/(?<![a-z])zb(?![a-z])/g, '支部'],
  // 书记 by its initials after a body (支部sj, 党委sj).
  [/(?<=(支部|党委|总支|党组|机关))sj(?![a-z])/g, '书记'],
  // 党 typed in pinyin inside a word (留dang察看).
  [/(?<![a-z])dang(?![a-z])/g, '党'],
  // Laughter typed after a question (…纯好奇哈哈哈, lol): no content.
  [/哈{2,}|呵{2,}|嘿{2,}|(?<![a-z])(lol|hh+)(?![a-z])|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ''],
  // 留察: 留党察看 clipped.
  [/留察(?!看)/g, '留党察看'],
  // 预备期 typed with the wrong character (预备其的同志能投票吗).
  [/预备其/g, '预备期'],
  // Other slips members make (和并处理, 抄股, 表绝).
  [/和并/g, '合并'],
  [/抄股/g, '炒股'],
  [/表绝/g, '表决'],
  // Chat noise that carries no content (急急急, qaq, orz).
  [/急{2,}/g, ''],
  [/(?<![a-z])(qaq|qwq|orz|tat)(?![a-z])/g, ''],
  // 重入: rejoining clipped (开除党籍几年能重入).
  [/重入(?!党)/g, '重新入党'],
  // 党史学教, 主题学教: 学习教育 clipped as people type it.
  [/学教(?!育|师|授|学)/g, '学习教育'],
];

/** Adds `add` (weighted) when `pattern` matches the normalised question and `unless` does not. */
export interface ExpansionRule {
  pattern: RegExp;
  add: readonly string[];
  /** Weight of the added words; default `DEFAULT_EXPANSION_WEIGHT`. */
  weight?: number;
  unless?: RegExp;
  /** A question-type hint (多久 → 每月, 期限): adds likely answer words, but is no synonym of the matched words. */
  hint?: boolean;
}

/** Default weight of expansion words (query words weigh 1). */
export const DEFAULT_EXPANSION_WEIGHT = 0.5;

/** Abbreviations, synonyms and question-type hints. Tune against knowledge/eval/paraphrase.jsonl. */
/** Asking how an election is voted: by show of hands, by ballot, signed or not (能投票吗 asks who may vote). */
const ELECTION_BALLOT = /(选|选举|换届|改选)[^。？?]{0,12}(举手|还是投票|投票还是|写票|无记名|不记名|记名|署名|写(自己的?)?名字)|选票[^。？?]{0,8}(写|署|签)[^。？?]{0,4}名/;

/** Asking what party dues are spent on. */
const PARTY_DUES_USE = /党费[^。？?]{0,10}(花|用)(到|在|去)?(哪|什么地方|什么上|啥)|(留着|留下|留存)的党费[^。？?]{0,8}(花|用)|党费[^，。？,?]{0,6}(用途|干什么|干啥|做什么)|(花|用)(在|到)?(哪|什么地方)[^，。？,?]{0,4}党费/;

export const EXPANSION_RULES: readonly ExpansionRule[] = [
  // Abbreviations of bodies and work
  { pattern: /中纪委/, add: ['中央纪律检查委员会'], weight: 0.7 },
  { pattern: /军委/, add: ['中央军事委员会'], unless: /军事委员会/, weight: 0.6 },
  // How a body is led (实行的是哪种领导体制): the regulations name it a 负责制 (主席负责制).
  { pattern: /(哪种|什么|啥|哪一种)[^，。？,?]{0,2}(领导)?体制/, add: ['负责制'], weight: 0.5 },
  // What body a count of members sets up (机关党员有60人，按规定设什么党组织): the articles that set bodies by size.
  { pattern: /(设|成立|建|组建)(个|一个)?(什么|啥|哪种|哪一级|哪类)(样的)?(党组织|组织)/, add: ['设立', '总支部委员会', '基层委员会'], weight: 0.5 },
  { pattern: /纪委/, add: ['纪律检查委员会'], unless: /纪律检查委员会/, weight: 0.35 },
  { pattern: /中组部/, add: ['中央组织部'], weight: 0.7 },
  { pattern: /组织部|宣传部/, add: ['组织部门', '宣传部门'], weight: 0.4 },
  { pattern: /党建/, add: ['党的建设', '党建工作'], weight: 0.5 },
  { pattern: /总支(?!部)/, add: ['总支部委员会', '党总支部'], weight: 0.6 },
  // Local committees by level, as the charter names them (县委 → 党的县（旗）…的委员会)
  { pattern: /省委|省级党委/, add: ['省、自治区、直辖市', '地方各级委员会'], weight: 0.5 },
  { pattern: /市委|市级党委/, add: ['设区的市', '不设区的市', '地方各级委员会'], weight: 0.5 },
  { pattern: /县委|县级党委|区委/, add: ['县（旗）', '自治县', '市辖区', '地方各级委员会'], weight: 0.5 },
  { pattern: /管哪些|管什么|管啥|干什么的|干啥的|做什么的|负责什么|负责啥|职能/, add: ['职责', '主要任务'], weight: 0.3 },
  { pattern: /编到|分到|放到哪|编进/, add: ['编入'], weight: 0.5 },
  // Regulation names as people say them
  { pattern: /党章/, add: ['中国共产党章程', '章程'], weight: 0.6 },
  { pattern: /处分条例|纪律条例/, add: ['纪律处分条例'], weight: 0.5 },
  { pattern: /发展党员细则|发展党员条例|发展细则/, add: ['发展党员工作细则'], weight: 0.5 },
  // Meetings and organisational life
  { pattern: /支委会|支部委员/, add: ['支部委员会', '党支部委员会', '委员会会议'], weight: 0.7 },
  { pattern: /党员大会|支部大会|全体党员会/, add: ['支部党员大会', '党员大会'], weight: 0.7 },
  { pattern: /三会一课/, add: ['支部党员大会', '支部委员会', '党小组会', '党课'], weight: 0.4 },
  // Shorthand for lists the regulations spell out
  { pattern: /六大纪律|六项纪律|六个纪律|(纪律|党纪).{0,4}(哪几|几大|几类|几种|哪些|包括|分为|都有|哪六|六类|六种)/, add: ['政治纪律', '组织纪律', '廉洁纪律', '群众纪律', '工作纪律', '生活纪律'], weight: 0.4 },
  { pattern: /四风/, add: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], weight: 0.5 },
  { pattern: /组织生活(?!会)/, add: ['组织生活会'], weight: 0.5 },
  // The meeting held for criticism and self-criticism (开展批评和自我批评的那个会) is the 组织生活会.
  { pattern: /批评和自我批评的?(那个|那种)?(会|会议)/, add: ['组织生活会'], weight: 0.7 },
  { pattern: /党日/, add: ['主题党日'], unless: /主题党日/, weight: 0.8 },
  // How often a branch holds its themed day (主题党日一个季度搞一次行吗): 每月开展1次; the history days are asked with 党史.
  { pattern: /党日[^。？?]{0,12}(多久|几次|多长时间|季度|一个?月(搞|开|一次)|隔多久)|(多久|几次)[^。？?]{0,6}主题党日/, add: ['每月', '开展'], unless: /党史/, weight: 0.8 },
  // When the oath is taken (入党宣誓啥时候): within a month of the approval.
  { pattern: /宣誓[^。？?]{0,8}(什么时候|何时|哪天|多久|时间)|(什么时候|何时|多久|多长时间|几天)[^。？?]{0,10}宣誓/, add: ['宣誓仪式', '批复', '一个月内'], weight: 0.6 },
  { pattern: /小组会/, add: ['党小组会', '党小组'], weight: 0.6 },
  { pattern: /谈心/, add: ['谈心谈话'], weight: 0.6 },
  { pattern: /换届|改选|一届|任期|换.{0,3}届|几年一换|多久一换|多长时间换一次/, add: ['换届', '任期', '每届任期', '届满'], weight: 0.5 },
  // Taking a foreign nationality as people say it (入外国籍, 入了外籍).
  { pattern: /外国籍|外籍|入籍/, add: ['外国国籍'], unless: /外国国籍/, weight: 0.6 },
  { pattern: /民主评议|评议党员/, add: ['民主评议党员'], weight: 0.7 },
  // Recruitment
  { pattern: /入党(?!积极分子|介绍人|申请)/, add: ['发展党员', '入党申请'], weight: 0.3 },
  { pattern: /积极分子/, add: ['入党积极分子'], unless: /入党积极分子/, weight: 0.8 },
  { pattern: /党龄/, add: ['年以上的党龄', '正式党员'], weight: 0.4 },
  // The standing a local committee member needs (当县委委员对党龄有要求吗): 这些委员会的委员和候补委员必须有…党龄.
  { pattern: /(县委|市委|省委|区委|州委|地方)[^。？?]{0,3}(委员|常委)[^。？?]{0,16}(党龄|入党.{0,4}年)|(党龄|入党.{0,4}年)[^。？?]{0,16}(县委|市委|省委|区委|州委)[^。？?]{0,3}(委员|常委)/, add: ['委员和候补委员必须有', '年以上的党龄'], weight: 0.6 },
  // Years in the party as people say it (对入党年头有要求吗): 党龄.
  { pattern: /入党(的)?(年头|年限)|党的年头/, add: ['党龄', '年以上的党龄'], weight: 0.6 },
  { pattern: /转正/, add: ['预备党员', '转为正式党员', '正式党员'], weight: 0.6 },
  { pattern: /预备期/, add: ['预备期', '预备党员'], weight: 0.4 },
  { pattern: /介绍人|引荐人/, add: ['入党介绍人'], unless: /入党介绍人/, weight: 0.8 },
  { pattern: /政治审查/, add: ['政治审查', '直系亲属'], weight: 0.4 },
  // What vetting looks at online (政审会查我在网上发的东西吗): 网络行为表现.
  // Whether vetting looks at one's family (政审会不会查家里人): 家庭主要成员和重要社会关系的政治情况.
  { pattern: /政治审查[^。？?]{0,12}(家里人|家人|家里|父母|亲属|亲戚|爸妈|家庭)/, add: ['家庭主要成员', '重要社会关系'], weight: 0.6 },
  { pattern: /政治审查[^。？?]{0,16}(网上|网络|朋友圈|微博|言论|帖子|发的东西)|(网上|朋友圈|微博)[^。？?]{0,12}政治审查/, add: ['网络行为表现'], weight: 0.7 },
  // Whether every vetting needs letters or visits (是不是都得发函外调): 情况清楚的可以不函调或者外调.
  { pattern: /函调|外调|发函/, add: ['不函调'], weight: 0.6 },
  { pattern: /宣誓|誓词/, add: ['入党誓词', '入党宣誓'], weight: 0.6 },
  { pattern: /发展对象/, add: ['发展对象'], weight: 0.3 },
  // Dues, training, relations
  { pattern: /党费/, add: ['党费', '交纳党费'], unless: PARTY_DUES_USE, weight: 0.5 },
  // What dues are spent on (党费花哪去了): 留存的党费主要用于…, not paying them
  { pattern: PARTY_DUES_USE, add: ['留存的党费', '主要用于', '经费'], weight: 0.7 },
  { pattern: /学时|培训/, add: ['学习培训', '集中学习', '学时'], weight: 0.5 },
  // How long members study, in everyday words (学习时长有硬杠杠吗): 学时.
  { pattern: /学习时长|学习的?时间/, add: ['学时', '集中学习培训'], weight: 0.5 },
  // The party's history said in full (讲党的历史的专题活动): 党史.
  { pattern: /党的历史/, add: ['党史', '党史学习教育'], weight: 0.6 },
  // The short course before admission as people name it (短训班).
  { pattern: /短训|发展对象[^。？?]{0,12}(集中)?培训/, add: ['短期集中培训'], weight: 0.6 },
  { pattern: /组织关系|转关系|关系转/, add: ['组织关系', '党员组织关系', '转接'], weight: 0.5 },
  { pattern: /外出|打工|务工|外地|流动/, add: ['流动党员', '外出'], weight: 0.5 },
  { pattern: /回老家|搬回|搬到|搬去|住到|常住|定居/, add: ['经常居住地', '居住地', '转移组织关系'], weight: 0.5 },
  // Applying without an employer (没单位，在家接点零活): 没有工作、学习单位的，应当向居住地党组织提出入党申请.
  { pattern: /没(有)?(单位|工作)(?!的党员)|待业|无业|失业|零活|打零工|自由职业|灵活就业/, add: ['居住地党组织', '没有工作、学习单位'], weight: 0.5 },
  // A branch's place among party bodies (党支部在党组织体系里算个啥定位): 党支部是党的基础组织.
  { pattern: /(支部|党支部)[^。？?]{0,16}(定位|地位|性质|算(个|一个)?(什么|哪一?级)组织)/, add: ['基础组织'], weight: 0.6 },
  // Judging how well the work went (隔几年评一评效果): 综合评估.
  { pattern: /评(一评|估|价|比)?[^。？?]{0,4}(效果|成效)|(效果|成效)[^。？?]{0,4}(评|评估|考评)|(全面|整体|综合)评/, add: ['综合评估', '评估结果'], weight: 0.6 },
  // Passing on what is not yet public (考察名单还没公布，我提前漏给别人了): 泄露…尚未公开事项.
  { pattern: /漏给|透露给|说漏|走漏|泄漏|漏出去|提前(告诉|透露|说)/, add: ['泄露', '尚未公开事项'], weight: 0.6 },
  { pattern: /出国|留学|国外|境外/, add: ['出国', '出境', '国外'], weight: 0.5 },
  // Studying abroad and not coming back (出国念书一直没回来的党员): 出国学习研究超过5年仍未返回…停止党籍.
  { pattern: /(出国|国外|海外|留学|(美国|英国|法国|德国|日本|韩国|加拿大|澳大利亚|澳洲|新加坡|俄罗斯|意大利|荷兰|新西兰)[^，。？,?]{0,3}(读|念|留学|深造|进修|访学|学习))[^。？?]{0,14}(不回|没回|未回|没有回)/, add: ['出国学习研究', '仍未返回', '停止党籍'], unless: /团|考察|跑了|出走|私自|擅自/, weight: 0.7 },
  // Leaving a delegation abroad (出国团里有人私自脱团跑了): 临时出国（境）团（组）中的党员…脱离组织出走.
  { pattern: /脱团|离团|(团|组)里[^。？?]{0,6}(跑了|溜了|走了|失踪)/, add: ['脱离组织出走', '出国（境）团（组）'], weight: 0.6 },
  // Disagreeing with a decision one still carries out (除了照办还能干啥, 意见挂着, 只能憋着吗): 声明保留.
  { pattern: /(决议|决定|定了?(个|的)?事)[^。？?]{0,10}(不服|不认同|不太认同|不赞同|有意见|有看法|有不同)|除了照(办|做|干|着办|执行)|意见[^。？?]{0,4}挂着|只能憋着/, add: ['声明保留', '不同意见'], weight: 0.7 },
  // How soon the committee approves a probationer's full membership (转正申请报到党委，多长时间内得批): 三个月内审批.
  { pattern: /转正[^。？?]{0,12}(党委|上级)[^。？?]{0,10}(批|审批)|(党委|上级)[^。？?]{0,8}(批|审批)[^。？?]{0,6}转正/, add: ['转正的决议', '三个月内审批'], weight: 0.6 },
  // How far a lighter penalty goes (减轻处分咋个减法，能往下减几档): 减轻一档.
  { pattern: /(减|降|轻)[^。？?]{0,3}(几档|一档|几级|几个档次)|减轻处分[^。？?]{0,8}(怎么|减法|减多少)/, add: ['减轻一档', '处分幅度以外'], weight: 0.6 },
  // What a majority is counted of (赞成票过半按啥基数算): 超过应到会有表决权的正式党员的半数.
  { pattern: /(过半|半数|一半)[^。？?]{0,8}(基数|按什么算|怎么算|按谁算|算的是|以什么为准)/, add: ['超过应到会', '有表决权的正式党员'], weight: 0.6 },
  // How often a branch studies party history (党史专题学习一年最少安排几次): 每年至少组织1次以党史为主要内容的学习.
  { pattern: /党史[^。？?]{0,16}(一年|每年|一年到头)[^。？?]{0,8}(几次|几回|最少|至少)|(一年|每年)[^。？?]{0,8}(几次|最少|至少)[^。？?]{0,8}党史/, add: ['每年至少组织1次', '以党史为主要内容的学习'], weight: 0.7 },
  // The tasks of party-history study (党史学习四项任务是啥): 主要任务是：学史明理…学史力行.
  { pattern: /党史[^。？?]{0,8}(几项|四项|哪几项|主要)?任务|(四个|几个|哪四个|哪几个)“?学史|学史”?[^。？?]{0,6}(哪四|哪几|四个|几个)/, add: ['主要任务', '学史明理', '学史增信', '学史崇德', '学史力行'], weight: 0.6 },
  // A state organ's branch big enough for a committee (机关支部几个人要设支委): 正式党员7人以上的党支部，设立支部委员会.
  { pattern: /(几个|多少)(人|党员)[^。？?]{0,6}(设|成立|要有)[^。？?]{0,2}(支委|支部委员会)/, add: ['设立支部委员会', '正式党员7人以上'], weight: 0.6 },
  // A member gone after an offence (违纪后人跑没影了): 违纪后下落不明 (纪律处分条例第三十五条), not a member merely out of touch.
  { pattern: /(违纪|犯了?错|出了?事|查出)[^。？?]{0,10}(跑|没影|不见|找不着|联系不上|失踪|下落)/, add: ['下落不明', '违纪后下落不明'], weight: 0.7 },
  // Extending probation, asked how long (预备期到了还想再观察观察，能往后延多长时间): 延长预备期…最长不超过一年;
  // a probationer transferred in is put off instead (细则第三十五条, below).
  { pattern: /(预备期|转正)[^。？?]{0,14}(往后延|延长|延期|延)[^。？?]{0,6}(多长|多久|多少)/, add: ['延长时间', '最长不超过一年'], unless: /转入|转来|转过来|调来|调过来|外地转|外单位转/, weight: 0.6 },
  // Putting off a transferred probationer's review (刚从外地转过来…转正能晚点讨论吗): 推迟讨论其转正问题.
  { pattern: /(转过来|转进来|转来|转到|转入|调来|调到|调过来|从外地|外单位)[^。？?]{0,24}(晚点|推迟|往后|缓|拖)[^。？?]{0,6}(讨论|转正)/, add: ['推迟讨论其转正问题', '转入的预备党员'], weight: 0.7 },
  // When membership starts (党籍是从支部大会那天算，还是从党委批的那天算): 自通过之日起，即取得党籍.
  { pattern: /党籍(是)?从|党籍[^。？?]{0,4}(从哪|算起|起算|开始算)|(从|哪天)[^。？?]{0,8}(算|有)党籍/, add: ['取得党籍', '自通过之日起'], weight: 0.6 },
  // A company or shop with three full members (店里有三个正式党员，得成立党组织吗): 正式党员三人以上的…成立党的基层组织.
  { pattern: /(几个|多少)(个|名)?(正式)?党员[^。？?]{0,4}(就|才)?(得|要|能|可以|才能|必须)?(建|成立|组建|设)[^。？?]{0,3}(党组织|党支部|支部|基层组织)|(三|3)(个|名|位)?(正式)?党员[^。？?]{0,12}((能|能不能|可以|可不可以|得|要不要|用不用|必须|该不该)(成立|建立|组建|建|设)[^。？?]{0,3}(党组织|党支部|支部|基层组织)|(成立|建立|组建|建|设)[^。？?]{0,3}(党组织|党支部|支部|基层组织)[^，。？,?]{0,3}(吗|么|不|没|呢|$))/, add: ['正式党员三人以上', '成立党的基层组织'], weight: 0.7 },
  // A penalty given without the member seeing the material or being heard (处分材料他一页都没看到, 没人听他解释): 同本人见面，听取本人说明情况和申辩.
  { pattern: /处分[^。？?]{0,20}(没看到|没见到|没看过|没给他看|不给看|没人找|没找他|没听|不听|没让他(说|解释|申辩))|(没看到|没见到|没人找他|没听他)[^。？?]{0,16}处分/, add: ['同本人见面', '说明情况和申辩'], weight: 0.7 },
  // When a penalty decision is announced (处分决定下来多久宣布, 拖到下季度再说行不行): 一个月内…宣布.
  { pattern: /处分(决定)?[^。？?]{0,20}(宣布|宣读|通报|公布)|(宣布|宣读|通报)[^。？?]{0,10}处分(决定)?/, add: ['一个月内', '宣布'], weight: 0.6 },
  // Who heads an office's discipline commission (机关纪委书记由谁担任): 机关党的基层委员会副书记担任.
  { pattern: /(机关)?纪委书记[^。？?]{0,12}(谁|由谁|人选|哪个|什么人)|(谁|由谁|什么人)[^。？?]{0,6}(当|担任|兼)[^。？?]{0,4}纪委书记/, add: ['副书记担任', '纪律检查委员会书记'], weight: 0.6 },
  // Training for a newly chosen secretary (刚被选上支部书记，要参加什么培训): 任职培训.
  { pattern: /(刚|新)(被)?(选上|当上|任命|上任|任职|当选)[^。？?]{0,12}(书记|委员)[^。？?]{0,12}培训|(新任|新上任|新当选)[^。？?]{0,6}(书记|委员)[^。？?]{0,12}培训/, add: ['任职培训'], weight: 0.7 },
  // The timetable of the two steps (两步走的时间表, 基本实现现代化是哪一年): 二〇三五年…本世纪中叶.
  { pattern: /两步走|分两步|时间表|(基本实现|实现)[^。？?]{0,4}现代化[^。？?]{0,12}(哪一?年|时间|年份|节点|什么时候)/, add: ['二〇三五年', '本世纪中叶', '基本实现社会主义现代化'], weight: 0.7 },
  // A general branch approving probationers (总支能直接批预备党员吗): 党总支不能审批.
  { pattern: /总支[^。？?]{0,12}(批|审批)|(批|审批)[^。？?]{0,6}总支/, add: ['党总支不能审批', '审批预备党员'], weight: 0.7 },
  // Several offences found together (违规收礼又公车私用，两个问题一起查出来): 两种以上…合并处理…加重一档.
  { pattern: /(两个|几个|好几个|多个|两种|几种|好几条|几条|两项|两件|几件)[^。？?]{0,8}(问题|错误|违纪|违规|事)[^。？?]{0,8}(一起|同时|一块)|(两件|几件|两样)[^。？?]{0,8}(一起|同时|一块)|同时(犯|有|查出)[^。？?]{0,6}(几|两|多)|(一起|同时)查出/, add: ['两种以上', '合并处理', '加重一档'], weight: 0.6 },
  { pattern: /党史/, add: ['党史学习教育'], unless: /党史学习教育/, weight: 0.4 },
  // Discipline
  { pattern: /处分|处理|违纪|违规/, add: ['纪律处分', '党纪处分', '给予'], weight: 0.3 },
  { pattern: /警告/, add: ['警告', '严重警告'], weight: 0.5 },
  { pattern: /撤职|撤销.*职务|撤了/, add: ['撤销党内职务'], weight: 0.6 },
  { pattern: /察看/, add: ['留党察看'], unless: /留党察看/, weight: 0.8 },
  { pattern: /开除|(踢|赶|清|撵|弄)出(党|去)/, add: ['开除党籍'], unless: /开除党籍/, weight: 0.8 },
  { pattern: /脱党|失联|找不着|联系不上|不参加组织生活|不交党费/, add: ['自行脱党', '除名', '失去联系'], weight: 0.6 },
  // Leaving of one's own will (党章: 退党的自由, 要求退党) and being made to leave (劝他退党, 除名, 自行脱党)
  { pattern: /(?<!劝.{0,3})退党|退出(中国)?共产党|退出党组织|(主动|自己|想)退出组织|不(想|愿意?)(再)?(当|做)党员|不当党员|(入了?党|党员)[^，。？,?]{0,6}(不能|能不能|不可以|可以|能|想)退(?![休出役伍])|党员[^，。？,?]{0,8}不想(干|当|做)了?[^，。？,?]{0,3}(想|要)?退出|不想(干|当|做)了[^。？?]{0,8}(主动|自己)?退出/, add: ['退党', '要求退党', '退党的自由', '宣布除名'], weight: 0.5 },
  { pattern: /劝.{0,3}退|除名/, add: ['劝他退党', '劝其退党', '除名'], weight: 0.5 },
  { pattern: /脱党/, add: ['自行脱党'], weight: 0.5 },
  { pattern: /投票|投(一|个|上)票|选举|表决(?!通过|过了|通过了)/, add: ['表决权', '选举权', '被选举权'], weight: 0.6 },
  // A probationer's vote in an election (我还是预备党员，换届能投票或者被选上吗): 预备党员…没有表决权、选举权和被选举权.
  { pattern: /(预备党员|预备期的?(同志|人))[^。？?]{0,24}(投票|投(一|个|上)票|表决|被选|选上|当选|选举)/, add: ['没有表决权', '预备党员的权利'], weight: 0.8 },
  { pattern: /恢复/, add: ['恢复党员权利'], weight: 0.5 },
  { pattern: /重新入党|再(次)?(申请)?入党|还能(再)?入党|回到党(内|里)/, add: ['重新入党', '不得重新入党'], weight: 0.6 },
  // Everyday words for what the discipline rules name formally
  // Where expulsion ranks among the penalties (开除党籍算啥级别): 开除党籍是党内的最高处分.
  { pattern: /开除党籍[^。？?]{0,12}(级别|档次|哪一档|多重|分量)/, add: ['最高处分'], weight: 0.7 },
  // How long the primary stage lasts (社会主义初级阶段要持续多久): 至少需要上百年的时间.
  { pattern: /初级阶段[^。？?]{0,12}(多久|多长|持续|几年|多少年|多长时间|什么时候结束)/, add: ['上百年的时间'], weight: 0.7 },
  // Putting off or bringing forward a local congress (市党代会能不能往后推，要谁同意): 经上一级委员会批准，可以提前或延期举行.
  { pattern: /(市|县|省|区|地方)[^。？?]{0,4}(党的代表大会|代表大会)[^。？?]{0,16}(往后推|推迟|延期|推后|提前|晚点开|缓开)/, add: ['上一级委员会批准', '提前或延期举行'], weight: 0.7 },
  // The office's general meeting (机关党员干部大会一年开几次): 每年至少召开1次机关党员干部大会.
  { pattern: /党员干部大会/, add: ['机关党员干部大会'], weight: 0.7 },
  // Half a year without dues or meetings (大半年不交党费也不来开会): 连续6个月…自行脱党.
  { pattern: /(半年|大半年|六个月|6个月|七八个月)[^。？?]{0,12}(不交党费|不缴党费|不参加|不来开会|不过组织生活)/, add: ['连续6个月', '自行脱党'], weight: 0.7 },
  // Who may change the constitution (谁有权改党章): 全国代表大会…修改党的章程.
  { pattern: /(有权|有资格|能|可以)?(改|修改|修订)党章|党章[^。？?]{0,6}(改|修改|修订)/, add: ['修改党的章程', '全国代表大会的职权'], weight: 0.7 },
  // Dissolving a branch and founding another (把原来的支部撤了另起一个，自己开会定了就行吧): 撤销党的原有组织，必须由上级党组织决定.
  { pattern: /(撤|撤销|撤掉|解散)[^。？?]{0,10}(支部|党组织|总支|党委)[^。？?]{0,12}(另起|新建|重建|再建|另建|新成立)|(支部|党组织)[^。？?]{0,6}(撤|撤销|撤掉|解散)[^。？?]{0,16}(自己|我们)[^。？?]{0,6}(定|决定|开会)/, add: ['撤销党的原有组织', '上级党组织决定'], weight: 0.7 },
  // Which penalty is the heaviest (党内处分里最重的是哪一种, 撤销党内职务就是最高处分吗): the constitution's list, where 开除党籍是党内的最高处分.
  { pattern: /(就是|算是|是不是|算不算)(党内)?的?最高(的)?处分|(最重|最严重|最高|最狠|最严厉|顶格)的?(党内|党纪|纪律)?(处分|处份)?[^，。？,?]{0,3}(是|算|属于)?(哪一种|哪种|哪个|哪一个|什么|啥)|(处分|处份)[^。？?]{0,8}(最重|最严重|最狠|最严厉)的?[^，。？,?]{0,3}(是|算)?(哪一种|哪种|哪个|哪一个|什么|啥)/, add: ['开除党籍是党内的最高处分'], weight: 0.5 },
  { pattern: /(最重|最严重|最高|最狠|最严厉|最厉害|最大|顶格).*(处分|处份|处理|罚)|(处分|处份|处理|罚).*(最重|最严重|最高|最狠|最严厉|最厉害|最大|顶格)/, add: ['最高处分', '党内的最高处分'], weight: 0.7 },
  { pattern: /酒席|办酒|摆酒|大办|大摆|婚礼|婚宴|喜宴|寿宴|升学宴|满月酒|结婚|丧事|份子钱|随礼|红白喜事/, add: ['婚丧喜庆', '大操大办', '借机敛财'], weight: 0.6 },
  { pattern: /公车|单位的车|公家的车|单位车|开回家/, add: ['公务用车', '公车', '私用', '占用公物', '个人使用'], weight: 0.6 },
  { pattern: /景区|景点|风景区|旅游|度假|游山玩水|游玩|观光/, add: ['风景名胜区', '公款旅游'], weight: 0.6 },
  // Books members are made to buy (硬让每人订辅导书): 不得硬性摊派…辅导读物.
  { pattern: /(硬让|强制|必须|硬要|硬性|强迫|统一|硬派|强派)[^，。？,?]{0,10}(订|买|购买|征订)|摊派|硬派/, add: ['硬性摊派', '辅导读物'], weight: 0.6 },
  { pattern: /辅导书|辅导材料|学习辅导/, add: ['辅导读物'], weight: 0.5 },
  // Whom party-history study is aimed at (党史学习主要盯着哪类人, 重点人群): 以县处级以上领导干部为重点.
  { pattern: /党史[^。？?]{0,24}(重点|主要盯|盯着|盯哪|针对)[^。？?]{0,10}(哪类|哪个|哪些|什么|哪一?层)(的)?(人|层级|群体)|(重点|主要盯|盯着|盯)[^。？?]{0,6}(哪类人|哪个层级|哪些人)[^。？?]{0,10}党史/, add: ['县处级以上领导干部', '领导干部', '重点'], weight: 0.6 },
  // Drunken scenes in public (喝多了在大街上耍酒疯): 在公共场所有不当行为.
  { pattern: /耍酒疯|发酒疯|撒酒疯|酒后闹事|喝多了[^。？?]{0,10}(闹|骂|打|砸)/, add: ['公共场所', '不当行为', '公序良俗'], weight: 0.6 },
  // Standing by when people are in danger (老百姓性命财产有危险，党员躲着不管): 能救而不救.
  { pattern: /(躲着?|不管|不救|见死不救|袖手旁观|溜了|跑了)[^。？?]{0,8}(危险|性命|生命|财产)|(危险|性命|生命|遇险)[^。？?]{0,12}(躲着?|不管|不救|见死不救|袖手旁观)/, add: ['能救而不救', '生命财产'], weight: 0.6 },
  // A local committee's plenary session (市委全会一年开几次): 地方各级委员会全体会议.
  { pattern: /(省委|市委|县委|区委|州委|地方党委)全会/, add: ['全体会议', '委员会全体会议'], weight: 0.6 },
  // Who decides, colloquially (得谁拍板, 谁说了算): 决定; not 支部自己能拍板吗, nor a story's 一个人说了算.
  { pattern: /谁[^，。？,?]{0,3}(拍板|说了算|定夺)|(拍板|说了算|定夺)的?是谁/, add: ['决定'], weight: 0.5 },
  // A new organisation set up (新建个党组织, 公司几个党员能建组织): 成立.
  { pattern: /新建|(能|可以|才能|就能)建(立)?[^，。？,?]{0,3}(组织|支部|党支部|党组织)|建(个|一个)?(党组织|党支部|支部)/, add: ['成立'], weight: 0.5 },
  // A hard requirement of standing or age (对党龄有硬杠杠吗): 必须有…以上的党龄.
  { pattern: /(党龄|年龄|岁)[^。？?]{0,6}(硬杠杠|杠杠|硬性|门槛)|(硬杠杠|杠杠|硬性|门槛)[^。？?]{0,6}(党龄|年龄)/, add: ['必须'], weight: 0.4 },
  // At least how long (延长的话最少多久): the regulations write 不少于 / 不能少于. Not 至少开多长时间 (a meeting's length).
  { pattern: /(最少|至少|起码|最短)(能|得|要|可以)?[^，。？,?]{0,3}(几年|多少年|多久|几个月)/, add: ['不少于', '少于'], weight: 0.5 },
  // At most how long (留党察看顶多看几年): the regulations write 最长不超过.
  { pattern: /(最多|顶多|最长|最久|至多|封顶)(能|可以|可)?[^，。？,?]{0,3}(几年|多少年|多久|多长|几个月)/, add: ['最长', '不超过'], weight: 0.5 },
  // Chosen from among whom (总书记从哪些人里选): …委员中产生.
  { pattern: /从(哪|什么)[^，。？,?]{0,6}(里|中|当中)(选|挑|产生)/, add: ['中产生', '产生'], weight: 0.5 },
  // A regulation's main tasks (党史学习四大任务).
  { pattern: /[几四五三]大任务|主要任务/, add: ['主要任务'], weight: 0.5 },
  // A trip dressed up as study (打着学习培训的名义去海南玩几天), or study with a holiday on the side
  // (去延安学党史，顺便玩两天): 以学习培训…等名义变相公款旅游.
  { pattern: /(打着|借着?|以)[^，。？,?]{0,4}(学习|培训|考察|交流|调研)[^，。？,?]{0,4}(的)?(名义|幌子|名头|旗号)[^。？?]{0,10}(玩|游|逛)|(学|学习|培训)[^。？?]{0,10}(顺便|顺带|捎带)[^。？?]{0,4}(玩|游|逛)/, add: ['变相公款旅游', '公款旅游'], weight: 0.6 },
  { pattern: /红包|礼金|(购物|超市|商场|充值|加油|提货|消费)卡|会员卡|卡券|送礼/, add: ['礼品', '礼金', '消费卡'], weight: 0.5 },
  { pattern: /志愿者|志愿/, add: ['志愿服务'], weight: 0.6 },
  { pattern: /不同意见|不太?认同|不同意|有意见|不太?赞成|(保留|坚持)(自己的?|我的|个人的?)?(看法|想法|意见)|(看法|想法|意见)[^，。？,?]{0,6}(留着|保留)|不同(的)?(看法|想法)/, add: ['不同意见', '声明保留'], weight: 0.5 },
  { pattern: /照办|照做|照着办/, add: ['执行', '坚决执行'], weight: 0.5 },
  { pattern: /离队|脱队|掉队|单独行动|私自离开|自己走了/, add: ['脱离组织', '擅自脱离组织'], weight: 0.6 },
  { pattern: /见死不救|袖手旁观|不救|不帮|躲开|躲了|躲得远|着火|火灾|落水|遇险|遇难|抢险|救人/, add: ['能救而不救', '严重威胁', '生命财产', '挺身而出'], weight: 0.6 },
  { pattern: /加开|临时开|随时开|多开|另开|临时召开|随时召开/, add: ['随时召开'], weight: 0.6 },
  // Everyday words for procedures and roles
  { pattern: /家里人|家人|家属|亲属|亲戚|亲友|父母|爸妈|配偶|子女|老婆|丈夫|孩子/, add: ['家庭主要成员', '直系亲属', '社会关系', '配偶', '子女', '亲属'], weight: 0.5 },
  { pattern: /撤掉|撤了|撤销|取消|解散|撤并/, add: ['撤销'], weight: 0.6 },
  { pattern: /不记名|无记名|举(个|一下|一)?手|投票方式|怎么投/, add: ['无记名投票', '表决'], unless: ELECTION_BALLOT, weight: 0.6 },
  // How an election is voted (选委员是举手还是投票, 选票上要写自己名字吗): 选举采用无记名投票的方式
  { pattern: ELECTION_BALLOT, add: ['选举采用无记名投票', '无记名投票', '选举人'], weight: 0.7 },
  { pattern: /旁听|列席/, add: ['列席'], weight: 0.7 },
  { pattern: /卧床|年老|年纪大|岁数大|生病|行动不便|身体不好|老党员|腿脚|下不了楼|走不动|出不了门|残疾|失能/, add: ['年老体弱', '行动不便', '老党员'], weight: 0.6 },
  { pattern: /路子|途径|渠道|方式|形式|办法/, add: ['方式', '形式', '途径'], weight: 0.3 },
  { pattern: /巡视|巡察|巡一遍/, add: ['巡视', '全覆盖'], weight: 0.6 },
  { pattern: /找我谈|谈话|谈一谈|聊一聊|找我聊|找你聊|找他聊|聊聊/, add: ['谈话'], weight: 0.5 },
  { pattern: /批下来|批复|批不批|审批|批准/, add: ['审批', '批准'], weight: 0.5 },
  { pattern: /调走|调动|调去|调到|调离|搬家|换单位|换了单位|跳槽|换工作|换了工作|辞职/, add: ['工作调动', '工作单位', '变动', '转移', '组织关系'], weight: 0.5 },
  // A member too ill to come (瘫痪在床, 病重): the education regulation's 身患重病、行动不便.
  { pattern: /病重|重病|瘫痪|卧床|失能|行动不便|腿脚不便|腿脚不好/, add: ['身患重病', '行动不便', '年老体弱'], weight: 0.6 },
  // Wanting into the party told without its name (想进组织的那封信): 入党申请.
  { pattern: /(想|要|申请)(进|加入|入)组织/, add: ['入党', '入党申请'], weight: 0.5 },
  // Who holds a post as a second one (纪委书记由谁兼任): the regulations say 由…担任. Whether one may (可以兼任吗) they do not.
  { pattern: /(由谁|谁来?)兼(任|着)|兼任[^。？?]{0,2}(的是谁|是谁)/, add: ['担任'], weight: 0.5 },
  // A year's 留党察看 over with no change (到期了还没改好): extended a year, or expelled.
  // The lengths of 留党察看 (留党察看分几档, 有几种期限): 分为留党察看一年、留党察看二年.
  { pattern: /留党察看[^。？?]{0,6}(分几|几档|几种|几个档|哪几|分为|分哪)/, add: ['留党察看一年', '留党察看二年'], weight: 0.7 },
  { pattern: /留党察看[^。？?]{0,12}(到期|期满|满了)|(到期|期满)[^。？?]{0,8}(没改|不改|还没改)/, add: ['期满后', '仍不符合', '延长一年'], weight: 0.6 },
  // How soon the committee approves (党委多久能批下来): 三个月内审批.
  { pattern: /(多久|多长时间|几个月)[^。？?]{0,4}(批|审批)|(批|审批)(?!准)[^。？?]{0,8}(多久|多长时间)/, add: ['三个月内', '审批'], weight: 0.5, hint: true },
  // A candidate about to leave (快调走了还能入党吗): 未来三个月内将离开…一般不办理接收预备党员的手续.
  {
    pattern: /(快|要|即将|马上|下个月|过几个月)[^。？?]{0,4}(调走|调去|调离|离开|走了|毕业|离职|辞职|跳槽)[^。？?]{0,12}(入党|发展|接收|预备党员)|(入党|发展|接收)[^。？?]{0,8}(快|要|即将|马上)[^。？?]{0,2}(调走|调离|离开|离职|辞职)/,
    add: ['三个月内', '离开', '接收预备党员'],
    weight: 0.6,
  },
  // Whether going away to work moves one's membership (外出打工要转关系吗): 外出…6个月以上…应当转移组织关系.
  { pattern: /(外出|外地|出去)[^。？?]{0,6}(打工|务工|工作|干活|上班)[^。？?]{0,14}(转|关系)/, add: ['外出', '应当转移组织关系', '地点相对固定'], weight: 0.9 },
  // Refusing a posting (组织上要把我调到山区去，硬顶着不去会怎样): 不服从组织分配.
  { pattern: /(调|派|分配)[^。？?]{0,12}(不想去|不去|不愿意去|不肯去)|(顶着|拒绝|不服从)[^。？?]{0,4}(调动|分配|安排|不去)/, add: ['不服从组织', '分配'], weight: 0.6 },
  // Gone missing after misconduct (出了问题以后人就找不着了): 违纪后下落不明.
  { pattern: /(出了问题|出问题|犯了事|出事|违纪|违了纪)[^。？?]{0,10}(找不着|找不到|联系不上|跑了|失联|不见)/, add: ['违纪', '下落不明'], weight: 0.6 },
  // Who is assigned to guide a candidate (组织上会安排几个人来带我): 培养联系人.
  { pattern: /(人|党员)[^。？?]{0,4}带(我|他|她)|培养人|带的人|配[^。？?]{0,4}(几个|多少)?(人|党员)带/, add: ['培养联系人'], weight: 0.7 },
  // The shortest extension of probation (考察期最少延多久): the rules' 不能少于半年.
  { pattern: /(延|延长)[^。？?]{0,10}(最少|最短|至少)|(最少|最短|至少)[^。？?]{0,4}(延|延长)/, add: ['延长时间', '少于半年'], weight: 0.8 },
  // How many members a state organ needs for a party committee (机关里党员到多少人得成立党委): 100人以上…设立党的基层委员会.
  { pattern: /(多少|几十|几百)(个)?(人|党员)[^。？?]{0,8}(成立|设|建)[^。？?]{0,3}党委|党委[^。？?]{0,8}(多少|几)(个)?(人|党员)/, add: ['党的基层委员会', '100人以上'], weight: 0.6 },
  // Watching a probationer longer by extending (想再考察一段，最少得延长多久): 需要继续考察和教育的，可以延长预备期.
  { pattern: /(再|多|继续)(考察|观察)[^。？?]{0,12}(延长|延期)/, add: ['继续考察和教育', '延长预备期'], weight: 0.6 },
  // Weekends in a period counted in days (公示几天，双休日算不算): 工作日.
  { pattern: /双休日|周末|节假日|礼拜天|星期天/, add: ['工作日'], weight: 0.6 },
  // A student about to graduate (大四了，再有两个月就毕业离校): 毕业离校 in the recruitment rules.
  { pattern: /大四|毕业班|应届(生|毕业生)?|快毕业|要毕业|马上毕业/, add: ['毕业', '离校', '学生'], weight: 0.5 },
  // Whom the party-history study targets (学党史重点抓哪一类人): 突出县处级以上领导干部这个重点.
  {
    pattern: /(重点|主要)[^。？?]{0,6}(抓|是|针对|冲着|学)[^。？?]{0,4}(哪|谁|什么人|哪些人)|冲着[^。？?]{0,4}(谁|哪|领导)/,
    add: ['突出', '县处级以上领导干部', '重点'],
    weight: 0.5,
  },
  // A graduate's membership left at the university (毕业后关系留校): 组织关系保留在学校.
  { pattern: /留校|留在学校|放学校|放在学校/, add: ['保留在学校', '高校毕业生'], weight: 0.6 },
  // How many votes admit a member (几票算通过): 赞成票 over half.
  { pattern: /几票|多少票|票数/, add: ['赞成票', '半数'], weight: 0.5 },
  { pattern: /绿卡|移民|外国国籍|外籍|入籍|永久居留|永居/, add: ['外国国籍', '永久居留'], weight: 0.7 },
  { pattern: /炒股|股票|证券|基金/, add: ['买卖股票', '证券'], weight: 0.6 },
  { pattern: /吓唬|威胁|要挟|闹/, add: ['要挟'], weight: 0.6 },
  { pattern: /算命|跳大神|烧香|看风水|封建迷信|迷信|神婆|神汉|做法|驱邪|请神|看相|抽签|求签|算卦|占卜/, add: ['迷信活动'], weight: 0.7 },
  { pattern: /宣布|公布|通报|告知/, add: ['宣布', '通报'], weight: 0.4 },
  { pattern: /突击|凑数|指标|完成任务/, add: ['突击发展'], weight: 0.6 },
  { pattern: /打不通|找不到人|下落不明|人跑了/, add: ['失去联系', '下落不明'], weight: 0.6 },
  { pattern: /病故|病逝|去世|过世|离世|人没了/, add: ['死亡'], weight: 0.7 },
  { pattern: /钟头/, add: ['学时', '小时'], weight: 0.7 },
  // Colloquial spans of time
  { pattern: /大半年|小半年|半年多|半年以上|好几个月|五六个月|六七个月/, add: ['6个月', '六个月', '半年'], weight: 0.3 },
  { pattern: /一年多|大半辈子|好几年|好多年|多年/, add: ['1年', '一年', '年以上'], weight: 0.4 },
  { pattern: /判刑|坐牢|有期徒刑|缓刑|犯罪|犯法|被抓|被判|判了/, add: ['刑事处罚', '有期徒刑', '开除党籍'], weight: 0.5 },
  { pattern: /钱从哪|钱(哪里|哪儿|打哪|从哪儿?)出|钱(谁|哪个部门)出|经费|费用|花钱|出钱|开支/, add: ['经费', '预算', '保障'], weight: 0.5 },
  { pattern: /讲师|老师|授课|讲课/, add: ['讲师', '师资'], weight: 0.5 },
  { pattern: /挑|选拔|选人|选谁/, add: ['选聘', '选拔', '选派'], weight: 0.5 },
  { pattern: /年龄|多大|几岁|多少岁|岁数/, add: ['年满', '周岁', '岁'], weight: 0.5 },
  { pattern: /到场|到会|参会|出席|来了多少|人够不够|人数够/, add: ['到会', '应到会', '半数'], weight: 0.5 },
  { pattern: /选出|怎么选|谁选|选上/, add: ['选举', '产生'], weight: 0.5 },
  // The head of the unit holding the branch post (是不是得司长本人来兼, 让处长兼吗): 主要负责人.
  { pattern: /一把手|主要领导|负责人|(司长|处长|局长|科长|厅长|院长|所长)[^，。？,?]{0,4}(兼|担任|来当)/, add: ['主要负责人'], weight: 0.6 },
  // Who should be a branch secretary in an office (机关党支部书记一般谁当, 让主任当还是找个副职): 原则上由本单位党员主要负责人担任.
  { pattern: /(支部书记|党支部书记|党支部[,，]书记)[^。？?]{0,10}(谁(来)?(当|担任|干)|(主任|处长|科长|局长|领导|一把手|副职)[^，。？,?]{0,4}(当|担任|兼)|让[^，。？,?]{0,6}当|随便挑)/, add: ['主要负责人担任', '党员负责人'], weight: 0.7 },
  // What a company's party organisation does (国企党委到底管啥, 私营公司里的党支部管些啥): the 党章's words for each kind of company.
  { pattern: /(国企|国有企业|央企)[^。？?]{0,12}(党委|党组织|党支部)(?=[^。？?]*(管|干什么|干啥|干些|作用|职责|角色|任务|做什么|是干|扮演|负责|概括))/, add: ['国有企业党委', '把方向', '管大局', '保落实'], unless: /几个|多少|成立|建/, weight: 0.5 },
  { pattern: /(私营|私企|民营|民企|非公|外企|外资|个体|私人)[^。？?]{0,14}(党委|党组织|党支部)(?=[^。？?]*(管|干什么|干啥|干些|作用|职责|角色|任务|做什么|是干|扮演|负责|概括))/, add: ['非公有制经济组织', '引导和监督企业'], unless: /几个|多少|成立|建/, weight: 0.5 },
  { pattern: /兼着|兼任|兼职/, add: ['兼任'], weight: 0.6 },
  { pattern: /提职|提拔|提干|升职|晋升|影响期|提(副|正)?(科|处|厅|局)(?!长)|升(副|正)(科|处|厅|局)/, add: ['提升职务', '提拔'], weight: 0.7 },
  { pattern: /吃喝|请客|宴请|饭局/, add: ['公款吃喝', '宴请'], weight: 0.6 },
  { pattern: /不够格|不合格|不称职/, add: ['不合格党员', '不合格'], weight: 0.5 },
  { pattern: /比例|配多少|配几个|配备/, add: ['比例', '配备'], weight: 0.5 },
  { pattern: /述职|汇报|报告工作/, add: ['述职', '报告工作', '汇报'], weight: 0.5 },
  { pattern: /党籍.*(算|有)|(算|有).*党籍|成了党员|算党员/, add: ['取得党籍', '党籍'], weight: 0.5 },
  { pattern: /(最短|最少|最多|最长).*(延|推迟|推后)|延长|推迟|缓一缓|往后推/, add: ['延长', '推迟'], weight: 0.5 },
  // Everyday words for what the discipline rules name formally (general vocabulary)
  { pattern: /公家|单位的东西|公物|拿回家/, add: ['公物', '占用公物', '个人使用', '公款'], weight: 0.6 },
  { pattern: /(机关|基层|单位)党委/, add: ['党的基层委员会', '基层委员会'], weight: 0.5 },
  { pattern: /做生意|开公司|办公司|开厂|办企业|经商|开店/, add: ['经商办企业', '营利活动'], weight: 0.7 },
  { pattern: /婚外情|出轨|小三|情人|包养/, add: ['不正当性关系'], weight: 0.7 },
  { pattern: /不服从|不听|不去|拒绝|抗拒|不执行/, add: ['拒不执行'], weight: 0.5 },
  { pattern: /吸收|接纳|收进|收为/, add: ['接收'], weight: 0.5 },
  { pattern: /大官|当官|官大|职务高|级别高|[局处科厅]长|局领导|院长|校长|厂长|总经理|一把手/, add: ['领导干部', '党员领导干部', '职务高低'], weight: 0.5 },
  { pattern: /捞好处|好处|牟利|谋私|占便宜/, add: ['谋取私利', '谋取利益'], weight: 0.5 },
  { pattern: /睁一只眼|不管不问|放任|包庇|纵容/, add: ['纵容', '默许'], weight: 0.6 },
  { pattern: /摊派|乱收费|收钱|集资/, add: ['摊派', '收取费用', '筹资'], weight: 0.5 },
  { pattern: /网上|网络|上网|朋友圈|微博|微信群|转发|发帖|帖子|刷视频|短视频|抖音|快手|小红书/, add: ['网络', '网络行为', '传播', '学网用网'], weight: 0.5 },
  { pattern: /贪污|受贿|贪钱|腐败|索贿/, add: ['贪污贿赂', '受贿'], weight: 0.6 },
  { pattern: /大吃大喝|奢侈|享受|享乐|挥霍|花天酒地|讲排场|摆排场|摆阔/, add: ['生活奢靡', '贪图享乐'], weight: 0.6 },
  { pattern: /看病|住院|医疗/, add: ['医疗'], weight: 0.5 },
  { pattern: /面向|对着/, add: ['面向'], weight: 0.5 },
  // Recruitment and membership in everyday words
  { pattern: /联系人|培养人|带我的人|入党培养/, add: ['培养联系人'], weight: 0.6 },
  { pattern: /考核|考查|观察期/, add: ['考察'], weight: 0.5 },
  { pattern: /张榜|公开名单|公布名单|公开一下|(名单|人选)[^。？?，,]{0,6}(挂出来|贴出来|挂出|贴出)/, add: ['公示'], weight: 0.6 },
  { pattern: /志愿书|填表|入党表/, add: ['入党志愿书'], weight: 0.6 },
  { pattern: /推优|团员入党|团组织推荐/, add: ['群团组织推优', '推优'], weight: 0.6 },
  // Who is put forward, in everyday words (人选是怎么推出来的): 推荐.
  { pattern: /推出来|推上来|推举/, add: ['推荐'], weight: 0.5 },
  // The youth league as people say it (团跟党是啥关系, 团员): a child who 入了团 in a story is no question about the league.
  { pattern: /团员|团组织|团委|共青团|(?<![\u4e00-\u9fff])团(跟|和|与|同)党/, add: ['共产主义青年团', '共青团'], unless: /共产主义青年团|团费/, weight: 0.5 },
  // A bureau's branch as its staff say it (局里党支部书记): the branch of a 机关.
  { pattern: /(局|厅|委|署)里[^。？?，,]{0,6}(党支部|支部|党委|党组织)/, add: ['机关'], unless: /(^|[^局厅部委办])机关/, weight: 0.5 },
  // A ministry's or a bureau's offices (局机关, 厅机关), when 机关 stands nowhere on its own: jieba keeps 局机关 whole.
  { pattern: /[局厅部委办]机关/, add: ['机关'], unless: /(^|[^局厅部委办])机关/, weight: 0.5 },
  // Leaving people in danger (眼看着群众被困却不去救): 能救而不救.
  { pattern: /见死不救|不去救|不救|没去救/, add: ['能救而不救', '生命财产'], weight: 0.6 },
  { pattern: /党籍没了|停了党籍|暂停党籍|冻结党籍|党籍停/, add: ['停止党籍'], weight: 0.7 },
  { pattern: /恢复党籍|党籍恢复|找回党籍/, add: ['恢复党籍'], weight: 0.7 },
  // An applicant under age (今年才十七岁能申请入党吗): 年满十八岁.
  { pattern: /(?<![0-9一二三四五六七八九十])(十[四五六七]|1[4-7])(岁|周岁)|(未满|不满|没满|不到)(十八|18)|未成年/, add: ['年满十八岁'], weight: 0.6 },
  // Where a branch stands in the party (党支部算什么定位): 党的基础组织.
  { pattern: /(党支部|支部)[^，。？,?]{0,12}(定位|地位|算什么|什么性质|啥性质)/, add: ['基础组织'], weight: 0.6 },
  // Keeping secrets (保密这事在党员义务里怎么写): 保守党和国家的秘密.
  { pattern: /保密/, add: ['保守', '秘密'], weight: 0.5 },
  { pattern: /档案/, add: ['党员档案', '人事档案'], weight: 0.5 },
  { pattern: /困难党员|生活困难|慰问|看望|帮扶/, add: ['关怀帮扶', '困难党员'], weight: 0.6 },
  { pattern: /整改|改正|给.{0,2}机会/, add: ['限期改正'], weight: 0.5 },
  { pattern: /搞党务|党务干部|党务人员|专职党务/, add: ['党务工作人员', '党务工作者'], weight: 0.6 },
  { pattern: /说实话|说假话|撒谎|说谎|隐瞒|瞒着|不老实/, add: ['如实', '不如实', '隐瞒'], weight: 0.6 },
  { pattern: /去哪|去向|行踪|出差|报备/, add: ['个人去向', '报告'], weight: 0.5 },
  { pattern: /案子|官司|打招呼|说情|走后门/, add: ['案情', '司法活动', '说情', '打招呼'], weight: 0.5 },
  { pattern: /两面派|当面一套|阳奉阴违|表里不一|两面人/, add: ['两面派', '阳奉阴违', '表里不一'], weight: 0.7 },
  { pattern: /不服从.{0,6}(调|安排|分配)|(调|安排|分配).{0,10}不服从|不肯去|不愿意去/, add: ['拒不执行', '分配', '调动', '交流'], weight: 0.5 },
  { pattern: /不想选|都不选|谁也不选|谁都不选|不选|选别人|换个人选|弃权/, add: ['不选任何一个候选人', '另选他人'], weight: 0.6 },
  { pattern: /自学|自己学|学点|自己看书/, add: ['个人自学', '自学'], weight: 0.5 },
  { pattern: /怎么定|咋定|如何确定|怎么确定|定出来|怎么产生|如何产生/, add: ['确定', '产生'], weight: 0.4 },
  { pattern: /(两派|两边|双方|两拨|两种意见|赞成(的)?(和|跟|与|、)?反对(的)?)(人数|票数)?.{0,8}(差不多|接近|僵|相持|一半|五五开|对半|说服不了)|僵住|僵持|争执不下|相持不下/, add: ['双方人数接近', '暂缓作出决定', '争论'], weight: 0.6 },
  { pattern: /(下个月|马上|快要|就要|即将|快).{0,4}(调|走|离开|毕业|搬)|要离开|调走/, add: ['离开工作', '离开', '学习单位'], weight: 0.5 },
  { pattern: /(想|要|申请)转正|转正.{0,6}(做|准备|手续|申请|流程|程序|材料|几步|步骤|走|第一步|干什么|干啥)/, add: ['转正申请', '书面转正申请', '转正的手续'], weight: 0.6 },
  { pattern: /一直干|干到退休|终身|一辈子|铁饭碗|干到老/, add: ['终身', '变动', '解除'], weight: 0.6 },
  { pattern: /张罗|自发|自己组织|自己搞|自己牵头|自己发起|私下组织/, add: ['自行开展'], weight: 0.6 },
  { pattern: /算数|算不算数|自己定|自己就能定|自己决定|自己说了算/, add: ['批准', '决定', '讨论决定'], weight: 0.5 },
  { pattern: /不经过支部|绕过支部|绕开支部|直接(吸收|接收|发展|批准)/, add: ['直接接收', '特殊情况下'], weight: 0.6 },
  { pattern: /入党.{0,4}(多少|几|满|够).{0,3}年|入党.{0,4}年(以上|了)/, add: ['党龄', '年以上的党龄'], weight: 0.5 },
  { pattern: /中央委员(?!会)/, add: ['中央委员会委员'], weight: 0.6 },
  { pattern: /信教|信佛|信基督|信耶稣|入教|拜佛|去教堂|宗教/, add: ['信仰宗教', '宗教'], weight: 0.6 },
  { pattern: /护照|通行证|出国证件/, add: ['因私出国（境）证件', '前往港澳通行证', '证件'], weight: 0.6 },
  { pattern: /报复|穿小鞋|整人/, add: ['打击报复'], weight: 0.6 },
  { pattern: /诬告|陷害|造谣|捏造|匿名信|写匿名/, add: ['诬告陷害', '匿名诬告', '捏造'], weight: 0.6 },
  { pattern: /会所|俱乐部|高尔夫|健身卡/, add: ['私人会所', '会员卡', '消费卡'], weight: 0.6 },
  { pattern: /拒转|不给转|不肯转|不给接|不肯接|不接收组织关系/, add: ['拒转拒接', '无故'], weight: 0.6 },
  { pattern: /改档案|档案造假|改年龄|改学历|假学历/, add: ['篡改', '伪造个人档案资料'], weight: 0.6 },
  { pattern: /放贷|高利贷|借钱给|民间借贷/, add: ['民间借贷', '借贷', '大额回报'], weight: 0.5 },
  { pattern: /辞职|撂挑子|辞掉/, add: ['辞去', '辞职'], weight: 0.5 },
  // Everyday verbs for what the regulations say formally
  { pattern: /搞/, add: ['开展', '组织'], weight: 0.3 },
  { pattern: /管不管|谁来管|归谁管|还管|管得着|管得了/, add: ['管理', '教育管理'], weight: 0.4 },
  { pattern: /当(上|了)?.{0,4}(书记|委员|介绍人|联系人|代表|组长|支委)/, add: ['担任'], weight: 0.4 },
  { pattern: /罚/, add: ['处分', '处理'], weight: 0.4 },
  { pattern: /吵起来|吵架|争吵|吵翻|争起来|意见不一/, add: ['争论', '不同意见'], weight: 0.5 },
  { pattern: /大事|要紧的事/, add: ['重要问题', '重大问题'], weight: 0.4 },
  { pattern: /纪念馆|博物馆|展览馆|革命旧址|红色景点|红色基地|烈士陵园/, add: ['红色场馆', '红色资源'], weight: 0.6 },
  { pattern: /(收|拿)(了|下)?.{0,6}(卡|礼|红包|钱|东西)|(卡|礼|红包|钱|东西).{0,8}(收了|收下|能收|能不能收|可以收)/, add: ['收受'], weight: 0.4 },
  { pattern: /村支部|村党支部|村里(的)?支部|村党组织/, add: ['农村党支部', '村党组织'], weight: 0.5 },
  { pattern: /专门(安排|找|派|指定)?.{0,3}人|安排.{0,2}人.{0,2}专门|专人/, add: ['专人负责', '明确专人'], weight: 0.5 },
  { pattern: /(替|为|帮)(他|她|人家|别人|我|自己)?(说说?话|说句话|说几句|说好话|辩解|辩护|作证)|辩解|辩护/, add: ['作证', '辩护', '申辩'], weight: 0.6 },
  // The flag's look (党旗到底长啥样): 旗面缀有金黄色党徽图案的红旗, not the emblem's 图案 (第五十三条).
  { pattern: /党旗[^。？?]{0,10}(样|图案|颜色|怎么画|画法)|(画|做)[^。？?]{0,4}党旗/, add: ['旗面', '红旗', '金黄色党徽图案'], weight: 0.6 },
  // A post held when 留党察看 is given (他的支委职务还保留吗): 党内职务…自然撤销.
  { pattern: /留党察看[^。？?]{0,16}(职务|支委|委员|书记)[^。？?]{0,8}(保留|留着|还在|还有|保住|撤)|(职务|支委)[^。？?]{0,8}(保留|留着|还在)[^。？?]{0,8}留党察看/, add: ['自然撤销', '党内职务'], weight: 0.6 },
  // A penalty of removal from a post for someone who holds none (没有任何党内职务可撤): 严重警告.
  { pattern: /(没有|没)(任何)?(党内)?职务[^。？?]{0,10}(撤|可撤)|(撤销党内职务)[^。？?]{0,16}((没有|没)(任何)?(党内)?职务|(什么|啥)?职务都没有?)/, add: ['没有担任党内职务', '严重警告处分'], weight: 0.6 },
  // A state organ's party body and the unit's business (支部能拍板业务吗): 不领导本单位业务工作.
  { pattern: /业务[^。？?]{0,8}(拍板|指挥|插手|过问|干预|说了算)|(拍板|指挥|插手|过问|干预)[^。？?]{0,8}业务/, add: ['不领导本单位业务工作', '业务工作'], weight: 0.6 },
  // Speaking for oneself when a penalty is discussed: 到场解释, 当面说清楚 (the right is 参加和进行申辩).
  { pattern: /(到场|当面|亲自)[^，。？?]{0,6}(解释|说明|说清楚|说一说|说说|讲清楚)|(本人|自己)(去)?(解释|说明情况|说清楚)/, add: ['申辩', '参加'], weight: 0.5 },
  // Worship of a leader: 把领导捧得跟神一样, 造神, 搞崇拜.
  { pattern: /捧(得|成)?.{0,4}(神|圣人)|造神|神化|崇拜|歌功颂德|(挂|贴)[^。？?]{0,8}领导[^。？?]{0,4}(照片|画像)/, add: ['个人崇拜'], weight: 0.7 },
  { pattern: /(设|成立|建立|建|组建)(个|一个)?党委/, add: ['设立', '党的基层委员会'], weight: 0.4 },
  { pattern: /报上去|交上去|报给上级|报到上面|递上去/, add: ['上报', '报上级'], weight: 0.5 },
  { pattern: /最迟|最晚|最多拖|最长拖|最长能拖/, add: ['以内', '不得超过'], weight: 0.4, hint: true },
  { pattern: /往后推|往后延|推迟|延后|拖后|晚点|晚些|缓一缓|缓几天/, add: ['推迟', '延期'], weight: 0.5 },
  // "Is this allowed": the regulations answer with what is forbidden (严禁/不得) or required
  { pattern: /合规|合不合规|违不违规|合法吗|合不合法/, add: ['严禁', '不得', '违反'], weight: 0.3 },
  // Study materials people are made to buy (辅导书 → 辅导读物, 订 → 征订)
  { pattern: /辅导书|学习书|教辅|订(书|报|刊|杂志|一套|阅)/, add: ['辅导读物', '学习资料', '征订'], weight: 0.5 },
  // What people say about someone (议论 → 反映)
  { pattern: /议论|闲话|风言风语|口碑|风评/, add: ['反映', '不良反映'], weight: 0.5 },
  // What a symbol looks like (党徽上画的 → 图案)
  { pattern: /画的|画着|画了|长什么样|什么样子|什么图/, add: ['图案', '组成'], weight: 0.4 },
  { pattern: /镰刀|锤头|锤子|斧头/, add: ['党徽', '党徽图案'], weight: 0.6 },
  { pattern: /颜色|什么色|啥色/, add: ['金黄色', '红旗'], weight: 0.4, hint: true },
  // Weighing a penalty
  { pattern: /好几样|好几种|好几项|几样|多种违纪|几种违纪|同时犯|一起犯|数罪|一人犯|犯了?好几|(两|二|几|多)(样|种|件|个|项)[^，。？,?]{0,3}(错|违纪|事|问题)/, add: ['两种以上', '一人有'], weight: 0.6 },
  { pattern: /轻一点|从宽|宽大|轻点|少罚|减轻/, add: ['从轻处分', '减轻处分', '从轻'], unless: /减轻处分|从轻处分/, weight: 0.6 },
  { pattern: /重一点|严惩|重罚|加重|从重/, add: ['从重处分', '加重处分'], weight: 0.6 },
  { pattern: /不处分|不追究|免了|不予处分|免予/, add: ['免予处分', '不予处分'], weight: 0.6 },
  { pattern: /自首|坦白|交代|认错/, add: ['主动交代', '如实'], weight: 0.5 },
  // What counts as owning up (主动交代怎么认定, 组织找上门了再说还算吗): 本条例所称主动交代，是指…组织初核前….
  { pattern: /主动交代[^。？?]{0,12}(怎么|如何|什么|啥|算|认定|界定|定义|标准)|(怎么|如何|怎样|什么)(才)?(算|叫|是)[^。？?]{0,4}主动交代/, add: ['本条例所称主动交代', '组织初核前', '组织未掌握'], weight: 0.7 },
  // A penalty settled by a few committee members in private (几个支委私下商量就定了处分): 支部大会讨论决定.
  { pattern: /(私下|几个人|几个支委|支委们|书记一个人|一个人)[^。？?]{0,8}(定|商量|拍板|决定)[^。？?]{0,6}(处分|警告)/, add: ['支部大会讨论决定', '基层委员会批准'], weight: 0.6 },
  { pattern: /拉票|贿选|买票/, add: ['拉票', '贿选'], weight: 0.7 },
  { pattern: /跑官|买官|要官|卖官/, add: ['跑官要官'], weight: 0.7 },
  { pattern: /兼职拿钱|兼职.{0,4}(报酬|工资|收入|钱)/, add: ['兼职取酬'], weight: 0.6 },
  { pattern: /泄密|透露|说出去|外传/, add: ['泄露', '秘密'], weight: 0.6 },
  { pattern: /乱说|发牢骚|妄议|乱议论/, add: ['妄议'], weight: 0.6 },
  // Talking down the centre's policies in a chat group (朋友圈瞎评论中央的大政策): 妄议中央大政方针, spread online.
  { pattern: /(议论|评论|点评|吐槽|说三道四)[^。？?]{0,8}(中央|大政|方针)|(中央|大政)[^。？?]{0,8}(瞎|乱)(说|议论|评论)/, add: ['妄议', '大政方针', '网络'], weight: 0.7 },
  { pattern: /家风|家教|管好家人|(管不住|没管好|管不好|管教不严|疏于管教)[^，。？,?]{0,4}(孩子|子女|家属|家人|老婆|老公|配偶|儿子|女儿)|(孩子|子女|家属|家人|儿子|女儿)[^，。？,?]{0,3}(没管好|管不住|管不好)/, add: ['家风', '家教家风'], weight: 0.6 },
  { pattern: /不作为|懒政|推诿|失职|不干活/, add: ['不作为', '失职'], weight: 0.6 },
  { pattern: /造假|作假|假数据|虚报/, add: ['弄虚作假'], weight: 0.7 },
  { pattern: /豪车|超标|办公室太大|超面积/, add: ['超标准'], weight: 0.6 },
  // Members' rights and procedures in everyday words
  { pattern: /申诉|不服|冤枉|喊冤|上诉|复查/, add: ['申诉', '复议', '复查'], weight: 0.6 },
  { pattern: /举报|检举|揭发|告状|反映问题/, add: ['检举', '控告', '揭发'], weight: 0.6 },
  { pattern: /表彰|表扬|奖励|评优|优秀党员/, add: ['表彰', '奖励', '评先评优'], weight: 0.5 },
  { pattern: /候选人|差额|等额|提名/, add: ['候选人', '差额选举', '提名'], weight: 0.5 },
  { pattern: /诫勉|约谈|谈话提醒|提醒谈话/, add: ['诫勉谈话', '提醒谈话', '谈话'], weight: 0.5 },
  { pattern: /取消.{0,4}资格|不让.{0,2}转正|转不了正/, add: ['取消预备党员资格'], weight: 0.6 },
  { pattern: /退休|离休|老干部/, add: ['离退休', '离退休干部', '老党员'], weight: 0.5 },
  // Question types: frequency, duration, count, time limit
  {
    pattern: /多久|多长时间|多长|多少时间|隔多|几次|多少次|次数|频次|频率|几年|一年.*几/,
    add: ['每月', '每年', '每季度', '至少', '1次', '期限', '一年'],
    weight: 0.3,
    hint: true,
  },
  { pattern: /几天|多少天/, add: ['工作日', '日内'], weight: 0.4, hint: true },
  { pattern: /多少人|几个人|几名|人数/, add: ['以上', '正式党员', '人数'], weight: 0.4, hint: true },
  { pattern: /谁批|批准|审批|谁定|谁说了算|点头/, add: ['批准', '审批', '决定'], weight: 0.4 },
  // Who decides a member's penalty (党章: 支部大会讨论决定，报基层委员会批准)
  { pattern: /(处分|警告|留党察看|开除党籍).{0,24}(定|说了算|算数|拍板|生效|批|谁|完事|程序|流程|手续|怎么走|咋走)|(谁|怎么|咋).{0,6}(定|批).{0,10}(处分|警告)/, add: ['支部大会讨论决定', '基层委员会批准'], weight: 0.4 },
  { pattern: /施行|实行|生效|开始执行/, add: ['施行', '起施行'], weight: 0.7 },
  // A close or split vote (4票对3票, 一半对一半, 赞成的和反对的差不多): 少数服从多数; 双方人数接近 … 暂缓作出决定
  { pattern: /[0-9一二两三四五六七八九十]+票对[0-9一二两三四五六七八九十]+票|[0-9一二两三四五六七八九十]+(个|人)?(赞成|同意).{0,6}[0-9一二两三四五六七八九十]+(个|人)?反对|一半对一半|(赞成|同意|支持)的?(和|跟|与)反对的?.{0,6}(差不多|接近|一样多)|票数[^，。？,?]{0,2}(差不多|接近)|(投票|表决|票)[^，。？,?]{0,3}[一二两三四五六七八九十0-9]+比[一二两三四五六七八九十0-9]+/, add: ['少数服从多数', '双方人数接近', '暂缓作出决定'], weight: 0.5 },
  // What the party ultimately strives for: 奔着啥去 / 最终想实现啥 (总纲: 最高理想和最终目标)
  { pattern: /奔着.{0,3}(啥|什么)去|(最终|最后|说到底).{0,8}(目标|想实现|要实现|奔|图)/, add: ['最高理想', '最终目标', '共产主义'], weight: 0.5 },
  // How one treats the public: 甩脸子 / 爱答不理 / 凶人家 (对待群众态度恶劣、简单粗暴)
  { pattern: /甩脸子?|摆臭脸|给脸色|爱答不理|爱理不理|凶人家|吼群众|态度(差|不好|恶劣)|门难进|脸难看/, add: ['态度恶劣', '简单粗暴', '群众'], weight: 0.5 },
  // Merging or closing a branch: 合成一个 / 撤了 (成立、撤销党组织由上级党组织决定)
  { pattern: /(支部|党组织|党委|总支)[^，。？,?]{0,8}(合成一个|合并|并成|撤了|撤掉)|(合并|撤掉)[^，。？,?]{0,4}(支部|党组织)/, add: ['撤销', '成立', '上级党组织'], weight: 0.5 },
  // Holding power: 掌权/当权以后 (执政); making history a joke: 搞笑/综艺/恶搞 (娱乐化、庸俗化)
  { pattern: /掌权|当权|坐了天下|坐江山/, add: ['执政'], weight: 0.6 },
  { pattern: /搞笑|综艺|恶搞|段子|戏说|娱乐/, add: ['娱乐化', '庸俗化'], weight: 0.5 },
  // The two slants of telling party history, named by their colours ("防哪两种“红”“黑”的偏差"): 低级红、高级黑
  { pattern: /低级红|高级黑|红[”"’']?[^\u4e00-\u9fff]{0,3}[“"‘']?黑|党史[^。？?]{0,10}防[^，。？,?]{0,4}(倾向|偏差|偏向|苗头)/, add: ['低级红', '高级黑'], weight: 0.6 },
  // What something is meant to achieve: 要达到啥 / 图啥 (主要任务, 目标)
  { pattern: /达到(啥|什么)|要达成|哪[^，。？,?]{0,3}方面的?任务|图(个)?啥|为了啥|目标是(啥|什么)/, add: ['目标', '主要任务', '目的'], weight: 0.4 },
  // Gathering people to hear someone report: 叫到一起/召集 … 听 … 讲讲 (召开…大会，听取…通报)
  { pattern: /叫到一起|叫一块|召集|聚到一起|聚一块|喊到一起|凑一块/, add: ['召开', '大会'], weight: 0.4 },
  { pattern: /听.{0,12}(讲讲|讲一讲|说说|说一说|讲工作|汇报)/, add: ['听取', '通报'], weight: 0.4 },
  // How a thing is done: the regulations say 程序/手续 where members say 流程/步骤/怎么走
  { pattern: /流程|步骤|怎么走|咋走|怎么办理|咋办理/, add: ['程序', '手续'], weight: 0.5 },
];

/**
 * Words that make a question a question, or colloquial filler, rather than say what it is about.
 * They still count, at a small weight: "最少" or "期限" can matter, "到底" never does.
 */
const FILLER: ReadonlySet<string> = new Set([
  '一般', '具体', '到底', '平时', '现在', '目前', '主要', '情况', '问题', '事情', '时候', '要求', '规定',
  '有关', '方面', '这种', '那种', '这样', '那样', '这回', '一回', '一次', '一下', '有点', '其实', '真的',
  '是不是', '会不会', '能不能', '行不行', '算不算', '可不可以', '要不要', '还得', '得要', '必须', '就要',
  '最少', '最多', '至少', '起码', '多少', '几年', '几个', '几天', '几回', '几项', '几种', '哪种', '哪一种',
  '哪个', '哪些', '哪里', '哪儿', '谁', '怎么办', '怎么', '怎样', '什么样', '啥样', '有事', '没事', '有没有',
  '条例', '办法', '咱们', '我们', '你们', '他们', '本人', '同志', '人家', '别人', '某个', '一些',
  '原来', '本来', '后来', '当时', '开始', '出来', '出去', '起来', '今天', '明天', '昨天', '下周', '上周', '本周', '下个月', '上个月', '今年', '去年', '明年', '年底', '年初', '最近',
  'what', 'is', 'are', 'the', 'how', 'a', 'an', 'of', 'to', 'do', 'does', 'can', 'i', 'you', 'about', 'in', 'for',
  '长时间', '时间长', '说法', '意思', '讲究', '东西', '算是', '属于', '还有', '以后', '之前', '之后', '以前', '那阵子',
  // Colloquial adverbs of manner, frequency and attitude (the regulations say 擅自/多次/故意 instead)
  '偶尔', '偷偷', '悄悄', '明明', '直接', '经常', '老是', '总是', '一直', '随便', '居然', '竟然', '确实', '实在',
  '稍微', '根本', '马上', '立刻', '赶紧', '干脆', '反正', '难道', '究竟', '大概', '好像', '似乎', '心里', '专门', '特意',
  '真是', '顺便', '万一', '千万', '一定', '肯定',
  // Asking words said as nouns ("主题党日 频次")
  '频次', '频率',
  // Colloquial place and topic markers ("学党史这块", "大家坐一块儿", "党组里面") and asking frames ("问个敏感的")
  '这块', '那块', '这一块', '一块儿', '一块', '里面', '里头', '这边', '那边', '问个', '问一下', '请问', '想问', '敏感',
  // Verbs of perceiving and hearsay that frame a question ("感觉同事…", "听说…")
  '感觉', '觉得', '听说', '听人说', '据说',
  // Colloquial complements of time and sufficiency ("一年下来", "来得及", "三天就够了")
  '下来', '来得及', '来不及', '就够', '够了',
  // jieba's 类人 (humanoid) out of 哪类人/这类人
  '类人',
  // jieba's 人里 out of 哪些人里选, and 设个 out of 该设个什么组织
  '人里', '设个',
  // Asking timidly (弱弱问一句)
  '弱弱',
  // jieba's 得开 / 得学 out of 一年最少得开几次, 一年得学多少学时; 暂时 (有什么权利是暂时没有的)
  '得开', '得学', '暂时', '写个',
  // Saying a thing is settled ("交个申请就完事了")
  '完事', '了事', '就行', '就完',
  // Saying why one asks ("纯好奇")
  '好奇', '纯好奇',
  // Colloquial prohibitions ("党员不许炒股"): the regulations say 不得/禁止, and the ban is what is asked
  '不许', '不准', '不让', '准不准', '让不让', '许不许',
  // Saying one forgot or wants it for something (誓词最后那句是什么来着，我老记不住; 给新党员上课要用)
  '来着', '记不住', '老记不住', '老记', '记不全', '记不清', '忘了', '要用',
  // Colloquial time and taking over (下礼拜, 刚接手这摊事)
  '下礼拜', '上礼拜', '这礼拜', '我刚', '接手', '这摊', '这摊事',
  // Asking what fits the rules (按规定设个什么组织合适)
  '按规定', '合适',
  // Asking for a text's exact words (入党誓词全文是啥, 原话怎么说)
  '全文', '原文', '原话',
  // jieba's 能往 out of 能往下减几档
  '能往',
  // Asking how a list or text goes on (学史明理后面还有啥)
  '后面', '后头',
  '能入',
  // Where a member works, told in passing (奶茶连锁公司的门店有三个正式党员): the shop is the story, not the question
  '门店', '店里', '连锁', '奶茶', '分店', '网点',
  // Asking politely or for the official wording (请教下, 官方是怎么描述的), and counting (总共分几种)
  '请教', '官方', '描述', '总共', '一共', '时常', '常说',
  // Who asks for whom (我弟今年才17): the relative is the story
  '我弟', '我妹', '我哥', '我姐',
  // jieba's fragment of 记不住 (老记不住 → 老记 + 不住)
  '不住',
]);

/**
 * Characters of function words, pronouns, measure words and colloquial verbs of motion. A word made
 * only of these (我能, 就算, 一点) is filler whatever jieba makes of it; a word the corpus never
 * uses that is half made of them (是从, 该设, 人里) is a fragment of colloquial speech.
 */
const FUNCTION_CHARS = new Set([...'我你您他她它咱们的地得了着过吗呢吧啊呀嘛哦就才都也还又再很太更最能会要想该可应是有没无不别这那哪几多少啥么谁怎个些点里头来去上下到给把被让叫算样种位回次之内天一两快先后从在']);
/** Words carrying a question morpheme (多少名, 哪一级, 几个) ask rather than say. */
const QUESTION_MORPHEME = /几|多少|啥|什么|哪|谁|怎/;
/** "哪四方面的任务": how many parts a list has is asked, not looked up (the regulations number the parts instead). */
const COUNT_OF_PARTS = /^[一二两三四五六七八九十几]+个?(大)?方面$/;
/** 一年/一次 (→ 1年/1次) in a question mean "per year"/"once", not a count to match. */
const ONE_UNIT = /^1(次|年|个月|天|周)$/;
/** Share of `w`'s characters that are function characters (see `FUNCTION_CHARS`). */
export function functionCharShare(w: string): number {
  const chars = [...w];
  return chars.length ? chars.filter((ch) => FUNCTION_CHARS.has(ch)).length / chars.length : 0;
}

/**
 * How people name the people in their story: 老王, 小李, 张某. A case told with names ("老王开公车去钓鱼")
 * is about what happened, not about anyone called 王, and no regulation names a person.
 */
const PERSON_NAME = /^(?:[老小][王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]某某?)$/;

/** A verb asked as "A or not A" (设不设, 交不交): the question form, like 是不是; the verb alone is too short to look up. */
const A_NOT_A = /^(.)不\1$/u;

/** True for question words, colloquial filler and people's names (the reranker weighs them low). */
export function isFillerWord(w: string): boolean {
  return FILLER.has(w) || functionCharShare(w) === 1 || QUESTION_MORPHEME.test(w) || ONE_UNIT.test(w) || COUNT_OF_PARTS.test(w) || PERSON_NAME.test(w) || A_NOT_A.test(w);
}

/** Query tuning knobs (weights of the three term origins). */
export interface ExpandOptions {
  /** Weight of query words, default 1. */
  wordWeight?: number;
  /** Weight of query character bigrams, default 0.4. */
  bigramWeight?: number;
  /** Factor for query words contained in a longer query word, default 0.5. */
  subwordWeight?: number;
  /** Factor for query bigrams inside a longer query word, default 1 (0 drops them: faster). */
  coveredBigramWeight?: number;
  /** Multiplies every rule's weight, default 1 (0 disables expansion). */
  expansionScale?: number;
}

/** Width, case and the colloquial → written rewrites (`NORMALIZE_RULES`); also applied to aliases, which are in members' words too. */
export function normalizeWording(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [re, rep] of NORMALIZE_RULES) s = s.replace(re, rep);
  return s;
}

/** Full-width → half-width, dialect → written form, input-method slips, article numbers, trailing particles. */
export function normalizeQuery(q: string): string {
  let s = correctInputSlips(normalizeWording(q.trim()));
  s = normalizeArticleRef(s);
  // Trailing particles and punctuation, repeated: "能投票吗？" → "能投票".
  s = s.replace(/[吗呢啊呀吧嘛哦呗\s?？!！。.,，~～…]+$/u, '');
  return s;
}

/** Normalises `q`, tokenizes it and adds the expansion words of every matching rule. */
export function expandQuery(q: string, options: ExpandOptions = {}): ExpandedQuery {
  const wordWeight = options.wordWeight ?? 1;
  const bigramWeight = options.bigramWeight ?? 0.4;
  const scale = options.expansionScale ?? 1;
  const normalized = normalizeQuery(q);
  const terms = new Map<string, WeightedTerm>();
  const put = (term: string, weight: number, origin: TermOrigin): void => {
    if (weight <= 0) return;
    const had = terms.get(term);
    if (!had) terms.set(term, { term, weight, origin });
    // Query words and bigrams add up (like term frequency); an expansion never lowers or
    // relabels a term the question itself contains.
    else if (origin !== 'expansion' && had.origin !== 'expansion') had.weight += weight;
    else if (origin !== 'expansion') terms.set(term, { term, weight: Math.max(weight, had.weight), origin });
    else if (had.origin === 'expansion') had.weight = Math.max(had.weight, weight);
  };
  const parts = tokenizeParts(normalized);
  const subwordWeight = wordWeight * (options.subwordWeight ?? 0.5);
  // Search-mode cutting also yields the parts of long words (主题 of 主题党日): they weigh less,
  // so the whole term dominates.
  const isPart = (w: string): boolean => parts.words.some((o) => o.length > w.length && o.includes(w));
  for (const w of parts.words) put(w, isPart(w) ? subwordWeight : wordWeight, 'word');
  const coveredWeight = bigramWeight * (options.coveredBigramWeight ?? 1);
  // A bigram inside a longer query word (党史 in 党史学习教育) repeats that word's evidence.
  const covered = (b: string): boolean => parts.words.some((w) => w.length > 2 && w.includes(b));
  for (const b of parts.bigrams) put(b, covered(b) ? coveredWeight : bigramWeight, 'bigram');
  const expansions: string[] = [];
  const fired: ExpandedQuery['fired'] = [];
  for (const rule of EXPANSION_RULES) {
    if (!rule.pattern.test(normalized) || rule.unless?.test(normalized)) continue;
    const weight = (rule.weight ?? DEFAULT_EXPANSION_WEIGHT) * scale;
    const all = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g');
    const found = [...normalized.matchAll(all)].filter((m) => m[0]);
    fired.push({
      matched: found.map((m) => m[0]),
      spans: found.map((m) => [m.index, m.index + m[0].length]),
      add: rule.add,
      weight,
      hint: rule.hint ?? false,
    });
    for (const phrase of rule.add) {
      expansions.push(phrase);
      for (const w of tokenizeParts(phrase).words) put(w, weight, 'expansion');
    }
  }
  return { normalized, terms: [...terms.values()], expansions, fired };
}
