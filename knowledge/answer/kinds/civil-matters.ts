/**
 * Matters party rules do not govern (exams, jobs, housing, school discipline, markets), pay and
 * entitlements asked where no passage speaks of them, and articles written of leading cadres only.
 */
import { askedPart, isAsking } from '../../index/asking-part';

const PAY = '津贴|补贴|奖金|报酬|工资|薪酬|福利|报销|绩效奖|年终奖|课酬|劳务费';

/** Pay and benefits: answered only from a passage that speaks of the same thing. */
const PAY_WORDS = new RegExp(PAY, 'g');

/**
 * Asking whether one *gets* pay or benefits. The library mentions money only as misconduct
 * (滥发津贴、违规报销), so such a question is answerable only when it asks about that misconduct.
 */
const ENTITLEMENT_QUESTION = new RegExp(`(^|[^没])有(${PAY})$|(${PAY}).{0,4}(拿|领|发|给|享受|吗|么|没有|不|涨|加|提高)|(有没有|有无|能不能|能否|可以|能|给不给|发不发).{0,8}(${PAY})`);
/** The rate at which an expense is paid back ("交通和餐费按什么标准报"): an amount only a passage in 元 states; the rules on 超标准 spending are asked as misconduct. */
const EXPENSE_STANDARD = /(费|补助|补贴|报销|经费|慰问)[^，。？,?\s]{0,8}(标准|金额|怎么报|按什么|报多少|怎么算|如何算)|按什么标准(报|发|给|算)|(接待|差旅|住宿|用餐|伙食|出差)[^，。？,?]{0,4}标准/;
const MISCONDUCT_WORDS = /处分|党纪|警告|察看|撤职|开除|处理|处罚|罚得|重罚|虚开|违纪|违规|违反|滥发|乱发|多发|私分|虚报|挂个?名|有事吗|有没有事|追究|查处|算不算|问责|后果|有问题|有没有问题|合规|没事|毛病|谋私|公款|公家|公费|名头|幌子|旗号|旅游|游玩|多玩|顺便玩/;
/** Pay from a side post (兼职取酬): the discipline rules govern it, so asking whether one may take it is answerable. */
const SIDE_POST = /兼职|兼任|协会|学会|社会团体|顾问|独立董事|独董|挂了?个?[^，。？,?]{0,4}(会长|理事|职务)|讲课费|评审费/;

/**
 * Civil and personal matters party rules do not govern: exams and jobs, social insurance, housing,
 * household registration, loans, village and residents' committees, trade-union money. Declined outright; a question about party training of civil
 * servants says 公务员 without these words.
 */
const CIVIL_MATTERS = /考公|个税|个人所得税|职称评审|核心期刊|考军校|在职研究生|随军|(上|读|进)(公办|民办)(小学|幼儿园|学校)?|学区房|居住证|房产证|退休年龄|(几|多少|多大|[0-9一二三四五六七八九十]+)岁数?(必须|就得|就要|得|要|该)?退(休|下来)|职业年金|企业年金|(?<!备)考编|婚假|年假|病假|丧假|探亲假|报志愿|平行志愿|投档|退档|哺乳期|降薪|劳动合同|劳动法|公务员考试|考公务员|考研|考证|找工作|跳槽|外企|私企|社保|五险一金|五险|公积金|养老金|退休金|医保|落户|户口|买房|买[^，。？,?]{0,3}套房|购房|房贷|贷款|签证|出国旅游|驾照|村委会|村民委员会|居委会|居民委员会|工会经费|工会会费|团建|业主委员会|业委会|事业编|村务监督委员会|村监委|工伤|邻里|物业(?!公司)|装修(?!公司)|拖欠|讨薪|欠薪|借[^。？?]{0,20}(不还|赖账)|讨债|要账|欠钱不还|离婚|房子(怎么|如何)分|财产分割|加班费|调休|法律途径|简历|公务员录用|招录|招生|招(收)?(这个专业的)?(博士|硕士|研究生)|考(什么|啥|哪些)证|参军|当兵|征兵|申请低保|体检|放假|放几天假/;
/**
 * Changing jobs named beside a party process ("当积极分子快一年了，现在要跳槽，培养要从头来吗"): the
 * question is about what the move does to the process (细则 on transferring 积极分子, 组织关系).
 */
