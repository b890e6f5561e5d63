/**
 * How many must attend a meeting for it to decide (党委审批预备党员至少要多少委员到会, 选举大会到会多少人才有效).
 * The library states one quorum, of the members' meeting that admits a member (细则: 实际到会有表决权的党员
 * 人数必须超过应到会…半数); a question about another body's meeting is answered only by a sentence that
 * speaks of that body and of attendance.
 */
const QUORUM_QUESTION =
  /(到会|到场|出席|参会|实到|应到)[^。？?]{0,12}(人数|多少人|多少名|几个人|几人|几名|比例|最低|半数|过半|一半|几成|分之)|(至少|最少|起码)[^。？?，,]{0,4}(要有|得有|要|得|需要)?(到|来)?(多少|几)(名|个|位)?[^。？?，,]{0,6}(到会|到场|出席|参会|在场|参加)|(多少|几)(名|个|位)?[^。？?，,]{0,6}(到会|到场|出席)才|(至少|最少)要?(到|来)(几|多少)个?人|(选举|换届|改选)[^。？?]{0,16}(要来|要到|来了?)[^。？?]{0,12}(一半|半数|过半|多少|比例|几成|分之)/;
/** What the meeting decides, when the question says it (a members' meeting deciding a penalty is not one admitting a member). */
const QUORUM_PURPOSES: readonly RegExp[] = [/处分/, /选举|换届|改选/];
const QUORUM_BODIES: readonly RegExp[] = [/党委/, /党组(?!织)/, /支委|支部委员会/, /常委会|常务委员会/, /纪委/, /党小组/, /代表大会|党代会/, /党员大会|支部大会/];
const ATTENDANCE = /到会|出席/;

/** True when the question asks a meeting's quorum and no quoted sentence on attendance speaks of that meeting. */
export function quorumUnstated(normalizedQuestion: string, texts: readonly string[]): boolean {
  if (!QUORUM_QUESTION.test(normalizedQuestion)) return false;
  const sentences = texts.flatMap((t) => t.split(/[。；\n]/)).filter((x) => ATTENDANCE.test(x));
  const purposes = QUORUM_PURPOSES.filter((b) => b.test(normalizedQuestion));
  const asked = purposes.length > 0 ? purposes : QUORUM_BODIES.filter((b) => b.test(normalizedQuestion));
  if (asked.length === 0) return sentences.length === 0;
  return !asked.some((b) => sentences.some((x) => b.test(x)));
}
