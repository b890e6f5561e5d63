/**
 * The table of kinds of fact: what a question asks for, and what a passage that answers it contains.
 * Questions arrive normalised, with half-width punctuation, so "within a clause" is written [^，。？,?].
 */
import { CLAIM_CHECK_WORDS } from './claim-words';

/** Asking what changed between versions of a text: 修订/修改/新版 … 改了哪些 / 有什么变化 / 新增了啥. */
const REVISION_CHANGES =
  /(党章|章程|条例|细则)[^，。？,?]{0,8}(又|再)(改了|修改了|修订了|修改过|改过|修订过)|(修订|修改|修正|新版|改版|版本|新旧|老版).{0,15}(改了|改成|改动|变化|变动|变了|不同|不一样|区别|新增|增加了|加了|多了|少了|多出|删除|删了|删掉|新在哪)|(改了|改动|变化|变动|新增了?|增加了|删除了|删了)(哪些|什么|啥|哪几).{0,10}(修订|修改|新版|版本)|(修订|修改|修正)了(哪些|什么|啥|哪几)|(修订|新版|新条例).{0,25}(加重|减轻|更严|变严|放宽|从宽|变松)|(跟|和|与)[^，。？,?]{0,6}(版|旧的|老的)[^，。？,?]{0,2}(比|相比)/;

/** Relatives and colleagues someone may ask to sponsor them (我舅舅, 同一个单位的). */
const SPONSOR_TIES = '夫妻|两口子|夫妇|亲哥|亲姐|亲兄弟|兄弟|姐妹|表哥|表姐|堂哥|堂姐|岳父|公公|婆婆|舅舅|叔叔|姑姑|阿姨|伯伯|爸爸|我爸|我妈|妈妈|父亲|母亲|哥哥|姐姐|弟弟|妹妹|亲戚|亲属|家人|老公|老婆|爱人|配偶|同一个?单位|在一个单位|一个单位的|本单位|外单位';

/**
 * Kinds of fact a question asks for and the passage must state: `question` reads the question, `unless`
 * (when given) names questions the kind does not cover, `fact` is what a passage that answers contains
 * (null: no passage here does).
 */