/** A member's breach of discipline told beside a civil matter (党员违纪后跑了，村委会主任说只能干等): a discipline case. */
const PARTY_DISCIPLINE_CASE = /党员[^。？?]{0,10}(违纪|违反纪律|处分)|(违纪|处分)[^。？?]{0,10}党员|(违规|违纪|出事)(不|吗|么)?[？?]*$/;

/**
 * The party organisation beside a village or residents' committee (村党支部跟村委会谁说了算, 村委会有三个党员能建支部吗):
 * party work, no civil matter.
 */
const PARTY_AND_COMMITTEE = /(党支部|支部|党组织|党委|党总支)[^。？?]{0,12}(村委会|居委会|村民委员会|居民委员会|业委会|业主委员会)|(村委会|居委会|村民委员会|居民委员会|业委会|业主委员会)[^。？?]{0,12}(党支部|支部|党组织|党委|党总支|党员)/;
const CAREER_MOVE = /跳槽|找工作|换工作|(?<![在是](一家)?)外企|(?<![在是](一家)?)私企/;
/** The same words, every occurrence (to take them out before looking for other civil matters). */
const CAREER_MOVES = /跳槽|找工作|换工作|外企|私企/g;
const PARTY_PROCESS = /入党|退党|转正|预备期|考察期|党旗|党徽|正式党员|积极分子|发展对象|预备党员|组织关系|党籍|党费|组织生活|党组织|党支部|支部书记|党委|培养|党史|主题党日|三会一课|党员大会|支委|党课/;

/**
 * A school's discipline of its pupils ("孩子在学校被记了警告处分，会影响中考吗"): school rules, not party
 * discipline, unless the question speaks of the party (学生党员受了处分).
 */
const SCHOOL = /(?<!大)学校|学生|校方|校规|学籍|中考|高考|上课|老师|班主任|家长|小学|初中|高中|班里|班级/;
const SCHOOL_PENALTY = /处分|警告|记过|开除|留校察看|守纪律|纪律委员|班干部/;
/** Penalties of the public-service rules the party's five do not include. */
const GOVERNMENT_PENALTY = /记大过|(?<!留校察看、?)记过|降级/;
/** The party side of a pupil's story: a member or an official answering for the family (我这当局长的也要挨处分), or a teacher's own misconduct (考前透露考题). */
const SCHOOL_PARTY_SIDE = /党|干部|领导|公职|局长|处长|科长|厅长|县长|市长|镇长|乡长|书记|透露|泄露|考题|试题|我[^。？?]{0,6}(当|是)老师|纪委|交代问题/;

/** Dealing in one's own cards (健身卡能转让吗, 会员卡怎么退): consumer matters, unless a party member's conduct is asked. */
const CARD_DEALING = /(健身卡|会员卡|储值卡|购物卡|消费卡|加油卡|公交卡)[^。？?]{0,8}(转让|过户|退卡|转给|能退|怎么退|挂失|续费)/;

/** Markets and investments: off topic, unless asked as a rule for party members or cadres (违规买卖股票). */
const INVESTMENT = /股票|炒股|基金|理财|期货|大盘|A股|比特币|彩票/;
const PARTY_ACTOR = /党员|干部|领导|公职|党组织/;

/** Statistics and the present state of the country or the party ("我国现在有哪几个民主党派", "全国党员人数"). */
const CURRENT_STATISTICS = /(全国|全党|我国|中国|全省|全市)(的)?(党员|党组织|基层党组织|党支部)(总共|一共)?有?多少(人|个|名)?$|(全国|全党|我国|中国|全省|全市|全世界)[^，。？,?]{0,4}(党员|党组织|基层党组织|党支部|人口)[^，。？,?]{0,3}(人数|数量|总数|总量|规模)|(我国|全国|中国|国内|全党|党内|全世界|世界上|国际上).{0,10}(现在|目前|如今|今年|去年|当前).{0,10}(有多少|有几|有哪些|有哪几|多少个|多少名)|(现在|目前|如今|今年|去年).{0,6}(我国|全国|中国|全党).{0,10}(有多少|有几|有哪些|有哪几)/;

