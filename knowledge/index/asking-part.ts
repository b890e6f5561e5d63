/** What a question told as a story asks: its closing sentences. */

/** A question this long is told as a story: what happened first, what is asked at the end. */
const STORY_LENGTH = 50;
/** Characters of a story's closing sentences that make its question ("这样合规吗？" is too short alone). */
const ASK_LENGTH = 15;

/**
 * The closing sentences (or clauses) of a question told as a story (at least `ASK_LENGTH` characters),
 * or the whole question when it is shorter than `STORY_LENGTH`. A story names civil matters and pay in
 * passing (居委会的同志也很头疼, 老党员退休金不多); only the question at its end says whether one is asked.
 */
export function askingPart(q: string, unit: 'sentence' | 'clause' = 'sentence'): string {
  if (q.length < STORY_LENGTH) return q;
  const sentences = q.split(unit === 'sentence' ? /(?<=[。！？!?])/ : /(?<=[。！？!?，,；;])/).filter((x) => x.trim());
  let ask = '';
  for (let i = sentences.length - 1; i >= 0 && ask.length < ASK_LENGTH; i--) {
    // A clause that asks is the question; a told clause before it ("…挂在居委会大厅里。正规的党旗应该长什么样") is not.
    if (unit === 'clause' && QUESTION_WORD.test(ask) && !QUESTION_WORD.test(sentences[i]!)) break;
    ask = sentences[i]! + ask;
  }
  return ask;
}

/** Words that make a sentence a question. */
const QUESTION_WORD = /吗|呢|么|多少|几|怎|咋|啥|什么|哪|谁|是否|能否|可否|行不行|要不要|能不能|可不可以|会不会|算不算|有没有/;

/**
 * The question without a remark after its last question mark ("…几天内必须交回？人事的小汪只说按规定办。",
 * "…是真的吗？我们在村委会会议室开会"): what is asked is the sentence before.
 */
export function withoutClosingRemark(q: string): string {
  const end = Math.max(q.lastIndexOf('?'), q.lastIndexOf('？'));
  return end > 0 && !QUESTION_WORD.test(q.slice(end + 1)) ? q.slice(0, end) : q;
}

/** True when a sentence or clause holds a question word (吗, 多少, 怎么, 能不能…). */
export function isAsking(text: string): boolean {
  return QUESTION_WORD.test(text);
}

/** What a question asks: its closing sentences (or clauses) once a remark after the last question mark is set aside. */
export function askedPart(q: string, unit: 'sentence' | 'clause' = 'sentence'): string {
  return askingPart(withoutClosingRemark(q), unit);
}
