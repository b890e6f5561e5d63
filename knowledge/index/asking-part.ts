/** What a question told as a story asks: its closing sentences. */

/** A question this long is told as a story: what happened first, what is asked at the end. */
const STORY_LENGTH = 50;
/** Characters of a story's closing sentences that make its question ("这样合规吗？" is too short alone). */
const ASK_LENGTH = 15;

/**
 * The closing sentences of a question told as a story (at least `ASK_LENGTH` characters), or the
 * whole question when it is shorter than `STORY_LENGTH`. A story names civil matters and pay in
 * passing (居委会的同志也很头疼, 老党员退休金不多); only the question at its end says whether one is asked.
 */
export function askingPart(q: string): string {
  if (q.length < STORY_LENGTH) return q;
  const sentences = q.split(/(?<=[。！？!?])/).filter((x) => x.trim());
  let ask = '';
  for (let i = sentences.length - 1; i >= 0 && ask.length < ASK_LENGTH; i--) ask = sentences[i]! + ask;
  return ask;
}
