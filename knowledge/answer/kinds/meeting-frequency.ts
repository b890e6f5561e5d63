/** How often a meeting is held, or how many times something is done, said of what is asked about. */
import { askedPart } from '../../index/asking-part';
import { CLAIM_CHECK_WORDS } from './claim-words';

/**
 * How often a meeting is held (or another recurring duty done: 思想汇报) is stated of that meeting:
 * "党支部每年至少召开1次组织生活会，……一般以党员大会、党支部委员会会议或者党小组会形式进行" names
 * 党小组会 but does not say how often it meets. A how-often question about a meeting is answered only
 * by a passage where the meeting and a frequency stand in one clause or two neighbouring clauses of
 * one sentence ("支部党员大会由全体党员参加，一般每季度召开1次"). "定期召开" says not how often.
 */
const MEETINGS: readonly RegExp[] = [
  /党小组会/,
  /支委会|支部委员会(会议)?/,
  /党员大会/,
  /(?<!三会一)党课/,
  /主题党日/,
  /组织生活会/,
  /民主生活会/,
  /民主评议/,
  /谈心|谈(几|多少)次心|谈(几|多少)次话|谈话[^，。？,?]{0,4}(几|多少)次/,
  /(社区|街道|居委会|村里|党组织)报到|去[^。？?]{0,6}报到/,
  /思想汇报|汇报思想/,
  /中心组/,
  /志愿服务/,
  /常委会|常务委员会/,
  /送学上门|上门送学/,
  /双重组织生活/,
  /参观|红色(场馆|教育基地|景点)/,
  /报告会|宣讲|讲座|知识竞赛|座谈会/,
];
const FREQUENCY_QUESTION = /频次|频率|次数|(一|1)个?(月|季度|年)(一|1)(交|写|开|搞)|多久|多长时间|隔多长|几次|一年.{0,4}几|一个月.{0,4}几|一个季度.{0,4}几|(一|1)个?(月|季度)(至少|最少)?(必须|要|得)?(交|写|开|搞|召开|举行)?(一|1)(次|篇)|(一|1|半)年(开|搞|召开|举行)?(一|1)次|每(年|月|季度|周).{0,4}几|几(年|个月|周)一|每个?(月|年|季度|周|星期)都?(至少|最少)?(得|要|必须)?(开|搞|召开|举行|交|写)|(必须|得|要)每个?(季度|月|年|周|半年)(交|写|开|搞)|每个?(季度|月|年|周|半年)(交|写|开|搞|召开|举行)?(一|1)(次|篇)/;
/**
 * A term of office (一届几年, 几年一换), a time limit (改正期限能给多久, 多长时间内), a time after an event
 * (预审通过后多久要开党员大会), a wait (得等多久) or a delay (最多能往后推多久) is asked of the body or the case,
 * not of its meetings: no meeting-frequency question.
 */
const TERM_OF_OFFICE = /届|任期|一换|换一次|期限|限期|(预备期|考察期)(?![里内间中])|等多久|等多长时间|往后推|推迟|推后|延后|(后|以后|之后)多久|最迟|最晚|(多久|多长时间|几天|几个月)(以)?内/;
/** A frequency claimed to be checked (听说党员每年至少要参加4次志愿服务，是真的吗). */
const FREQUENCY_CLAIM = /(每(年|月|季度|周)|一年|一个月)(至少|最少)?(要|得|必须)?[^，。？,?]{0,6}[0-9一二两三四五六七八九十]+次/;
/** A passage stating how often: 每年, 一年一次, 至少…次. */
export const FREQUENCY_FACT = /每(年|月|季度|半年|周)|[一二两三四五六七八九十0-9]+(年|个月|季度|周)[^，。；]{0,6}(一次|1次)|至少[^，。；]{0,10}次|[一二两三四五六七八九十0-9]+次/;

/** How many times, asked outright (not 多久, which also asks how long; not 教育了几回 or 推了好几次, which tell). */
const COUNT_OF_TIMES = /(?<![了好十])(几|多少)(次|回|场|趟|份)|次数|频次|频率/;

/**
 * True when the question asks how often a meeting is held and none of `texts` says it of that meeting,
 * or asks how many times something else is done and none of `texts` counts times at all.
 */
export function meetingFrequencyUnstated(normalizedQuestion: string, texts: readonly string[]): boolean {
  // A story's closing sentences ask; a meeting told earlier ("五月份就开了党员大会…最长能拖多久") is not asked about.
  const q = askedPart(normalizedQuestion);
  if (!(FREQUENCY_QUESTION.test(q) || (FREQUENCY_CLAIM.test(q) && CLAIM_CHECK_WORDS.test(q))) || TERM_OF_OFFICE.test(q)) return false;
  const asked = MEETINGS.filter((m) => m.test(q));
  // A count of times asked of something else (每年至少要交几份提案, 一年去基地参观几次): some passage must count times.
  if (asked.length === 0) return COUNT_OF_TIMES.test(q) && !texts.some((t) => FREQUENCY_FACT.test(t));
  const states = (m: RegExp, text: string): boolean =>
    text.split(/[。；！？\n]/).some((sentence) => {
      const clauses = sentence.split(/[，,：:]/);
      return clauses.some((c, i) => m.test(c) && [clauses[i - 1], c, clauses[i + 1]].some((n) => n !== undefined && FREQUENCY_FACT.test(n)));
    });
  return !asked.some((m) => texts.some((t) => states(m, t)));
}
