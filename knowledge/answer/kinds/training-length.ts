/** How long training lasts, said of the trainee asked about. */
import { askedPart } from '../../index/asking-part';

/** How long training lasts (学时, 培训几天). */
const TRAINING_LENGTH_QUESTION = /学时|培训[^。？?]{0,8}(多久|多长时间|几天|多少天|多少小时|几个小时)|培训班[^。]{0,16}(上|办|开)(几天|多少天|多久)/;
/** Who is trained, when not members at large (the 32学时 a year are members'). */
const TRAINEES = ['入党积极分子', '积极分子', '发展对象', '预备党员', '培养联系人', '任职培训', '初任培训', '公务员', '支部书记', '书记', '党务干部', '县处级', '处级', '领导干部'];
const TRAINING_LENGTH_FACT = /学时|[0-9一二三四五六七八九十]+(天|日|小时)/;

/**
 * The length of training for someone other than members at large ("入党积极分子的集中培训要多少学时")
 * is stated only by a passage that names them and gives a length: 党员每年…不少于32学时 is not theirs.
 */
export function trainingLengthUnstated(normalizedQuestion: string, texts: readonly string[]): boolean {
  if (!TRAINING_LENGTH_QUESTION.test(normalizedQuestion)) return false;
  // The asker's own post told first (我是企业支部书记，…党员每年…多少学时), or anyone named in a story's opening
  // (被书记当着大家点名), is no trainee asked about: a story asks in its closing sentences.
  // 当预备党员之前的培训 is a 发展对象's: the stage before one is not the trainee.
  const asked = askedPart(normalizedQuestion.replace(/(^|[,，。])我(是|当|作为)[^,，。]{0,16}/g, '$1')).replace(/(当|成为|转为|成)(预备党员|正式党员)(之前|以前|前)/g, '');
  const trainee = TRAINEES.find((t) => asked.includes(t));
  if (!trainee) return false;
  return !texts.some((t) => t.includes(trainee) && TRAINING_LENGTH_FACT.test(t));
}
