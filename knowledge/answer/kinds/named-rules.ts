/** Regulations named that the library does not hold, and rules known by their count (八项规定) it only mentions. */
import { documentNamesIn, nameTails, namesTitle } from '../../index/document-names';

/** Rules known by their count (八项规定, 五个特征, 两个确立), and questions asking what they contain. */
const NUMBERED_RULES = /[一二三四五六七八九十]+(项规定|个特征|大特征|个特点)|两个确立|两个维护|四个意识|四个自信/g;
const CONTENT_QUESTION = /有哪些|有哪几|哪几条|哪几项|哪[一二两三四五六七八九十]+(项|条|个|种)|内容|具体(是|有|讲|说)|都有(啥|什么)|是啥|是什么|讲了?(啥|什么)|说了?(啥|什么)|包括(啥|什么)/;
/**
 * A question that names a regulation ("廉洁自律准则里…", "按干部选拔任用条例…") asks what that
 * document says. When no retrieved document is that one and no passage mentions it, the library does
 * not hold it: declined rather than answered from a neighbour (names: knowledge/index/document-names.ts).
 * Rules known by their count are lists: asking what they contain ("八项规定有哪些") is answered by the
 * document itself, not by a passage that only mentions it (违反中央八项规定精神). A named 条例
 * mentioned by a handbook that retells it (归纳自《支部工作条例》) still answers from the mention.
 */
export function namedDocumentMissing(normalizedQuestion: string, hits: ReadonlyArray<{ passage: { title: string; text: string } }>): boolean {
  const numbered = [...normalizedQuestion.matchAll(NUMBERED_RULES)].map((m) => m[0]);
  const asksContent = CONTENT_QUESTION.test(normalizedQuestion);
  for (const name of [...documentNamesIn(normalizedQuestion), ...numbered]) {
    const isTitle = hits.some((h) => namesTitle(name, h.passage.title));
    const mentioned = hits.some((h) => nameTails(name).some((t) => h.passage.text.includes(t)));
    const listAsked = asksContent && numbered.includes(name);
    if (!isTitle && (listAsked || !mentioned)) return true;
  }
  return false;
}