/** An asker who says they lead nothing (普通党员, 不是领导), and an article whose subject is leading cadres. */
const ORDINARY_MEMBER = /我(是|就是|只是)?(个|一个|一名)?(普通党员|一般党员)|我[^。？?，,]{0,6}(不是|并非|也不是|又不是)(什么)?(领导|干部|党员领导干部)/;
const LEADERS_ONLY = /^第[一二三四五六七八九十百零]+条\s*(党员领导干部|领导干部)/;

/** Who passes a question on, named by a civil body (居委会小吴问…): the body is no civil matter asked about. */
const ASKER_AFFILIATION = /(居委会|村委会|工会|物业|业委会)的?(小|老|大)?[\u4e00-\u9fff]{0,2}(问|说|想知道)/g;


/** True when the question asks a civil matter, or pay or an entitlement the passage does not speak of. */
export function civilMatterOrPayUnstated(normalizedQuestion: string, passageText: string): boolean {
  // Civil matters and pay count where the question asks; the kinds of fact in ./fact-kinds.ts read the whole story.
  // Clauses, not sentences: "…工资涨了一点，但换了个党支部…，觉得白干了。之前的培养时间还能算吗" asks no pay.
  const ask = askedPart(normalizedQuestion, 'clause');
  // A civil matter told in an earlier clause, and party work asked in the last ("我弟在部队当兵，部队的党史学习教育照这个条例办吗").
  // A clause with a question word asks ("那工会经费怎么花"), it does not tell.
  const clauses = ask.split(/[,;，；]/);
  const lastClause = clauses.at(-1) ?? '';
  const partyAsked = PARTY_PROCESS.test(lastClause) || (clauses.length > 2 && PARTY_PROCESS.test(clauses.at(-2)!) && !CIVIL_MATTERS.test(clauses.at(-2)!));
  const civilTold = partyAsked && clauses.every((c, i) => !CIVIL_MATTERS.test(c) || (i < clauses.length - 1 && !isAsking(c)));
  const otherCivil = CIVIL_MATTERS.test(ask.replace(CAREER_MOVES, '').replace(ASKER_AFFILIATION, '')) && !PARTY_AND_COMMITTEE.test(ask) && !PARTY_DISCIPLINE_CASE.test(ask) && !civilTold;
  const careerOnly = CAREER_MOVE.test(normalizedQuestion) && !PARTY_PROCESS.test(normalizedQuestion);
  if (otherCivil || careerOnly || CURRENT_STATISTICS.test(normalizedQuestion)) return true;
  // An ordinary member (我是普通党员，不是领导) asking about an article written of leading cadres only.
  if (ORDINARY_MEMBER.test(normalizedQuestion) && LEADERS_ONLY.test(passageText)) return true;
  // 记过, 记大过, 降级 asked about are penalties of the public-service rules (政务处分), not the party's.
  if (GOVERNMENT_PENALTY.test(ask) && !GOVERNMENT_PENALTY.test(passageText)) return true;
  if (SCHOOL.test(normalizedQuestion) && SCHOOL_PENALTY.test(normalizedQuestion) && !SCHOOL_PARTY_SIDE.test(normalizedQuestion)) return true;
  if ((INVESTMENT.test(normalizedQuestion) || CARD_DEALING.test(normalizedQuestion)) && !PARTY_ACTOR.test(normalizedQuestion) && !MISCONDUCT_WORDS.test(normalizedQuestion)) return true;
  if (ENTITLEMENT_QUESTION.test(ask) && !MISCONDUCT_WORDS.test(normalizedQuestion) && !SIDE_POST.test(normalizedQuestion)) return true;
  if (EXPENSE_STANDARD.test(normalizedQuestion) && !MISCONDUCT_WORDS.test(normalizedQuestion) && !/元/.test(passageText)) return true;
  // Pay named in a story of misconduct ("挂名领工资，这算违纪吗") is what happened, not what is asked.
  const pay = ask.match(PAY_WORDS);
  return pay !== null && !pay.some((w) => passageText.includes(w)) && !MISCONDUCT_WORDS.test(normalizedQuestion) && !SIDE_POST.test(normalizedQuestion);
}