const ANSWER_KINDS: ReadonlyArray<{ question: RegExp; unless?: RegExp; fact: RegExp | null }> = [
  // A deadline in working days (多少个工作日内给答复): stated only where a passage counts 工作日.
  { question: /(多少|几)个?工作日/, fact: /工作日/ },
  // Grades of an assessment (考核结果分成几个档次): the library grades no assessment.
  { question: /(几|哪几|哪些)个?(档次|等次)/, fact: /档次|等次/ },
  // Books by title (权威读本具体指哪几本书): the library names no reading list.
  { question: /哪(几|些)本书|(什么|啥)书(?![面记写信])|书单|书目|片单|影单|推荐的?(电影|片子)/, fact: /《/ },
  // Wearing the badge every day (上班是不是必须天天别着党徽): the library sets no dress rule.
  { question: /(天天|每天|上班|平时)[^，。？,?]{0,4}(戴|别|佩戴)[^，。？,?]{0,2}党徽|党徽[^，。？,?]{0,6}(天天|每天|上班)[^，。？,?]{0,2}(戴|别|佩戴)/, fact: /佩戴/ },
  // Standing in the party weighed against pay or pension (党龄长短会不会影响工资定级和退休待遇): civil rules.
  { question: /党龄[^，。？,?]{0,8}(影响|挂钩|算进|算到|关系到)[^，。？,?]{0,6}(工资|工龄|待遇|定级|退休|养老)/, fact: null },
  // A local course's next dates (县党校下一期培训班啥时候开班): local practice.
  { question: /(下一期|下期|这一期|本期)[^，。？,?]{0,12}(啥时候|什么时候|几号|哪天|几月)|(啥时候|什么时候|几号|哪天)开班/, fact: null },
  // How long a historical meeting lasted (遵义会议开了几天).
  { question: /(开了|持续了?|进行了?|开过)(几|多少)天/, fact: /[0-9一二两三四五六七八九十]+天/ },
  // How many members a body's committee has (机关党委的委员一般设几个人): stated only as a count of 人 or 名.
  { question: /委员(?!会)[^，。？,?]{0,4}(设|有|配|选)?(几|多少)个?(人|名)(?![^，。？,?]{0,2}同意)/, fact: /(委员|成员)[^，。；]{0,6}[0-9一二三四五六七八九十]+(名|人)|[0-9一二三四五六七八九十]+(名|人)[^，。；]{0,4}(委员|组成)/ },
  // An amount claimed to be the rule (听说公务接待每人每餐不能超过100元，真的吗): stated only where a passage counts in 元.
  { question: new RegExp(`(?=.*(${CLAIM_CHECK_WORDS.source}|是不是这样|真的)).*[0-9一二两三四五六七八九十百千万]+(块|元)`), fact: /元/ },
  // Early or late in the year offered for a meeting (民主生活会年底还是年初开): the library sets no season.
  { question: /年底还是年初|年初还是年底|上半年还是下半年|下半年还是上半年/, fact: /年底|年初|上半年|下半年/ },
  // Years a member must have served before a post (转正以后要满几年才能当支部书记): stated only as 党龄 of some years.
  { question: /(满|够|要)几年[^，。？,?]{0,8}(才能|才可以|才够|能)(当|担任|选|做)/, fact: /[一二三四五六七八九十0-9]+年以上的党龄/ },
  // Where a local school or hall is (我们区党校在哪): local facts.
  { question: /(党校|纪念馆|会址|党群服务中心|组织部)[^，。？,?]{0,2}在哪/, fact: null },
  // Leave to marry (党员跟外国人结婚要不要组织批准), lottery tickets, carrying funds over, schooling required of a candidate: no regulation here says.
  { question: /(结婚|婚姻|离婚)[^。？?]{0,12}(批准|报告|同意|审批|报备)|(批准|同意)[^。？?]{0,6}(结婚|离婚)/, fact: /结婚|婚姻/ },
  { question: /彩票/, fact: /彩票/ },
  { question: /结转|(结余|没花完|剩下)[^。？?]{0,10}(留到|接着用|明年)/, fact: /结转|结余/ },
  { question: /学历[^，。？,?]{0,6}(要求|以上|门槛|限制)|(要求|需要)[^，。？,?]{0,6}学历/, fact: /学历[^，。；]{0,6}(以上|要求)/ },
  // School grades of a student applicant (挂过科还能被发展吗): not a condition the rules name.
  { question: /(学习)?成绩[^。？?]{0,8}(要求|门槛|影响|不好|差)|挂(过)?科|绩点/, fact: /成绩|学业/ },
  // Commemorative medals (50年党龄发啥章): the library awards none.
  { question: /纪念章|发(啥|什么|哪种)章/, fact: /纪念章/ },
  // The plenum or month a thing happened or is held in (第三个历史决议在哪次全会上通过的, 全会一般放在哪几个月开).
  { question: /哪(次|一次|届|一届)[^，。？,?]{0,3}(全会|会议|大会|会)上?[^，。？,?]{0,4}(通过|提出|确立|作出|召开)/, fact: /[一二三四五六七八九十]+届[^，。；]{0,10}全(体)?会|[一二三四五六七八九十]+中全会/ },
  { question: /(哪几个月|哪个月|几月份?|什么月份?)[^，。？,?]{0,2}(开|召开|举行|搞)|放在(哪|几)[^，。？,?]{0,3}月/, fact: /[0-9一二三四五六七八九十]+月/ },
  // How many members a central body has this term (这届中委和候补中委各有多少人): a count no rule fixes.
  { question: /(这届|本届|这一届|现在|目前|当前|二十届)[^，。？,?]{0,10}(中委|中央委员|候补|政治局|常委)[^，。？,?]{0,8}(多少|几)(人|名|个)/, fact: /[0-9一二三四五六七八九十百]+(人|名)/ },
  // Where "big money" starts (大额资金的金额标准是多少): an amount in 元 the library never fixes.
  { question: /(大额|金额)[^，。？,?]{0,6}(标准|界定|多少钱|算多少)/, fact: /元/ },
  // Current office holders and persons' names: the library names no persons.
  { question: /(现任|现在的?|目前的?|如今的?|当前的?).{0,15}(是谁|有谁|有哪些人|叫什么|是哪位|是哪一位)|叫什么名字|姓什么/, fact: null },
  // The holder of a named national or local office ("中纪委书记是谁", "省委书记是谁").
  { question: /(中央|中纪委|中组部|中宣部|国家|全国|省委|市委|县委|区委)[^。？?]{0,6}(总书记|书记|部长|主席|主任|委员长|总理)(是谁|叫啥|叫什么|是哪位|是哪一位)/, fact: null },
  // Templates and how to write a paper (入党申请书模板, 三会一课记录咋写): the regulations say what
  // must be done, not how the paper looks; answered only where a passage speaks of its form.
  {
    question: /模板|范文|范本|(什么|啥)格式|(有|有没有)[^。？?]{0,3}(固定|统一|现成|规定)的?格式|(申请书|思想汇报|汇报|记录|总结|材料|报告|发言稿?|心得|台账|选票|志愿书|证明|介绍信|通知书|外调函|公函|函)[^，。？,?]{0,8}(格式(?!是?(谁|由谁))|怎么写|咋写|如何写|字数|多少字|手写)|写多少字|多少个?字(?!的)/,
    fact: /格式|模板|范本|写明|载明|字数|手写/,
  },
  // Who heads a body, asked at the end ("领导小组组长是谁啊"): the library names no persons. "书记是谁选的" asks how.
  { question: /(组长|主任|部长|局长|主席|书记|处长|厅长|省长|市长|负责人|候选人)(具体)?(是谁|叫啥|叫什么|是哪位)(啊|呀|呢|吗)?[？?。!！]*$/, fact: null },
  // Who holds a post here ("我们支部书记是谁", "我的入党介绍人是谁"): a local fact.
  { question: /(我们|咱们|我的)[^，。？,?]{0,8}(书记|委员|组长|部长|主任|局长|处长|负责人|联系人|介绍人)(是谁|叫啥|叫什么)/, fact: null },
  // Market forecasts.
  { question: /(会|能)(涨|跌)|涨停|跌停|走势/, fact: null },
  { question: /哪一?年|什么年份|多少年前/, fact: /[0-9]{4}年|[〇零一二三四五六七八九]{4}年/ },
  { question: /(在哪(儿|里)?|在什么地方)(开|召开|举行|成立|办|搞)|哪(个|座)(城市|省|国家)|附近(哪|有没有|有什么|在哪)|哪(儿|里)(有|能买|可以买)|哪(儿|里)买|(在|去|到)哪(儿|里)?(能|可以)?买|哪(儿|里)?有卖|网上(能|可以|能不能)买/, fact: /北京|上海|嘉兴|南湖|延安|井冈山|西柏坡|遵义|瑞金/ },
  {
    // Sums of money (补贴多少, 餐标多少钱): stated only where a passage counts in 元.
    question: /^[^,，。？?]{0,8}(工资|津贴|补贴|奖金)$|多少[^。？?，,]{0,6}经费|多少钱(?!损失|的损失)|(慰问金|抚恤金|补助金|帮扶金|救助金|补贴|津贴|讲课费|课酬)[^。？?]{0,16}(多少|几)|多少(补贴|津贴|工资|奖金|报酬|经费|党费|学费|慰问金)|收入[^，。？,?]{0,6}(多少|标准)|(工资|补贴|津贴|奖金|慰问金|抚恤金|补助金|报酬|经费|党费|学费|培训费|费用)[^，。？,?]{0,6}(多少|(?<!好)几)|(交|缴|付)多少[^，。？,?]{0,3}费|费[^，。？,?]{0,2}(怎么收|收多少|咋收)/,
    // Dues are a share of income: a passage stating the share answers.
    fact: /元|(党费|收入)[^。]{0,20}(百分之|%|比例)/,
  },
  {
    // A share, asked as such. It may be stated in words (党纪重处分…成为极少数); a sum of money is not one.
    // Not the ratio the constitution fixes for members added to the Central Committee (各自总数的五分之一).
    question: /百分之几|几个点|什么比例|多大比例|比例.{0,3}(多少|几)/, unless: /^.*(增补|增选|补选|调整)[^。？?]{0,8}中央委员/,
    fact: /百分之|%|比例|多数|少数(?!民族)/,
  },
  // Points in the 学习强国 app: no regulation here names the app; a handbook that does answers. Studying
  // online as such (网上平台学习) the education regulation does speak of.
  { question: /学习强国[^。？?]{0,16}(积分|分数|多少分|得分|排名|折算|抵|算进|计入|算入)|(积分|分数)[^。？?]{0,8}学习强国/, fact: /学习强国/ },
  // Who first put forward an idea, and where (伟大建党精神是谁首次提出的): the regulations state the idea, not its origin.
  { question: /(谁|哪位|什么场合|什么时候|哪一年|哪年|在哪)[^。？?]{0,10}(首次|最早|第一次)?提出|(首次|最早|第一次)提出/, fact: /首次提出|最早提出|第一次提出/ },
  // How long an inspection team stays (巡视组进驻多长时间, 每轮巡视持续多久): the constitution says how often, not how long.
  { question: /(进驻|每轮|一轮)[^，。？,?]{0,8}(多久|多长时间|几天|几个月|多少天)|(巡视|巡察)组?[^。？?]{0,16}(待|呆|驻)(多久|多长时间|几天|几个月|多少天)/, fact: /[0-9一二三四五六七八九十]+(个)?(月|天|日|周)/ },
  // How often a county or city inspects (县委巡察多少年轮一遍): the constitution sets the system, not the cycle.
  { question: /(巡察|巡视)[^。？?]{0,10}(多少年|几年|多久|多长时间)[^。？?]{0,4}(轮|一次|一遍)|(巡察|巡视)[^。？?]{0,6}(周期|轮一遍)/, fact: /(巡察|巡视)[^。]{0,30}(周期|一轮|全覆盖|[0-9一二三四五六七八九十]+年)/ },
  // The gestures of the oath (举哪只手, 拳头怎么握): no regulation here describes them.
  { question: /(宣誓|誓词)[^。？?]{0,12}(举(哪只|哪个|左|右)手|握拳|拳头)/, fact: /举起?右手|握拳|拳头/ },
  // The size of a flag or a badge (党旗尺寸有没有硬性规定): the constitution describes them, not their size.
  { question: /尺寸|规格/, fact: /尺寸|规格|厘米|长宽/ },
  // An old or faded flag disposed of (党旗褪色了能扔吗): the constitution describes the flag, not its disposal.
  { question: /党旗[^。？?]{0,12}(旧|褪色|破|烂|扔|销毁|回收)|(旧|褪色|破损|破了)[^。？?]{0,6}党旗/, fact: /党旗[^。]{0,20}(回收|销毁|破损)/ },
  // The exact colour (党徽的标准红色是什么色号): the constitution names colours, not their values.
  { question: /色号|色值|色卡|潘通|rgb|cmyk|(标准|具体)(的)?(红色|颜色|金黄色)是(什么|多少|哪)/, fact: /色号|色值|色卡/ },
  // How far back the vetting reaches (政审查三代以内吗, 旁系亲属也查): the rules name 家庭主要成员和重要社会关系, no degree of kinship.
  { question: /(三代|几代)(以内|之内|内)|(三代|几代)的?(亲属|亲戚|直系|旁系)|旁系(亲属|亲戚)/, fact: /三代|几代|旁系/ },
  // What a particular congress or committee numbered (二十届中央委员会选了多少名委员): the rules state no counts of a term.
  { question: /(十[一二三四五六七八九]|二十|[0-9]{2})(届|大)[^。？?]{0,12}(多少|几)(名|个|位|人)/, fact: null },
  // A party group's term (党组书记一届任期几年): the rules give terms of committees, not of 党组.
  { question: /党组(?!织)[^。？?]{0,6}(任期|一届|几年一换)/, fact: /党组[^。]{0,20}任期/ },
  // Detention in an investigation (留置最长多久): a measure of the supervision law, not of these rules.
  { question: /留置[^。？?]{0,10}(多久|多长|几个月|期限|最长|几天)/, fact: /留置/ },
  // A youth-league member past the age (团员超过28岁还能推优吗): the rules name 推优, not its age limit.
  { question: /(团员|共青团)[^。？?]{0,16}(超龄|超过[^。？?]{0,3}岁|(28|二十八)岁)|(超龄|(28|二十八)岁)[^。？?]{0,10}(团员|推优)/, fact: /二十八|28/ },
  // This year's theme set by superiors (今年七一主题党日的活动主题是什么): no regulation states a year's theme.
  { question: /(今年|本年度|明年|去年)[^。？?]{0,16}主题(是什么|是啥|叫什么|定的是)/, fact: null },
  // A ready-made script for a ceremony (有没有现成的宣誓仪式主持词): the rules set what is done, not the words said.
  { question: /主持词|串词|主持稿/, fact: /主持词|串词/ },
  // A sponsor's own standing (介绍人本人的党龄得满几年): the rules ask two full members, no years.
  { question: /(介绍人|联系人)[^。？?]{0,8}(党龄|入党)[^。？?]{0,8}(几年|多少年|多久|多长|满)/, fact: /(介绍人|联系人)[^。]{0,30}(党龄|年以上)/ },
  // Whether a sponsor must be of one's own branch (介绍人必须是同一个支部的吗): the rules do not say.
  { question: /介绍人[^。？?]{0,12}(同一个?(党)?支部|一个支部|本支部|别的支部|其他支部|外支部)|(同一个?(党)?支部|本支部|别的支部|其他支部|外支部)[^。？?]{0,6}介绍人/, fact: /同一(个)?(党)?支部|本支部/ },
  // Who bears a cost (外调的路费该谁出): no regulation here says who pays for a procedure.
  {
    question: /谁(替|帮|代)[^。？?，,]{0,3}(交|缴|出|付)|(路费|差旅费|车费|邮费|费用|开销|经费|餐费|住宿费|租金|房租|钱)[^。？?]{0,6}(该?谁出|谁承担|谁报销?|谁掏|谁付|谁来(出|承担|掏|付)|谁买单)|谁(来)?(出|承担|报销|掏|付|买单)[^。？?]{0,4}(路费|费用|钱|经费)|(费|经费|钱)[^。？?]{0,14}(掏|出|承担|报销|报)还是[^。？?]{0,8}(掏|出|承担|报销|报)|(要|得|需要)?(自己|个人)(交|出|掏|付)[^。？?]{0,2}(培训费|学费|住宿费|报名费|资料费|费用)|(培训费|学费|住宿费|报名费|资料费)[^。？?]{0,6}(自己|个人)(交|出|掏|付)/,
    fact: /经费|费用|列支|开支|保障/,
  },
  // Where the badge is worn (党徽戴哪边): the constitution describes the badge, not how to wear it.
  { question: /(党徽|徽章)[^，。？,?]{0,4}(戴|别|佩戴)[^，。？,?]{0,3}(哪|左|右|什么位置|位置)/, fact: /佩戴|左胸|右胸/ },
  // How long a paper or certificate stays valid (介绍信有效期, 结业证过期): no regulation here sets one.
  { question: /有效期|(多久|多长时间|多少天|几天|几年)[^，。？,?]{0,4}有效|(?<!超|怕|担心)(?<!处分[^，。？,?]{0,4})过期(?!限)/, fact: /有效期/ },
  // Refunds, rankings and payment channels: the regulations state none unless the passage says so.
  // Money handed back in a case of misconduct (挪用的钱全退回去，主动交代) is part of the case, not a refund.
  { question: /^.*((党费|钱|款|费用).{0,8}(退(?![党休出役伍])|领回|要回|拿回)|退(钱|款|费))/, unless: /^.*(挪用|侵占|贪污|受贿|收受|退赃|主动交代|讲清楚|犯了?错|违纪|处分|处理)/, fact: /退还|退回|返还/ },
  { question: /(?<![安编])排(第)?几(?![次回场天个项])|排名|名次|第几名/, fact: /排名|名次|第[一二三四五六七八九十]+名/ },
  // Paying online is answered by a passage on paying so, not by 网上和网下相结合 (党员教育信息化平台).
  { question: /(手机|微信|支付宝|网上|线上|扫码).{0,6}(交|缴|付|支付|转给|转账)|(?<!虚开|开假)发票|收据|(哪个|什么|啥)账户|账号是多少/, fact: /(手机|网上|线上|微信|支付宝)[^。；]{0,8}(交|缴|支付|付)|发票|收据|票据/ },
  // Replacing a lost or spoilt document or card (党员证丢了, 志愿书写错了怎么补): office procedure.
  // Not when the words of a text are asked (誓词卡片找不到了…最后几个字是什么), nor a meeting held late (年底补开).
  { question: /^.*?(?:(?<!怕|担心|是不是|会不会)(证|书|卡|本|材料|档案|表|信)(?!是不是|会不会)[^，。？,?]{0,6}(丢了|弄丢|遗失|找不到了|写错了)|补办|补发|补领|补开[^，。？,?]{0,4}(证明|介绍信|信|单|条)|(证明|介绍信)[^，。？,?]{0,6}补开|挂失|重新领)/, unless: /^.*(几个字|是什么来着|怎么念|怎么背|原文)/, fact: /补办|补发|遗失|丢失|挂失|重新填写|更正/ },
  // Operating an app or an online system (stuck in 待接收, how to log in, download, earn points, upload, errors:
  // 智慧党建app上传一直报错, 照片怎么上传到平台上): no regulation says. Questions arrive lower-cased (APP → app).
  { question: /(系统|平台|app|小程序|网站|学习强国)[^，。？,?]{0,10}(卡在|卡住|一直显示|提示|登录|登不上|下载|怎么操作|找不到入口|入口在哪|点哪|刷(分|积分|题|时长)|签到|打卡|兑换|登记错|填错|改不了|怎么改|账号|密码)|密码(忘|重置|找回)|(app|平台|系统|小程序)[^。？?]{0,12}(上传|报错|闪退|登录不了|登不上|怎么传|导出|卡了|没动静|先点|怎么催)|(上传|导出)[^。？?]{0,10}(app|平台|系统|小程序)/, fact: null },
  // Which button or menu to use (要点哪个按钮): screens no regulation describes.
  { question: /按钮|(哪个|什么|啥)(系统|平台)|(哪个|什么|啥)手机(app|软件|小程序)|在哪(儿|里)?登录|登录(入口|地址)|(?<![重焦难特要])点哪(个|几个|里|儿|些|一步)|哪(个|几个|些)菜单|哪个入口|网址|下载链接|(哪个|哪几个|哪些|什么)(网站|app|小程序)|注册(个)?(账号|账户)|(什么|哪个)账号/, fact: null },
  // Scores on a local form or app ("打分表里那一项占多少分"): stated only where a passage gives points.
  { question: /(占|得|给|扣|加|积|计|记|拿|攒)(多少|几)分|多少分|分值/, fact: /[0-9一二三四五六七八九十]+分/ },
  // Office equipment and software (Excel里怎么设公式, 投影仪连不上没信号): no regulation says.
  { question: /(excel|wps|ppt|word文档|投影仪|投影|打印机|复印机|笔记本电脑|电脑|wifi|wi-fi|路由器)[^。？?]{0,24}(排查|设置|公式|函数|没信号|无信号|连不上|卡纸|死机|蓝屏|密码)/, fact: null },
  // Places to recommend (周边有哪些红色景点可以推荐): the rules name no places.
  { question: /(景点|餐厅|饭店|酒店|地方|场馆|基地)[^。？?]{0,10}推荐|推荐[^。？?]{0,6}(景点|餐厅|饭店|酒店|去处)/, fact: null },
  // How a review is scored (综合评估看哪些指标、怎么打分): the rules say it is done, not how it is scored.
  { question: /(具体)?(看|考核|评估)哪些指标|怎么打分|如何打分|评分标准|打分标准|怎么评分|评分细则/, fact: /指标|评分|打分|分值/ },
  // How many one sponsor may introduce at once (一名党员同一时期最多能当几个人的入党介绍人): the rules do not say.
  { question: /(同时|同一时期|一个人|一名党员|最多)[^。？?]{0,12}(介绍|当)[^。？?]{0,8}(几个|几名|多少)(人|个)?[^。？?]{0,4}(入党)?介绍人|介绍人[^。？?]{0,10}(同时|最多)[^。？?]{0,6}(介绍|带)[^。？?]{0,4}(几个|几名|多少)/, fact: /同时[^。]{0,10}介绍|最多[^。]{0,10}介绍/ },
  // Fees for a course (积极分子去党校培训要不要交培训费): no regulation here charges or waives them.
  { question: /(要不要|需不需要|用不用|需要|得|要)(交|缴|付|掏)[^，。？,?]{0,3}(培训费|学费|报名费|资料费|会务费|书本费|伙食费)|(培训费|报名费|资料费|会务费|书本费|伙食费)[^，。？,?]{0,6}(谁出|自己出|报销|多少|免|要不要交|收不收|交不交)/, fact: /培训费|学费|报名费|资料费|会务费|收费|免费/ },
  // Making up missed study (轮训那几天出差，缺的学时怎么补): the rules set hours, not make-up.
  { question: /(缺|落下|没参加|没去|错过|漏)[^。？?]{0,16}(学时|课时|培训|轮训|学习|党课)[^。？?]{0,8}(补|重修)|(学时|课时|培训|轮训|党课)[^。？?]{0,8}(怎么|如何|能不能|可以|要不要|得)补/, fact: /补学|补课|补训|补上/ },
  // Sitting in on a meeting one does not belong to (积极分子能不能去旁听支部大会): answered where a passage names who may 列席.
  { question: /(能不能|能否|可不可以|可以|让不让|允许|准不准)[^。？?]{0,6}(去|来)?旁听/, fact: /旁听|列席/ },
  // A share of members rated unqualified or excellent (民主评议有不合格名额吗): no quota is set.
  { question: /(不合格|优秀|先进|评优|推优)[^。？?]{0,6}(名额|配额)|名额[^。？?]{0,6}(不合格|优秀|先进|评优)/, fact: /名额|配额|比例/ },
  // The weather, the rules of a game and cooking (明天会不会下雨, 乒乓球一局打到几分, 饺子馅怎么调): off topic, however the story is told.
  { question: /下雨|下雪|天气|气温|刮风|台风|(一局|一场|一盘)[^。？?]{0,8}(几分|多少分)|几分算赢|比赛规则|调馅|[^。？?]{0,4}馅[^。？?]{0,10}(比例|怎么调|放多少)|菜谱|怎么炒|放多少盐/, fact: null },
  // How long an appointment runs (讲师一聘是几年): no regulation here appoints for a term.
  { question: /(一聘|一次聘|聘一次|聘期|聘任期|聘用期)[^。？?]{0,6}(几年|多久|多长)|聘[^。？?]{0,4}(几年|多久)/, fact: /聘期|(聘任|聘用)[^。]{0,8}([0-9一二三四五六七八九十]+年|期限)/ },
  // How many one person may take on (一名培养联系人最多能带几个): no count per person.
  { question: /(最多|一个人|一名|每个|每名|每位)[^。？?]{0,8}(能|可以)?带(几|多少)(个|名|人)/, fact: /[0-9一二三四五六七八九十]+名(入党积极分子|发展对象)|带[^。]{0,6}[0-9一二三四五六七八九十]+(名|个)/ },
  // A letter a mobile member takes to a local branch (流动党员到外地要开介绍信吗).
  { question: /流动党员[^。？?]{0,30}介绍信|介绍信[^。？?]{0,20}流动/, fact: /介绍信/ },
  // Papers to bring, asked without 流动党员 (去当地社区参加组织生活要带什么证明); a passage on 活动证 or 证明 answers too.
  { question: /(带|开|出具|拿)(什么|啥|哪些)[^。？?]{0,2}(证明|材料|手续|介绍信)/, fact: /介绍信|证明|活动证/ },
  // A delegate moved away (调到外市，代表资格怎么处理): the rules end it for a penalty (answered), not for a move.
  { question: /(调走|调到|调离|调出|调往|迁到|搬到)[^。？?]{0,16}代表资格/, fact: /代表资格[^。]{0,20}(调|迁|离开)|(调|迁|离开)[^。]{0,20}代表资格/ },
  // Photos on a form (志愿书要贴几寸照片).
  { question: /(贴|交|附|交几张)[^。？?]{0,4}照片|照片[^。？?]{0,6}(几寸|尺寸|规格|底色)|几寸|寸照|证件照/, fact: /照片/ },
  // An activist's standing lapsing, or an application written again after years (两年没被定为积极分子，要不要重写申请书).
  { question: /取消[^。？?]{0,4}积极分子(的)?资格|积极分子(的)?资格[^。？?]{0,6}(取消|没了|还在|保留)|(重新写|重写|再写一份|重新交|重新递交)[^。？?]{0,6}(申请书|一份)|申请书[^。？?]{0,8}(重新写|重写|再写一份|重新交|重新递交)/, unless: /^[^。？?]*(开除|除名|退党|脱党)/, fact: /取消[^。]{0,10}积极分子|积极分子[^。]{0,10}取消|重新(写|递交|提交|提出)/ },
  // Leave during candidacy (预备期里休产假，转正会往后推吗): no regulation here speaks of leave.
  { question: /(产假|病假|休假|婚假|出国|留学|进修)[^。？?]{0,16}(转正|预备期|考察期)[^。？?]{0,10}(推|延|顺延|往后|影响|算不算|中断)|(转正|预备期|考察期)[^。？?]{0,10}(产假|病假|婚假)/, fact: /产假|病假|休假/ },
  // How a party-group head is chosen (党小组长是选举产生还是支部指定): the rules do not say.
  { question: /(党小组长|小组长)[^。？?]{0,12}(选举|选出|指定|任命|产生|谁定|怎么定|谁来当)/, fact: /党小组长|小组长/ },
  // How long vetting letters take to come back (外调材料一般要几周才能寄回来): the rules give no time.
  { question: /(外调|函调)[^。？?]{0,16}(几周|几天|多久|多长时间|几个月|多少天)/, fact: /(外调|函调)[^。]{0,30}([0-9一二三四五六七八九十]+(日|天|周|个月)|工作日)/ },
  // A delegate's term (党代表的任期到底是几年): the rules give terms of congresses and committees, not of a delegate.
  { question: /(党代表|(?<!大)代表)(?!大会|会议)[^。？?]{0,4}(的)?任期/, fact: /代表[^。]{0,10}任期/ },
  // Inspection by a county or city committee covering everyone within a term (县委巡察也要一届全覆盖吗): stated of 巡视 only.
  { question: /巡察[^。？?]{0,16}全覆盖|全覆盖[^。？?]{0,10}巡察/, fact: /巡察[^。]{0,30}全覆盖/ },
  // A bank of quiz questions (有没有党史知识竞赛的题库): no regulation holds one.
  { question: /题库|真题|竞赛题|(有没有|哪里有|去哪|哪儿有)[^。？?]{0,6}(试题|考题)/, fact: /题库|试题/ },
  // Where to download a file or a question bank ("题库去哪下载"): no regulation says.
  { question: /下载|电子版/, fact: null },
  // Measures short of a disciplinary penalty (诫勉, 组织处理, 免职, 停职): their kinds, terms and effect on
  // promotion are set by the rules on cadres, which the discipline regulation only names.
  {
    question: /(诫勉|组织处理|免职|停职|降职)[^。？?]{0,20}(影响期|影响|提拔|提升|评优|评先|晋升|期限|多久|多长|几个月|哪几种|哪些|种类|包括)/,
    fact: /(诫勉|组织处理|免职|停职|降职)[^。]{0,30}(影响期|期限|不得(提拔|提升)|[0-9一二三四五六七八九十]+个?(月|年)内)|组织处理(包括|的种类|分为)/,
  },
  // The rank of a post ("专职副书记一般是什么职级"): set by the cadre rules, stated by no regulation here.
  { question: /职级|(?<!(处分|开除党籍|警告|察看)[^，。？,?]{0,6})(什么|啥|哪个)(行政)?级别(?!的)|(什么|啥)级别的(干部|领导|官|待遇)|待遇[^。？?]{0,4}级别/, fact: /职级|级别|[正副](科|处|厅|局|部)级|[一二]级学科/ },
  // Time limits of an appeal (处分不服，多少天内要申诉): the regulations give the right, not the deadline.
  { question: /申诉[^。？?]{0,16}(多少天|几天|期限|多久|最晚|时限|时间限制)|(多少天|几天|多久|最晚)[^。？?]{0,10}申诉/, fact: /申诉[^。]{0,30}[0-9一二三四五六七八九十]+(日|天|个月)/ },
  // Voting by proxy in an election (出差了能委托别人替他投票吗): no regulation here provides for it. A vote
  // on admitting a member is answered (细则: 因故不能到会的…书面意见).
  { question: /^.*(委托[^。？?]{0,8}(投票|表决|选举)|(替|代)(我|他|她|别人|人)?(投票|表决|投一票)|代投)/, unless: /^.*(入党|接收|预备党员|发展对象|留置|立案|审查)/, fact: /委托|代为/ },
  // Another taking over one's duties while away (外派期间分管工作能不能委托别人代理): not provided for.
  { question: /(工作|职务|职责|分管)[^。？?]{0,8}(委托|代理|代管)|(委托|找|让)[^。？?]{0,6}(别人|他人|其他委员)[^。？?]{0,4}(代理|代管|代行)/, fact: /代理|代行|委托/ },
  // The 党龄 a branch post needs: the 党章 sets it only for committees from the county up. A 支部大会 told
  // (党龄是从支部大会通过那天算) is no post.
  { question: /(支部(?!大会|党员大会)|支委|支部委员|支部书记|党小组长?)[^，。？,?]{0,12}党龄|党龄[^，。？,?]{0,12}(支部(?!大会|党员大会)|支委|支部委员|支部书记|党小组)|(纪检委员|组织委员|宣传委员)[^。？?]{0,12}党龄/, fact: /(支部|支委|党小组)[^。]{0,20}党龄|党龄[^。]{0,20}(支部|支委|党小组)/ },
  // The standing a township post or an 组织员 needs (乡镇党委委员对党龄有没有要求): the 党章 sets it from the county up,
  // so a township secretary asking about a county committee (镇党委书记…能当县委委员吗) is answered.
  { question: /(乡镇|镇党委|乡党委|街道党工委|组织员)[^，。？,?]{0,12}([？?][^，。？,?]{0,8})?党龄|党龄[^，。？,?]{0,12}(乡镇|镇党委|乡党委|组织员)/, unless: /^[^。？?]*(县委|市委|省委|州委|中央委员|中委)/, fact: /(乡镇|组织员)[^。]{0,20}党龄/ },
  // The standing a delegate needs (党代会代表候选人对党龄有没有要求): the 党章 sets it for committee members only.
  { question: /代表(?!大会)(候选人)?[^。？?]{0,12}党龄|党龄[^。？?]{0,12}代表(?!大会)/, fact: /代表[^。]{0,20}党龄|党龄[^。]{0,20}代表/ },
  // What one committee member does (组织委员具体管哪些事): a branch's division of work, set locally.
  { question: /(组织委员|宣传委员|纪检委员|青年委员|统战委员)(?![^，。？,?]{0,3}(让|叫|安排|要求)我)[^，。？,?]{0,8}(管|负责|职责|干什么|干啥|做什么|分工)/, fact: /组织委员|宣传委员|纪检委员|青年委员|统战委员/ },
  // What a branch does when a member dies (党员去世了要办什么手续): unless the question is about a case
  // of discipline (违纪党员…死亡, 纪律处分条例 第三十六条).
  { question: /^.*(去世|过世|病故|病逝|逝世|死亡|(?<![调搬赶出拿带开])走了)[^。？?]{0,12}(手续|怎么办|咋办|党籍|追悼|丧事|后事)/, unless: /^.*(违纪|处分|违法|犯错|查处|审查|警告|收过|好处|违规)/, fact: null },
  // Meetings held online (党员大会能用视频线上开吗): no regulation here says.
  { question: /(手机|小程序|app)[^。？?]{0,6}(投票|表决)|(线上|网上|视频|远程)[^。？?]{0,6}(开会|召开|(?<![传展公打])开(?![了始展心])|举手|表决|投票|宣誓)|(电话|视频)[^。？?]{0,4}谈|(开|召开)(个)?(视频|线上|网络|远程)(会|会议)/, fact: /线上|网上|视频|远程|网络/ },
  // Whether a relative or a colleague may sponsor one (我舅舅能当我的入党介绍人吗): the rules say who
  // sponsors (正式党员, 培养联系人), not who may not.
  {
    question: new RegExp(`(${SPONSOR_TIES})[^。？?]{0,12}(介绍人|联系人)|^(?!.*(处分|警告|察看))(?=.*(我爸|我妈|父亲|母亲|爸爸|妈妈)是(老)?党员[^。？?]{0,16}(介绍人|联系人))|(介绍人|联系人)[^。？?]{0,16}(${SPONSOR_TIES})`),
    fact: /亲属|亲戚|同一单位|本单位/,
  },
  // The same asked without 介绍人 (夫妻之间可以互相介绍吗): no rule here speaks of kin. Its fact differs from the kind above.
  { question: /(夫妻|两口子|夫妇|父子|母女|亲属|亲戚)[^。？?]{0,8}(互相|相互)介绍/, fact: /亲属|夫妻|配偶/ },
  // Reporting one's own or a child's wedding (结婚要跟支部报备吗): no regulation here says.
  { question: /(结婚|婚礼|办酒|离婚)[^。？?]{0,10}(报备|报告|备案|报批)|(报备|报告|备案)[^。？?]{0,6}(结婚|婚礼|离婚)/, fact: /(婚)[^。]{0,15}(报告|备案|报批)|(报告|备案|报批)[^。]{0,15}婚/ },
  // The kinds of 政务处分: set by the law on public servants, not by party rules.
  { question: /政务处分[^。？?]{0,6}(种类|有哪些|哪几种|几种|分几|包括)/, fact: /政务处分[^。]{0,10}(种类|包括|分为)/ },
  // What the emblem's parts stand for (镰刀锤头代表啥): the 党章 describes the emblem, not its meaning.
  { question: /(镰刀|锤头|锤子|党徽|党旗)[^。？?]{0,8}(代表|象征|寓意|含义|啥意思|什么意思)/, fact: /代表|象征|寓意/ },
  // How a commemoration day came about (建党节为啥是七一, 七一怎么来的): history the regulations do not tell.
  { question: /(七一|建党节|建党日|纪念日|党的生日|八一|建军节|国庆节?|十一)[^。？?]{0,8}(怎么来的|由来|来历|为啥|为什么|怎么定)|(为啥|为什么)[^。？?]{0,4}定在[^。？?]{0,6}(七一|七月一|7月1)/, fact: /由来|来历|定为/ },
  // Local history (我们村第一个党员是谁).
  { question: /(我们|咱们|本)(村|厂|单位|社区|公司|学校|县|镇|乡)[^。？?]{0,8}(第一个|最早|头一个)/, fact: null },
  // Where a certificate is issued (无犯罪记录证明去哪儿开): the police's or an employer's office, no regulation says.
  { question: /证明[^。？?]{0,8}(去|到|在)?哪(里|儿|个[^。？?,，]{0,4})?(开|办)|(去|到|在)(派出所|公安局)[^。？?]{0,4}(怎么|如何)?(开|办)|(去|到|在)哪(里|儿)?开[^。？?]{0,4}证明/, fact: /开具|出具/ },
  // A list of named places or routes (有没有一份具体名单, 官方推荐的线路名单): no regulation lists them.
  { question: /(有没有|有无|是否有)[^。？?]{0,14}(名单|清单)|(一份|具体|官方)[^。？?]{0,6}(名单|清单)|(名单|清单)[^。？?]{0,4}(可以参考|在哪|哪里有)/, fact: /名单|清单/ },
  // A claimed number of tables or hours (婚礼不能超过10桌, 服务不能少于20个小时): the rules count neither. Tables
  // asked for end a clause; "多摆几桌收点礼，纪律上咋说" tells what was done.
  { question: /(不能|不得|不准|不许|不要)(超过|多于)[0-9一二两三四五六七八九十]+桌|((?<![好十百]|多摆|多办|多请)几桌|多少桌)(?=[,;.!?，；。！？吗呢啊]|$)|(不能少于|不少于|至少|起码|不低于)[0-9一二两三四五六七八九十]+个?小时/, fact: /桌|小时/ },
  // Whether a paper goes into one's file (谈话记录会放进我个人档案吗): said only where a passage speaks of 档案.
  { question: /(记|放|进|存|归)[^。？?]{0,4}(个人|人事)?档案/, fact: /(存入|归入|放入|记入|装入|列入|放进|纳入)[^。]{0,12}档案/ },
  // Paper files kept after going digital (档案电子化了，纸质的还留着吗).
  { question: /(纸质|原件)[^。？?]{0,6}档案|档案[^。？?]{0,12}(电子化|数字化|扫描)/, fact: /电子|数字化|纸质/ },
  // 诫勉 recorded in one's file (被诫勉谈话了，会记入档案吗): the rules file penalties, not 诫勉.
  { question: /诫勉[^。？?]{0,16}档案|档案[^。？?]{0,10}诫勉/, fact: /诫勉[^。]{0,30}档案/ },
  // A certificate's form (派出所得开一份什么样的证明): office practice.
  { question: /(开|出具)(一份|一个|个)?(什么样|什么)的?证明|证明[^。？?]{0,4}(什么样|格式|样式)/, fact: /证明[^。]{0,10}(格式|样式|内容)/ },
  // Whether an office may issue one (流入地党组织能给我开党员身份证明吗): local practice, unless a passage speaks of 证明.
  { question: /(能|可以|能不能)[^。？?]{0,6}开[^。？?]{0,6}证明/, fact: /证明/ },
  // A delay past a term (任期到了还没换届，最多能拖几个月): only a passage that allows a delay answers.
  { question: /(最多|最长)[^。？?]{0,4}(拖|延|推迟|延期|往后推|推后)(多久|几个月|几年|多长时间)|拖(多少天|几天|多久)/, fact: /(延期|推迟|延长)[^。]{0,16}([0-9一二三四五六七八九十半]+(个)?(年|月|天|日)|不超过)|最长不得?超过|不得超过[^。]{0,6}(年|月|天|日)/ },
  // A sum that makes it misconduct (炒股金额多大就算违纪): the rules weigh 情节, they set no sum.
  { question: /(金额|数额)[^。？?]{0,2}(多大|多少)[^。？?]{0,4}(算|就算|才算)|多少(万|钱)[^。？?]{0,8}(才算|就算|算)|(金额|数额)[^。？?]{0,3}(上限|限额|限制)/, fact: /[0-9一二两三四五六七八九十]+(元|万)/ },
  // A meeting's or a lesson's length (组织生活会至少得开多长时间): no regulation here sets one.
  { question: /(会|会议|党课|党日|活动)[^。？?，,]{0,6}(开|讲|搞|上)(满|够)?(多长时间|多久|几个小时|几小时|多少分钟)(?!一次|1次)|(会|会议|党课|党日|活动)时长[^。？?，,]{0,6}(多长|多久|几个?小时|多少分钟)/, fact: /小时|分钟|学时/ },
  // The same asked of the time itself (主题党日每次活动时间至少要多长); 学时 (the members' 32 a year) does not answer it.
  { question: /(党日|活动|会议|党课)(的)?(时间|时长)[^。？?，,]{0,6}(至少|最少|最短)?要?(多长|多久|几个?小时|多少分钟)/, fact: /小时|分钟/ },
  // The form to fill in for a procedure (要填啥表): office practice, unless a passage names the form.
  { question: /(填|交)(什么|哪些|哪个|哪种)表/, fact: /表格|登记表|志愿书/ },
  // Awards after a penalty (受了警告处分，评先进还能报吗): the discipline rules restrict promotion, not awards.
  { question: /(处分|警告|限期改正|诫勉)[^。？?]{0,16}(评先|评优|评先进|表彰|优秀党员)|(评先|评优|评先进|表彰)[^。？?]{0,10}(处分|警告)/, fact: /(处分|处理)[^。]{0,20}(评先|评优|表彰)|(评先|评优|表彰)[^。]{0,20}(处分|不得)/ },
  // A work unit's yearly assessment (受了警告，年底考核会不会定为不称职): civil rules grade it.
  { question: /(年度|年终|年底|单位)考核[^。？?]{0,14}(不称职|称职|优秀|等次|档次|定为|评为|定成|评不上|评不了)/, fact: /(年度|年终)考核/ },
  // Whether one may hold two posts (纪委委员能不能由党委委员兼着): where the rules say who holds one, they say 由…担任 or 兼任.
  { question: /(能不能|可不可以|可以|能否|能)[^。？?]{0,12}兼(任|着|职|[？?]|$)|兼(任|着)[^。？?]{0,4}(吗|行不行|可以吗)/, unless: /^[^。？?]*(谁来当|由谁|谁当|谁担任|谁来担任)/, fact: /兼任|兼职|兼/ },
  // Grades of an assessment (述职评议结果分几个等次): no regulation here names them.
  { question: /等次/, fact: /等次/ },
  // A province's or county's own implementing rules (我们省出台的实施规定里): not in this library.
  { question: /(省|市|县)里?[^。？?]{0,12}(比全国|比中央)|(省|市|县)里[^。？?]{0,16}(占比|比例|指标|硬性要求)|(省委|省纪委)[^。？?]{0,16}(实施规定|实施办法|实施细则|单项)|(特殊|特别|单独)的?地方(性)?规定|地方(性)?(规定|政策)|(我们|本|咱们|咱)(省|市|县|区)[^。？?]{0,20}(实施规定|实施办法|实施细则|特色做法|做法|经验做法|(特殊|特别|单独|自己)的?规定|自己定|单独定)/, fact: null },
  // Whether the badge must be worn at work (上班是不是必须戴党徽): the constitution describes the badge only.
  { question: /(必须|一定要|要不要|得|非得)(佩)?戴党徽|戴党徽[^。？?]{0,6}(规定|要求)/, fact: /佩戴/ },
  // Who leads the oath (由谁来领誓) and whether there is an exam after training (培训完要考试吗, 考不过咋办): no regulation here says.
  { question: /(谁|哪个|哪位)[^。？?]{0,4}领誓|领誓(的|人)[^。？?，,]{0,2}(是谁|必须|得|要|一定|由谁|可以|能)|领誓(行不行|可以吗|行吗|可不可以)|(领着|带着|带领)[^。？?]{0,6}(念|读|宣读)[^。？?]{0,4}誓词/, fact: /领誓/ },
  // An exam told as what is coming (支部月底要考试，…原话怎么说) asks nothing: only an exam in a clause that asks, or asked about after (得先考试，一般考啥).
  { question: /(?<!(明天|后天|下周|下个月|月底|马上|今天|周末)[^，。？,?]{0,4})(要|需要|得|用不用|要不要|会不会)(先)?考试(?!\s*(急|了|啦))(?=[^,;，；]*(吗|么|呢|不|没|还是|$)|.*考)|考不过|考试不及格|没考过|考[^。？?,，]{0,6}(哪些|什么|啥)(题|内容)/, fact: /考试/ },
  // Reciting a text by heart (誓词必须背下来吗, 能不能看稿): no regulation here asks it.
  { question: /背下来|背诵|脱稿|看稿|念稿|拿着稿/, fact: /背诵|脱稿/ },
  // Handing in private passports (护照是不是要交单位统一保管); the same asked of the unit's keeping follows.
  { question: /(护照|通行证)[^，。？,?]{0,14}(保管|上交|交给|统一管理)/, fact: /保管/ },
  // Keeping one's private passport (因私护照是不是必须交到组织部门保管): the cadre rules, not these.
  { question: /护照[^。？?]{0,14}(保管|上交|交到|交给|集中)/, fact: /保管|集中管理/ },
  // Whether a degree or title is recognised (这个学历评职称的时候认不认): not party rules.
  { question: /(学历|文凭|职称)[^。？?]{0,8}(认不认|认可吗|承认吗|算不算数)/, fact: null },
  // Joining a democratic party as well (党员可以同时参加民主党派吗): the constitution names them only in its united front.
  { question: /(加入|参加)[^。？?]{0,4}(民主党派|民盟|民建|民进|农工党|致公党|九三学社|台盟|民革)|民主党派[^。？?]{0,30}(两边|同时|双重|兼)|(两边|同时)[^。？?]{0,10}民主党派/, fact: /民主党派[^。]{0,10}(加入|参加)|(加入|参加)[^。]{0,6}民主党派/ },
  // How to sign up for a course or an activity (党校进修班咋报名): the organiser's notice, not a regulation.
  { question: /(怎么|如何|去哪|在哪|哪里)报名|报名(方式|渠道|入口|流程)/, fact: /报名/ },
  // How many one person may take on at once (一个培养联系人最多能同时带几个积极分子), or a cap on a body's size
  // (有没有人数上限): only a passage that states a maximum answers.
  { question: /(最多|至多)[^。？?]{0,6}同时[^。？?]{0,10}(几|多少)|(最多|至多)[^。？?]{0,4}(给|带|替|帮)[^。？?]{0,2}(几个|多少个?)人|同时[^。？?]{0,4}(能|可以)[^。？?]{0,6}((?<!好)几个|多少个)|有没有(人数)?上限/, fact: /最多|不超过|不得超过|上限/ },
  // Reporting a visit's route or numbers beforehand (要不要提前向上级报备路线和人数): local practice.
  { question: /报备[^。？?]{0,4}(路线|人数|行程)|(路线|行程)[^。？?]{0,6}报备/, fact: /路线|行程/ },
  // Wreaths and memorial meetings for a member who died (要不要送花圈、派人参加追悼会): local practice.
  { question: /花圈|追悼会|悼词/, fact: /追悼|花圈|悼词/ },
  // The design of a sign or plaque (党员示范岗的牌子有没有统一样式): local practice.
  { question: /(牌子|标牌|牌匾|选票|票箱)[^。？?]{0,10}(样式|规格|尺寸|统一)|统一的?样式/, fact: /样式|标牌/ },
  // How many hold an office now (中央书记处现在有几位书记): the library names no persons and counts no office holders.
  { question: /(现在|目前|如今|现任)[^。？?]{0,8}(有几位|有多少位|有几个人)/, fact: null },
  // Consecutive terms (一个人最多能连任几届): no regulation here limits them.
  { question: /连任|(连着|连续)当[^。？?]{0,4}(几|多少)届|最多[^。？?]{0,6}(当|做|干)(几|多少)届/, fact: /连任|连续任职/ },
  // Economic targets (人均GDP要达到多少): the constitution states goals, not figures.
  { question: /gdp|国内生产总值|人均收入/i, fact: /国内生产总值|gdp/i },
  // Lessons a week at school (小学每周要上几节党史课): the school's timetable.
  { question: /(?<!好)几节|多少节/, fact: /[0-9一二三四五六七八九十]+节|学时/ },
  // Where to find materials (题库去哪找, 课件在哪下载): no regulation says.
  { question: /(题库|课件|学习资料|资料|视频|模板|范本)[^，。？,?]{0,8}(去哪|哪里|哪儿|在哪)/, fact: null },
  // Correcting a filled-in paper (志愿书写错了一个字，能涂改吗): office practice.
  { question: /(志愿书|申请书|登记表|表格|表|材料|证)[^。？?]{0,10}(?<!怕|担心|别|生怕)(写错|填错|填坏|写坏|弄坏|涂改|改错)/, fact: /更正|重新填写|涂改[^。]{0,6}(志愿书|申请书|表)/ },
  // Looking oneself up online (怎么在网上查自己的党籍).
  { question: /(网上|线上|手机上?|app|小程序|系统|平台)[^。？?]{0,4}(怎么|咋|能|可以|去哪)?(查|查询)/, fact: null },
  // A spouse or child abroad and one's own promotion or penalty (配偶移民国外的干部能提拔吗, 孩子拿了绿卡党员要受处分吗):
  // the cadre rules, not these (the discipline regulation punishes a member's own foreign nationality).
  { question: /(配偶|老婆|老公|爱人|子女|孩子|儿子|女儿)[^。？?]{0,8}(移民|绿卡|外国国籍|定居国外|国外定居|入籍|永久居留)[^。？?]{0,16}(提拔|任职|正职|担任|晋升|当领导|处分|违纪|影响)/, fact: /(配偶|子女)[^。]{0,15}(移居|移民|国外|境外)/ },
  // What the report on personal matters must list (个人有关事项要报哪些, 女儿出国读书要不要填).
  { question: /个人(有关)?事项[^。？?]{0,16}(填|报哪些|要报|包括|写什么|写啥|都有|要不要|几月|哪个月|什么时候)|(要不要|需不需要|用不用)[^。？?]{0,6}(填|报)[^。？?]{0,4}个人(有关)?事项/, fact: /个人有关事项[^。]{0,10}(包括|是指|如下)/ },
  // The papers to bring for a procedure (恢复党籍所需材料, 转关系要带啥材料): office practice, unless a
  // passage lists 材料.
  { question: /(所需|需要|要带|带|准备|提交|交)[^。？?]{0,4}(哪些|什么|啥)(证明)?(材料|证件)|材料(有|包括|都有)?(哪些|什么|啥)/, fact: /材料/ },
  // Whether an anonymous report is taken up (匿名写举报信，纪委会受理吗): the rules punish 匿名诬告, they
  // do not say how reports are handled.
  { question: /匿名[^。？?]{0,12}(举报|反映|信)[^。？?]{0,12}(受理|管用|有用|会查|会不会查|理不理)/, fact: /匿名[^。]{0,10}(举报|受理)/ },
  // Whether a ballot is valid (选票上多划了一个人，还算有效吗): the election rules, not these.
  { question: /选票[^。？?]{0,14}(有效|无效|作废|废票)/, fact: /有效票|无效票|废票|选票[^。]{0,10}(有效|无效|作废)/ },
  // An age limit for a post (候选人年龄有上限吗): set by cadre rules, not these.
  { question: /年龄[^。？?]{0,4}(上限|限制|门槛|卡)|年龄线|(岁数|年龄)标准/, fact: /岁/ },
  // Who counts as an old member (多大年纪算老党员): no regulation says.
  { question: /多大年纪(才)?算|(几|多少)岁(才)?算老/, fact: null },
  // Dress at a ceremony, copies of a form, opening hours ("宣誓要不要穿白衬衫", "登记表一式几份",
  // "党群服务中心周末开门吗"): office practice no regulation states. (几份 alone is asked of things the
  // regulations do count.)
  { question: /着装|穿什么|穿啥|(穿|戴)[^。？?]{0,4}(衬衫|正装|西装|制服)|服装要求/, fact: /着装|服装|衬衫|正装/ },
  { question: /一式几份|一式多少份|几份[^。？?]{0,4}(检查|检讨|材料|报告|汇报)/, fact: /一式|[0-9一二两三四五六七八九十]+份/ },
  { question: /开门|关门|营业时间|办公时间|几点到几点|几点(开门|关门|下班|上班)/, fact: null },
  // Scoring sheets and photos for a paper (评估有哪些打分指标, 要交几张一寸照片): office practice.
  { question: /(打分|评分)(指标|标准|细则|表)|(考核|评估|评价)(指标|细则)|哪(几|些)(项|个)?指标|(什么|啥)指标/, fact: /指标|细则|评分|考核标准|评价标准/ },
  { question: /几张[^。？?]{0,4}照片|照片[^。？?]{0,6}(几张|尺寸|底色|要求)/, fact: null },
  // Pay docked after a penalty (受了警告处分，年终奖会不会被扣): the public-service and pay rules, not these.
  { question: /(工资|奖金|年终奖|绩效|津贴|补贴)[^。？?，,]{0,6}(会不会|会|要不要|要)[^。？?，,]{0,2}(扣|被扣)|扣不扣[^。？?]{0,4}(工资|奖金|年终奖|绩效)/, fact: /扣发|扣减|停发/ },
  // A vacancy filled (空出来的名额咋补) and a place an oath must be taken (必须去纪念馆搞): only a passage that says so answers.
  { question: /(名额|空缺|位置|位子)[^。？?]{0,4}(怎么|如何)补/, fact: /补选|递补|补充/ },
  { question: /(必须|得|一定要|非得)(去|到|在)[^。？?]{0,12}(纪念馆|教育基地|展览馆|革命圣地)/, fact: /(宣誓|举行)[^。]{0,20}(纪念馆|基地)/ },
  // A sum said to make a case serious (收了500块的红包，算不算情节较重): the rules weigh 情节, they set no sum.
  { question: /([0-9]+|[一二两三四五六七八九十]+[百千万])(块|元)[^。？?]{0,10}算[^。？?]{0,4}(情节|严重|较重)/, fact: /[0-9一二两三四五六七八九十]+元/ },
  // Who exactly and how to reach them (书记具体是哪位，怎么联系), special support schemes (对外卖骑手入党有啥扶持政策): local facts.
  { question: /(是哪位|是谁)[^。？?]{0,3}(怎么|如何)联系|联系方式|扶持政策|优惠政策|专门的?政策/, fact: null },
  // Shares of members rated failing (评不合格的有没有比例): only a passage with a share answers.
  { question: /(不合格|优秀|基本合格)[^。？?]{0,10}(比例|百分之|%)/, fact: /比例|分之|%/ },
  // A penalty's papers taken out of one's file (处分材料进了档案，过几年能拿出来): no regulation here says.
  { question: /档案[^。？?]{0,10}(拿出来|撤出|取出|抽出|销毁|删掉|去掉)/, fact: /撤出|取出|销毁/ },
  // Benefits for a family (追认为党员的同志，家属有啥抚恤待遇): no regulation here grants them.
  { question: /抚恤/, fact: /抚恤/ },
  { question: /(有|享受)(什么|哪些)待遇/, fact: /抚恤|待遇/ },
  // Practice no regulation here speaks of: a public notice before full membership, a joint branch, leaving
  // the youth league, a flag over a coffin, a medical, tattoos, the member's card, prize money.
  { question: /转正[^。？?]{0,6}公示|公示[^。？?]{0,4}转正/, fact: /转正[^。]{0,30}公示|公示[^。]{0,30}转正/ },
  // A notice of election candidates (选举大会前候选人名单要公示几天): the notice the rules time is a candidate member's.
  { question: /(候选人|选举|换届)[^。？?]{0,20}公示[^。？?]{0,8}(几天|多少天|多久|多长时间|要不要|需不需要)/, fact: /(候选人|选举)[^。]{0,20}公示/ },
  { question: /联合党支部|联合支部/, fact: /联合/ },
  // Leaving the youth league by age; 私自离团 on a trip abroad is another matter (第八十四条).
  { question: /(团员|共青团|团龄)[^。？?]{0,10}(离团|退团)|(离团|退团)[^。？?]{0,6}(年龄|岁)|(多大|几岁|岁数)[^。？?]{0,6}(离团|退团)/, fact: /离团|退团/ },
  { question: /(盖|覆盖)[^。？?]{0,4}党旗|党旗[^。？?]{0,4}(盖|覆盖)/, fact: /覆盖|盖/ },
  { question: /(入党|发展对象|政审)[^。？?]{0,12}体检|体检[^。？?]{0,10}(入党|合格)|乙肝|小三阳|大三阳/, fact: /体检|健康/ },
  { question: /纹身|文身|刺青/, fact: /纹身|文身/ },
  { question: /党员证/, fact: /党员证/ },
  { question: /奖励金额|奖补资金|奖金多少/, fact: /元|奖金|资金/ },
  // Whether a call or a video chat counts (微信视频聊一下算不算联系, 每半年联系一次，微信视频算数吗): only a passage that names the channel.
  { question: /(微信|视频|电话|邮件)[^。？?]{0,6}(联系|联络|聊)[^。？?]{0,6}(算不算|算数|算吗|行不行|可以吗)|只(发|打)个?(邮件|微信|电话)[^。？?]{0,4}(可以|行|算)|联系[^。？?]{0,24}(微信|视频|电话|语音|短信)[^。？?]{0,8}(算不算|算数|算吗|行不行|行吗|可以吗)/, fact: /微信|视频|电话|网络|线上/ },
  // Taking a penalty's papers out of one's file (档案里的处分材料能撤掉吗).
  { question: /(处分|档案)[^。？?]{0,8}(撤掉|撤出|抽出|销毁|删掉|删除|拿掉|拿出来)/, fact: /撤出|销毁|抽出|档案[^。；，]{0,6}(取出|移出)/ },
  // The card of a member working away (流动党员活动证去哪办): no regulation here names it.
  { question: /活动证/, fact: /活动证/ },
  // Facts of a congress (二十大一共选了多少名代表) and other bodies' members (政协委员咋产生): not in these texts.
  { question: /([一二三四五六七八九十]+大|党代会)[^。？?]{0,10}(多少|几)(名|个|位)?(代表|中央委员|候补委员|委员)|代表(?!大会)[^。？?]{0,4}(多少|几)(名|个|位)/, fact: /[0-9一二三四五六七八九十百千]+(名|人)|名额/ },
  { question: /(政协委员|人大代表)[^。？?]{0,6}(怎么|如何|咋)(产生|选)/, fact: /政协|人民代表大会/ },
  // Which office to complain to (该向哪个部门反映投诉).
  { question: /(向|找|去|到)哪个?(部门|单位|机构)[^。？?]{0,2}(反映|投诉|举报|申诉|办)/, fact: /部门|机关/ },
  // Whether the application must be handwritten (申请书，必须手写吗).
  { question: /(必须|一定要|要|得|需要|能不能|可以)手写|手写(吗|还是)/, fact: /手写/ },
  // Dues while under a penalty (留党察看期间还要交党费吗): no regulation here says.
  { question: /(留党察看|察看期|限期改正|处分|停止党籍)[^。？?]{0,20}党费/, fact: /党费/ },
  // How many more candidates than seats (差额选举候选人比应选人多几个): the 党章 says 多于, not by how many.
  { question: /差额[^。？?]{0,20}(多少|几个|几名|比例)|(比|超过)应选[^。？?]{0,6}(多出?(几|多少)|几)/, fact: /差额[^。；]{0,20}([0-9一二三四五六七八九十]+(名|人|个)|分之|%|比例)/ },
  // Who designed the emblem, the size of a party group, reposts that make a case serious.
  { question: /谁设计|设计者|设计的人/, fact: /设计/ },
  { question: /党小组[^。？?]{0,10}(几个人|多少人|人数|几个党员|几名党员)|(几个人|多少人)[^。？?]{0,6}党小组/, fact: /党小组[^。]{0,20}[0-9一二三四五六七八九十]+人|[0-9一二三四五六七八九十]+人[^。]{0,10}党小组/ },
  { question: /(转发|点击|浏览)[^。？?]{0,6}(多少|几)次/, fact: /[0-9一二三四五六七八九十百千]+次/ },
  // How long a transfer of membership takes (转组织关系要几天): no regulation here sets a time.
  { question: /(转|转接|转移)[^。？?]{0,6}关系[^。？?]{0,4}(几天|多少天|多久|多长时间)|组织关系[^。？?]{0,4}(转|转接|转移)[^。？?]{0,4}(几天|多少天|多久|多长时间)/, fact: /[0-9一二三四五六七八九十]+(个)?(日|天|工作日)(之)?内|及时/ },
  // Counts of essays (每年要交几篇心得体会).
  { question: /(几|多少)篇/, fact: /[0-9一二三四五六七八九十]+篇/ },
  // A fixed day of the month (主题党日每月固定哪一天): the rules say how often, not on which day.
  { question: /每月[^。？?]{0,8}(哪一天|哪天|几号)|(固定|定在)[^。？?]{0,4}(哪一天|哪天|几号|某一天|某天)/, fact: /每月[^。，；]{0,6}([0-9一二三四五六七八九十]+(日|号)|星期|周[一二三四五六日末])/ },
  // From which day a period runs (六个月从哪天算, 从最后一次联系上那天算还是…): only a passage that says 从…之日起 / 起算.
  { question: /从(哪天|哪一天|什么时候|何时)[^。？?]{0,4}(开始)?(算|计算|起算)|从[^。？?，,]{0,14}(那天|那一天|当天)(开始)?算/, fact: /起算|之日起|算起|起计算|从[^。]{0,20}(之日|时)起|施行/ },
  // Priority in admission (战士入党有没有优先政策): only a passage that grants it. (优惠政策 is declined outright above.)
  { question: /(有没有|有什么|有啥|有哪些|享受)[^。？?]{0,4}优先政策/, fact: /优先|优惠/ },
  // How leave from party meetings is asked for (请假要走什么手续、向谁请): office practice.
  { question: /请假[^。？?]{0,6}(手续|流程|找谁|向谁|跟谁)|请假[^。？?]{0,4}(要不要|需不需要|得|要)写?(书面|请假条|假条)|(向|跟|找)谁请假|(怎么|如何)请假/, fact: /请假/ },
  // How many members a committee has (委员名额, 选三个还是五个委员): no regulation here says.
  { question: /委员[^。？?]{0,4}名额|名额[^。？?]{0,6}委员/, fact: /名额|数额|[0-9一二三四五六七八九十]+名委员/ },
  // How many sit on a branch committee (支委会一般设几个委员, 支部委员最多能设几个人): not how many members a
  // branch needs for one (设支委会需要几个党员), nor how many must attend or agree, nor 两边人数差不多.
  {
    question: /(支委会?|支部委员会?)[^，。？,?]{0,8}(设|有|选|配)(几个|几名|多少个|多少名|几人|多少人)(?!党员|正式党员|[^，。？,?]{0,4}(到会|到场|出席|同意|通过|赞成))|(?<!要不要|用不用|需不需要|该不该)(设|选|配)(几个|几名|多少个|多少名)(支委|委员)|(支委|委员)人数/,
    fact: /[0-9一二三四五六七八九十]+名?(委员|支委)/,
  },
  // A party standing required of a branch secretary (当支部书记对党龄有没有要求, 入党几年才能当选支部书记).
  {
    question: /(支部书记|当书记|支委|党小组长)(?:(?!委员)[^。？?]){0,20}(党龄[^，。？,?]{0,8}(要求|门槛|限制|最低|够|短|几年|多少年)|入党满?(几|多少)年)|(党龄|入党(几|多少)年)[^。？?]{0,12}(才能|可以|能|够)[^，。？,?]{0,4}(当|任|选|竞选)[^，。？,?]{0,4}(支部书记|书记|支委|党小组长)/,
    fact: /书记[^。]{0,30}党龄|党龄[^。]{0,10}书记/,
  },
  // Restoring a stopped membership in detail (恢复党籍要走什么手续、由哪一级批) and whether the stopped years
  // count as party standing: "符合条件的，可以按照规定程序恢复党籍" says neither.
  {
    question: /停止了?党籍[^。？?]{0,40}恢复[^。？?]{0,20}((什么|哪些|具体)[^，。？,?]{0,3}(手续|步骤|程序|条件|材料)|哪一级|哪级|谁批|多久|多长时间)|恢复党籍[^。？?]{0,10}((什么|哪些)[^，。？,?]{0,4}(手续|步骤|程序|条件|材料)|哪一级|哪级|谁批|谁来批|哪几步|几步|多久|多长时间)|停止了?党籍[^。？?]{0,40}党龄|党龄[^。？?]{0,20}停止了?党籍/,
    fact: /恢复党籍[^。]{0,20}(手续|步骤|批准|审批|条件是)|党龄[^。]{0,20}(停止党籍|恢复党籍)/,
  },
  // Rejoining after leaving or being struck off (退党除名的人过几年可以重新申请入党): 五年内不得重新入党 is said
  // of expulsion (开除党籍) only.
  {
    question: /(退党|除名|取消[^。？?]{0,6}资格|资格被取消|劝退|被否|没通过|没批下来|没被批准|被退回|退回来)[^。？?]{0,20}(几年|多久|多长时间|多少年)[^。？?]{0,10}(重新|再)[^，。？,?]{0,4}(申请|入党|列为|交|递)/,
    fact: /(退党|除名|取消)[^。]{0,30}(年内|年以后|年后)/,
  },
  // The same asked the other way round (自行脱党除名了，得隔几年才能重新入党).
  { question: /(除名|脱党|退党|取消[^。？?]{0,6}资格|资格[^。？?]{0,4}取消)[^。？?]{0,24}(重新入党|再入党|重新申请|再申请)[^。]{0,12}(几年|多久|多少年|多长时间)/, fact: /(除名|退党|脱党|取消)[^。]{0,30}[0-9一二三四五六七八九十]+年/ },
  // Anniversaries (逢几周年才搞纪念活动), how often the constitution was amended, how many sit on a 党组 or how many
  // organisers a committee has: counts no regulation here gives.
  { question: /逢(几|多少)|(几|多少)周年/, fact: /周年/ },
  { question: /(修改|修订|修正)(过|了)?(几|多少)次/, fact: /[0-9一二三四五六七八九十]+次[^。]{0,4}(修改|修订)|(修改|修订)[^。]{0,4}[0-9一二三四五六七八九十]+次/ },
  { question: /党组(?!织)[^。？?]{0,8}(几个人|几人|多少人|几名|人数|成员[^。？?]{0,4}(几|多少))/, fact: /党组[^。]{0,10}[0-9一二三四五六七八九十]+(人|名)/ },
  { question: /组织员[^。？?]{0,8}(?<!十)(几个|几名|多少|人数)(?!党员|发展对象|积极分子|预备党员|同志)|(几个|几名|多少个?|多少名)[^，。？,?]{0,4}组织员|组织员[^。？?]{0,30}(配|设)(几|多少)(个|名)/, fact: /[0-9一二三四五六七八九十]+名?[^。]{0,4}组织员/ },
  // When party activities are held (主题党日放到周末, 开会占上班时间算不算出勤): local practice and labour rules.
  { question: /(放到|放在|安排在|改到|挪到)(周末|双休日?|节假日|休息日|晚上|下班后)|必须在工作日|占(用)?上班时间|算不算[^，。？,?]{0,6}(出勤|考勤|加班)|(出勤|考勤)[^，。？,?]{0,4}(怎么算|算不算|算吗)/, fact: /工作日|周末|节假日|休息日|工作时间|出勤|考勤/ },
  // Rights under detention (行政拘留期间党员权利要不要暂停): the rules speak of 留置、逮捕.
  { question: /拘留[^。？?]{0,20}(权利|表决权|选举权|暂停|中止|停止)|(权利|表决权|选举权)[^。？?]{0,10}拘留/, fact: /拘留/ },
  // Meetings and votes by video (开支部大会表决能不能搞视频会).
  { question: /视频会|视频会议|视频开会?|视频连线|线上视频|线上开会?|网上开会|线上会议|腾讯会议|钉钉会议|远程(参加|宣誓|开会|表决)/, fact: /视频|线上/ },
  // Grades of an appraisal (评议结果分几个档次, 优秀、合格、基本合格这几档).
  { question: /(评议|述职|考核|测评|评定|评估)[^。？?]{0,12}(分|有)(几|哪几)个?(档|档次|等次|等级)|(优秀|合格|基本合格)[^。？?]{0,12}(档|等次|等级)/, fact: /等次|档次|基本合格/ },
  // Recusal (亲弟弟申请入党，我要不要回避), youth-league membership kept after joining (团员身份还保留吗),
  // school results (挂科, 补考), the age that makes an old member, how long one may stay an activist.
  { question: /(要不要|需不需要|是否|用不用|该不该|得不得|需要)回避|回避(吗|不)/, fact: /回避/ },
  { question: /团员身份|团籍|团员[^。？?]{0,6}(保留|退团|还算)/, fact: /团籍|团员/ },
  { question: /挂科|挂了(一|两|几|三)?门|不及格|补考|绩点|学分/, fact: null },
  { question: /(多大|多少)(岁数|年纪|岁)[^。？?]{0,6}(算|才算)|(几|多少)岁(以上)?(算|才算)(老党员|年老|老年)/, fact: /[0-9一二三四五六七八九十]+(岁|周岁)/ },
  { question: /积极分子[^。？?]{0,12}(最长|最多|顶多)[^。？?]{0,6}(几年|多久|多长时间)|积极分子[^。？?]{0,8}(作废|过期|失效|有效期)/, fact: null },
  // How many a branch may admit in a year (一个支部一年最多能发展几名党员).
  { question: /(?<![多再少])发展(几|多少)(名|个)党员/, fact: /发展[^。]{0,4}[0-9一二三四五六七八九十]+名/ },
  // Rights while correcting within a time limit (限期改正期间还能投票吗): the rule sets the limit, not the rights.
  { question: /限期改正[^。？?]{0,20}(期间|改正期|这段时间)[^。？?]{0,12}(投票|选举|表决|权利|被选)/, fact: /限期改正[^。]{0,30}(权利|表决权|选举权)/ },
  // Wearing the badge every day, the oath in another language or taken again, how many criticisms a
  // member must make, a secretary's age limit, reading one's own file, relatives appealing for a member,
  // a spouse at party activities, making the appraisal's results public, the pen for the application form.
  { question: /(天天|每天|必须|上班)[^。？?]{0,8}(戴|佩戴)党徽|(戴|佩戴)党徽[^。？?]{0,8}(天天|每天|必须)/, fact: /佩戴/ },
  { question: /(民族语言|少数民族语言|方言|藏语|维语|蒙语|英语|外语)[^。？?]{0,10}(宣誓|誓词)|(宣誓|誓词)[^。？?]{0,10}(民族语言|少数民族语言|方言|英语|外语)|补(宣誓|誓)/, fact: /语言|方言|补/ },
  { question: /(几|三|多少)条[^。？?]{0,6}(批评|意见)|(批评|意见)[^。？?]{0,10}(条数|几条|多少条)/, fact: /[0-9一二三四五六七八九十]+条(批评|意见)/ },
  { question: /(书记|支委)[^。？?]{0,10}(年龄上?的?(上限|限制|要求)|多大年纪|多大岁数)/, fact: /书记[^。]{0,20}(岁|年龄)|(岁|年龄)[^。]{0,20}书记/ },
  { question: /(书记|支书|支委)[^。？?]{0,8}(学历|文凭)/, fact: /(学历|文凭)[^。；]{0,6}(以上|要求)|大专|本科|中专|高中/ },
  // Reading one's own file (党员档案能自己查吗); the same asked as 查看自己的档案 or 志愿书 follows.
  { question: /(查|看|调阅|复印)[^，。？,?]{0,4}(自己的|本人的?)档案|档案[^，。？,?]{0,4}(自己)(查|看|调阅|复印)/, fact: /查阅|调阅/ },
  { question: /查(看|阅)?(自己|本人)的?[^，。？,?]{0,4}(档案|志愿书)/, fact: /查阅|查看/ },
  { question: /(家属|家人|亲属|老婆|爱人|子女)[^。？?]{0,8}(替|代|帮)[^。？?]{0,4}(申诉|申辩)/, fact: /家属|亲属/ },
  { question: /(爱人|家属|孩子|配偶|老公|老婆|家人)[^。？?]{0,10}(陪|一起)[^。？?]{0,10}(主题党日|组织生活|党员大会|党课|支部活动)|(主题党日|组织生活|党员大会|党课|支部活动|志愿服务)[^。？?]{0,12}(带|陪)[^。？?]{0,3}(家属|家人|孩子|爱人|配偶)/, fact: /家属|非党员|群众/ },
  { question: /评估的?结果[^。？?]{0,10}公开|公开[^。？?]{0,6}评估的?结果/, fact: /公开/ },
  { question: /用(什么|哪种)笔|涂改/, fact: /涂改|钢笔|[^一-龥]笔/ },
  // Dues waived, made up or paid before joining (党费能免不, 一次性补上, 积极分子要不要交党费), activities
  // missed and made up (错过的主题党日必须补吗), a majority to be elected (得票过半才能当选吗), dishes at a
  // reception, reading the oath from a paper, a certificate to be a lecturer, two secretaryships at once,
  // changing one's recorded name: none is stated.
  { question: /党费[^。？?]{0,10}(免交|能免|免不|不用再?交|不交了|减免)|(免交|不用再?交|减免)[^。？?]{0,6}党费/, fact: /免交|减免/ },
  { question: /(补交|补缴|一次性(交|补))[^。？?]{0,6}党费|党费[^。？?]{0,10}(补交|补缴|一次性)/, fact: /补交|补缴/ },
  { question: /(积极分子|入党申请人|发展对象)[^。？?]{0,16}(交|缴)[^。？?]{0,4}党费/, fact: /(积极分子|申请人|发展对象)[^。]{0,20}党费/ },
  { question: /(错过|缺席|没参加|漏)[^。？?]{0,16}(主题党日|组织生活|党课|党员大会|会)[^。？?]{0,12}补/, fact: /补/ },
  { question: /(选|选举|当选|选上)[^。？?]{0,16}(过半|半数|一半)|(过半|半数|一半)[^。？?]{0,10}(当选|选上)/, fact: /(当选|选举)[^。]{0,20}(半数|过半)|(半数|过半)[^。]{0,20}(当选|选举)/ },
  { question: /几菜一汤|(几|多少)个?菜/, fact: /菜/ },
  { question: /看(着)?(稿|稿子|手机|纸条?)[^。？?]{0,4}(念|读|宣誓)|(念|读)稿/, fact: /稿/ },
  { question: /(要不要|需要|得|要)[^。？?]{0,4}考[^。？?]{0,6}(资格证|证书)/, fact: /资格/ },
  { question: /同时兼[^，。？,?]{0,8}书记|兼任?[^，。？,?]{0,6}(另一个|隔壁|别的|两个)[^，。？,?]{0,4}书记/, fact: /兼任[^。]{0,10}书记|书记[^。]{0,10}兼任/ },
  { question: /(改了?名|改名字|更名|身份证号)[^。？?]{0,14}(变更|更改|修改|改)/, fact: /变更|更改/ },
  // A group leader's term (党小组组长一届当几年), donations (捐款有没有最低数额), study-app points (学习平台积分),
  // training certificates (积极分子培训发证书吗), the years before a retired cadre may advise a firm.
  { question: /党小组(组)?长[^。？?]{0,8}(一届|任期|几年一换|当几年|干几年)/, fact: /党小组[^。]{0,20}(届|任期)/ },
  { question: /捐款[^。？?]{0,12}(数额|多少|金额|最低|标准)/, fact: /捐款|捐/ },
  { question: /(学习平台|学习强国|app|APP)[^。？?]{0,24}(积分|分数)|(刷|挣|攒)[^。？?]{0,4}(积分|分)|(拿|得)多少积分/, fact: /积分|学习强国|学习平台/ },
  { question: /(发|颁发|有没有|给不给)[^。？?]{0,3}(证书|结业证)/, fact: /证书|结业/ },
  { question: /退休(以)?后[^。？?]{0,12}(几年|多久|多长时间)[^。？?]{0,12}(顾问|任职|兼职|企业)/, fact: /退休[^。]{0,20}[0-9一二三四五六七八九十]+年/ },
  // A sponsor who died or left (入党介绍人去世了，要不要换人、补签).
  { question: /介绍人[^。？?]{0,10}(去世|过世|病故|不在了|调走|调离|退休)/, fact: /介绍人[^。]{0,20}(去世|调离|变更|更换)/ },
  // This year's date of a local event (我们省今年的集中宣誓定在哪一天): a local schedule.
  { question: /(今年|明年|这次|下次)[^。？?]{0,12}(定在|安排在|放在)(哪天|哪一天|几号|什么时候|几月)/, fact: null },
  // Where to report misconduct (有没有举报电话或者网站): local practice.
  { question: /举报(电话|网站|网址|邮箱|平台)/, fact: null },
  // Which party school, which office keeps a thing, recommended routes, minutes of a speech: local practice.
  { question: /(哪个|哪所|哪一个)党校|(哪个|哪一个)(科室|处室)|推荐的?[^。？?]{0,6}(路线|线路|景点)|(哪个|哪些|哪家)(纪念馆|展览馆|博物馆|教育基地)/, fact: null },
  { question: /几分钟|多少分钟/, fact: /分钟/ },
  // Places in one's own county (我们县有哪些红色教育基地): no regulation lists them.
  { question: /(我们|咱们|本)(县|市|省|区|镇|乡)[^。？?，,]{0,4}有哪些|(那边|当地|这边|附近)[^。？?，,]{0,4}有哪些/, fact: null },
  // Online study counted toward the hours (线上学习最多能算多少学时): no regulation here sets a share.
  { question: /(线上|网上|网络|在线)[^。？?]{0,8}(算|折算|抵)[^。？?]{0,4}(多少|几)个?学时|(线上|网上|网络|在线|手机上?)[^。？?]{0,10}(折算|抵|算进|计入|算入)|折算[^。？?]{0,4}(几|多少)个?学时|(能|可以)算(几|多少)个?学时/, fact: /(线上|网上|网络|在线)[^。]{0,10}学时|折算/ },
  // Study hours credited for an activity (参观红色纪念馆能折算成多少学时): the library counts hours, it converts none.
  { question: /折算[^。？?]{0,10}学时|学时[^。？?]{0,6}折算|(算|抵)(多少|几)个?学时/, fact: /折算|计入|抵/ },
  // How many times make a case serious (公车私用几次算情节较重): the rules weigh 情节, they do not count.
  { question: /几次(就)?(算|才算|取消|开除|除名|撤销)|(多少|几)次以上算|[两三四五六七八九十0-9]+次[^。？?]{0,6}算不算[^。？?]{0,4}(情节|严重|较重)/, fact: /[0-9一二两三四五六七八九十]+次/ },
  // Where and when a local event is held (集中宣誓在啥地方搞, 北京今年七一有哪些宣誓活动安排), a donation's
  // procedure, a quota handed down to one's own place (党代表名额分给我们乡几个): local facts.
  { question: /(啥|什么)地方(搞|开|办|举行)|指定的?(场所|地点)|(今年|明年|这个月|下个月|本月)[^。？?]{0,16}(活动安排|安排了?哪些|有哪些[^。？?]{0,6}活动)/, fact: /场所|地点|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日/ },
  { question: /(想|要|打算|准备)[^。？?，,]{0,10}捐(款|钱|[0-9一二两三四五六七八九十百千万]+(块|元))/, fact: /捐/ },
  { question: /(分给|分到|给)(我们|咱们)[^。？?]{0,6}(几个|多少)|(我们|咱们)(乡|镇|村|单位|支部|县|区)[^。？?]{0,6}(几个|多少个?)(名额|指标)/, fact: null },
  // Floors, rooms, counters, streets and phone numbers of an office: local facts no regulation states.
  { question: /(哪个|什么|几号|啥)窗口|窗口在哪|(打|拨)(哪个|什么|啥)电话|电话(是)?多少|哪条(街|路|巷|胡同)|(具体|详细|哪个|什么)地址|地址(在哪|是什么|是啥|是多少)|几楼|几层楼|几号楼|哪(个|间)(房间|教室|会议室)|门牌号|电话号码(是|多少|在哪)|(什么|哪个)电话号码|联系电话是/, fact: null },
  // The date of this month's or next week's meeting ("我们支部这个月主题党日定在哪天"): a local
  // schedule, answered only by a passage that gives a day or an hour.
  {
    question: /(我们|咱们|本)[^。？?]{0,6}(这个月|下个月|本月|这周|下周|本周|这星期|下星期|下次|下一次|下回)[^。？?]{0,12}(哪天|哪一天|几号|几点|什么时候)/,
    fact: /[0-9一二三四五六七八九十]+(号|日)|星期[一二三四五六日天]|周[一二三四五六日]|[0-9]+[:：点]/,
  },
  // Where a local matter stands ("表彰名单出来了没有", "我的转正批下来没"): no regulation says.
  { question: /(出来|公布|下来|批|(?<!规)定|发|到)了?(没有|没)(呢|啊|呀)?([,，][^,，。？?]{0,10})?[？?。！!]*$/, fact: null },
  // Quotas for admitting members or for awards ("今年发展党员名额有几个", "评优秀党员有几个名额"): set
  // by the party committee each year, stated by no regulation; 委员的名额 is no such quota. The award
  // may be named in the clause before ("评选优秀共产党员，名额按什么比例定").
  {
    question: /^(?=.*(多少|几|怎么(分|定|算|给|核定)|按什么|比例|有没有|是否有|给不给)|[^，。？,?]{0,10}$).*((发展党员|发展|入党|评优|评先|优秀|表彰|先进)[^。？?]{0,8}(名额|指标)|(名额|指标)[^，。？,?]{0,4}(发展|入党))/, unless: /^.*((完成|凑|为了)[^。？?]{0,6}(名额|指标)|(名额|指标)[^。？?]{0,4}(没完成|完不成|没完|凑)|(名额|指标)[^。？?]{0,30}(凑上|凑够|凑数|突击|一口气))/,
    fact: /(发展党员|入党|评优|优秀|表彰|先进)[^，。；]{0,4}(名额|指标)/,
  },
  // Totals and statistics ("全国一共有多少党员").
  { question: /(一共|总共|总计)有?多少/, fact: /[0-9]{2,}|万/ },
  // What a revision changed ("2023年新修订的纪律处分条例改了哪些地方"): a regulation states its own text,
  // not how it differs from another version; only a passage that lists changes answers it.
  { question: REVISION_CHANGES, fact: /修订说明|主要修改|作(出)?如下修改|修改如下/ },
  // The village secretary also heading the villagers' committee (村支书兼村委会主任, 一肩挑): not in this library.
  { question: /(书记|支书)[^。？?]{0,10}(兼|兼任|同时(当|担任|兼))[^。？?]{0,6}(村委会|村主任|居委会|主任)|(村委会|居委会)主任[^。？?]{0,10}(一个人|一人|同一人|同一个人)/, fact: /村民委员会主任|一肩挑/ },
  // Where the party badge is worn (党徽戴左胸还是右胸, 该戴哪边): no regulation here says.
  { question: /党徽[^。？?]{0,16}(戴|佩戴|别)[^。？?]{0,8}(哪|左|右|位置|什么地方)/, fact: /佩戴/ },
  // How often and how soon an appeal is heard (最多能申诉几次, 多长时间内必须答复): not stated.
  { question: /申诉[^。？?]{0,14}(几次|多少次|次数|多长时间|多久|几天|时限|期限|答复|回复)/, fact: /申诉[^。]{0,30}[0-9一二三四五六七八九十]+(次|日|天|个月)/ },
  // Where or how dues are paid (党费交学校还是交新单位, 党费怎么交): not stated.
  { question: /党费[^。？?]{0,8}(交给|交到|交学校|交哪|在哪交|向谁交|交给谁|怎么交|如何交)|(在哪|哪里|向谁|给谁)[^。？?]{0,4}交[^。？?]{0,2}党费/, fact: /党费[^。]{0,12}(交给|交到|收缴|渠道)|(向|由)[^。]{0,10}(收缴|交纳)党费|(按月|每月|按季度)交纳/ },
  // Publicity before a cadre's promotion (干部提拔公示几天): the recruitment rules' 公示 is of 发展对象.
  { question: /(提拔|任前|任职|干部|晋升|选拔)[^。？?]{0,6}公示[^。？?]{0,8}(几天|多久|多长|多少天|几个工作日|期|要求|流程|程序)/, fact: /任前公示|提拔|选拔任用[^。]{0,20}公示/ },
  // What to fill in as one's political status on a form (政治面貌那一栏填中共党员还是预备党员): form practice, not stated.
  { question: /政治面貌/, fact: /政治面貌/ },
  // Where something is registered (公众号要先去哪里备案): only a passage on 备案 answers.
  { question: /(去|到|向)哪(里|儿)?备案|备案[^。？?]{0,6}(去哪|哪里|在哪|流程|手续)/, fact: /备案/ },
  // The shares of dues kept and passed up (党费基层留多少、往上缴多少，比例是多少): not in this library.
  { question: /党费[^。？?]{0,16}(比例|留多少|上缴多少|缴多少|百分之)/, fact: /党费[^。]{0,20}(%|分之|比例)/ },
  // Kinds of accountability (问责方式有哪几种): set by the 问责条例, not in this library.
  { question: /问责[^。？?]{0,10}(方式|种类|几种|哪几种|形式|分几类)/, fact: /问责方式|问责的?(方式|种类)[^。]{0,6}(包括|分为|有)/ },
  // An upper age limit for joining (入党有没有年龄上限，五十好几了还能申请不): only a minimum (年满十八岁) is stated.
  { question: /年龄上限|(最大|最高)年龄|(五|六|七|八)十(多|好几|来)岁?了?[^。？?]{0,8}(还能|能不能|可以|还可以)[^。？?]{0,4}(入党|申请)/, fact: /(以下|不超过|上限)[^。]{0,6}岁|[0-9一二三四五六七八九十]+(周)?岁以下/ },
  // A second oath after an extended probation or a transfer (预备期被延长了，还要再宣一次誓吗): not stated.
  { question: /再(宣|宣一次|宣一遍)誓|重新宣誓|再(宣誓|宣一次誓)/, fact: /重新宣誓|再次宣誓/ },
  // A second oath on becoming a full member (转正的时候还要再宣誓吗): the oath is taken on admission.
  { question: /(转正|转为正式党员)[^。？?]{0,16}(再|重新|还要|还得|又)[^。？?]{0,8}宣誓/, fact: /(转正|正式党员)[^。]{0,30}宣誓|宣誓[^。]{0,30}(转正|正式党员)/ },
  // Online study counted toward the yearly hours (32个学时里网上学的能算多少): not stated.
  { question: /(网上|线上|手机|在线|网络)[^。？?]{0,8}(学|学习)[^。？?]{0,6}(算多少|能算|计入|折算|算不算)/, fact: /(网上|线上|在线|网络)[^。]{0,12}(学时|计入|折算)/ },
  // Days allowed (多少天内报中央纪委批准): a deadline is stated only where a passage counts days, weeks or months (一个月内).
  { question: /(多少|几)天(以|之)?内/, fact: /[0-9一二两三四五六七八九十]+(个)?(日|天|工作日|周|星期|月)|[日天月]内/ },
  // The same within months or years (几个月之内补选, 立案审查几个月之内办结): stated only where a passage counts them.
  { question: /(多少|几)个?(月|年)(以|之)?内/, fact: /[0-9一二两三四五六七八九十半]+个?(月|年)(以|之)?内/ },
  // Hours of volunteering (志愿服务要满多少小时): the library counts training hours, not volunteering.
  { question: /志愿服务[^。？?]{0,10}((多少|几)(个)?小时|时长|时数)|((多少|几)(个)?小时|时长)[^。？?]{0,6}志愿服务/, fact: /志愿服务[^。；]{0,30}(小时|学时)/ },
  // Class hours of a course (党史课至少要占多少课时, read as 学时): the library counts members' 学时, no course's.
  { question: /(课|课程|班次)[^。？?，,]{0,8}(多少|几)个?学时/, fact: /学时/ },
  // Dues paid by someone else (党费能不能让同事先帮我代交): the library says when dues are late, not who may pay them.
  { question: /党费[^。？?]{0,16}(代交|代缴|帮我交|替我交|帮忙交|帮我垫)|(代交|代缴)[^。？?]{0,6}党费/, fact: /代交|代缴|委托/ },
  // How a member's rights come back after 留党察看 (恢复党员权利要不要开支部大会表决): the rules say they are restored, not by what vote or application.
  { question: /恢复(其)?党员(的)?权利[^。？?]{0,24}(表决|投票|写申请|书面申请|本人申请|申请吗|开会|开大会|开支部大会)|(表决|投票)[^。？?]{0,12}恢复(其)?党员(的)?权利/, fact: /恢复[^。]{0,8}权利[^。]{0,30}(表决|讨论|申请)/ },
  // Hours of party-history study (党史学习教育一年要学够多少学时): the 32学时 are members' training at large.
  { question: /党史[^。？?]{0,16}(多少|几)个?学时/, fact: /党史[^。]{0,30}学时/ },
  // A member admitted after death (追认为党员的同志，党龄从哪天算, 要公示几天, 家属要先申请吗): the rules say who approves, nothing more.
  { question: /追认[^。？?]{0,24}(党龄|公示|家属|家里人|爱人|待遇)|党龄[^。？?]{0,16}追认/, fact: /追认[^。]{0,40}(党龄|公示|家属|待遇)/ },
  // How papers travel (材料是本人带过去还是走机要寄送): the rules say they are passed on, not how.
  { question: /(带过去|自己带|本人带|随身带|亲自送)[^。？?]{0,20}(机要|寄)|(机要|寄送|邮寄)[^。？?]{0,20}(带过去|自己带|本人带|随身带)/, fact: /机要|寄送|邮寄|携带|自带/ },
  // Whose view prevails when two bodies disagree (跟派驻纪检监察组意见不一样，最后听谁的): stated only as a rule of majorities or of upper and lower bodies.
  { question: /(意见|看法)[^。？?]{0,6}(不一样|不一致|不同|谈不拢|有分歧)[^。？?]{0,12}(听谁的|以谁的?为准|谁说了算)|谈不拢[^。？?]{0,10}(听谁|以谁|谁说了算)/, fact: /不一致|分歧|少数服从多数|坚持原决定|保留/ },
  // A penalty while an appeal is pending (申诉期间处分是不是先不执行): the rules give the right to appeal, not its effect.
  { question: /申诉[^。？?]{0,20}(先执行|暂停执行|先不执行|停止执行|暂缓执行|要先执行|还执行|不执行)/, fact: /申诉[^。]{0,30}(执行|停止)/ },
  // How someone once expelled joins again (开除党籍满五年想重新入党，要从积极分子重新培养吗, 报哪一级批准): only the five years are stated.
  { question: /开除[^。？?]{0,20}(重新入党|再入党|重新申请)[^。？?]{0,24}(预备期|哪一级|哪级|批准|从头|重新走|走一遍|重新培养|积极分子)/, fact: /重新入党[^。]{0,40}(批准|预备期|培养)/ },
  // Votes in the League's recommendation (团支部推优得有多少团员投票同意): the rules name 推优, not its vote.
  { question: /推优[^。？?]{0,20}(投票|票数|表决|过半|半数|多少(人|团员)同意)/, fact: /推优[^。]{0,30}(票|表决|过半|半数)/ },
  // How a party group's leader is chosen (党小组组长是选出来的还是支部指定的): no regulation here says.
  { question: /(党小组|小组)的?(组)?长[^。？?]{0,20}(选举|选出|选的|指定|任命|怎么产生|怎么定|谁定)/, fact: /组长[^。]{0,30}(选举|指定|产生)/ },
  // A relative's record weighed in the political review (我舅舅坐过牢，政审会不会卡住我): the review reads relatives' political situation, not records.
  { question: /(失信|坐过牢|坐牢|判过刑|判刑|犯罪记录|犯过罪|被执行人?)[^。？?]{0,30}(影响|卡|通不过|入不了|能不能入党|还能入党)/, fact: /失信|刑事|犯罪|判刑/ },
  // A civil vetting asked about (会不会影响我考公务员的政审): the party's political review is of its applicants.
  { question: /(考公|公务员|考编|事业编|参军|当兵|入伍|军校|政法)[^。？?]{0,6}政审|政审[^。？?]{0,10}(考公|公务员|考编|事业编|参军|当兵|入伍)/, fact: null },
  // What a notice of candidates shows and how a complaint during it is handled (公示要不要把身份证号贴出来, 公示期间有人匿名举报多久出结论).
  { question: /公示[^。？?]{0,20}(身份证|住址|出生年月|照片|哪些内容|写哪些|贴哪些)|公示[^。？?]{0,12}(举报|反映问题|有人反映)[^。？?]{0,20}(多久|怎么核查|暂停|核查)/, fact: /公示[^。]{0,40}(内容|身份证|住址|照片|举报|核查)/ },
  // A headcount that makes a gathering misconduct (校友会人数超过多少就算违规): the rules weigh the conduct, they count no heads.
  { question: /人数[^。？?]{0,6}(超过|多于)(多少|几)[^。？?]{0,8}(算|就算|才算)/, fact: /[0-9一二三四五六七八九十]+人|半数|分之/ },
  // An age that frees members from party life (老党员年纪多大以后就可以不用参加组织生活): the rules name no age.
  { question: /(年纪|岁数|年龄)多大[^。？?]{0,12}(可以|就|不用|免)|多大(年纪|岁数)[^。？?]{0,12}(可以|就|不用|免)/, fact: /[0-9一二三四五六七八九十]+(岁|周岁)/ },
  // A branch's social-media account (支部开微信公众号用谁的名义注册、要不要报批): no regulation here says.
  { question: /公众号[^？?]{0,40}(注册|名义|审批|报批|备案|主体)/, fact: /公众号/ },
];

/** True when the question asks for a kind of fact in the table that the passage does not contain. */
export function factKindMissing(normalizedQuestion: string, passageText: string): boolean {
  return ANSWER_KINDS.some((k) => k.question.test(normalizedQuestion) && !k.unless?.test(normalizedQuestion) && (k.fact === null || !k.fact.test(passageText)));
}
