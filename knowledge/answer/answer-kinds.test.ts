/** The kinds of fact a passage must state for Xiaozhi to answer (./answer-kinds.ts). */
import { normalizeQuery } from '../index/query-expand';
import { alternativesUnstated, answerKindMissing, claimedYearUnstated, meetingFrequencyUnstated, namedDocumentMissing, namedVersionMissing, quorumUnstated, trainingLengthUnstated } from './answer-kinds';

describe('answer kinds the library never states', () => {
  it('wants the length of training of the trainee asked about, not of members at large', () => {
    const members = '第二十条 ……党员每年集中学习培训时间一般不少于32学时。';
    const candidates = '第十七条 基层党委应当对发展对象进行短期集中培训。培训时间一般不少于三天或者不少于二十四个学时。';
    expect(trainingLengthUnstated('入党积极分子的集中培训至少要多少个学时', [members])).toBe(true);
    expect(trainingLengthUnstated('新当选的支部书记任职培训要多少学时', [members, candidates])).toBe(true);
    expect(trainingLengthUnstated('发展对象的集中培训得上几天课', [candidates])).toBe(false);
    expect(trainingLengthUnstated('党员一年集中学习培训要多少学时', [members])).toBe(false);
    // The asker's own post told first is no trainee asked about.
    expect(trainingLengthUnstated('我是企业支部书记，上面说党员每年都得参加集中学习培训，一年最少得多少学时', [members])).toBe(false);
    expect(trainingLengthUnstated('县处级干部每年党史学习得够多少学时', [members])).toBe(true);
    expect(trainingLengthUnstated('支部给我记的集中学习时长才十几个小时。年底考核的时候被书记当着大家点名，说学习时间差得远，我心里挺憋屈的。党员一年集中学习培训的时间到底要求多少学时', [members])).toBe(false);
    // Lists known by their count: 五个特征 like 八项规定.
    expect(namedDocumentMissing('八项规定是哪八项', [{ passage: { title: '中国共产党纪律处分条例', text: '第七条 违反中央八项规定精神' } }])).toBe(true);
    expect(namedDocumentMissing('两个确立到底是指哪两个确立', [{ passage: { title: '党史学习教育工作条例', text: '第三条 深刻领悟“两个确立”的决定性意义' } }])).toBe(true);
    expect(namedDocumentMissing('中国式现代化的五个特征是啥', [{ passage: { title: '党史学习教育工作条例', text: '第二条 以中国式现代化全面推进中华民族伟大复兴' } }])).toBe(true);
  });

  it('declines current office holders, and years, places or sums the passage lacks', () => {
    expect(answerKindMissing('现任中央政治局常委都有谁', '第二十三条 党的中央政治局、中央政治局常务委员会和中央委员会总书记，由中央委员会全体会议选举。')).toBe(true);
    expect(answerKindMissing('遵义会议是哪一年开的', '第十三条 入党积极分子经过一年以上培养教育和考察')).toBe(true);
    expect(answerKindMissing('党费是按工资的百分之几交的', '第九条 党员如果没有正当理由，连续六个月不交纳党费')).toBe(true);
    expect(answerKindMissing('党的一大在哪儿召开的', '第十九条 党的全国代表大会每五年举行一次')).toBe(true);
    expect(answerKindMissing('支部书记工资多少', '第七条 机关正式党员3人以上的，成立党支部')).toBe(true);
    expect(answerKindMissing('我们单位党支部书记叫什么名字', '第八条 党支部书记原则上由本单位党员主要负责人担任')).toBe(true);
    expect(answerKindMissing('我们支部书记是谁', '第八条 党支部书记原则上由本单位党员主要负责人担任')).toBe(true);
    expect(answerKindMissing('入党申请书模板', '第五条 入党申请人应当向工作、学习所在单位党组织提出入党申请。')).toBe(true);
    expect(answerKindMissing('三会一课记录咋写', '第十六条 党支部应当组织党员按期参加党员大会、党小组会和上党课')).toBe(true);
    // How a regulation words something is no writing question.
    expect(answerKindMissing('党员最终是奔着啥去的，章程里咋写的', '总纲 党的最高理想和最终目标是实现共产主义。')).toBe(false);
    expect(answerKindMissing('支部书记由谁担任', '第八条 党支部书记原则上由本单位党员主要负责人担任')).toBe(false);
    expect(answerKindMissing('全国现在一共有多少名党员', '第十九条 党的全国代表大会每五年举行一次')).toBe(true);
    expect(answerKindMissing('全国党员人数', '第十九条 党的全国代表大会每五年举行一次')).toBe(true);
    expect(answerKindMissing('今年七一的表彰名单出来了没有', '第三十一条 对党史学习教育成效明显的予以表彰')).toBe(true);
    expect(answerKindMissing('我的转正批下来没', '第三十二条 预备党员预备期满……报上级党组织审批')).toBe(true);
    expect(answerKindMissing('转正没批下来能先参加支委选举吗', '第七条 预备党员……没有表决权、选举权和被选举权')).toBe(false);
    expect(answerKindMissing('党员参加宗教活动有规定没有？', '第六十二条 组织、利用宗教活动反对党的路线')).toBe(false);
    expect(answerKindMissing('支部党员人数多少要成立支委会', '第七条 有正式党员7人以上的党支部，设立党支部委员会')).toBe(false);
    expect(answerKindMissing('茅台股票明天会涨吗', '第九十四条 违反有关规定从事营利活动')).toBe(true);
    expect(answerKindMissing('下一届世界杯在哪个国家办', '第十四条 党的中央和省、自治区、直辖市委员会实行巡视制度')).toBe(true);
    expect(answerKindMissing('当支部书记有没有额外的津贴拿', '第九十四条 违反有关规定取得、持有、实际使用运动健身卡')).toBe(true);
    expect(answerKindMissing('组织批准我在行业协会兼了个副会长，协会发的津贴能拿吗', '第九十四条 违反有关规定在经济组织、社会组织等单位中兼职，或者经批准兼职但获取薪酬、奖金、津贴等额外利益的')).toBe(false);
    expect(answerKindMissing('我们街道党工委办公室在几楼', '第三十九条 街道党工委应当加强对党员的教育管理')).toBe(true);
    expect(answerKindMissing('我党员证丢了,怎么补办', '第八十二条 违反有关规定……')).toBe(true);
    expect(answerKindMissing('入党志愿书写错了能重新领一本吗', '第十九条 发展对象填写入党志愿书')).toBe(true);
    expect(answerKindMissing('入党志愿书由谁填写', '第十九条 发展对象填写入党志愿书')).toBe(false);
    expect(answerKindMissing('组织关系转接在系统里一直卡在待接收,怎么催', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('党员教育能不能用网络平台来搞', '第二十一条 运用互联网、网络平台开展党员教育')).toBe(false);
    expect(answerKindMissing('述职评议打分表里党建那一项占多少分', '第三十九条 机关党组织书记抓党建述职评议考核')).toBe(true);
    expect(answerKindMissing('去红色教育基地，每人的交通和餐费按什么标准报', '第四十条 机关党建工作经费')).toBe(true);
    expect(answerKindMissing('接待费超标准会受什么处分', '第一百零五条 违反有关规定超标准、超范围接待')).toBe(false);
    expect(answerKindMissing('违规发放津贴补贴怎么处分', '第一百条 违反有关规定自定薪酬或者滥发津贴、补贴、奖金等')).toBe(false);
  });
  it('declines what a revision changed unless the passage lists changes; keeps how a text is amended', () => {
    const art = '第一百四十二条 本条例自2018年10月1日起施行。';
    expect(answerKindMissing('2023年新修订的纪律处分条例都改了哪些地方', art)).toBe(true);
    expect(answerKindMissing('新版纪律处分条例有什么变化', art)).toBe(true);
    expect(answerKindMissing('党章修改了哪些内容', '第五十五条 本党章的修改由党的全国代表大会决定。')).toBe(true);
    expect(answerKindMissing('修订说明里讲改了哪些地方', '修订说明：主要修改如下……')).toBe(false);
    expect(answerKindMissing('修改党章由谁决定', '第十九条 党的全国代表大会的职权是：……修改党章')).toBe(false);
    expect(answerKindMissing('修订后的条例从哪天开始施行', art)).toBe(false);
    // Compared with the version the library holds: only the newer text could say.
    expect(answerKindMissing('2023年新修订的纪律处分条例里，接受宴请的处分跟2018版比有没有加重？', '第九十二条 接受、提供可能影响公正执行公务的宴请')).toBe(true);
    expect(answerKindMissing('接受宴请情节较重的给什么处分', '第九十二条 接受、提供可能影响公正执行公务的宴请')).toBe(false);
  });

  it('declines buying places, buttons, heads of bodies, sizes and who pays, which no regulation states', () => {
    const emblem = '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。';
    expect(answerKindMissing('党徽去哪买', emblem)).toBe(true);
    expect(answerKindMissing('党旗尺寸有没有硬性规定？', '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗。')).toBe(true);
    expect(answerKindMissing('在智慧党建app上申请转组织关系，具体要点哪个按钮？', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('在系统里转出组织关系，具体要点哪几个菜单？', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('党史学习教育重点哪些人', '第六条 突出县处级以上领导干部这个重点')).toBe(false);
    // Leaning on a court for a relative is misconduct, not a lawsuit of one's own.
    expect(answerKindMissing('亲戚打官司，当领导的帮忙给法院打个招呼，会被怎么处理？', '第一百二十七条 干预司法活动')).toBe(false);
    const group = '第七条 在党中央领导下，中央宣传思想文化工作领导小组负责党史学习教育的统筹协调';
    expect(answerKindMissing('中央宣传思想文化工作领导小组组长是谁啊？', group)).toBe(true);
    expect(answerKindMissing('支部书记是谁选出来的', '第八条 党支部书记由支部委员会选举产生')).toBe(false);
    const inquiry = '第十六条 对发展对象进行政治审查……必要时可以函调或者外调。';
    expect(answerKindMissing('外调跑一趟的路费该谁出？', inquiry)).toBe(true);
    expect(answerKindMissing('政审什么时候要外调', inquiry)).toBe(false);
    expect(answerKindMissing('外调来回的差旅费是发展对象自己掏还是支部出？', inquiry)).toBe(true);
    // Claimed tables and hours no rule counts; tables told in a case of misconduct are no claim.
    const banquets = '第八十九条 利用职权或者职务上的影响操办婚丧喜庆事宜，在社会上造成不良影响的';
    expect(answerKindMissing('听说党员干部给孩子办婚礼不能超过10桌，是真的吗？', banquets)).toBe(true);
    expect(answerKindMissing('局长给儿子办酒席摆了五十几桌，收了礼金，这算违纪吗？', banquets)).toBe(false);
    expect(answerKindMissing('听说每年到社区服务不能少于20个小时，真有这个硬杠杠吗？', '第三十三条 组织党员开展志愿服务')).toBe(true);
    expect(answerKindMissing('防止低级红高级黑，有没有个清单？', '第二十八条 防止娱乐化、庸俗化')).toBe(true);
    // Appeal deadlines, video meetings, an inspection's stay, web addresses, GDP targets, certificates to sit.
    expect(answerKindMissing('对处分不服想申诉，有没有时间限制？', '第四条 党员有权……提出申诉')).toBe(true);
    expect(answerKindMissing('上级党委审批到底有没有时间限制？', '第二十五条 党委……应当在三个月内审批')).toBe(false);
    expect(answerKindMissing('支部大会能不能开视频会？', '第二十条 党支部党员大会讨论接收预备党员')).toBe(true);
    expect(answerKindMissing('巡视组要进驻我们单位，一般会待多长时间？', '第十四条 党的中央和省、自治区、直辖市委员会实行巡视制度')).toBe(true);
    expect(answerKindMissing('党史精品课程库的网址是多少？', '第二十六条 建设党史精品课程库')).toBe(true);
    expect(answerKindMissing('到2035年人均gdp要达到多少？', '总纲 到二〇三五年基本实现社会主义现代化')).toBe(true);
    expect(answerKindMissing('想当党史宣讲员，需要考什么证吗？', '第二十二条 组建党史宣讲团')).toBe(true);
    expect(answerKindMissing('我的处分会不会影响儿子参军？', '第十六条 政治审查的主要内容')).toBe(true);
    // Where one works (在外企上班) is no career move; a teacher's leaked exam is misconduct.
    expect(answerKindMissing('我在外企上班很忙，党员一年集中培训至少多少学时？', '第二十条 党员每年集中学习培训时间一般不少于32学时')).toBe(false);
    expect(answerKindMissing('党员能不能去外企工作', '第二十条 党员每年集中学习培训时间一般不少于32学时')).toBe(true);
    expect(answerKindMissing('被当作重点培养对象八个月了，现在跳槽到新公司，是不是得从头再来？', '第十二条 入党积极分子工作、学习单位变动')).toBe(false);
    expect(answerKindMissing('我在一家外企做销售，顾不上组织上的事，想退党，自己能决定吗', '第九条 党员有退党的自由')).toBe(false);
    // A case of misconduct found after a death is no funeral question.
    expect(answerKindMissing('老党员因病去世了，办完后事才发现他生前收过别人的好处。人都走了，党组织还要处理吗', '第三十六条 违纪党员在党组织作出处分决定前死亡')).toBe(false);
    expect(answerKindMissing('党员去世了要办什么手续', '第三十六条 违纪党员在党组织作出处分决定前死亡')).toBe(true);
    // Reporting a visit's route, wreaths, which app and account, a post held by the owner.
    expect(answerKindMissing('带党员去红色纪念馆参观，要不要提前向上级党委报备路线和人数？', '第十六条 参观红色场馆')).toBe(true);
    expect(answerKindMissing('有老党员去世了，支部要不要送花圈、派人参加追悼会？', '第二十三条 走访慰问')).toBe(true);
    expect(answerKindMissing('网上转接组织关系具体用哪个app或者网站？用什么账号登录？', '第三十七条 党员组织关系网上转接')).toBe(true);
    expect(answerKindMissing('我们是民营企业，党支部书记能不能由老板自己兼？', '第三十三条 非公有制经济组织中党的基层组织')).toBe(true);
    // Who bears postage, a child's permanent residence, a plaque's design, how many hold an office now.
    expect(answerKindMissing('原支部寄材料的邮费谁出？', '第十二条 入党积极分子工作、学习单位变动')).toBe(true);
    expect(answerKindMissing('出差的路费谁来承担？', '第十六条 政治审查')).toBe(true);
    expect(answerKindMissing('我儿子在国外拿了永久居留，我是党员干部，这对我有没有影响？', '第八十一条 违反有关规定取得外国国籍')).toBe(true);
    expect(answerKindMissing('党员示范岗挂的牌子有没有统一样式？', '第二十条 设立党员先锋岗')).toBe(true);
    expect(answerKindMissing('中央书记处现在有几位书记？', '第二十三条 中央书记处是中央政治局和它的常务委员会的办事机构')).toBe(true);
    // Told, not asked: a flag bought online, a homeowners' committee compared with the branch, a proxy for a member under 留置.
    const flagText = '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗。';
    expect(answerKindMissing('我在网上买了一面党旗，到货一看颜色发橙，正规的党旗应该什么样', flagText)).toBe(false);
    expect(answerKindMissing('党旗网上能买吗', flagText)).toBe(true);
    expect(answerKindMissing('支部选举跟小区业委会一样，能不选候选人、另选他人吗？', '第十一条 选举人有权要求改变候选人')).toBe(false);
    expect(answerKindMissing('党员被监委留置了，他爱人问能不能委托别人代投一票', '第三十条 党员被依法留置的，党组织应当暂停其党员的表决权、选举权')).toBe(false);
    expect(answerKindMissing('我在中学当老师，考前给亲戚孩子透露考题会怎么处分？', '第一百二十九条 泄露试题')).toBe(false);
    // Word counts, websites and accounts, talks by phone, relief money, consecutive terms, applying for 低保.
    expect(answerKindMissing('积极分子每个季度都得交思想汇报吗？一篇最少要写多少字？', '第十一条 入党积极分子应当定期向党组织汇报思想')).toBe(true);
    expect(answerKindMissing('党史精品课程库在哪个网站能看？要不要注册账号？', '第二十六条 建设党史精品课程库')).toBe(true);
    expect(answerKindMissing('人在外地的话能用电话或者视频谈吗？', '第十八条 基层党委应当派人同发展对象谈话')).toBe(true);
    expect(answerKindMissing('组织上每年走访慰问给多少慰问金？', '第二十三条 走访慰问')).toBe(true);
    expect(answerKindMissing('一个人最多能连任几届代表？', '第十九条 党的代表大会代表实行任期制')).toBe(true);
    expect(answerKindMissing('家里困难党员能申请低保吗', '第二十条 帮扶生活困难党员')).toBe(true);
    expect(answerKindMissing('村干部把低保名额给了亲戚咋处分', '第一百一十八条 在扶贫领域侵害群众利益')).toBe(false);
    // Personal files, holding two posts, assessment grades, local implementing rules, wearing the badge at work.
    expect(answerKindMissing('被支部书记叫去提醒谈话了，这个谈话记录会放进我个人档案吗？', '第十九条 ……可以给予批评教育、责令检查、诫勉')).toBe(true);
    expect(answerKindMissing('处分决定材料会不会放进他的档案？', '第四十条 ……处分决定材料归入受处分者档案')).toBe(false);
    expect(answerKindMissing('支部的纪检委员能不能让组织委员兼着干？', '第九条 机关党的基层委员会应当设立机关党的纪律检查委员会')).toBe(true);
    expect(answerKindMissing('领导干部能不能在企业兼职拿报酬', '第九十四条 ……违反有关规定在经济实体、社会团体等单位中兼职')).toBe(false);
    expect(answerKindMissing('述职评议的结果分几个等次？', '第三十九条 机关基层党组织书记述职评议')).toBe(true);
    expect(answerKindMissing('我们省自己出台的实施规定里，对党员酒驾是怎么处分的？', '第二十八条 党员有刑法规定的行为')).toBe(true);
    expect(answerKindMissing('党员平时上班是不是必须戴党徽？', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案')).toBe(true);
    expect(answerKindMissing('孩子在国外读书拿了绿卡，对我本人有没有影响？', '第八十一条 违反有关规定取得外国国籍')).toBe(true);
    expect(answerKindMissing('入党宣誓的时候誓词必须背下来吗？能不能拿着稿子念？', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    // Passports in custody, recognised degrees, joining a democratic party, a report's format, a town inspection's stay.
    expect(answerKindMissing('因私护照是不是必须交到组织部门保管？', '第八十二条 违反有关规定办理因私出国（境）证件')).toBe(true);
    expect(answerKindMissing('党校进修班怎么报名', '第十八条 党校（行政学院）')).toBe(true);
    // A cap per person or per body, a fixed form, an oath by video.
    expect(answerKindMissing('一个培养联系人最多能同时带几个积极分子？', '第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人')).toBe(true);
    expect(answerKindMissing('一个人身上同时查出好几个问题，是分开处理还是合并处理？', '第二十三条 一人有本条例规定的两种以上……应当合并处理')).toBe(false);
    expect(answerKindMissing('同时犯几个错咋处分', '第二十三条 一人有本条例规定的两种以上……应当合并处理')).toBe(false);
    expect(answerKindMissing('声明保留要交书面材料吗？有固定格式吗？', '第四条 党员……可以声明保留')).toBe(true);
    expect(answerKindMissing('宣誓能不能对着手机视频里的党旗宣誓？', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    // Told, not asked: a video that spread, a worry that a paper was lost, a pupil's exam beside a case before 纪委.
    expect(answerKindMissing('他请人搞了一场驱邪的法事，视频在抖音上都传开了。党员搞这种迷信，党纪上会怎么处理', '第六十三条 组织、参加迷信活动')).toBe(false);
    expect(answerKindMissing('两个月没动静，我都怀疑申请书是不是被弄丢了。交了申请书多久会有人来找我谈话', '第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话')).toBe(false);
    expect(answerKindMissing('孩子马上要中考，纪委还没找过他。主动去找组织交代问题，处分上能不能从轻', '第十七条 主动交代……可以从轻或者减轻处分')).toBe(false);
    expect(answerKindMissing('智慧党建app怎么签到', '第三十五条 党员教育管理信息化')).toBe(true);
    expect(answerKindMissing('这个学历评职称的时候认不认？', '第十八条 党校')).toBe(true);
    expect(answerKindMissing('党员可以同时参加民主党派吗？', '第三十七条 党员……')).toBe(true);
    expect(answerKindMissing('汇报工作情况用什么格式的报告？', '第十七条 机关党委向机关工委报告工作')).toBe(true);
    expect(answerKindMissing('市委巡察组下到单位巡察，一般要在单位待多长时间？', '第十四条 ……巡察制度')).toBe(true);
    expect(answerKindMissing('对处分不服想申诉，必须在处分决定下来后多少天之内提出来？', '第四条 党员有权……提出申诉')).toBe(true);
    // Worrying that papers get lost is no lost paper; 谋私 names misconduct, so pay in it is no entitlement asked.
    expect(answerKindMissing('入党申请书交了一个月没动静，我怕材料弄丢了，一般多久会找我谈话', '第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话')).toBe(false);
    expect(answerKindMissing('到现在都没人找我，我担心是不是材料弄丢了。党组织收到申请书以后，多长时间内应该派人找我谈话', '第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话')).toBe(false);
    expect(answerKindMissing('入党申请书弄丢了能补一份吗', '第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话')).toBe(true);
    expect(answerKindMissing('听说连正常的工资待遇都算谋私，真是这样吗？', '第二条 ……除了法律和政策规定范围内的个人利益和工作职权以外')).toBe(false);
    // A story's told clauses before the one that asks are no civil matter or pay asked (居委会大厅, 年终奖发放的事).
    const flag = '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗。';
    expect(answerKindMissing('社区下周要办七一活动，我负责布置会场。在网上店铺订党旗时发现款式五花八门，价格也差不少。我怕买错了闹笑话，到时候挂在居委会大厅里被领导和居民看见就更丢人了。正规的党旗到底应该长什么样', flag)).toBe(false);
    expect(answerKindMissing('局里的党员常抱怨不知道局长一年到底干了些什么，去年年终奖发放的事大家就有不少怨言。有人建议开个大会让一把手给大家讲讲。按规定，机关里有没有这类让主要负责人通报工作的会', '第二十六条 机关党员大会')).toBe(false);
    expect(answerKindMissing('存档在人才中心的党员，每年要交多少保管费？', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('督查结果会跟单位年终绩效奖挂钩吗？', '第三十四条 机关工委对机关党建工作进行督促检查')).toBe(true);
  });
  it('reads tables, exams, the oath\'s leader, streets and phone numbers, revisions and local practice', () => {
    const banquets = '第九十一条 利用职权或者职务上的影响操办婚丧喜庆事宜，造成不良影响的，给予警告或者严重警告处分';
    // Tables asked for end a clause; tables told in a story ("多摆几桌收点礼") are what was done.
    expect(answerKindMissing('领导干部给子女办婚礼，最多能摆几桌？要不要提前报备', banquets)).toBe(true);
    expect(answerKindMissing('我是局长，儿子结婚想借机多摆几桌收点礼，纪律上怎么说', banquets)).toBe(false);
    const training = '第十七条 基层党委应当对发展对象进行短期集中培训';
    expect(answerKindMissing('积极分子集中培训完了要考试吗', training)).toBe(true);
    // An exam the asker is preparing for (支部要考试 急) is no question about exams.
    expect(answerKindMissing('现阶段我国社会主要矛盾是什么来着??支部要考试 急', '在现阶段，我国社会的主要矛盾是……')).toBe(false);
    expect(answerKindMissing('党员在考试中帮人作弊会受什么处分', '第一百二十九条 在考试、录取工作中，有泄露试题、考场舞弊……')).toBe(false);
    expect(answerKindMissing('入党宣誓仪式上由谁来领誓', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    expect(answerKindMissing('咱们区的党群服务中心具体在哪条街', '第三十二条 基层党组织应当加强流动党员管理')).toBe(true);
    expect(answerKindMissing('举报党员违纪，打哪个电话', '第七十九条 诬告陷害他人')).toBe(true);
    expect(answerKindMissing('纪律处分条例2023年修订后，这些条款改成啥样了', '第十九条 ……')).toBe(true);
    expect(answerKindMissing('我们省党史学习教育有啥特色做法', '第二条 党史学习教育')).toBe(true);
    expect(answerKindMissing('学习强国上的学习时长能不能折算进每年的培训学时', '第二十条 党员每年集中学习培训时间一般不少于32学时')).toBe(true);
    // A penalty in the story makes pay named there part of the case (报销的事挨了个警告); so does 挂个名…有事吗.
    expect(answerKindMissing('我是会计，去年因为报销的事挨了个警告，今年想提我当副书记，得等多久', '第十条 受到警告处分一年内……不得在党内提升职务')).toBe(false);
    expect(answerKindMissing('我老婆在朋友公司挂个名不上班也领工资，我知道但没管，这有事吗', '第八十七条 ……知情未予纠正')).toBe(false);
    // A civil matter told in a clause that does not ask, and party work asked in the last clause.
    const army = '第三十二条 中国人民解放军和中国人民武装警察部队开展党史学习教育，由中央军事委员会……';
    expect(answerKindMissing('我弟在部队当兵，部队的党史学习教育是照这个条例办吗', army)).toBe(false);
    expect(answerKindMissing('我是小区物业支部书记，主题党日是不是一个月得搞一次', '第十六条 党支部应当……每月相对固定1天开展主题党日')).toBe(false);
    expect(answerKindMissing('机关党委领导工会和团委，那工会经费怎么花，要不要报机关党委审批', '第二十条 机关党的基层委员会……')).toBe(true);
    expect(answerKindMissing('我在医院上班，入党政审要开无犯罪记录证明，去哪个派出所开', '第二十八条 政治审查')).toBe(true);
    expect(answerKindMissing('我在房产中介上班，党员买第二套房有没有啥优惠政策', '第一百条 ……')).toBe(true);
    expect(answerKindMissing('北京市转党组织关系是在哪个窗口办理', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('我在区里政务大厅窗口上班，来办证的老板硬塞给我购物卡，收了算啥', '第八十八条 收受……消费卡')).toBe(false);
    expect(answerKindMissing('广东省对入党积极分子培训有啥本省的特殊规定', '第十条 入党积极分子培训')).toBe(true);
    expect(answerKindMissing('组织关系要转到外省，网上系统里具体点哪一步', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('我们公司几个人一起虚开发票报销，带头张罗的那个会罚得更重吗', '第二十五条 ……为首者')).toBe(false);
    // Local events, donations, quotas handed down, who pays for another, systems, designs, copies, debts.
    expect(answerKindMissing('七一县里搞集中宣誓，一般在什么地方搞，有指定场所吗', '第二十九条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    expect(answerKindMissing('我在北京工作，北京今年七一有哪些集中宣誓活动安排', '第二十九条 入党宣誓仪式')).toBe(true);
    expect(answerKindMissing('我是老党员，想给老家的红色纪念馆捐两万块，该走什么流程', '第十六条 用好红色资源')).toBe(true);
    expect(answerKindMissing('他被开除后开了装修公司，还捐钱给村里修了路，现在能不能重新申请入党', '第四十条 ……开除党籍的……五年内不得重新入党')).toBe(false);
    expect(answerKindMissing('我们县今年党代表名额分给我们乡几个，怎么分的', '第二十七条 委员的名额由上一级委员会决定')).toBe(true);
    expect(answerKindMissing('支部有个党员被留置了，这期间他的党费谁替他交', '第三十条 党员被留置……')).toBe(true);
    expect(answerKindMissing('党员档案电子化用的是哪个系统，在哪登录', '第二十六条 党员档案')).toBe(true);
    expect(answerKindMissing('我们支部下月换届投票，选票和票箱有没有统一的样式', '第七十八条 ……')).toBe(true);
    expect(answerKindMissing('一个人最多能给几个人当入党介绍人', '第十四条 发展对象应当有两名正式党员作入党介绍人')).toBe(true);
    expect(answerKindMissing('限期改正期间他要交几份书面检查', '第三十条 限期改正')).toBe(true);
    expect(answerKindMissing('党徽哪里买', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案')).toBe(true);
    expect(answerKindMissing('我借给一个党员同事五万块，他一直赖着不还，能让支部帮我要吗', '第一百零二条 ……')).toBe(true);
    expect(answerKindMissing('有人把单位的笔记本电脑拿回家自己用，一直不还，超过多久就算违纪了', '第一百零二条 ……超过六个月')).toBe(false);
    expect(answerKindMissing('机关党委换届，选票样式有统一规定吗', '第八条 ……')).toBe(true);
    expect(answerKindMissing('发展对象短期集中培训要自己交培训费吗', '第十七条 基层党委应当对发展对象进行短期集中培训')).toBe(true);
    expect(answerKindMissing('下个月去县委党校参加集中轮训，住宿费是单位报还是自己出', '第二十条 党员集中培训')).toBe(true);
    expect(answerKindMissing('我们在商会里建了流动党员党组织，活动场地的租金谁来出', '第三十二条 流动党员党组织')).toBe(true);
    expect(answerKindMissing('我今年五十八了，我们省发展党员有没有自己定的年龄上限', '第一条 年满十八岁')).toBe(true);
    expect(answerKindMissing('组织生活会至少得开多长时间', '第十七条 党支部每年至少召开1次组织生活会')).toBe(true);
    expect(answerKindMissing('发展对象的集中培训最少得上多长时间', '第十七条 培训时间一般不少于3天')).toBe(false);
    expect(answerKindMissing('交了入党申请书，组织上多久会找我谈话', '第七条 ……一个月内派人同入党申请人谈话')).toBe(false);
    expect(answerKindMissing('停止党籍以后想恢复，要填什么表、找谁办', '第二十四条 ……按照规定程序')).toBe(true);
    expect(answerKindMissing('二十一大以后党章又改了吗，改了哪些地方', '总纲 ……')).toBe(true);
    expect(answerKindMissing('我去年受了个警告处分，今年单位评先进我还能报吗', '第十条 党员受到警告处分一年内……不得在党内提升职务')).toBe(true);
    expect(answerKindMissing('我在深圳打工，用哪个手机app能在网上转组织关系', '第二十五条')).toBe(true);
    expect(answerKindMissing('我是发展对象，政审要开无犯罪证明，去派出所怎么开', '第二十八条 政治审查')).toBe(true);
    expect(answerKindMissing('我常年在外地跑运输，党费用微信转给支部书记行不行', '第二十九条 党费')).toBe(true);
    expect(answerKindMissing('我和老婆都是党员，现在闹离婚，房子怎么分党组织管不管', '第一百三十八条')).toBe(true);
    expect(answerKindMissing('入党宣誓一般在哪里搞，是不是必须去革命纪念馆', '第二十九条 入党宣誓仪式')).toBe(true);
    expect(answerKindMissing('我在街道办上班，下班后用手机炒点股票，党纪上有规定吗', '第九十四条 违反有关规定买卖股票')).toBe(false);
    expect(answerKindMissing('预备党员转正要交几张一寸照片', '第七条 预备党员的预备期为一年')).toBe(true);
    expect(answerKindMissing('党史学习教育工作综合评估有哪些打分指标', '第三十一条 综合评估')).toBe(true);
    expect(answerKindMissing('年底支部给每个党员打分评比，具体步骤是什么', '第十八条 民主评议党员')).toBe(false);
    expect(answerKindMissing('我们县有哪些红色教育基地能去参观', '第二十一条 红色资源')).toBe(true);
    expect(answerKindMissing('32学时里头线上学习最多能算多少学时', '第二十条 党员每年集中学习培训时间一般不少于32学时')).toBe(true);
    expect(answerKindMissing('公车私用几次算情节较重', '第一百零二条 ……情节较重的')).toBe(true);
    expect(answerKindMissing('上海那边入党积极分子培训有什么特别的地方规定', '第十条 入党积极分子培训')).toBe(true);
    expect(answerKindMissing('我们省纪委根据纪律处分条例制定的单项实施规定，具体都写了什么', '第一百三十九条')).toBe(true);
    expect(answerKindMissing('支部书记有工资', '第四十一条')).toBe(true);
    expect(answerKindMissing('发展对象那个短期集中培训，培训费要自己掏', '第十七条 短期集中培训')).toBe(true);
    // 党旗 and 正式党员 in the asking clause make it party work (公司装修党员活动室, 我们私企).
    expect(answerKindMissing('我们私企有三个正式党员 够不够成立支部', '第三十条 企业……凡是有正式党员三人以上的，都应当成立党的基层组织')).toBe(false);
    expect(answerKindMissing('公司装修党员活动室要挂党旗，党旗到底是什么样的', '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗')).toBe(false);
    expect(answerKindMissing('我在深圳打工，那边有哪些流动党员党组织可以去报到', '第三十三条 流动党员')).toBe(true);
    expect(answerKindMissing('党员教育讲师去基层讲一次课，讲课费怎么算', '第四十一条 讲师队伍')).toBe(true);
    expect(answerKindMissing('党员干部炒股，金额多大就算违纪了', '第九十四条 违反有关规定买卖股票')).toBe(true);
    expect(answerKindMissing('我表哥是老党员，他能当我的入党介绍人吗', '第十四条 发展对象应当有两名正式党员作入党介绍人')).toBe(true);
    expect(answerKindMissing('我舅舅受了严重警告处分，我表妹想请他当自己的入党介绍人，这样行吗', '第十四条 受留党察看处分、尚未恢复党员权利的党员，不能作入党介绍人')).toBe(false);
    expect(answerKindMissing('多大年纪算老党员', '第一条 年满十八岁的中国工人……')).toBe(true);
    expect(answerKindMissing('支部大会表决入党，能用手机小程序投票吗', '第二十条 支部党员大会……表决')).toBe(true);
    expect(answerKindMissing('刷手机新闻看到要开党代会，全国党代会几年开一次', '第十九条 党的全国代表大会每五年举行一次')).toBe(false);
    expect(answerKindMissing('机关支部任期到了还没换届，最多能拖几个月', '第八条 ……每届任期一般为3年')).toBe(true);
    expect(answerKindMissing('有没有官方推荐的红色旅游线路清单', '第二十一条 红色资源')).toBe(true);
    expect(answerKindMissing('党史学习教育那个五年一次的综合评估，考核指标具体有哪些', '第三十一条 综合评估')).toBe(true);
    expect(answerKindMissing('党员一年集中学习培训是不是不少于40学时？考核表上要填', '第二十条 ……不少于32学时')).toBe(false);
    expect(answerKindMissing('在线学习的时长能不能折算进那32学时', '第二十条 党员每年集中学习培训时间一般不少于32学时')).toBe(true);
    expect(answerKindMissing('我入党政审要函调，老家派出所得开一份什么样的证明', '第十六条 政治审查')).toBe(true);
    expect(answerKindMissing('我想给支部里一个生病的困难党员申请慰问金，一次能发多少', '第二十三条 关怀帮扶')).toBe(true);
    expect(answerKindMissing('违纪算造成了多少钱损失的时候，间接损失也算进去吗', '第三十九条 ……直接经济损失')).toBe(false);
    expect(answerKindMissing('把组织关系转到社区，具体要带哪些证件和材料才能办成', '第二十五条 党员组织关系')).toBe(true);
    expect(answerKindMissing('受了个警告处分，年终奖会不会被扣', '第十条 党员受到警告处分一年内……')).toBe(true);
    expect(answerKindMissing('我因为考勤问题被单位扣了奖金，支部又说要给我警告处分，处分前是不是应该让我看材料', '第四十条 ……')).toBe(false);
    expect(answerKindMissing('我们区有个党代表受了留党察看，代表资格终止了，空出来的名额怎么补', '第十四条 ……代表资格终止')).toBe(true);
    expect(answerKindMissing('入党宣誓是不是必须去纪念馆或者红色教育基地搞', '第二十九条 入党宣誓仪式')).toBe(true);
    expect(answerKindMissing('带支部去党史馆参观半天，能折算几个学时', '第二十条 ……32学时')).toBe(true);
    expect(answerKindMissing('主题党日一次得搞满几个小时', '第十六条 ……每月相对固定1天开展主题党日')).toBe(true);
    expect(answerKindMissing('入党积极分子培养考察登记表有电子版下载吗', '第三十六条 ……')).toBe(true);
    expect(answerKindMissing('二十大以后党章又修改过没有', '第二十条 ……')).toBe(true);
    expect(answerKindMissing('我们在浙江，省里对发展党员里35岁以下的占比有硬性要求吗', '第二十三条')).toBe(true);
    expect(answerKindMissing('收了下属一个500块的红包，算不算情节较重', '第八十八条 收受……礼金')).toBe(true);
    expect(answerKindMissing('单位有人天天找人算命，还拉大伙一块儿去，这算不算违纪', '第六十三条 ……迷信活动')).toBe(false);
    expect(answerKindMissing('广东省委有没有根据纪律处分条例出台单项实施规定', '第一百三十九条')).toBe(true);
    expect(answerKindMissing('我们县党史和文献部门的负责人是谁', '第二十五条 党史和文献部门')).toBe(true);
    expect(answerKindMissing('我们国企下个月换届，新党委书记的候选人具体是谁', '第十一条 ……候选人')).toBe(true);
    expect(answerKindMissing('入党志愿书填坏了能补领吗，找哪个部门领', '第四十二条 ……')).toBe(true);
    expect(answerKindMissing('我表弟在部队当兵想入党，部队里入党要不要先考试', '第二十四条 ……')).toBe(true);
    expect(answerKindMissing('我刚入职一家科技公司，公司党支部书记具体是哪位，怎么联系', '第九十四条')).toBe(true);
    expect(answerKindMissing('我在上海跑外卖，上海对外卖骑手入党有什么专门的扶持政策', '第六条 ……')).toBe(true);
    expect(answerKindMissing('党史学习教育进网站，具体指哪几个网站', '第六条 党史学习教育进网站')).toBe(true);
    expect(answerKindMissing('民主评议党员，评不合格的有没有比例要求', '第十九条 民主评议')).toBe(true);
    expect(answerKindMissing('处分材料进了档案，过几年能拿出来', '第四十一条 ……处分决定……归入档案')).toBe(true);
    expect(answerKindMissing('兼职党支部书记每个月的补贴有没有规定的金额', '第九十四条 ……')).toBe(true);
    // 会出事吗 asks of misconduct: a civil matter told before it is the case.
    expect(answerKindMissing('亲戚在打离婚官司，我是个局长，给法院熟人打电话问问进展，会出事吗', '第一百二十七条 ……打听案情')).toBe(false);
    expect(answerKindMissing('我是处长，参加过两次老乡会，这算不算情节严重', '第七十四条 ……老乡会')).toBe(true);
    expect(answerKindMissing('我们县的党员集中轮训一般安排在哪个党校上', '第二十条 ……县级党校')).toBe(true);
    expect(answerKindMissing('我想炒股，党员干部买股票有没有金额上限', '第九十四条 违反有关规定买卖股票')).toBe(true);
    expect(answerKindMissing('入党积极分子培养考察登记表能不能网上下载自己打印', '第四十二条 ……')).toBe(true);
    expect(answerKindMissing('想带党员走一趟红色旅游线路，有推荐的路线吗', '第二十一条 红色资源')).toBe(true);
    expect(answerKindMissing('机关支部书记年底述职一般讲几分钟', '第三十九条 述职评议')).toBe(true);
    expect(answerKindMissing('社区党群服务中心对流动党员开放，几点到几点能去', '第三十二条 流动党员')).toBe(true);
    expect(answerKindMissing('因私护照交上去以后，是单位哪个科室保管', '第八十二条 ……')).toBe(true);
    expect(answerKindMissing('我们省今年的集中宣誓定在哪一天', '第二十九条 ……七一、国庆……集中宣誓')).toBe(true);
    expect(answerKindMissing('我是刚批下来的预备党员，咱们市里一般去哪个纪念馆搞入党宣誓', '第二十九条 入党宣誓')).toBe(true);
    expect(answerKindMissing('我们省有什么推荐的红色旅游线路', '第二十一条 红色资源')).toBe(true);
    expect(answerKindMissing('被限期改正的党员，这期间还能评先进不', '第三十条 限期改正')).toBe(true);
    expect(answerKindMissing('追认为党员的同志，家属有什么抚恤待遇', '第九十九条')).toBe(true);
    expect(answerKindMissing('我跟女朋友打算国庆办婚礼，老板说婚假按规定给，现在婚假一般能休几天', '第九十一条 婚丧喜庆')).toBe(true);
    expect(answerKindMissing('我是镇长，下个月儿子结婚，想借这个机会多摆几桌，纪律上有什么说法', '第九十一条 ……婚丧喜庆')).toBe(false);
    // A phone number told (电话号码换了) is no number asked.
    expect(answerKindMissing('那个党员电话号码换了，家里人也联系不上，停止党籍以后多久可以按自行脱党除名', '第二十四条 ……2年后')).toBe(false);
    expect(answerKindMissing('支部书记的电话号码是多少', '第二十四条')).toBe(true);
    // Party work asked in the clause before a short ask (党组织关系还挂在学校，能放多久).
    expect(answerKindMissing('我毕业后一直在家二战考研，党组织关系还挂在学校，能放多久', '第三十四条 ……不超过2年')).toBe(false);
    expect(answerKindMissing('一年32学时里，我自己在手机上学的时长能算进去吗', '第二十条 ……32学时')).toBe(true);
    expect(answerKindMissing('我是流动党员，人在深圳打工，这边的流动党员党组织具体在哪个地址报到', '第三十二条 流动党员')).toBe(true);
    expect(answerKindMissing('组织关系转出去了对方一直不接收，拖多少天可以向上级反映', '第二十五条 ……不得无故拒转拒接')).toBe(true);
    expect(answerKindMissing('支部书记工资', '第四十一条')).toBe(true);
    expect(answerKindMissing('入党积极分子考察不合格几次就取消资格', '第十一条 ……对入党积极分子进行考察')).toBe(true);
    expect(answerKindMissing('女儿今年高考，报志愿时平行志愿到底是怎么投档的', '第四十二条')).toBe(true);
    expect(answerKindMissing('小李刚生完二胎回来上班，哺乳期内公司单方面给员工降薪，这合法吗', '第二十五条')).toBe(true);
    // 好几回 told is no count asked.
    expect(answerKindMissing('有位党员党费要催好几回才交，支部打算给他作个限期改正处置，这个期限最长能定多久', '第三十条 ……期限一般不超过1年')).toBe(false);
    expect(answerKindMissing('我们支部一年能有多少党史学习经费', '第二十九条 ……')).toBe(true);
    expect(answerKindMissing('军队的党史学习教育规定出来了没，里面怎么规定的', '第三十二条 ……由中央军事委员会……')).toBe(true);
    expect(answerKindMissing('我是流动党员，流入地党组织能给我开党员身份证明吗', '第三十二条 流动党员')).toBe(true);
    expect(answerKindMissing('受了警告处分，年终奖会不会被扣', '第一百零四条 ……滥发津贴、补贴、奖金')).toBe(true);
    expect(answerKindMissing('想举报一个党员违纪，有没有举报电话或者网站', '第七十九条')).toBe(true);
    expect(answerKindMissing('工作失职造成多少万的损失才算较大损失', '第一百二十一条 ……造成较大损失')).toBe(true);
    // A move named beside 转正 or 考察期 asks about the party process.
    expect(answerKindMissing('我考察期没满就跳槽到新公司，新单位能不能晚点再讨论我转正', '第三十五条 预备党员……不超过六个月')).toBe(false);
    expect(answerKindMissing('跳槽到新公司要注意啥', '第三十五条 预备党员……不超过六个月')).toBe(true);
  });
  it('keeps questions whose passage states the asked kind, and ordinary questions', () => {
    expect(answerKindMissing('这个条例是哪一年开始施行的', '第四十六条 本条例自2019年5月6日起施行。')).toBe(false);
    expect(answerKindMissing('支委会多久开一次', '第十三条 支部委员会会议一般每月召开1次')).toBe(false);
    expect(answerKindMissing('入党介绍人是谁', '第十四条 发展对象应当有两名正式党员作入党介绍人')).toBe(false);
  });
  it('declines refunds, rankings and payment channels the passage does not speak of', () => {
    const dues = '第九条 党员如果没有正当理由，连续六个月不交纳党费';
    expect(answerKindMissing('党费多交了能退回来吗', dues)).toBe(true);
    expect(answerKindMissing('党费可以用微信交吗', dues)).toBe(true);
    expect(answerKindMissing('党费收据找谁开', dues)).toBe(true);
    // Validity periods: no regulation here sets one; 超过期限 is no 过期.
    expect(answerKindMissing('组织关系介绍信开出来以后多长时间内有效', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('积极分子培训的结业证过期了要重新培训吗', '第十七条 基层党委应当对发展对象进行短期集中培训')).toBe(true);
    expect(answerKindMissing('函询超过期限不回复会怎么样', '第八条 党员受到警告处分一年内')).toBe(false);
    // The 学习强国 app: answered only where a passage names it.
    expect(answerKindMissing('党员学习强国积分有没有硬性要求', '第二十三条 党员应当自觉学习')).toBe(true);
    expect(answerKindMissing('党员学习强国积分有没有硬性要求', '第一条 党员每天登录学习强国学习。')).toBe(false);
    // Studying online as such the education regulation speaks of.
    expect(answerKindMissing('党员是不是得主动用学习强国这类网上平台学习', '第二十三条 党员应当自觉学习')).toBe(false);
    // Words of a story the narrow rules used to take for their question.
    const transfer = '第三十四条 党员组织关系转接';
    expect(answerKindMissing('在深圳打工没转关系,能去附近社区党群服务中心过组织生活吗', transfer)).toBe(false);
    expect(answerKindMissing('附近哪里有党史展览馆', transfer)).toBe(true);
    expect(answerKindMissing('小李下个月就要调走了,他的入党手续这边还能办吗', transfer)).toBe(false);
    expect(answerKindMissing('党史研究室让我们单位交材料,这是单位的义务吗', '第十条 党史研究部门')).toBe(false);
    expect(answerKindMissing('转组织关系要带哪些材料', transfer)).toBe(true);
    // Accounts of an online system, who first put forward an idea, a village's supervisory committee.
    expect(answerKindMissing('全国党员管理信息系统的账号怎么申请', transfer)).toBe(true);
    expect(answerKindMissing('伟大建党精神是谁首次提出来的', '第十四条 弘扬伟大建党精神')).toBe(true);
    expect(answerKindMissing('党员能不能竞选村务监督委员会主任', transfer)).toBe(true);
    // How long an inspection stays, the oath's gestures, what a newer revision added, an age limit in years.
    expect(answerKindMissing('省委巡视组一般进驻一个单位多长时间', '第十四条 党的中央和省、自治区、直辖市委员会实行巡视制度，在一届任期内，对所管理的地方、部门、企事业单位党组织实现巡视全覆盖。')).toBe(true);
    expect(answerKindMissing('预备期一般持续多长时间', '第七条 预备党员的预备期为一年。')).toBe(false);
    expect(answerKindMissing('入党宣誓的时候要举哪只手', '第六条 预备党员必须面向党旗进行入党宣誓。')).toBe(true);
    expect(answerKindMissing('党徽戴哪边', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。')).toBe(true);
    expect(answerKindMissing('党徽是什么图案', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。')).toBe(false);
    // Only the oath's gestures: a raised hand in a vote is no oath.
    expect(answerKindMissing('表决的时候举左手还是右手都行吧', '第六条 预备党员必须面向党旗进行入党宣誓。')).toBe(false);
    expect(answerKindMissing('2023年新修订的纪律处分条例比2018版多了哪些内容', '第四十七条 本条例自2018年10月1日起施行。')).toBe(true);
    expect(answerKindMissing('当党支部书记有没有年龄上限', '第三十八条 党的各级领导干部，……年龄和健康状况不适宜继续担任工作的，应当按照国家的规定退、离休。')).toBe(true);
    const quota = '第十条 发展党员应当在一年以上培养考察的基础上进行。';
    expect(answerKindMissing('支部为了完成发展名额,把不够条件的人弄进党,谁担责', quota)).toBe(false);
    expect(answerKindMissing('今年发展党员名额', quota)).toBe(true);
    expect(answerKindMissing('年底发展指标没完成,上面让我们支部一口气多发展几个,这种做法行吗', quota)).toBe(false);
    expect(answerKindMissing('今年支部分了几个发展党员名额', quota)).toBe(true);
    expect(answerKindMissing('我们支部考核在全市排第几', '第三十八条 机关党建工作考核')).toBe(true);
    // 安排几回 and 退党 are no ranking or refund questions.
    expect(answerKindMissing('支部一年最少安排几回党日活动', '第十六条 党支部应当每月相对固定1天开展主题党日')).toBe(false);
    expect(answerKindMissing('不交党费还不肯退党怎么办', dues)).toBe(false);
    // Money handed back in a case of misconduct is part of the case.
    expect(answerKindMissing('前两年挪用过一笔公款，想主动去纪委讲清楚，把钱全退回去，主动交代了会不会轻一点', '第十七条 主动交代本人应当受到党纪追究的问题的')).toBe(false);
    expect(answerKindMissing('有个同志犯了错,钱也退回来了,处理时能不能酌情轻一点', '第十七条 主动交代本人应当受到党纪追究的问题的')).toBe(false);
  });
  it('declines pay entitlements, civil matters, investments and current statistics, not the rules about them', () => {
    const stocks = '第九十四条 违反有关规定买卖股票或者进行其他证券投资的';
    expect(answerKindMissing('当支部书记每个月能领补贴吗', '第一百零四条 违反有关规定自定薪酬或者滥发津贴、补贴、奖金等')).toBe(true);
    expect(answerKindMissing('滥发补贴会受什么处分', '第一百零四条 违反有关规定自定薪酬或者滥发津贴、补贴、奖金等')).toBe(false);
    // Pay in a story of misconduct is what happened, not what is asked.
    expect(answerKindMissing('局长的爱人在公司挂个名，每个月照领工资，这算违纪吗', '第八十七条 纵容、默许配偶……谋取私利')).toBe(false);
    expect(answerKindMissing('听说领导的爱人在下属公司挂个名照领工资，只要领导没插手就没事，是真的吗', '第八十七条 纵容、默许配偶')).toBe(false);
    expect(answerKindMissing('单位领导自己做主给大家多发一笔奖金，这有啥毛病啊', '第一百零四条 违反有关规定自定薪酬或者滥发津贴')).toBe(false);
    // A remark after the last question mark is not what is asked; a case asked as 违规不 is discipline.
    expect(answerKindMissing('听说支部换届可以举手表决，是真的吗？我们在村委会会议室开会，人挺多的', '第十一条 选举采用无记名投票的方式')).toBe(false);
    expect(answerKindMissing('村委会换届选举候选人有什么条件？', '第十一条 选举采用无记名投票的方式')).toBe(true);
    expect(answerKindMissing('单位要拉到景区开两天会，顺便团建，这违规不？', '第一百零八条 在风景名胜区开会')).toBe(false);
    expect(answerKindMissing('公司团建去哪里玩好', '第一百零八条 在风景名胜区开会')).toBe(true);
    // A pupil's misconduct with an official answering for it is party discipline; the school's own penalties are not.
    expect(answerKindMissing('儿子在学校打架，我这当局长的也要挨处分啊？', '第一百三十六条 ……配偶、子女及其配偶')).toBe(false);
    expect(answerKindMissing('孩子在学校被记了警告处分，会影响中考吗', '第一百三十六条 ……配偶、子女及其配偶')).toBe(true);
    // Studying in an app is asked of the rules; earning its points is not.
    expect(answerKindMissing('单位让装个党员学习app天天刷课，这是硬要求吗', '第三十八条 依托各类党员教育管理信息化平台')).toBe(false);
    expect(answerKindMissing('学习强国怎么刷积分最快', '第三十八条 依托各类党员教育管理信息化平台')).toBe(true);
    // Wages owed and CVs are civil matters; 记大过 a penalty of the public-service rules.
    expect(answerKindMissing('包工头也是党员。被拖欠工钱应该去哪里讨，走什么法律途径？', '第八十五条 党员领导干部违反规定')).toBe(true);
    expect(answerKindMissing('记大过的处分期是多久？', '第十条 党员受到警告处分一年内……不得提升')).toBe(true);
    expect(answerKindMissing('受了警告处分多久不能提拔', '第十条 党员受到警告处分一年内……不得提升')).toBe(false);
    // A penalty not yet past (处分还没过期) is told, not a validity period asked.
    expect(answerKindMissing('同事说我处分还没过期。受了警告之后，多长时间内不能提职？', '第十条 党员受到警告处分一年内……不得提升')).toBe(false);
    expect(answerKindMissing('组织关系介绍信过期了怎么办', '第二十五条 党员组织关系转接')).toBe(true);
    expect(answerKindMissing('无犯罪记录证明到底该去哪儿开？', '第十六条 政治审查……必要时可以函调或者外调')).toBe(true);
    expect(answerKindMissing('建党纪念日为什么定在七月一日？', '第二十二条 结合七一等重要时间节点')).toBe(true);
    // Lists of places, school timetables, bank accounts, a child's green card, doctoral admissions.
    const resorts = '第一百零八条 违反有关规定在风景名胜区开会';
    expect(answerKindMissing('哪些风景名胜区是禁止开会的？有没有一份具体名单？', resorts)).toBe(true);
    expect(answerKindMissing('在风景名胜区开会给什么处分', resorts)).toBe(false);
    expect(answerKindMissing('小学每周要上几节党史课？', '第六条 抓好青少年党史学习教育')).toBe(true);
    expect(answerKindMissing('入职培训课表里排了好几节党史课，能不能申请不上？', '第十八条 公务员初任培训设置党史课程')).toBe(false);
    expect(answerKindMissing('违纪所得具体交到哪个账户？', '第十七条 主动交代……可以从轻或者减轻处分')).toBe(true);
    // Invoices asked for are office practice; faked invoices are the case told.
    expect(answerKindMissing('党费能开发票吗', '第三十二条 党员应当按期交纳党费')).toBe(true);
    expect(answerKindMissing('党员帮亲戚公司虚开发票被判了缓刑，还会被开除党籍吗', '第三十二条 党员被依法判处刑罚')).toBe(false);
    // A story's pay in an earlier clause of the closing sentence is told, not asked.
    expect(answerKindMissing('今年三月公司把我调到市里的新门店，工资涨了一点，但换了个党支部，新支部书记说要从头开始考察，我有点郁闷，觉得白干了。之前那八个月的培养时间还能算吗', '第十二条 入党积极分子工作、学习单位变动')).toBe(false);
    expect(answerKindMissing('孩子在国外拿了绿卡，党员自己要受处分吗？', '第八十一条 违反有关规定取得外国国籍')).toBe(true);
    expect(answerKindMissing('党员自己偷偷拿了绿卡会受什么处分', '第八十一条 违反有关规定取得外国国籍或者获取国（境）外永久居留资格')).toBe(false);
    expect(answerKindMissing('哪些高校能招这个专业的博士？', '第二十六条 加强党史学科建设')).toBe(true);
    expect(answerKindMissing('出国读博好几年没回来，党籍会被停吗？', '第二十四条 对因私出国并在国外长期定居的党员')).toBe(false);
    expect(answerKindMissing('预备党员可以考公务员吗', '第十八条 公务员初任培训、任职培训、在职培训等设置党史课程')).toBe(true);
    // A job change is no civil matter when it is asked about for a party process.
    expect(answerKindMissing('当积极分子快一年了，现在要跳槽去别的公司，之前的培养是不是得从头来', '第十二条 入党积极分子工作、学习单位变动……')).toBe(false);
    expect(answerKindMissing('跳槽去外企工资能翻倍吗', '第十二条 入党积极分子工作、学习单位变动')).toBe(true);
    expect(answerKindMissing('我在私企当党支部书记，老板问党组织在公司起啥作用', '第三十三条 非公有制经济组织中党的基层组织')).toBe(false);
    // 排几次 schedules; 排第几 ranks.
    expect(answerKindMissing('党史专题学习一年最少要排几次', '第十九条 每年至少安排1次')).toBe(false);
    expect(answerKindMissing('公务员培训要学党史吗', '第十八条 公务员初任培训、任职培训、在职培训等设置党史课程')).toBe(false);
    // Told as who one is (新招录的公务员), then a party-history course asked about.
    expect(answerKindMissing('我是新招录的公务员,初任培训里会有党史课吗', '第十八条 公务员初任培训、任职培训、在职培训等设置党史课程')).toBe(false);
    // Village committees and union money are civil matters; the union under the party is not.
    expect(answerKindMissing('村委会主任候选人年龄有没有上限', '第十一条 选举人有了解候选人情况')).toBe(true);
    expect(answerKindMissing('团建费用是走工会经费还是AA', '第四十条 机关基层党组织开展活动，所需财政资金列入本单位部门预算')).toBe(true);
    expect(answerKindMissing('机关工会归谁管', '第二十条 机关党组织领导机关工会、共青团、妇女组织')).toBe(false);
    // How the party organisation stands to the village committee is party work.
    expect(answerKindMissing('村党支部跟村委会到底谁领导谁', '第三十二条 党的基层组织')).toBe(false);
    expect(answerKindMissing('村里党支部和村委会到底谁说了算', '第三十二条 党的基层组织')).toBe(false);
    expect(answerKindMissing('村委会有三个党员能建支部吗', '第三十条 正式党员三人以上的，都应当成立党的基层组织')).toBe(false);
    // A member's breach of discipline told beside the village committee is a discipline case.
    expect(answerKindMissing('村里一个党员违纪后跑了快一年找不到,村委会主任说只能干等,咋办', '第三十五条 党员被依法留置、逮捕的')).toBe(false);
    // A claimed year no quoted passage states cannot be confirmed; one it states can.
    expect(claimedYearUnstated('听说十一届三中全会是1976年开的,真的假的', ['总纲 十一届三中全会以来']) ).toBe(true);
    expect(claimedYearUnstated('小郑说2018年10月以前的老案子一律按新条例办,对吗', ['第一百四十二条 本条例自2018年10月1日起施行。'])).toBe(false);
    expect(claimedYearUnstated('听说党是1921年成立的,对吗', ['总纲 一九二一年中国共产党成立'])).toBe(false);
    // Pay from a side post, or asked as a possible violation (有问题吗), is answerable.
    const sidePay = '第九十四条 违反有关规定从事营利活动';
    expect(answerKindMissing('我经单位批准在一个行业协会兼职,协会每月给的补贴我能拿吗', sidePay)).toBe(false);
    expect(answerKindMissing('我爸是退休的局长,原来管的行业里有家企业请他去当顾问拿工资,这样行吗', '第九十六条 党员领导干部离职或者退休后违反有关规定接受原任职务管辖的地区和业务范围内的企业')).toBe(false);
    expect(answerKindMissing('我老婆在一家企业挂名拿工资,基本不去上班,我是科长,这事有问题吗', sidePay)).toBe(false);
    expect(answerKindMissing('党史知识竞赛的题库去哪下载', '第二十四条 开展党史知识竞赛')).toBe(true);
    // A story names civil matters and pay in passing; the question at its end says whether one is asked.
    const superstition = '第六十三条 组织、利用宗教活动反对党的路线、方针、政策和决议的';
    expect(answerKindMissing('小区的退休党员老韩迷上了算命看风水,还张罗邻居凑钱请大师来做法事,业主群里吵翻了,居委会的同志也很头疼。他这种带头张罗的做法,党内会怎么处理', superstition)).toBe(false);
    expect(answerKindMissing('我是小区的退休党员,这几年在居委会帮忙,跟邻居们处得都挺好。居委会主任的选举是几年一次,我能参加吗', superstition)).toBe(true);
    // 备考编制 (preparing for a civil-service post) is no 考编 in the regex's sense: 考 belongs to 备考.
    expect(answerKindMissing('毕业的研究生组织关系还放在学校,他在备考编制,这关系能在学校放多久', '第三十四条 毕业学生党员的组织关系')).toBe(false);
    // Measures short of a penalty: the discipline regulation names them, the cadre rules set their terms.
    const measures = '第十九条 可以给予批评教育、责令检查、诫勉或者组织处理，免予党纪处分。';
    expect(answerKindMissing('被诫勉谈话了，影响期是几个月', measures)).toBe(true);
    expect(answerKindMissing('组织处理有哪几种', measures)).toBe(true);
    expect(answerKindMissing('犯的错够个警告，有没有情况可以不给处分、诫勉一下就算了', measures)).toBe(false);
    // Holders of national offices, national totals, fees, team outings.
    expect(answerKindMissing('中纪委书记是谁', '第四十五条 党的中央纪律检查委员会……选举常务委员会和书记')).toBe(true);
    expect(answerKindMissing('全国党员多少人', '第十九条 党的全国代表大会……')).toBe(true);
    expect(answerKindMissing('支部有多少党员才能设支委会', '第七条 正式党员7人以上的党支部，设立支部委员会')).toBe(false);
    expect(answerKindMissing('党校培训学费多少', '第二十条 依托县级党校进行集中轮训')).toBe(true);
    expect(answerKindMissing('支部团建去哪玩', '第七十三条')).toBe(true);
    // The rank of a post; 哪个级别的干部 asks whom a rule is aimed at.
    expect(answerKindMissing('机关党委的专职副书记一般是什么职级', '第八条 机关基层党组织应当严格执行任期制度')).toBe(true);
    expect(answerKindMissing('党史学习里头说要重点抓的是哪个级别的干部', '第六条 应当突出县处级以上领导干部')).toBe(false);
    // Appeal deadlines, proxy votes, the 党龄 of branch posts, one committee member's duties, a
    // member's death outside a case, meetings online, a revision told as 老版本…不一样.
    expect(answerKindMissing('对处分不服，最晚多少天内要提出申诉', '第四十二条 党员对所受处分不服的，可以提出申诉')).toBe(true);
    expect(answerKindMissing('出差了能委托别人替他投票吗', '第十一条 选举采用无记名投票的方式')).toBe(true);
    expect(answerKindMissing('要几年党龄才能选支部委员', '第二十七条 这些委员会的委员必须有五年以上的党龄')).toBe(true);
    expect(answerKindMissing('我爸是有六十年党龄的老党员，支部每个月的学习还得去吗', '第十六条 党支部应当……')).toBe(false);
    expect(answerKindMissing('支委会里的组织委员具体管哪些事', '第九条 机关党的总支部委员会和支部委员会设立纪律检查委员')).toBe(true);
    // Facts the regulations leave out: a colour's value, how far back vetting reaches, a sponsor's branch.
    expect(answerKindMissing('党徽的标准红色是什么色号', '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗。')).toBe(true);
    const vetting = '第十六条 政治审查的主要内容是：……家庭主要成员和重要社会关系的政治情况。';
    expect(answerKindMissing('发展对象政审要查到三代以内的亲属吗', vetting)).toBe(true);
    expect(answerKindMissing('政审要查家里人吗', vetting)).toBe(false);
    expect(answerKindMissing('发展对象政审,三代同堂的家里人都要谈话吗', vetting)).toBe(false);
    const sponsor = '第十四条 发展对象应当有两名正式党员作入党介绍人。入党介绍人一般由培养联系人担任，也可以由党组织指定。';
    expect(answerKindMissing('入党介绍人必须是跟我同一个支部的党员吗', sponsor)).toBe(true);
    expect(answerKindMissing('入党介绍人一般由谁担任', sponsor)).toBe(false);
    // How often a red site is visited is a recurring duty like a meeting: answered only where a passage says how often.
    expect(meetingFrequencyUnstated('支部组织去参观红色场馆,一年至少要去几次', ['第十六条 党员应当……参观红色场馆、参加实践活动等形式学习党史。'])).toBe(true);
    expect(meetingFrequencyUnstated('当上入党积极分子以后,思想汇报是一个月一交还是一个季度一交', ['第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人。'])).toBe(true);
    expect(answerKindMissing('入党介绍人本人的党龄得满几年才行', '第二十七条 ……这些委员会的委员和候补委员必须有五年以上的党龄。')).toBe(true);
    // A quota to be met in a rush (指标还差几个…一口气多发展几个凑上) asks about 突击发展, not about the quota.
    expect(answerKindMissing('年底发展指标还差几个,支部能不能一口气多发展几个凑上', '第三条 ……防止“关门”和突击发展')).toBe(false);
    // A congress's counts, a party group's term, detention, the league's age, this year's theme, a ceremony's script.
    expect(answerKindMissing('二十届中央委员会一共选了多少名中央委员', '第二十二条 ……中央委员会委员和候补委员的名额，由全国代表大会决定。')).toBe(true);
    expect(answerKindMissing('部门党组书记一届任期是几年', '第三十一条 党的基层委员会、总支部委员会、支部委员会每届任期三年至五年。')).toBe(true);
    expect(answerKindMissing('基层党组织一届几年', '第三十一条 党的基层委员会、总支部委员会、支部委员会每届任期三年至五年。')).toBe(false);
    expect(answerKindMissing('被留置的话,最长能留置多久', '第十二条 留党察看处分，分为留党察看一年、留党察看二年。')).toBe(true);
    expect(answerKindMissing('老吴被监委留置了,下周换届他还能行使选举权吗', '第三十条 ……')).toBe(false);
    expect(answerKindMissing('团员超过28岁还能不能走推优入党这条路', '第八条 ……采取党员推荐、群团组织推优等方式产生人选')).toBe(true);
    expect(answerKindMissing('今年七一全省统一的主题党日活动主题是什么', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
    expect(answerKindMissing('有没有现成的宣誓仪式主持词', '第二十九条 预备党员必须面向党旗进行入党宣誓。')).toBe(true);
    const sponsors = '第十四条 发展对象应当有两名正式党员作入党介绍人。受警告、严重警告……不宜作入党介绍人。';
    expect(answerKindMissing('我爸是老党员,他能不能当我的入党介绍人', sponsors)).toBe(true);
    expect(answerKindMissing('我爸去年受了个警告处分,他还能给我当入党介绍人吗', sponsors)).toBe(false);
    // A civil body naming who asks (居委会小吴问…) is no civil matter asked about; a medical check is.
    expect(answerKindMissing('社区七一布置会场,居委会小吴问党旗上的党徽应该是什么颜色', '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗。')).toBe(false);
    expect(answerKindMissing('今年单位的年度体检都包括哪些项目', '第七十七条 ……')).toBe(true);
    // Office equipment and software, places to recommend, how a review is scored, a sponsor's load, a committee's quorum.
    expect(answerKindMissing('在excel里怎么设置公式,自动按月汇总每个人的金额', '第十六条 ……')).toBe(true);
    expect(answerKindMissing('笔记本接投影没信号该怎么快速排查', '第十六条 ……')).toBe(true);
    expect(answerKindMissing('单位的笔记本电脑拿回家自己用了七八个月,会怎么处理', '第一百零二条 ……占用公物归个人使用')).toBe(false);
    expect(answerKindMissing('我们城市周边有哪些合适的景点可以推荐', '第二十一条 用好革命博物馆、纪念馆……')).toBe(true);
    expect(answerKindMissing('党史学习教育综合评估,具体看哪些指标、怎么打分', '第三十一条 各级党委（党组）原则上每5年组织开展1次……综合评估')).toBe(true);
    expect(answerKindMissing('一名党员同一时期最多能当几个人的入党介绍人', '第十四条 发展对象应当有两名正式党员作入党介绍人。')).toBe(true);
    expect(quorumUnstated('党委会审批预备党员,委员到会人数有没有最低要求', ['第二十四条 党委审批预备党员，必须集体讨论和表决。'])).toBe(true);
    expect(answerKindMissing('国庆放几天假', '第二十九条 ……县级以上党委可以在“七一”、国庆等重大纪念日组织集中宣誓。')).toBe(true);
    // A frequency claimed and checked (听说…每年至少要参加4次…是真的吗) is a how-often question.
    const volunteering = '第二十二条 ……党员应当积极参加党组织开展的志愿服务活动。';
    expect(meetingFrequencyUnstated('听说党员每年至少要参加4次志愿服务,是真的', [volunteering])).toBe(true);
    expect(meetingFrequencyUnstated('听说主题党日每个月要搞1次,是真的', ['第十六条 ……党支部应当每月开展1次主题党日'])).toBe(false);
    // A party-group head's choosing, vetting letters' time, a delegate's term, 巡察 coverage, a quiz bank, an office's rank.
    expect(answerKindMissing('党小组长是选举产生还是支部指定', '第三十八条 党的各级领导干部，无论是由民主选举产生的……')).toBe(true);
    expect(answerKindMissing('政审外调材料一般要几周才能寄回来', '第十六条 ……以及必要的函调或者外调。')).toBe(true);
    expect(answerKindMissing('党代表的任期到底是几年', '第二十七条 党的省、自治区、直辖市……的委员会，每届任期五年。')).toBe(true);
    expect(answerKindMissing('党的代表大会任期是几年', '第二十七条 党的省、自治区、直辖市……的委员会，每届任期五年。')).toBe(false);
    expect(answerKindMissing('县委巡察是不是也要求一届任期内全覆盖', '第十四条 ……在一届任期内，对所管理的地方……实现巡视全覆盖。')).toBe(true);
    expect(answerKindMissing('有没有党史知识竞赛的题库', '第二十四条 ……运用报告会、座谈会、知识竞赛……')).toBe(true);
    expect(answerKindMissing('给亲戚家孩子透了考试题,党内怎么处理', '第一百二十九条 在考试、录取工作中，有泄露试题……')).toBe(false);
    expect(answerKindMissing('派驻纪检监察组的组长一般是什么级别的干部', '第九条 ……')).toBe(true);
    expect(answerKindMissing('党员学党史,重点盯哪个级别的干部', '第六条 ……突出县处级以上领导干部这个重点。')).toBe(false);
    // A committee member who hands the asker a job (组织委员让我负责贴公示) is told, not asked about.
    expect(answerKindMissing('组织委员让我负责贴公示,我怕挂短了不合规。发展对象公示期最少要多少天', '第十三条 ……公示时间不少于五个工作日')).toBe(false);
    // The post named in one clause, the branch's duties asked in the next.
    expect(answerKindMissing('我刚当上公司党支部的组织委员,党支部平时到底管哪些事', '第三十四条 党支部是党的基础组织')).toBe(false);
    expect(answerKindMissing('党员去世了，支部要办什么手续', '第三十六条 违纪党员在党组织作出处分决定前死亡')).toBe(true);
    expect(answerKindMissing('党员违纪还没处分就病故了，还要处理吗', '第三十六条 违纪党员在党组织作出处分决定前死亡')).toBe(false);
    expect(answerKindMissing('支部党员大会能用视频线上开吗', '第二十条 党支部党员大会讨论接收预备党员')).toBe(true);
    expect(answerKindMissing('入党誓词以前的老版本和现在的有什么不一样', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    // Whether a relative may sponsor one; a sponsor under discipline is answered elsewhere.
    expect(answerKindMissing('我舅舅是老党员，他能当我的入党介绍人吗', '第十四条 入党介绍人一般由培养联系人担任')).toBe(true);
    expect(answerKindMissing('受过警告处分，徒弟想请他当入党介绍人，行吗', '第十四条 入党介绍人一般由培养联系人担任')).toBe(false);
    // Wedding reports, kinds of 政务处分, what the emblem stands for, local history, owners' committees.
    expect(answerKindMissing('党员结婚要跟支部报备吗', '第九十一条 借用管理和服务对象的钱款……操办婚丧喜庆事宜')).toBe(true);
    expect(answerKindMissing('政务处分种类', '第二十九条 按照规定给予政务处分后，再移送有关国家机关')).toBe(true);
    expect(answerKindMissing('镰刀锤头各代表啥', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案')).toBe(true);
    expect(answerKindMissing('我们村第一个党员是谁', '总纲 中国共产党是中国工人阶级的先锋队')).toBe(true);
    expect(answerKindMissing('业主委员会怎么成立', '第六条 机关党员50人以上')).toBe(true);
    // Materials, corrections, online look-ups, a spouse abroad, the contents of the personal report, hospitality rates.
    expect(answerKindMissing('支部要搞党史知识竞赛，题库去哪找', '第二十四条 开展党史知识竞赛')).toBe(true);
    expect(answerKindMissing('入党志愿书填错了一个字，能涂改吗', '第四十二条 入党志愿书')).toBe(true);
    expect(answerKindMissing('在考场上涂改考卷会受什么处分', '第一百二十九条 涂改考卷')).toBe(false);
    expect(answerKindMissing('怎么在网上查自己的党籍', '第三十八条 党员信息')).toBe(true);
    expect(answerKindMissing('配偶已经移民国外的干部，还能担任单位正职吗', '第八十一条 违反有关规定取得外国国籍')).toBe(true);
    expect(answerKindMissing('我女儿今年出国读书，个人有关事项报告里要不要填', '第七十三条 不按照要求报告个人有关事项')).toBe(true);
    expect(answerKindMissing('公务接待标准', '第一百零六条 违反公务接待管理规定，超标准、超范围接待')).toBe(true);
    expect(answerKindMissing('超标准公务接待会受什么处分', '第一百零六条 违反公务接待管理规定，超标准、超范围接待')).toBe(false);
    // A 大学校友会 is no school; a class's discipline is; papers to bring; proxies in elections only.
    expect(answerKindMissing('我们处长张罗了个大学校友会，自己当会长，这算违纪吗', '第七十四条 组织、参加老乡会、校友会')).toBe(false);
    expect(answerKindMissing('孩子上课老不守纪律，老师让家长配合，该怎么教育', '第二十条 党史学习教育')).toBe(true);
    expect(answerKindMissing('退休了组织关系转到社区要带啥材料', '第二十五条 党员组织关系是指党员对党的基层组织的隶属关系')).toBe(true);
    expect(answerKindMissing('支部开党员大会表决小王入党，我出差，能不能委托别人替我表决', '第二十条 因故不能到会的有表决权的党员，在会前正式向党支部提出书面意见')).toBe(false);
    expect(answerKindMissing('匿名向纪委写举报信，纪委会受理吗', '第五十五条 匿名诬告，有意陷害')).toBe(true);
    expect(answerKindMissing('匿名诬告别人会受什么处分', '第五十五条 匿名诬告，有意陷害')).toBe(false);
    expect(answerKindMissing('建党节为啥是七一', '第十四条 结合七一等重要时间节点开展党史学习教育')).toBe(true);
    expect(answerKindMissing('介绍人能是我爸吗', '第十四条 入党介绍人一般由培养联系人担任')).toBe(true);
    expect(answerKindMissing('小学班里的纪律委员管什么', '第二十条 党史学习教育')).toBe(true);
    expect(answerKindMissing('个人事项要报哪些', '第七十三条 不按照要求报告个人有关事项')).toBe(true);
    // Ballot validity and age limits of posts.
    expect(answerKindMissing('换届选举时选票上多划了一个人，这张票还算有效吗', '第十一条 选举采用无记名投票的方式')).toBe(true);
    expect(answerKindMissing('村党组织书记候选人年龄有上限吗', '第十一条 候选人名单要由党组织和选举人充分酝酿讨论')).toBe(true);
    expect(answerKindMissing('入党年龄有什么限制', '第一条 年满十八岁的中国工人……')).toBe(false);
    // Dress, copies of a form and opening hours are office practice.
    expect(answerKindMissing('入党宣誓那天有没有统一着装要求，要不要穿白衬衫', '第二十九条 入党宣誓仪式一般由基层党委或者党支部组织')).toBe(true);
    expect(answerKindMissing('登记表要填一式几份', '第四十二条 入党积极分子培养考察登记表')).toBe(true);
    expect(answerKindMissing('处分决定要给本人几份', '第四十一条 处分决定作出后，应当……向其本人宣布')).toBe(false);
    expect(answerKindMissing('我们社区的党群服务中心周末开门吗', '第三十三条 党群服务中心')).toBe(true);
    // This month's meeting date is a local schedule; a passage giving the day answers it.
    expect(answerKindMissing('我们支部这个月主题党日定在哪天', '第十九条 通过三会一课、主题党日等形式开展党史学习教育，每年至少组织1次')).toBe(true);
    expect(answerKindMissing('我们支部这个月主题党日定在哪天', '第三条 本支部主题党日定在每月第二个星期五下午')).toBe(false);
    // Only our own meeting this month or week: 今年的民主评议什么时候搞 asks what the rules say.
    expect(answerKindMissing('今年的民主评议什么时候搞', '第十八条 党支部一般每年开展1次民主评议党员')).toBe(false);
    // Quotas for admitting members or for awards; the quota of committee members is stated.
    const quota = '第二十七条 党的地方各级委员会的委员和候补委员的名额，分别由上一级委员会决定。';
    expect(answerKindMissing(normalizeQuery('我们市今年发展党员名额有多少个？'), quota)).toBe(true);
    expect(answerKindMissing(normalizeQuery('七一评选优秀共产党员，名额按党员人数的多大比例定？'), quota)).toBe(true);
    expect(answerKindMissing(normalizeQuery('年底为了完成指标，能不能集中突击发展一批党员？'), '第三条 发展党员工作应当……')).toBe(false);
    // A school's discipline of its pupils is no party discipline; a student member's is.
    expect(answerKindMissing('孩子在学校被记了警告处分，会影响中考吗', '第一百三十六条 党员领导干部不重视家风建设')).toBe(true);
    expect(answerKindMissing('学生处分能撤销吗', '第一百三十五条')).toBe(true);
    expect(answerKindMissing('学生党员受了警告处分，还能评奖学金吗', '第十条 党员受到警告处分一年内')).toBe(false);
    expect(answerKindMissing('这只股票现在还能买吗', stocks)).toBe(true);
    expect(answerKindMissing('健身卡能转让给别人吗', '第九十三条 违反有关规定取得、持有、实际使用运动健身卡')).toBe(true);
    expect(answerKindMissing('干部收了人家送的健身卡，转给别人用算违纪吗', '第九十三条 违反有关规定取得、持有、实际使用运动健身卡')).toBe(false);
    expect(answerKindMissing('党员干部私下买卖股票算违纪吗', stocks)).toBe(false);
    expect(answerKindMissing('我国现在有哪几个民主党派', '总纲 中国共产党同各民主党派长期共存')).toBe(true);
    expect(answerKindMissing('全党现在的指导思想是什么', '总纲 中国共产党以马克思列宁主义……作为自己的行动指南')).toBe(false);
    expect(answerKindMissing('换届选举差额比例要多少', '第十一条 可以直接采用候选人数多于应选人数的差额选举办法')).toBe(true);
  });
});

describe('how often a meeting is held', () => {
  const lifeMeeting = '第十七条 党支部每年至少召开1次组织生活会，也可以根据工作需要随时召开，一般以党员大会、党支部委员会会议或者党小组会形式进行。';
  const historyDays = '第十九条 基层党组织应当通过“三会一课”、主题党日等形式开展党史学习教育，每年至少组织1次以党史为主要内容的学习或者主题党日。';
  it('is answered only by a passage that says it of that meeting', () => {
    expect(meetingFrequencyUnstated('党小组会一个月得开几次', [lifeMeeting])).toBe(true);
    expect(meetingFrequencyUnstated('党课一年要上几次', [historyDays])).toBe(true);
    expect(meetingFrequencyUnstated('组织生活会一年开几次', [lifeMeeting])).toBe(false);
    // A claim about how often (必须每季度交一份吗) asks how often too.
    expect(meetingFrequencyUnstated('入党积极分子的思想汇报必须每季度交一份吗', ['第九条 入党积极分子应当定期向党组织汇报思想。'])).toBe(true);
    // 双重组织生活 and a 中心组's study are recurring duties too.
    expect(meetingFrequencyUnstated('领导干部参加双重组织生活，一年至少要去支部几次', ['第二十六条 党员领导干部应当参加双重组织生活。'])).toBe(true);
    expect(meetingFrequencyUnstated('党委理论学习中心组一年至少要集体学习几次', ['第十七条 发挥党委（党组）理论学习中心组示范带动作用。'])).toBe(true);
    expect(meetingFrequencyUnstated('主题党日多久搞一次', [historyDays])).toBe(false);
    expect(meetingFrequencyUnstated('积极分子的思想汇报多久交一次', ['第十一条 党支部每半年对入党积极分子进行一次考察。'])).toBe(true);
    expect(meetingFrequencyUnstated('支委会多久开一次', ['第三十四条 定期召开支部委员会会议。'])).toBe(true);
    // Either-or about how often (是每季度交一次还是每月交) asks how often; a deadline (多长时间内开党员大会) does not.
    expect(meetingFrequencyUnstated('我们支部有几位行动不便的老党员，送学上门一个月得去几次', ['第二十三条 ……对行动不便的党员送学上门'])).toBe(true);
    // A meeting told in a story's opening is not asked about; a term asked as 几年一换 is no frequency.
    expect(meetingFrequencyUnstated('我们支部五月份就开了党员大会，通过了两个同志的接收预备党员决议，报到上级党委后一直没消息。现在都快国庆了，俩人天天来问我。想问问，党委审批这类决议有没有时间要求？最长能拖多久', ['第二十五条 党委……应当在三个月内审批'])).toBe(false);
    expect(meetingFrequencyUnstated('咱厂支委会几年一换', ['第三十一条 ……每届任期三年至五年'])).toBe(false);
    expect(meetingFrequencyUnstated('她人挺勤快，可我们跟她才接触两个多月，支委会们想晚点再讨论她转正的事。这样行不行，最多能往后推多久', ['第三十五条 ……不超过六个月'])).toBe(false);
    expect(meetingFrequencyUnstated('我上个月刚受了警告处分，支部本来打算让我进支委会，这事得等多久', ['第十七条 党支部每年至少召开1次组织生活会'])).toBe(false);
    expect(meetingFrequencyUnstated('入党积极分子一个季度得交几篇思想汇报', ['第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人。'])).toBe(true);
    expect(meetingFrequencyUnstated('积极分子的思想汇报是每季度交一次还是每月交', ['第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人。'])).toBe(true);
    expect(meetingFrequencyUnstated('基层党委预审合格以后，支部得在多长时间内开党员大会讨论', ['第十九条 基层党委对发展对象进行预审……'])).toBe(false);
  });
  it('takes a term of office (每届任期) for no meeting frequency, and asks it of the body', () => {
    const terms = '第三十一条 党的基层委员会每届任期三年至五年，总支部委员会、支部委员会每届任期两年或三年。';
    expect(meetingFrequencyUnstated('支委会一般多长时间开一次', [terms])).toBe(true);
    expect(meetingFrequencyUnstated('支委会是不是每个月都得开', [terms])).toBe(true);
    expect(meetingFrequencyUnstated('支委会几年一届', [terms])).toBe(false);
    // A time after an event is no frequency either.
    expect(meetingFrequencyUnstated('发展对象预审通过后多久要开党员大会', [terms])).toBe(false);
    expect(meetingFrequencyUnstated('支部讨论决定延长他的预备期。延长预备期最短得多久', [terms])).toBe(false);
    expect(meetingFrequencyUnstated('支委们商量着给他一个限期改正。限期改正最长能给多长时间', [terms])).toBe(false);
    // A time limit set at a meeting (改正期限) is no frequency of the meeting.
    expect(meetingFrequencyUnstated('支委会商量想给他定个改正期限,这个期限最长能给多久', [terms])).toBe(false);
    // Volunteer service is a recurring duty like a meeting: how often is said of it or not at all.
    expect(meetingFrequencyUnstated('在职党员一年至少要参加几次社区志愿服务', ['第三十三条 组织党员开展志愿服务'])).toBe(true);
  });
  it('reads the neighbouring clause of one sentence, and either of the passages quoted', () => {
    expect(meetingFrequencyUnstated('支部党员大会多久开一次', ['第十二条 支部党员大会由全体党员参加，一般每季度召开1次，用来讨论决定支部的重大事项。'])).toBe(false);
    expect(meetingFrequencyUnstated('党小组会多久开一次', [lifeMeeting, '第十四条 党小组会一般每月召开1次，由组长召集。'])).toBe(false);
  });
  it('leaves other questions alone', () => {
    expect(meetingFrequencyUnstated('党小组会由谁召集', [lifeMeeting])).toBe(false);
    expect(meetingFrequencyUnstated('预备期多久', [lifeMeeting])).toBe(false);
  });
});

describe('either-or questions', () => {
  const badge = '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。';
  const organs = '第五条 机关基层党组织一般按照党员人数设置：党员100人以上的，设立党的基层委员会；党员50人以上、100人以下的，设立党的总支部委员会。';
  it('take old rule or new (按新规还是旧规处理) for no alternatives a passage must name', () => {
    const t = '第一百四十二条 本条例自2018年10月1日起施行。';
    expect(alternativesUnstated('案子还没结,按新规还是旧规处理', [t])).toBe(false);
    expect(alternativesUnstated('是按老规矩还是按新规矩来', [t])).toBe(false);
  });

  it('are declined when the passages name neither alternative', () => {
    expect(alternativesUnstated('党徽是别在左胸还是右胸', [badge])).toBe(true);
    // Old rule or the rule of the time (按新条例还是按当时的规定): which version applies, no alternatives to name.
    expect(alternativesUnstated('案子到现在还没结,按新条例还是按当时的规定', ['第一百四十二条 本条例自2018年10月1日起施行。'])).toBe(false);
    // A head of office offered as the holder of a party post is named by the rules as 负责人.
    expect(alternativesUnstated('机关党支部书记一般让谁来当 处长还是找个年轻人', ['第八条 ……党支部书记原则上由本单位党员主要负责人担任。'])).toBe(false);
    expect(alternativesUnstated('请假要写书面假条，还是微信跟书记说一声就行', [organs])).toBe(true);
  });
  it('are answered when a passage names one of them', () => {
    expect(alternativesUnstated('我们机关一百二十多个党员，该设党委还是总支', [organs])).toBe(false);
    // An alternative in members' words counts when the passage has its written form (纪委 → 纪律检查委员会).
    const commission = '第四十五条 党的基层委员会设立纪律检查委员会或者纪律检查委员。';
    expect(alternativesUnstated('公司党委下面要单设纪委还是只设个纪检委员', [commission])).toBe(false);
    expect(alternativesUnstated('党徽是镰刀锤头还是五角星', [badge])).toBe(false);
    // An adverb jieba kept on the alternative (先自评) does not hide it.
    expect(alternativesUnstated('民主评议党员咋个流程,先自评还是先互评', ['第十八条 按照个人自评、党员互评、民主测评的程序'])).toBe(false);
    // A preposition before the second alternative (归市纪委) and the regulations' word for a colloquial one (合起来 → 合并).
    const dual = '第四十五条 党的地方各级纪律检查委员会和基层纪律检查委员会在同级党的委员会和上级纪律检查委员会双重领导下进行工作。';
    expect(alternativesUnstated('县纪委到底归谁领导,是归县委还是归市纪委', [dual])).toBe(false);
    // A rule that read the whole choice gives its written answer (选举是举手还是写票: 无记名投票)…
    const ballot = '第十一条 党的各级代表大会的代表和委员会的产生，要体现选举人的意志。选举采用无记名投票的方式。';
    expect(alternativesUnstated('党内选举是举手还是写票', [ballot])).toBe(false);
    // …a rule that read one side only names a topic (朋友圈: 网络), not the answer.
    const vetting = '第十六条 政治审查的主要内容是：……本人的网络行为表现……';
    expect(alternativesUnstated('具体是查微信朋友圈还是查抖音账号', [vetting])).toBe(true);
    const merged = '第二十三条 一人有本条例规定的两种以上(含两种)应当受到党纪处分的违纪行为,应当合并处理';
    expect(alternativesUnstated('一个人同时犯了好几种违纪行为,处分是分开算还是合起来算', [merged])).toBe(false);
    expect(alternativesUnstated('表上的房产价格,是按当初买的价格填,还是按现在的市场价填', [merged])).toBe(true);
  });
  it('leave 还是 meaning "still" alone', () => {
    expect(alternativesUnstated('我现在还是预备党员，下周支部改选，我能投票吗', [badge])).toBe(false);
    expect(alternativesUnstated('电话、上门都试过，还是找不着人，组织上怎么处理', [badge])).toBe(false);
    // A story's 还是 before a verb of feeling is "still"; the choice asked at the end is still read.
    expect(alternativesUnstated('同事开玩笑让我争取,我笑着说别瞎说,可回到办公室还是忍不住琢磨,当县委委员对党龄有什么要求', ['第二十七条 ……必须有三年以上的党龄'])).toBe(false);
    expect(alternativesUnstated('这个证明是必须回户籍地派出所开,还是在苏州就能办', ['第二十八条 政治审查'])).toBe(true);
  });
});

describe('questions naming a regulation', () => {
  const discipline = { passage: { title: '中国共产党纪律处分条例（2018年修订）', text: '第七条 ……违反中央八项规定精神……' } };
  const handbook = { passage: { title: '党支部工作手册（示例）', text: '书中内容归纳自党章、《中国共产党支部工作条例（试行）》以及党员教育管理等方面的党内法规' } };
  it('are declined when no retrieved document is that one and no passage mentions it', () => {
    expect(namedDocumentMissing('廉洁自律准则里对领导干部提了哪几条要求', [discipline])).toBe(true);
    expect(namedDocumentMissing('按干部选拔任用条例,提副处得干满几年', [discipline])).toBe(true);
    expect(namedDocumentMissing('《关于新形势下党内政治生活的若干准则》讲了什么', [discipline])).toBe(true);
  });
  it('are declined when asked for the items of a rule known by its count that only a passage mentions', () => {
    expect(namedDocumentMissing('八项规定有哪些', [discipline])).toBe(true);
    expect(namedDocumentMissing('中央八项规定的具体内容是啥', [discipline])).toBe(true);
    // A handbook retelling a named 条例 still answers what it says.
    expect(namedDocumentMissing('支部工作条例里支委会的职责是什么', [handbook])).toBe(false);
  });
  it('are answered from the document named, in part or in a passage that mentions it', () => {
    expect(namedDocumentMissing('这版纪律处分条例是从哪天开始施行的', [discipline])).toBe(false);
    expect(namedDocumentMissing('违反中央八项规定精神会怎么处理', [discipline])).toBe(false);
    expect(namedDocumentMissing('按支部工作条例,支委会多久开一次', [handbook])).toBe(false);
  });
  it('match a title in short form, and leave 规定 (a verb as often) alone', () => {
    const rules = { passage: { title: '中国共产党发展党员工作细则', text: '第十一条 党支部每半年对入党积极分子进行一次考察。' } };
    expect(namedDocumentMissing('按纪律条例，收购物卡怎么处分', [discipline])).toBe(false);
    expect(namedDocumentMissing('发展党员细则里积极分子多久考察一次', [rules])).toBe(false);
    expect(namedDocumentMissing('二十大党章规定，预备期为几年', [rules])).toBe(false);
  });
  it('read 按规定 and described documents as no name', () => {
    expect(namedDocumentMissing('专门干党务的按规定该配几个', [discipline])).toBe(false);
    expect(namedDocumentMissing('法院里头的党支部，也归那个管机关党建的条例管吗', [discipline])).toBe(false);
    expect(namedDocumentMissing('以前的违纪行为还没结案,是按老规定还是按新条例处理', [discipline])).toBe(false);
    expect(namedDocumentMissing('我是县法院的,这个机关党建条例管我们吗', [discipline])).toBe(false);
    expect(namedDocumentMissing('2018年10月以前的老案子一律按新条例办,对吗', [discipline])).toBe(false);
  });
});

describe('a version named by its year', () => {
  const old = [{ passage: { title: '中国共产党纪律处分条例（2018年修订）', text: '第一百零三条 违反有关规定公款吃喝……' } }];
  it('is declined when no title or passage names that year', () => {
    expect(namedVersionMissing('纪律处分条例2023年修订版对违规吃喝是怎么规定的', old)).toBe(true);
    expect(namedVersionMissing('纪律处分条例2018年修订版对违规吃喝是怎么规定的', old)).toBe(false);
    expect(namedVersionMissing('违规吃喝怎么处分', old)).toBe(false);
    expect(namedVersionMissing('听说纪律处分条例2023年又修订了，新版里收礼那条怎么改的', old)).toBe(true);
  });
});

describe('kinds of fact found in the sets of stop 19', () => {
  const leaders = '第四十五条 党的地方各级纪律检查委员会在同级党的委员会和上级纪律检查委员会双重领导下进行工作。';
  it('read an exam told as what is coming as no question about exams', () => {
    const program = '在现阶段，我国社会的主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。';
    expect(answerKindMissing('支部月底要考试,现阶段我国社会的主要矛盾,党章里原话怎么说的', program)).toBe(false);
    expect(answerKindMissing('我们村支书要换届,镇上说得先考试,一般考啥内容', leaders)).toBe(true);
    expect(answerKindMissing('发展对象培训完要考试吗', leaders)).toBe(true);
    expect(answerKindMissing('我是入党积极分子,党课结业考试一般都考哪些题目', leaders)).toBe(true);
  });
  it('take a share stated in words (极少数) for a share', () => {
    const forms = '第五条 …党纪重处分、重大职务调整的成为少数，严重违纪涉嫌违法立案审查的成为极少数。';
    expect(answerKindMissing('"四种形态"里面,严重违纪涉嫌违法、要立案审查的,应该占个什么比例', forms)).toBe(false);
    expect(answerKindMissing('党费按工资的百分之几交', leaders)).toBe(true);
  });
  it('decline a fixed day of the month, the day a period runs from, preferences, leave and committee seats the passage does not state', () => {
    const themeDay = '第十六条 党支部应当每月开展1次主题党日';
    expect(answerKindMissing('主题党日是每个月固定哪一天?我们单位有人说必须是每月5号', themeDay)).toBe(true);
    const missing = '第三十五条 对违纪后下落不明的党员…超过六个月仍下落不明的，党组织应当作出除名处理';
    expect(answerKindMissing('这六个月是从最后一次联系上那天算,还是从支部发现找不到人那天算', missing)).toBe(true);
    expect(answerKindMissing('这版处分条例是从哪天开始算数的', '第一百四十二条 本条例自2018年10月1日起施行。')).toBe(false);
    expect(answerKindMissing('我儿子在部队服役想入党,战士在部队入党有没有优先政策', leaders)).toBe(true);
    expect(answerKindMissing('入了党以后,在单位能不能要点特殊照顾', '第二条 …除了法律和政策规定范围内的个人利益和工作职权以外，所有共产党员都不得谋求任何私利和特权。')).toBe(false);
    expect(answerKindMissing('党员因故不能参加组织生活,请假要走什么手续、向谁请', themeDay)).toBe(true);
    expect(answerKindMissing('支部委员会的委员名额有没有明确规定', '第七条 正式党员7人以上的党支部，设立支部委员会')).toBe(true);
    expect(answerKindMissing('我被定为积极分子,支部想让我亲舅舅当培养联系人,亲属能当吗', '第九条 党组织应当指定一至两名正式党员作入党积极分子的培养联系人。')).toBe(true);
    expect(answerKindMissing('回国后恢复组织生活要提交哪些证明材料', leaders)).toBe(true);
    expect(answerKindMissing('学校说要居住证满一年。没有房产证,孩子能在这边上公办小学', leaders)).toBe(true);
    expect(answerKindMissing('孩子上小学,党史也要进中小学课堂吗', '第二十条 推动党史进教材、进课堂、进头脑')).toBe(false);
    expect(answerKindMissing('党员干部的退休年龄是多少岁', '第三十八条 年龄和健康状况不适宜于继续担任工作的干部，应当按照国家的规定退、离休。')).toBe(true);
  });
  it('decline practice no regulation here speaks of, and leave the same words alone where they mean something else', () => {
    const abroad = '第八十四条 驻外机构或者临时出国（境）团（组）中的党员擅自脱离组织';
    expect(answerKindMissing('团员多大岁数要离团啊 我27了 还没入党', '第一条 年满十八岁的中国工人')).toBe(true);
    expect(answerKindMissing('出国考察团里的小刘私自离团,半年多都没回来,怎么处理', abroad)).toBe(false);
    expect(answerKindMissing('入党到底需不需要体检,乙肝携带者会受影响吗', abroad)).toBe(true);
    expect(answerKindMissing('上半年一直忙着疫苗接种和老年人体检,支部一年至少得搞几次以党史为主的学习', '第十九条 每年至少组织1次以党史为主要内容的学习')).toBe(false);
    expect(answerKindMissing('身上有纹身会不会影响入党', abroad)).toBe(true);
    expect(answerKindMissing('普通党员去世后,遗体上能不能覆盖党旗', '第五十五条 党徽党旗是中国共产党的象征和标志')).toBe(true);
    expect(answerKindMissing('转正以后会发党员证吗', abroad)).toBe(true);
    expect(answerKindMissing('我预备期快满了,转正公示要公示几天', '第十三条 确定发展对象…')).toBe(true);
    expect(answerKindMissing('两个小公司的党员能不能凑一块成立联合党支部', '第十三条 凡是成立党的新组织')).toBe(true);
    expect(answerKindMissing('非公企业党建示范点的评选条件和奖励金额是怎么规定的', abroad)).toBe(true);
    expect(answerKindMissing('被追认为党员,家属能享受什么抚恤待遇', '第九十九条 …在交通、医疗、警卫等方面为本人、配偶…违规谋求特殊待遇')).toBe(true);
  });
  it('want a passage on paying online, not one on online platforms, for paying dues online', () => {
    expect(answerKindMissing('党费能不能用微信或支付宝线上交', '第三十七条 坚持网上和网下相结合，依托党员教育管理信息化平台')).toBe(true);
    expect(answerKindMissing('党费能不能用微信或支付宝线上交', '第三条 党员可以通过网上银行、微信等方式交纳党费')).toBe(false);
  });
  it('want the length of a civil servant\'s first training where the question names it', () => {
    expect(trainingLengthUnstated('公务员初任培训里的党史课,至少要占多少学时', ['第十八条 公务员初任培训、任职培训、在职培训等设置党史课程。'])).toBe(true);
  });
  it('decline an ordinary member\'s question on an article written of leading cadres only', () => {
    const reunions = '第七十四条 党员领导干部违反有关规定组织、参加自发成立的老乡会、校友会、战友会等';
    expect(answerKindMissing('我就是个普通党员,不是领导干部,参加大学同学会、老乡群聚餐,会被处分吗', reunions)).toBe(true);
    expect(answerKindMissing('领导干部参加老乡会会被处分吗', reunions)).toBe(false);
    // Someone else told as an ordinary member (他就是个普通党员) is a case the article may still settle.
    expect(answerKindMissing('按情节老刘该撤销党内职务,可他就是个普通党员,这处分怎么落', '第一百二十七条 党员领导干部违反有关规定干预和插手司法活动')).toBe(false);
  });
  it('decline channels, files, cards, congress facts and offices the passage does not name', () => {
    const contact = '第三十四条 对出国（境）学习研究党员…每半年至少与其联系1次';
    expect(answerKindMissing('按规定半年要联系一次,打个微信视频聊一下算不算', contact)).toBe(true);
    expect(answerKindMissing('基层党委预审完了,结果打个电话口头通知支部行不行', contact)).toBe(false);
    expect(answerKindMissing('我前年受过警告处分,档案里的处分材料能撤掉吗', contact)).toBe(true);
    expect(answerKindMissing('流动党员活动证要去哪里办', contact)).toBe(true);
    expect(answerKindMissing('党的二十大一共选了多少名代表', contact)).toBe(true);
    expect(answerKindMissing('政协委员咋产生的', contact)).toBe(true);
    expect(answerKindMissing('我在市政协机关上班,机关纪委书记一般是由谁兼着', '第九条 机关纪委书记由机关党委副书记担任')).toBe(false);
    expect(answerKindMissing('党委审批拖了半年多还没批下来,我该向哪个部门反映投诉', contact)).toBe(true);
    expect(answerKindMissing('机关党组织每年给他的帮扶金是多少', contact)).toBe(true);
    expect(answerKindMissing('主题党日是不是规定必须每个月固定某一天搞', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
  });
  it('decline handwriting, dues under a penalty, the margin of candidates, designers, group sizes and reposts the passage does not state', () => {
    const t = '第十一条 …可以直接采用候选人数多于应选人数的差额选举办法作为正式选举';
    expect(answerKindMissing('我是跑外卖的,想写入党申请书,必须手写吗', t)).toBe(true);
    expect(answerKindMissing('留党察看期间还要按月交党费吗', '第十二条 留党察看处分，分为留党察看一年、留党察看二年')).toBe(true);
    expect(answerKindMissing('我们支部下月换届,差额选举时候选人要比应选人多出几个', t)).toBe(true);
    expect(answerKindMissing('党徽图案谁设计的', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。')).toBe(true);
    expect(answerKindMissing('一个党小组最少几个人、最多几个人才算合规', t)).toBe(true);
    expect(answerKindMissing('在朋友圈转了一条没核实的消息,转发多少次算情节严重', t)).toBe(true);
    expect(answerKindMissing('我在国外读博,学校党组织每半年联系我一次,只发邮件可以吗', t)).toBe(true);
    expect(answerKindMissing('父母受过党纪处分,会影响子女考军校吗', t)).toBe(true);
    expect(answerKindMissing('亲兄弟之间能不能当入党介绍人', '第十四条 发展对象应当有两名正式党员作入党介绍人。')).toBe(true);
    // Social media named in a question is no kind of fact: the articles on conduct online answer it.
    expect(answerKindMissing('党员平时刷抖音、在网上发东西有啥讲究吗', '第三十八条 …引导党员…在网络空间…')).toBe(false);
  });
  it('decline how long a transfer takes, counts of essays, a congress\'s committee members and professional titles', () => {
    const t = '第二十五条 党员组织关系是指党员对党的基层组织的隶属关系。';
    expect(answerKindMissing('转组织关系要几天', t)).toBe(true);
    expect(answerKindMissing('县处级以上领导干部学党史,每年要交几篇心得体会', t)).toBe(true);
    expect(answerKindMissing('二十大一共选出了多少名中央委员', t)).toBe(true);
    expect(answerKindMissing('副高职称评审到底需要几篇论文', t)).toBe(true);
    expect(answerKindMissing('同事评职称时伪造了论文发表证明,他是党员,党纪上怎么处理', '第七十七条 …伪造、篡改…')).toBe(false);
  });
  it('decline committee sizes, a secretary\'s party standing, restored memberships, sponsors who died and awards the passage does not tie to a penalty', () => {
    const branch = '第七条 机关正式党员3人以上的，成立党支部。正式党员7人以上的党支部，设立支部委员会';
    expect(answerKindMissing('支委会一般设几个委员', branch)).toBe(true);
    expect(answerKindMissing('支部委员最多能设几个人', branch)).toBe(true);
    expect(answerKindMissing('支部委员会的委员人数最多能设几个', branch)).toBe(true);
    // How many members a branch needs, how a vote splits, who decides: not the committee's size.
    expect(answerKindMissing('机关支委会几人设', branch)).toBe(false);
    expect(answerKindMissing('支委会表决时两边人数差不多,咋办', '第十七条 ……双方人数接近，除了在紧急情况下必须按多数意见执行外，应当暂缓作出决定')).toBe(false);
    expect(answerKindMissing('给支部里一个党员处分,支委几个人商量一下就能定吗', '第四十二条 对党员的纪律处分，必须经过支部大会讨论决定')).toBe(false);
    const terms = '第二十七条 ……这些委员会的委员和候补委员必须有五年以上的党龄';
    expect(answerKindMissing('当支部书记的话,对党龄有没有最低要求', terms)).toBe(true);
    expect(answerKindMissing('入党几年才能当选支部书记?党龄有没有门槛', terms)).toBe(true);
    expect(answerKindMissing('我入党四年,现在在乡里当书记,县委委员对党龄的门槛是几年', terms)).toBe(false);
    const stopped = '第二十四条 ……对停止党籍的党员，符合条件的，可以按照规定程序恢复党籍';
    expect(answerKindMissing('我停止党籍一年多后又恢复了,中间这段时间算不算党龄', stopped)).toBe(true);
    expect(answerKindMissing('停止党籍的人想恢复,具体要走什么手续,由哪一级批', stopped)).toBe(true);
    expect(answerKindMissing('停止党籍的人还能恢复吗', stopped)).toBe(false);
    expect(answerKindMissing('我当年的入党介绍人去世了,档案里要不要找人补签', '第十四条 发展党员应当有两名正式党员作入党介绍人')).toBe(true);
    expect(answerKindMissing('我搬家时把组织关系介绍信弄丢了,该去哪儿补开', '第二十六条 党员组织关系')).toBe(true);
    expect(answerKindMissing('组织生活怎么请假', '第十六条 党员应当按期参加党员大会')).toBe(true);
    expect(answerKindMissing('我是民主党派成员,还能同时写申请加入共产党吗', '第一条 年满十八岁的中国工人……')).toBe(true);
    // 评优评先 said of party-work staff is no rule on awards after a penalty.
    expect(answerKindMissing('受了警告处分,当年的年终奖和评优会不会受影响', '第三十二条 把兼职的党务工作人员开展党务工作情况作为干部年度考核和评优评先的重要参考')).toBe(true);
    const talks = '第十九条 基层党组织应当注重分析党员思想状况和心理状态，党组织负责人应当经常同党员谈心谈话';
    expect(meetingFrequencyUnstated('支部书记每年至少要跟每名党员谈几次心', [talks])).toBe(true);
  });
  it('decline rejoining after leaving, anniversaries, amendments, counts of a 党组 or organisers, schedules, detention, video meetings, grades, recusal and school results', () => {
    const expelled = '第十三条 党员受到开除党籍处分，五年内不得重新入党';
    expect(answerKindMissing('退党除名的人,过几年可以重新申请入党', expelled)).toBe(true);
    expect(answerKindMissing('被取消预备党员资格的,隔多久可以重新写入党申请', expelled)).toBe(true);
    expect(answerKindMissing('开除党籍的过几年能重新入党', expelled)).toBe(false);
    expect(answerKindMissing('已故领导人的诞辰纪念是逢几周年才搞活动', '第二十二条 ……重要纪念日')).toBe(true);
    expect(answerKindMissing('党章到现在一共修改过几次', '总纲 ……')).toBe(true);
    expect(answerKindMissing('单位党组一般由几个人组成', '第四十八条 党组的成员，由批准成立党组的党组织决定')).toBe(true);
    // 党组织 is no 党组.
    expect(answerKindMissing('我们公司有四个正式党员,想成立党组织,人够吗', '第三十条 凡是有正式党员三人以上的，都应当成立党的基层组织')).toBe(false);
    expect(answerKindMissing('我们乡镇党委得配几个专职组织员', '第四十一条 按照规定配备一定数量的专兼职组织员')).toBe(true);
    expect(answerKindMissing('我们支部想把主题党日放到周末搞,有没有规定必须在工作日', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
    expect(answerKindMissing('卧床的老党员每次活动都来不了,考勤上要记缺席吗', '第二十三条 对年老体弱、行动不便……')).toBe(false);
    expect(answerKindMissing('党员被行政拘留了几天,党员权利要不要暂停', '第三十条 党员被依法留置、逮捕的，党组织应当……中止其表决权')).toBe(true);
    expect(answerKindMissing('开支部大会表决发展对象,能不能搞视频会', '第二十条 党支部党员大会讨论接收预备党员')).toBe(true);
    expect(answerKindMissing('发展对象培训能搞视频会吗', '第十七条 ……根据需要也可以采取视频方式')).toBe(false);
    expect(answerKindMissing('机关支部书记年底述职,评议结果分几个档次', '第三十九条 机关基层党组织书记每年向上级党组织述职')).toBe(true);
    expect(answerKindMissing('留党察看分几档', '第十二条 留党察看处分，分为留党察看一年、留党察看二年')).toBe(false);
    expect(answerKindMissing('我亲弟弟在我们支部申请入党,我要不要回避', '第十四条 入党介绍人')).toBe(true);
    expect(answerKindMissing('有人说开会时当事人得回避。支部讨论处分时我能到场申辩吗', '第四条 党员有权……参加讨论')).toBe(false);
    expect(answerKindMissing('入党以后团员身份还保留吗', '第六条 ……')).toBe(true);
    expect(answerKindMissing('这学期挂了两门课,会被取消积极分子资格吗', '第十一条 党支部每半年对入党积极分子进行一次考察')).toBe(true);
    expect(answerKindMissing('多大岁数算老党员,可以不参加组织生活', '第二十三条 对年老体弱、行动不便……')).toBe(true);
    expect(answerKindMissing('积极分子最长能当几年,超期了是不是得重新申请', '第十五条 入党积极分子经过一年以上培养教育和考察')).toBe(true);
    expect(answerKindMissing('一个支部一年最多能发展几名党员', '第二十二条 按照控制总量、优化结构……发展党员')).toBe(true);
  });
  it('decline rights while correcting, the badge every day, the oath in another language, counts of criticisms, a secretary\'s age, one\'s own file, relatives appealing, spouses, published results and pens', () => {
    expect(answerKindMissing('被限期改正的党员,在改正期间还能不能参加投票选举', '第三十条 ……党组织应当作出限期改正')).toBe(true);
    expect(answerKindMissing('我刚入党没多久,单位上班的时候是不是必须天天戴党徽', '第五十五条 党徽党旗是中国共产党的象征和标志')).toBe(true);
    expect(answerKindMissing('宣誓时能不能用民族语言,有规定吗', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    expect(answerKindMissing('书记要求每人至少给别人提三条批评意见,这个条数是规定里明确要求的吗', '第十七条 党支部每年至少召开1次组织生活会')).toBe(true);
    expect(answerKindMissing('支部书记有没有年龄上限的规定', '第三十一条 ……')).toBe(true);
    expect(answerKindMissing('能查自己党员档案吗', '第三十六条 ……归入人事档案')).toBe(true);
    expect(answerKindMissing('下落不明被除名的党员,家属能不能替他申诉', '第四条 党员有权……提出申诉')).toBe(true);
    expect(answerKindMissing('我爱人不是党员,他能陪我一起参加主题党日吗', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
    expect(answerKindMissing('党史学习教育综合评估的结果要不要向党员群众公开', '第三十二条 ……综合评估')).toBe(true);
    expect(answerKindMissing('填入党志愿书用什么笔?写错了能涂改吗', '第十八条 入党志愿书')).toBe(true);
    // A file said to hold the decision is no rule for taking it out.
    expect(answerKindMissing('这份处分材料过几年能从档案里撤掉吗', '第四十一条 ……处分决定……归入受处分者档案')).toBe(true);
    expect(meetingFrequencyUnstated('积极分子的思想汇报,是不是每个季度必须交一篇', ['第十一条 党支部每半年对入党积极分子进行一次考察'])).toBe(true);
  });
  it('read a worry about expiry and an exam told with its day as told, not asked', () => {
    const kept = '第三十四条 ……党员组织关系保留时间一般不超过2年';
    expect(answerKindMissing('组织关系先放在学校 最多能放多久 怕过期', kept)).toBe(false);
    expect(answerKindMissing('组织关系介绍信过期了怎么办', kept)).toBe(true);
    const goal = '总纲 ……党的最高理想和最终目标是实现共产主义';
    expect(answerKindMissing('咱党最终要奔的那个最终目标是什么来着 明天支部要考试急急急', goal)).toBe(false);
    expect(answerKindMissing('转正之前要考试吗', goal)).toBe(true);
  });
  it('tell a congress told from delegates counted, public money from pay, and more members from a count asked', () => {
    const terms = '第二十七条 ……这些委员会的委员和候补委员必须有五年以上的党龄';
    expect(answerKindMissing('县里马上要开党的代表大会,几个同事开玩笑说让我去竞选县委委员。当县委委员对党龄有要求吗', terms)).toBe(false);
    expect(answerKindMissing('党代会代表有多少名', terms)).toBe(true);
    expect(answerKindMissing('我们支部想组团去外省红色景区学党史,费用走公款报销,行', '第二十九条 ……严禁以学习教育为名搞变相公款旅游')).toBe(false);
    expect(answerKindMissing('上面让年底前多发展几个党员,能搞突击吗', '第三条 ……禁止突击发展')).toBe(false);
    expect(answerKindMissing('入党介绍人必须跟我在一个单位吗', '第十四条 发展党员应当有两名正式党员作入党介绍人')).toBe(true);
  });
  it('decline dues waived or made up, dues before joining, activities made up, majorities to be elected, dishes, oath papers, certificates, two secretaryships, renamed records and a secretary\'s schooling', () => {
    const dues = '第三十二条 党员应当按期交纳党费';
    expect(answerKindMissing('我爸八十多了卧床不起,他的党费还得交吗,能免不', dues)).toBe(true);
    expect(answerKindMissing('我在外地忘了交三个月党费,能不能一次性补上', dues)).toBe(true);
    expect(answerKindMissing('还没入党的积极分子要不要交党费', dues)).toBe(true);
    expect(answerKindMissing('党费按月交吗', dues)).toBe(false);
    expect(answerKindMissing('错过的主题党日按规定必须补吗,咋补', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
    expect(answerKindMissing('支委选举的时候,得票必须过半数才算选上吗', '第二十条 赞成人数超过应到会有表决权的党员人数的半数')).toBe(true);
    expect(answerKindMissing('支部大会表决接收预备党员,赞成票得过半吗', '第二十条 赞成人数超过应到会有表决权的党员人数的半数')).toBe(false);
    expect(answerKindMissing('公务接待几菜一汤有没有规定啊', '第一百零六条 违反公务接待管理规定')).toBe(true);
    expect(answerKindMissing('誓词太长记不住,到时候能看着稿子念吗', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    expect(answerKindMissing('想当党史宣讲员,要不要考什么资格证', '第二十二条 党史宣讲')).toBe(true);
    expect(answerKindMissing('我已经是一个支部的书记了,还能同时兼隔壁支部的书记吗', '第三十一条 ……')).toBe(true);
    expect(answerKindMissing('我上个月改了名字,党员身份信息要去哪儿变更', '第三十七条 党员信息管理')).toBe(true);
    expect(answerKindMissing('支书要什么学历', '第八条 机关党支部书记一般由……担任')).toBe(true);
    expect(answerKindMissing('退休党员能不能当支部书记,有没有年龄上的限制', '第一条 年满十八岁的中国工人……')).toBe(true);
    expect(answerKindMissing('一个党小组最少得有几个党员才能成立', '第二十五条 每个党员都必须编入党的一个支部、小组')).toBe(true);
    expect(answerKindMissing('被劝退的党员,过几年能重新申请入党', '第十三条 党员受到开除党籍处分，五年内不得重新入党')).toBe(true);
  });
  it('decline a group leader\'s term, donations, app points, certificates, advising a firm after retiring and video oaths', () => {
    expect(answerKindMissing('我刚被推举为党小组组长,这个组长一届当几年', '第二十五条 每个党员都必须编入党的一个支部、小组')).toBe(true);
    expect(answerKindMissing('党员捐款有没有最低数额的要求', '第十二条 全心全意为人民服务')).toBe(true);
    expect(answerKindMissing('单位要求我们每天在学习平台上刷够一定的积分,这个分数要求有没有正式的规定', '第三十七条 党员教育管理信息化平台')).toBe(true);
    expect(answerKindMissing('积极分子培训发证书吗', '第十条 对入党积极分子进行培养教育')).toBe(true);
    expect(answerKindMissing('我是处长,退休以后得过几年才能去原来管的企业当顾问', '第八十八条 违反有关规定从事营利活动')).toBe(true);
    expect(answerKindMissing('入党宣誓能不能通过视频连线远程参加', '第六条 预备党员必须面向党旗进行入党宣誓')).toBe(true);
    expect(answerKindMissing('主题党日去做志愿服务,能带家属一起去吗', '第十六条 党支部应当每月开展1次主题党日')).toBe(true);
    expect(answerKindMissing('当支部书记得入党满几年', '第二十七条 ……必须有五年以上的党龄')).toBe(true);
    expect(answerKindMissing('入党没批下来 隔多久才能重新交申请书', '第七条 党组织收到入党申请书后')).toBe(true);
    expect(meetingFrequencyUnstated('思想汇报到底是一个月一篇还是一个季度一篇', ['第十一条 党支部每半年对入党积极分子进行一次考察'])).toBe(true);
  });
  it('answer stories where a count word sits in another clause, and expulsion\'s rank', () => {
    expect(answerKindMissing('我是高校学院的组织员,今年毕业生里有几个党员还没落实工作单位,学校最多能给他们留多长时间', '第三十四条 党员组织关系保留时间一般不超过2年')).toBe(false);
    expect(answerKindMissing('学院里组织员一般配几个', '第三十九条 配备一定数量的专兼职组织员')).toBe(true);
    expect(answerKindMissing('我们乡镇党委的专职组织员,具体得配几个人,有硬指标吗', '第三十九条 配备一定数量的专兼职组织员')).toBe(true);
    expect(answerKindMissing('正式党员就5个人,大家在商量要不要选几个支委会,支部的领导班子该怎么配', '第七条 正式党员不足7人的党支部，设1名书记')).toBe(false);
    expect(answerKindMissing('支委会一般设几个委员', '第七条 正式党员不足7人的党支部，设1名书记')).toBe(true);
    expect(answerKindMissing('开除党籍在党内处分里算什么级别', '第四十一条 开除党籍是党内的最高处分')).toBe(false);
    expect(answerKindMissing('副书记是什么级别', '第八条 书记、副书记')).toBe(true);
    expect(answerKindMissing('组织生活会一年最少开几次 年底补开一次够不够', '第十七条 党支部每年至少召开1次组织生活会')).toBe(false);
    expect(answerKindMissing('转组织关系的介绍信过期了,能补开吗', '第二十五条 党员组织关系')).toBe(true);
    expect(answerKindMissing('现在的中央组织部部长是哪位领导', '第三十九条 由中央组织部牵头')).toBe(true);
    expect(answerKindMissing('中共一大最早是在哪座城市开的', '第十九条 基层党组织应当把党史学习教育纳入年度工作计划')).toBe(true);
    expect(answerKindMissing('我是镇党委的组织员,今年要给十几个发展对象办个集中培训班,短期培训最少得搞多长时间', '第十七条 培训时间一般不少于三天或者不少于二十四个学时')).toBe(false);
    expect(trainingLengthUnstated('当预备党员之前那个短期集中培训,最少得培训多长时间', ['第十七条 对发展对象进行短期集中培训……不少于三天或者不少于二十四个学时'])).toBe(false);
    expect(trainingLengthUnstated('预备党员的培训最少得多长时间', ['第十七条 对发展对象进行短期集中培训……不少于三天或者不少于二十四个学时'])).toBe(true);
    expect(answerKindMissing('我们村支书想同时兼村委会主任,这么干符合规定吗', '第三十三条 村、社区党组织')).toBe(true);
    expect(answerKindMissing('开会要戴党徽,有人说戴左胸有人说戴右胸,到底该戴哪边', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。')).toBe(true);
    expect(answerKindMissing('对党纪处分不服的话,最多能申诉几次', '第四十二条 执行党纪处分决定的机关')).toBe(true);
    expect(quorumUnstated('支部换届选举大会,到会党员要达到多少比例选举才算有效', ['第十九条 实际到会有表决权的正式党员必须超过应到会有表决权的正式党员的半数'])).toBe(true);
    expect(answerKindMissing('选支委的时候,得票得超过到会人数一半才能当选吗', '第十九条 赞成人数超过应到会有表决权的正式党员的半数')).toBe(true);
    expect(answerKindMissing('毕业后组织关系还放在学校那两年,党费交学校还是交新单位', '第三十四条 党员组织关系保留时间一般不超过2年')).toBe(true);
    expect(answerKindMissing('党员不按期交党费会怎么样', '第九条 不按照规定交纳党费')).toBe(false);
    // A handbook or curated answer that says how dues are paid answers it.
    expect(answerKindMissing('党费怎么交', '党员按月交纳党费，由所在党支部收缴，也可以通过支部统一的线上渠道交纳。')).toBe(false);
    expect(answerKindMissing('党费怎么交', '第一条 ……执行党的决议和按期交纳党费的，可以申请加入中国共产党。')).toBe(true);
    expect(meetingFrequencyUnstated('领导班子民主生活会是一年开一次吗 还是半年一次', ['第十七条 党支部每年至少召开1次组织生活会'])).toBe(true);
    expect(meetingFrequencyUnstated('党委预审过了,最迟多久得拿到支部党员大会上讨论', ['第十九条 经基层党委预审合格的发展对象，应当在一个月内提交党支部党员大会讨论。'])).toBe(false);
    expect(answerKindMissing('入党志愿书的格式是谁定的,各省能自己印吗', '第四十二条 《中国共产党入党志愿书》的式样由中央组织部负责制定')).toBe(false);
    expect(answerKindMissing('入党志愿书有没有固定格式', '第四十二条 《中国共产党入党志愿书》的式样由中央组织部负责制定')).toBe(true);
    expect(answerKindMissing('我们机关支部搞主题党日、买学习资料,这些钱该从哪里出', '第四十条 所需财政资金列入本单位部门预算')).toBe(false);
    expect(answerKindMissing('党史学习资料去哪下载', '第二十四条 用好新时代文明实践中心')).toBe(true);
    expect(answerKindMissing('支部书记要什么学历', '第四十条 对于违纪行为所获得的职务、职称、学历、学位')).toBe(true);
    expect(answerKindMissing('干部提拔公示几天', '第十三条 公示期不少于5个工作日')).toBe(true);
    expect(answerKindMissing('提拔名单还没公示,我先在家族群里说了,会挨处分吗', '第一百二十八条 泄露……尚未公开事项')).toBe(false);
    const bylaws = [{ passage: { title: '中国共产党党员教育管理工作条例', text: '第四十六条 本条例自2019年5月6日起施行。' } }];
    expect(namedDocumentMissing('支部工作条例哪年发的', bylaws)).toBe(true);
    expect(namedDocumentMissing('教育管理工作条例哪年施行的', bylaws)).toBe(false);
    expect(answerKindMissing('我手头那张誓词卡片找不到了,只记得最后是永不什么。誓词最后几个字到底是什么', '第六条 ……永不叛党。')).toBe(false);
    expect(answerKindMissing('入党志愿书弄丢了,能不能补办一份', '第四十二条 《中国共产党入党志愿书》的式样')).toBe(true);
    expect(answerKindMissing('我搬家时把组织关系介绍信弄丢了,该去哪里补开', '第二十五条 党员组织关系')).toBe(true);
    expect(answerKindMissing('年底前补开还来得及吗,一年最少得开几次', '第十七条 党支部每年至少召开1次组织生活会')).toBe(false);
    expect(alternativesUnstated('支部对这些积极分子多久要考察一次,是一个季度还是一个学期', ['第十一条 党支部每半年对入党积极分子进行一次考察。'])).toBe(false);
    expect(alternativesUnstated('机关思想政治工作情况到底是每季度还是每半年向机关工委汇报一次', ['第十七条 每年向机关工委报告'])).toBe(true);
    expect(answerKindMissing('报名表里政治面貌那一栏不知道咋选,该填中共党员还是中共预备党员', '第七条 预备党员的预备期为一年。')).toBe(true);
    expect(answerKindMissing('我们支部想开个微信公众号发党建文章,要先去哪里备案', '第四十六条 通过网络、广播、电视……')).toBe(true);
    expect(answerKindMissing('交上去的党费,基层留多少、往上缴多少,比例是多少', '第三十条 机关专职党务工作人员的配备，一般占机关工作人员总数的1%至2%。')).toBe(true);
    expect(answerKindMissing('这个外调函具体该怎么写,有没有现成的格式可以套', '第十六条 党组织必须对发展对象进行政治审查')).toBe(true);
    expect(trainingLengthUnstated('入党积极分子的培训班是哪一级来办?要上几天课', ['第十七条 对发展对象进行短期集中培训……不少于三天'])).toBe(true);
    expect(answerKindMissing('我们局领导班子被问责了,问责方式一共有哪几种', '第八条 对党员的纪律处分种类')).toBe(true);
    expect(answerKindMissing('入党有没有年龄上限?我爸六十多了还能申请不', '第五条 年满十八岁的中国工人……')).toBe(true);
    expect(answerKindMissing('预备期被延长了,到时候还要再宣一次誓吗', '第三十一条 ……可以延长预备期')).toBe(true);
    expect(answerKindMissing('每年那32个学时里,网上学的最多能算多少', '第二十条 党员每年集中学习培训时间一般不少于32学时。')).toBe(true);
    expect(meetingFrequencyUnstated('预备期里思想汇报是一个季度交一次还是每个月都要交', ['第十六条 党支部应当运用“三会一课”制度'])).toBe(true);
    expect(meetingFrequencyUnstated('预备期多久,党员大会多久开', ['第七条 预备党员的预备期为一年。'])).toBe(false);
    expect(answerKindMissing('现在我国社会主要矛盾到底怎么表述的 写材料要用 怕写错一个字', '总纲 ……我国社会主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾')).toBe(false);
    expect(answerKindMissing('入党志愿书填错了一个字,能改吗', '第四十二条 《中国共产党入党志愿书》的式样')).toBe(true);
    expect(answerKindMissing('想问对党组织和领导干部的问责方式具体有哪几种', '第十一条 机关党的纪律检查委员会的职责是监督、执纪、问责，主要包括：')).toBe(true);
    expect(answerKindMissing('入党申请被退回来了 隔多久能重新递', '第十三条 党员受到开除党籍处分，五年内不得重新入党')).toBe(true);
    expect(answerKindMissing('智慧党建app上传三会一课记录一直报错 怎么整', '第十六条 党支部应当运用“三会一课”制度')).toBe(true);
    expect(quorumUnstated('换届选举大会至少要来多少人,选出来的结果才有效', ['第十九条 实际到会有表决权的正式党员必须超过应到会有表决权的正式党员的半数'])).toBe(true);
  });
});

describe('kinds of fact found in the sets of stop 23', () => {
  const none = '第二十五条 党员组织关系是指党员对党的基层组织的隶属关系。';
  it('decline medals, plenums, months, a term\'s headcount, sums for big money, pay rises and retirement ages the passage lacks', () => {
    expect(answerKindMissing('50年党龄发啥章', '第二十七条 ……必须有五年以上的党龄。')).toBe(true);
    expect(answerKindMissing('第三个历史决议是在哪次全会上通过的', '第十一条 认真学习《关于若干历史问题的决议》')).toBe(true);
    expect(answerKindMissing('地方党委的全会一般放在哪几个月开', '第二十五条 党员组织关系是指……')).toBe(true);
    expect(answerKindMissing('这届中委和候补中委各有多少人', '第二十一条 ……不得超过党的全国代表大会选出的中央委员及候补中央委员各自总数的五分之一。')).toBe(true);
    expect(answerKindMissing('三重一大里大额资金的金额标准是多少', '第七十条 违反民主集中制原则')).toBe(true);
    expect(answerKindMissing('入党后工资涨', '第四十一条 ……')).toBe(true);
    expect(answerKindMissing('处级干部到底是60岁还是63岁退休', '第六条 ……突出县处级以上领导干部这个重点。')).toBe(true);
    expect(answerKindMissing('我的职业年金该怎么转', '第二十五条 党员组织关系是指……')).toBe(true);
  });
  it('decline working-day deadlines, grades, reading lists, dress rules, pay by standing, local course dates, meeting lengths and committee sizes', () => {
    expect(answerKindMissing('机关党委收到群众来信,要在多少个工作日内给答复', none)).toBe(true);
    expect(answerKindMissing('公示期要几个工作日', '第二十条 ……公示期不少于五个工作日')).toBe(false);
    expect(answerKindMissing('机关支部书记年底述职评议,考核结果分成几个档次', none)).toBe(true);
    expect(answerKindMissing('要求读党史“权威读本”,具体指的是哪几本书', none)).toBe(true);
    expect(answerKindMissing('要不要留下什么书面的东西', none)).toBe(false);
    expect(answerKindMissing('党员上班是不是必须天天别着党徽', '第五十三条 中国共产党党徽为镰刀和锤头组成的图案。')).toBe(true);
    expect(answerKindMissing('党龄长短会不会影响工资定级和退休待遇', none)).toBe(true);
    expect(answerKindMissing('我们县党校下一期积极分子培训班啥时候开班', none)).toBe(true);
    expect(answerKindMissing('遵义会议具体开了几天', none)).toBe(true);
    expect(answerKindMissing('派驻到部委的纪检监察组,组长一般是什么行政级别', none)).toBe(true);
    expect(answerKindMissing('党员档案放人才市场的存档费怎么收', none)).toBe(true);
    expect(answerKindMissing('机关党委的委员一般设几个人', none)).toBe(true);
    // Consent counted in a committee (委员会里多少人同意) is the rule on penalties, not a committee's size.
    expect(answerKindMissing('要给市委委员撤职,委员会里得多少人同意', '第四十二条 ……须经……三分之二以上的多数决定')).toBe(false);
  });
  it('decline app steps, claimed amounts, seasons, years of standing for a post, refunds, local places, one\'s own file and passports', () => {
    expect(answerKindMissing('在手机app上申请转组织关系,审核卡了两周没动静,该怎么催', none)).toBe(true);
    expect(answerKindMissing('听说公务接待每人每餐不能超过100元,真的', '第一百零六条 违反公务接待管理规定，超标准、超范围接待')).toBe(true);
    expect(answerKindMissing('民主生活会一般啥时候开 年底还是年初', none)).toBe(true);
    expect(answerKindMissing('转正以后要满几年才能当支部书记', '第七条 预备党员的预备期为一年。')).toBe(true);
    expect(answerKindMissing('当县委委员要满几年才能当', '第二十七条 ……这些委员会的委员和候补委员必须有三年以上的党龄。')).toBe(false);
    expect(answerKindMissing('党员去世了 家属能把以前交的党费领回来', none)).toBe(true);
    expect(answerKindMissing('我们区党校在哪', none)).toBe(true);
    expect(answerKindMissing('党员档案能自己查', none)).toBe(true);
    expect(answerKindMissing('党员干部的因私护照是不是都得交组织部门统一保管', '第八十二条 违反有关规定办理因私出国（境）证件')).toBe(true);
    expect(answerKindMissing('专职党务干事的五险一金谁来交', none)).toBe(true);
    expect(answerKindMissing('我们机关党委委员一般设几个人,有没有定数', '第五条 机关党员100人以上的，设立党的基层委员会。')).toBe(true);
    expect(answerKindMissing('候选人能比应选的多', '第十一条 ……候选人数多于应选人数的差额选举办法')).toBe(false);
    expect(answerKindMissing('支部想组织大家看红色电影,有没有推荐的片单可以直接用', none)).toBe(true);
    expect(answerKindMissing('党员能跟外国人结婚 要不要组织批准', none)).toBe(true);
    expect(answerKindMissing('同事问党员能不能在网上买彩票', none)).toBe(true);
    expect(answerKindMissing('支部今年的活动经费没花完,年底能不能结转到明年接着用', none)).toBe(true);
    expect(answerKindMissing('单位领导说账上有结余,自己做主给大家多发一笔奖金,这有啥毛病', '第一百零四条 ……违反有关规定自定薪酬或者滥发津贴、补贴、奖金')).toBe(false);
    expect(answerKindMissing('村支书候选人要求大专以上学历', none)).toBe(true);
    expect(answerKindMissing('我们单位处级干部一般到多大岁数退休', none)).toBe(true);
    // The share of members added to the Central Committee is the constitution's (各自总数的五分之一); other shares stay unstated.
    expect(answerKindMissing('全国代表会议上补选中央委员,最多能补多大比例', '第二十一条 ……不得超过……各自总数的五分之一。')).toBe(false);
    expect(answerKindMissing('推荐优秀党员的名额不能超过党员总数的什么比例', '第二十一条 ……不得超过……各自总数的五分之一。')).toBe(true);
  });
  it('keep what the passage states: 数额 for a quota, 一级学科 for a level, misconduct told with 公家 or 名头, dues told apart from a clause that asks', () => {
    expect(answerKindMissing('全国代表会议增补中央委员,名额上有没有限制', '第二十一条 ……调整和增选中央委员及候补中央委员的数额，不得超过……五分之一。')).toBe(false);
    expect(answerKindMissing('党史党建这个学科,在学科目录里是什么级别', '第二十六条 ……加强中共党史党建学一级学科建设')).toBe(false);
    expect(answerKindMissing('有人提议借党史学习的名头去外地红色景区玩几天,公家报销,行', '第二十九条 ……严禁以学习教育为名……变相公款旅游')).toBe(false);
    expect(answerKindMissing('支部有个老同志大半年没来过组织生活党费也一直没交 这种怎么算 急', '第九条 ……连续六个月不参加党的组织生活，或不交纳党费……')).toBe(false);
    expect(answerKindMissing('支部想去外省红色景点学习,顺便多玩两天,费用能报销', '第二十九条 ……严禁以学习教育为名……变相公款旅游')).toBe(false);
    expect(answerKindMissing('省委要开代表会议,代表有多少名、怎么产生,由谁来定', '第十二条 ……代表会议代表的名额和产生办法，由召集代表会议的委员会决定。')).toBe(false);
    expect(alternativesUnstated('支部要配纪检委员吗还是只有党委才设纪委', ['第四十五条 ……党的总支部委员会和支部委员会设纪律检查委员。'])).toBe(false);
  });
  it('read a year said in two digits (23版) as that year', () => {
    const old = [{ passage: { title: '中国共产党纪律处分条例（2018年修订）', text: '第一条 为了维护党的章程……' } }];
    expect(namedVersionMissing('23版处分条例改了啥', old)).toBe(true);
    expect(namedVersionMissing('18版处分条例怎么说', old)).toBe(false);
  });
});


describe('kinds of fact found in the sets of stop 24', () => {
  const none = '第二十五条 党员组织关系是指党员对党的基层组织的隶属关系。';
  it('decline days, sums, volunteering hours, class hours, one\'s own application and dues paid by another the passage does not state', () => {
    expect(answerKindMissing('省纪委减轻处分后,要在多少天内报中央纪委批准', '第十八条 ……经省（部）级纪委……决定并呈报中央纪委批准')).toBe(true);
    // 一个月内 answers "多少天内".
    expect(answerKindMissing('交了入党申请书,多少天内会有人找我谈话', '第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话')).toBe(false);
    expect(answerKindMissing('党员干部买基金、理财产品,有没有金额上的限制', '第九十四条 ……违反有关规定买卖股票或者进行其他证券投资')).toBe(true);
    expect(answerKindMissing('党员一年志愿服务要满多少小时才算达标', '第二十条 ……党员每年集中学习培训时间一般不少于32学时。')).toBe(true);
    expect(answerKindMissing('党校主体班次里党史课至少要占多少学时', '第十八条 ……进修班、培训班等主体班次强化党史学习内容。')).toBe(true);
    expect(answerKindMissing('党员每年集中学习培训至少多少学时', '第二十条 ……党员每年集中学习培训时间一般不少于32学时。')).toBe(false);
    expect(answerKindMissing('党史学习教育一年要求党员学够多少学时', '第二十条 ……党员每年集中学习培训时间一般不少于32学时。')).toBe(true);
    expect(answerKindMissing('入党材料归档以后,本人能不能查阅自己的入党志愿书', '第三十六条 ……交党委存入本人人事档案。')).toBe(true);
    expect(answerKindMissing('出差两个月,党费能不能让同事先帮我代交', '第二十九条 ……不按时交纳党费……')).toBe(true);
  });
  it('decline rights restored by vote, years before joining again after being struck off, standing for township posts, retirement ages, formats and passports', () => {
    expect(answerKindMissing('留党察看一年期满了,恢复党员权利要不要开支部大会投票', '第十二条 ……期满后恢复其党员权利')).toBe(true);
    expect(answerKindMissing('因为长期不交党费被按自行脱党除名了,现在想重新入党,得等几年', none)).toBe(true);
    expect(answerKindMissing('开除党籍以后过几年能重新入党', '第十三条 党员受到开除党籍处分，五年内不得重新入党')).toBe(false);
    expect(answerKindMissing('乡镇党委书记至少得有几年党龄', '第二十七条 ……这些委员会的委员和候补委员必须有三年以上的党龄。')).toBe(true);
    expect(answerKindMissing('镇党委书记老陈党龄才两年半,这次换届能被提名当县委委员吗', '第二十七条 ……这些委员会的委员和候补委员必须有三年以上的党龄。')).toBe(false);
    expect(answerKindMissing('被开除党籍的人以后还能再入党吗,要隔几年', '第十三条 党员受到开除党籍处分，五年内不得重新入党')).toBe(false);
    expect(answerKindMissing('培养联系人自己的党龄至少得满几年才能当', '第二十七条 ……这些委员会的委员和候补委员必须有五年以上的党龄。')).toBe(true);
    expect(answerKindMissing('按党章的规定,领导干部到多少岁必须退下来', '第三十八条 ……应当按照国家的规定退、离休。')).toBe(true);
    expect(answerKindMissing('想退党的话,要交书面的退党申请吗？有没有规定的格式', '第九条 党员有退党的自由。')).toBe(true);
    expect(answerKindMissing('党员因私出国的护照,是不是一律要交单位统一保管', '第八十二条 违反有关规定办理因私出国（境）证件')).toBe(true);
  });
  it('decline how often a standing committee meets where only the plenary\'s frequency is stated', () => {
    const plenary = '第二十七条 ……党的地方各级委员会全体会议，每年至少召开两次。';
    expect(meetingFrequencyUnstated('市委全会一年至少开两次,那市委常委会多长时间开一次', [plenary])).toBe(true);
    expect(meetingFrequencyUnstated('市委全会一年至少开几次', [plenary])).toBe(false);
  });
  it('decline a posthumous member\'s standing, a second oath, the quorum for a penalty, income tax, how long a congress may be put off and dues under a penalty', () => {
    expect(answerKindMissing('被追认为党员的同志,党龄从哪天开始算', '第二十七条 ……追认党员必须严格掌握，由所在单位党组织讨论决定后，经上级党委审查，报省一级党委批准。')).toBe(true);
    expect(answerKindMissing('小聂刚转为正式党员,支部说要再组织一次宣誓,有这规定吗', '第七条 预备党员的预备期为一年。')).toBe(true);
    expect(quorumUnstated('支部大会讨论给党员处分,到会人数要达到多少才算有效', ['第十九条 召开讨论接收预备党员的党支部党员大会，实际到会有表决权的党员人数必须超过应到会有表决权的党员人数的半数。'])).toBe(true);
    expect(answerKindMissing('交的党费到底能不能抵个税', '第十六条 ……')).toBe(true);
    expect(answerKindMissing('县里的党代会如果要延期召开,最多能往后延多长时间', '第十九条 ……如无非常情况，不得延期举行。')).toBe(true);
    expect(answerKindMissing('预备期最多能延长多久', '第三十一条 ……可以延长一次预备期，延长时间不能少于半年，最长不超过一年。')).toBe(false);
    expect(answerKindMissing('受了留党察看处分的党员,察看期间还要不要按月交党费', '第十二条 留党察看处分，分为留党察看一年、留党察看二年。')).toBe(true);
  });
  it('decline what the rules on posthumous members, keeping in touch, moving papers, disagreeing bodies, appeals and rejoining after expulsion leave unsaid', () => {
    const posthumous = '第二十七条 ……追认党员必须严格掌握，由所在单位党组织讨论决定后，经上级党委审查，报省一级党委批准。';
    expect(answerKindMissing('追认党员需要公示几天', posthumous)).toBe(true);
    expect(answerKindMissing('牺牲的同志追认党员,得家属先提出申请吗', posthumous)).toBe(true);
    expect(answerKindMissing('追认党员要报哪一级批准', posthumous)).toBe(false);
    expect(answerKindMissing('我在国外读博,支部说每半年联系一次,微信视频算数吗', '第三十四条 ……每半年至少与其联系1次。')).toBe(true);
    expect(answerKindMissing('积极分子换单位了,材料是让他自己带过去,还是必须走机要寄送', '第十二条 ……原单位或者居住地党组织应当及时将入党申请书……等材料转交现单位')).toBe(true);
    expect(answerKindMissing('党组跟派驻纪检监察组对一个处分意见谈不拢,最后听谁的', '第三十七条 ……在作出党纪处分决定前应当与派驻纪检监察组交换意见。')).toBe(true);
    expect(answerKindMissing('上级的决定下级有不同意见,最后听谁的', '第十六条 ……如果上级组织坚持原决定，下级组织必须执行，并不得公开发表不同意见')).toBe(false);
    expect(answerKindMissing('对处分提出申诉以后,原来的处分决定是不是先暂停执行', '第四十二条 执行党纪处分决定的机关……')).toBe(true);
    expect(answerKindMissing('以前被开除过党籍的人重新申请入党,最后要报哪一级党委批准', '第十三条 党员受到开除党籍处分，五年内不得重新入党')).toBe(true);
  });
  it('decline League votes, restoring a suspended membership, a group leader\'s choosing, relatives\' records, what a notice shows and how often papers are due', () => {
    expect(answerKindMissing('团支部推优推荐入党积极分子,得有多少团员投票同意才算推上去', '第八条 ……采取党员推荐、群团组织推优等方式产生人选')).toBe(true);
    expect(answerKindMissing('停止党籍的党员联系上了,要恢复党籍得走哪几步、谁来批', '第二十四条 ……停止党籍的决定由保留其组织关系的党组织按照有关规定作出。')).toBe(true);
    expect(answerKindMissing('停止党籍期间还要交党费吗', '第二十四条 ……一般予以停止党籍。')).toBe(true);
    expect(answerKindMissing('党小组组长是小组党员选出来的,还是支部直接指定的', '第二十八条 党组织应当及时将上级党委批准的预备党员编入党支部和党小组')).toBe(true);
    expect(answerKindMissing('我舅舅年轻的时候坐过牢,政治审查会不会因为这个卡住我', '第十六条 ……家庭主要成员和重要社会关系的政治情况。')).toBe(true);
    expect(answerKindMissing('发展对象公示的时候,身份证号和家庭住址要不要一起公示出来', '第十三条 ……公示期不少于五个工作日。')).toBe(true);
    expect(meetingFrequencyUnstated('规定里对思想汇报的频次有没有明确要求', ['第九条 ……培养联系人……'])).toBe(true);
    expect(meetingFrequencyUnstated('主题党日的频次是怎么规定的', ['第十六条 ……党支部应当每月开展1次主题党日'])).toBe(false);
  });
  it('decline converted study hours, headcounts of a gathering, an age that frees from party life, social-media accounts, app entrances and written leave; answer who holds a post asked with 兼', () => {
    expect(answerKindMissing('组织党员去参观红色纪念馆,能折算成多少学习学时', '第十六条 ……参观红色场馆……')).toBe(true);
    expect(answerKindMissing('机关党组织慰问因公殉职党员的家属,每年的慰问标准是多少', '第二十条 ……')).toBe(true);
    expect(answerKindMissing('领导干部参加校友会、老乡聚会,人数超过多少就算违规', '第七十四条 ……参加自发成立的老乡会、校友会、战友会等……')).toBe(true);
    // A quorum asked (到会人数要达到多少才算有效) is the admissions rule, stated as a share.
    expect(answerKindMissing('讨论接收预备党员的支部大会,到会人数要达到多少才算有效', '第十九条 ……实际到会有表决权的党员人数必须超过应到会有表决权的党员人数的半数。')).toBe(false);
    // A member on leave who sent a written view (请假的党员交了书面意见) asks about the vote, not about leave.
    expect(answerKindMissing('开会讨论入党 请假的党员交了书面意见 算票不', '第二十条 ……因故不能到会的有表决权的党员，在会前正式向党支部提出书面意见的，应当统计在票数内。')).toBe(false);
    expect(answerKindMissing('老党员年纪多大以后就可以不用参加组织生活了', '第二十三条 ……对年老体弱、行动不便……的党员……')).toBe(true);
    expect(answerKindMissing('我们村支部想开一个微信公众号,把支部活动放上去。我不知道该用谁的名义注册', none)).toBe(true);
    expect(answerKindMissing('我在全国党员管理信息系统的小程序里找不到入口,具体要点哪几步', none)).toBe(true);
    expect(answerKindMissing('小钟出差赶不上支部党员大会,请假要不要写书面材料', none)).toBe(true);
    const secretary = '第八条 ……党支部书记原则上由本单位党员主要负责人担任。';
    expect(answerKindMissing('局机关的党支部书记一般该由谁来当,能随便安排个科员兼', secretary)).toBe(false);
    expect(answerKindMissing('支部书记能兼任纪检委员吗', secretary)).toBe(true);
  });
  it('read 听 before the second alternative as a preposition', () => {
    const dual = ['第四十五条 ……党的地方各级纪律检查委员会和基层纪律检查委员会在同级党的委员会和上级纪律检查委员会双重领导下进行工作。'];
    expect(alternativesUnstated('县纪委是听县委的,还是听市纪委的', dual)).toBe(false);
  });
});

describe('kinds of fact found in the sets of stop 25', () => {
  const admission = '第十九条 ……召开讨论接收预备党员的党支部党员大会，实际到会有表决权的党员人数必须超过应到会有表决权的党员人数的半数。';
  const branches = '第七条 机关正式党员3人以上的，成立党支部。正式党员7人以上的党支部，设立支部委员会。';
  it('answer a quorum only from a sentence on attendance at the meeting asked about', () => {
    expect(quorumUnstated('讨论接收预备党员的支部大会,到会人数有什么要求', [admission])).toBe(false);
    expect(quorumUnstated('党委开会审批预备党员,至少要有多少委员到会才能表决', [admission])).toBe(true);
    expect(quorumUnstated('我们支部委员会有5个委员,开支委会至少要到几个人才能作决定', [branches])).toBe(true);
    expect(quorumUnstated('我们机关支部换届选举,开选举大会最少要到多少人才算有效', [admission])).toBe(true);
    // The purpose named decides: a members' meeting on a penalty is not one admitting a member.
    expect(quorumUnstated('支部大会讨论给党员处分,到会人数要达到多少', [admission])).toBe(true);
    expect(quorumUnstated('支部委员会有几个委员', [branches])).toBe(false);
    // Whether one may attend is no quorum.
    expect(quorumUnstated('支部要开会讨论给我处分,我本人能不能到场替自己说几句', [admission])).toBe(false);
  });
  it('decline a count of times where no passage counts times, but not a count told', () => {
    const lectures = '第二十四条 ……运用报告会、座谈会、知识竞赛、宣讲活动、读书活动等形式……';
    expect(meetingFrequencyUnstated('我们单位一年要组织几场党史宣讲报告会才算达标', [lectures])).toBe(true);
    expect(meetingFrequencyUnstated('我是县党代会代表,按要求每年至少要交几份提案或者建议', ['第二十七条 ……每届任期五年。'])).toBe(true);
    expect(meetingFrequencyUnstated('培养联系人一年里至少要跟入党积极分子谈几次话', ['第九条 ……培养联系人……做好培养教育工作'])).toBe(true);
    expect(meetingFrequencyUnstated('党史学习一年至少组织几次', ['第十九条 ……每年至少组织1次以党史为主要内容的学习或者主题党日。'])).toBe(false);
    expect(meetingFrequencyUnstated('老冯闹着要退党,教育了几回都不改,支部该怎么处理', ['第三十一条 ……经教育仍无转变的，应当劝其退党'])).toBe(false);
    expect(meetingFrequencyUnstated('他生前写过好几次入党申请书,追认党员得报哪一级党委批准', ['第三十六条 ……追认……报上级党委批准'])).toBe(false);
    // 报到 a paper to the committee is no registering with a community.
    expect(meetingFrequencyUnstated('支部大会通过了,报到上级党委一般多久能批下来', ['第二十二条 ……上级党委应当在三个月内审批'])).toBe(false);
  });
  it('decline sums asked where a passage states only a share in words, and shares where none is stated', () => {
    const majority = '第十条 ……（一）党员个人服从党的组织，少数服从多数……';
    expect(answerKindMissing('上级来检查,中午安排工作餐,按规定每人的餐标最高是多少钱', majority)).toBe(true);
    expect(answerKindMissing('党纪处分的人占多大比例', '第五条 ……党纪重处分、作出重大职务调整的应当是少数，严重违纪涉嫌违法立案审查的只能是极少数。')).toBe(false);
    expect(answerKindMissing('请了老党员讲党史,讲课费规定里有没有标准,一次能发多少', '第二十七条 ……建设一支高素质党史学习教育工作队伍。')).toBe(true);
  });
  it('decline posts\' standing, study-app points, fees, make-up hours, civil vetting, yearly assessment, sitting in and files the passage does not speak of', () => {
    const county = '第二十七条 ……党的县（旗）、自治县、不设区的市和市辖区的委员会……委员和候补委员必须有三年以上的党龄。';
    expect(answerKindMissing('我们支部要选纪检委员,对党龄有没有要求,比如要满几年', county)).toBe(true);
    expect(answerKindMissing('乡镇党委的组织员要什么条件才能当?需要几年党龄', county)).toBe(true);
    expect(answerKindMissing('单位要求我们在学习平台上每天学习,规定里有没有说每天至少要拿多少积分', '第十九条 ……每年至少组织1次以党史为主要内容的学习')).toBe(true);
    const training = '第二十条 市、县党委或者基层党委每年应当组织党员集中轮训……党员每年集中学习培训时间一般不少于32学时。';
    expect(answerKindMissing('入党积极分子去县委党校参加培训,要不要交培训费', training)).toBe(true);
    expect(answerKindMissing('县里集中轮训那几天我正好出差,缺的学时后面怎么补', training)).toBe(true);
    expect(answerKindMissing('我爸受过党纪处分,会不会影响我考公务员的政审', '第十六条 党组织必须对发展对象进行政治审查')).toBe(true);
    expect(answerKindMissing('受了党内警告处分,单位年底考核会不会因此直接给我定为不称职', '第七十六条 ……')).toBe(true);
    expect(answerKindMissing('支部开大会讨论接收新党员,我们这些入党积极分子能不能去旁听', admission)).toBe(true);
    expect(answerKindMissing('我是县团委书记,县委开常委会的时候我能不能去旁听', '第五十二条 ……团委员会书记，是党员的，可以列席同级党的委员会和常务委员会的会议。')).toBe(false);
    expect(answerKindMissing('我被领导诫勉谈话了,这个会记入个人档案吗', '第七十三条 ……篡改、伪造个人档案资料的……')).toBe(true);
    expect(answerKindMissing('受了处分,处分决定会放进档案吗', '第四十条 ……将处分决定材料归入受处分者档案')).toBe(false);
    // 旁听 told, a photo of a leader and school fees in a story are not asked about.
    expect(answerKindMissing('预备党员在支部大会上能举手投票吗,还是只能旁听', '第七条 预备党员……没有表决权、选举权和被选举权')).toBe(false);
    expect(answerKindMissing('单位里有人到处挂某个领导的大照片,天天歌功颂德,这样合适吗', '第十条 ……党禁止任何形式的个人崇拜。')).toBe(false);
    expect(answerKindMissing('前两年挪了集体的钱给儿子交学费,现在主动交代,处分能不能轻一些', '第十七条 ……主动交代本人应当受到党纪处分的问题的……可以从轻或者减轻处分')).toBe(false);
    expect(answerKindMissing('党代表受了留党察看处分,代表资格还保留吗', '第四十二条 ……应当终止其代表资格')).toBe(false);
  });
  it('decline months within, quotas, the weather, appointments, inspection cycles, stand-ins, flags, paper files, photos and grades the passage does not state', () => {
    expect(answerKindMissing('书记年中调走了,支部要在几个月之内补选出新书记', '第八条 ……每届任期一般为3年。')).toBe(true);
    expect(answerKindMissing('转正申请交上去,几个月之内要讨论', '第二十七条 ……预备期满后一个月内提交支部大会讨论')).toBe(false);
    expect(answerKindMissing('民主评议有不合格名额吗', '第十九条 ……开好民主生活会和组织生活会……')).toBe(true);
    expect(answerKindMissing('明天搞植树主题党日,查一下那边会不会下雨', '第十六条 ……')).toBe(true);
    expect(answerKindMissing('讲师一般一聘是几年', '第四十一条 ……')).toBe(true);
    expect(answerKindMissing('县委巡察一般多少年轮一遍', '第十四条 党的中央和省、自治区、直辖市委员会实行巡视制度')).toBe(true);
    expect(answerKindMissing('一名培养联系人最多能带几个积极分子', '第九条 ……培养联系人……')).toBe(true);
    expect(answerKindMissing('支委外派三个月,他分管的工作能不能委托别人代理', '第十八条 ……')).toBe(true);
    expect(answerKindMissing('党旗挂旧了、褪色了,能不能直接扔掉', '第五十四条 中国共产党党旗为旗面缀有金黄色党徽图案的红旗')).toBe(true);
    expect(answerKindMissing('党员档案电子化了,原来的纸质档案还要留着吗', '第二十六条 ……建立党员档案')).toBe(true);
    expect(answerKindMissing('入党志愿书上要不要贴照片,要几寸的', '第五条 ……')).toBe(true);
    expect(answerKindMissing('大学生入党对学习成绩有要求吗?挂过科还能被发展吗', '第六条 ……')).toBe(true);
    expect(answerKindMissing('我和爱人在一个单位,夫妻之间可以互相介绍入党吗', '第十四条 发展对象应当有两名正式党员作入党介绍人。')).toBe(true);
    expect(answerKindMissing('预备党员资格被取消了,还想再申请入党,要等几年', '第七条 ……')).toBe(true);
    expect(answerKindMissing('支部任期到了,换届最多能往后推多久', '第三十一条 ……每届任期三年至五年')).toBe(true);
  });
  it('decline delegates\' standing, lapsed activists, leave in candidacy, election notices, papers to bring, oath leaders, terms and ranks the passage does not state', () => {
    const election = '第十一条 党的各级代表大会的代表和委员会的产生，要体现选举人的意志。选举采用无记名投票的方式。候选人名单要由党组织和选举人充分酝酿讨论。';
    expect(answerKindMissing('县里要选党代会代表,代表候选人对党龄有没有最低要求', '第二十七条 ……委员和候补委员必须有三年以上的党龄。')).toBe(true);
    expect(answerKindMissing('入党积极分子要是两三年都没被列为发展对象,会不会被取消积极分子资格', '第十三条 ……')).toBe(true);
    expect(answerKindMissing('我儿子交了入党申请书,两年都没被定为积极分子,要不要重新写一份', '第八条 ……')).toBe(true);
    expect(answerKindMissing('我是预备党员,预备期里要休好几个月产假,转正时间会因此往后推吗', '第三十五条 ……')).toBe(true);
    expect(answerKindMissing('选举大会前委员候选人名单要不要先公示,公示几天', election)).toBe(true);
    expect(answerKindMissing('我在外地打工,去当地社区参加组织生活要带什么证明过去', '第三十二条 基层党组织应当加强流动党员管理')).toBe(true);
    expect(answerKindMissing('支部搞入党宣誓,书记出差,副书记来领誓行不行', '第六条 预备党员必须面向党旗进行入党宣誓。')).toBe(true);
    expect(answerKindMissing('老张已经当了两届市党代会代表,按规定最多可以连着当几届', '第二十五条 ……')).toBe(true);
    expect(answerKindMissing('有张选票画了勾又涂掉了,这张票算有效还是无效', election)).toBe(true);
    expect(answerKindMissing('局机关党委的专职副书记,按规定该享受什么级别的待遇', '第八条 ……党员人数和直属单位较多的机关党的基层委员会，设专职副书记。')).toBe(true);
    expect(answerKindMissing('我们乡镇党委要配组织员,两千多名党员的乡镇该配几个', '第四十一条 ……按照规定配备一定数量的专兼职组织员')).toBe(true);
    expect(answerKindMissing('党史学习教育综合评估的结果分哪几个等级', '第三十一条 ……每5年组织开展1次党史学习教育工作情况综合评估')).toBe(true);
    expect(answerKindMissing('主题党日每次活动时间至少要多长', '第二十条 ……党员每年集中学习培训时间一般不少于32学时。')).toBe(true);
    expect(answerKindMissing('在预备期被取消了预备党员资格,以后还能不能再申请入党?要等几年', '第七条 ……')).toBe(true);
    expect(answerKindMissing('支部搞包饺子活动,猪肉白菜馅里肉和白菜按什么比例调', '第五条 ……')).toBe(true);
    // A leader of the oath asking its words, someone expelled writing again, a congress's delegates told beside 党龄: answered.
    expect(answerKindMissing('明天新党员宣誓我来领誓,誓词最后那句是啥来着', '第六条 ……入党誓词如下：……永不叛党。')).toBe(false);
    expect(answerKindMissing('老郭前年被开除了党籍,现在想重新写入党申请书,可以吗', '第十三条 ……受到开除党籍处分的，五年内不得重新入党。')).toBe(false);
    expect(answerKindMissing('我们县下个月开党的代表大会,听说县委委员对党龄有门槛,得满几年', '第二十七条 ……委员和候补委员必须有三年以上的党龄。')).toBe(false);
    expect(meetingFrequencyUnstated('支部委员会会议是不是规定每个月至少要开一次', ['第十七条 党支部每年至少召开1次组织生活会'])).toBe(true);
    expect(meetingFrequencyUnstated('入党积极分子的思想汇报是不是规定一个季度必须交一次', ['第九条 ……培养联系人……'])).toBe(true);
  });
});
