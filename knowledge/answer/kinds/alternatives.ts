/** Either-or questions: a passage must name one of the alternatives asked between. */
import { expandQuery, functionCharShare, isFillerWord } from '../../index/query-expand';
import { tokenizeParts } from '../../index/tokenizer';
import { FREQUENCY_FACT } from './meeting-frequency';

/** A word of content (not filler, mostly not function characters). */
function isContentWord(w: string): boolean {
  return /^[\u4e00-\u9fff]+$/.test(w) && !isFillerWord(w) && functionCharShare(w) < 0.5;
}

/**
 * The word of an alternative next to 还是: the content word that ends (starts) the side, or else its
 * last (first) two Chinese characters when those make a content word (jieba leaves 左胸 as 左 + 胸).
 */
function alternativeWord(side: string, at: 'start' | 'end'): string | undefined {
  // A preposition before the second alternative (归县委还是归市纪委, 听县委的还是听市纪委的): jieba would cut 归市 + 纪委.
  if (at === 'start') side = side.replace(/^(归|由|找|向|听|受)(?=[\u4e00-\u9fff]{2})/, '');
  const words = tokenizeParts(side).words.filter(isContentWord);
  const w = at === 'end' ? words[words.length - 1] : words[0];
  if (w && (at === 'end' ? side.length - (side.lastIndexOf(w) + w.length) <= 2 : side.indexOf(w) <= 2)) return w;
  const han = side.replace(/[^\u4e00-\u9fff]/g, '');
  const pair = at === 'end' ? han.slice(-2) : han.slice(0, 2);
  return pair.length === 2 && isContentWord(pair) ? pair : undefined;
}

/** What follows 还是 when it means "still" (还是忍不住, 还是没, 还是觉得). */
const STILL = /^(忍不住|不|没|很|挺|有点|觉得|想|会|一直|照样|照旧|老是|那么|这么|放心不下)/;

/** Alternatives that are periods of time (季度, 学期, 半年). */
const PERIOD = /^(季度|学期|月|年|周|星期|礼拜|半年|月份)$/;

/** The first character of alternatives that name an old and a new version (老规矩, 新规矩). */
const OLD_OR_NEW = /[新老旧]/;
/** Old rule or new asked outright (按新规还是旧规处理, 按老规矩还是按新规矩来), however jieba cuts the words. */
const OLD_OR_NEW_CHOICE = /[新老旧](规|规矩|规定|条例|版|办法|标准)[^，。？,?]{0,4}还是[^，。？,?]{0,3}([新老旧]|当时的?|以前的?|原来的?)(规|规矩|规定|条例|版|办法|标准|政策)/;

/**
 * An either-or question ("党徽别在左胸还是右胸", "假条写书面的，还是微信说一声") is answered by a passage
 * that speaks of at least one of the two: of the last word of the first alternative or the first
 * word of the second (content words only). "我还是预备党员" (still) names no alternatives, or only one.
 */
export function alternativesUnstated(normalizedQuestion: string, texts: readonly string[]): boolean {
  const clauses = normalizedQuestion.split(/[，,；;。？?！!]/).map((c) => c.trim()).filter(Boolean);
  // 还是 before a verb of feeling or a negation means "still" (还是忍不住琢磨, 还是没批): no choice.
  const at = clauses.findIndex((c) => c.includes('还是') && !STILL.test(c.slice(c.indexOf('还是') + 2)));
  if (at < 0 || OLD_OR_NEW_CHOICE.test(clauses[at]!)) return false;
  const clause = clauses[at]!;
  const cut = clause.indexOf('还是');
  const left = cut > 0 ? clause.slice(0, cut) : (clauses[at - 1] ?? '');
  const right = clause.slice(cut + 2);
  const a = alternativeWord(left, 'end');
  const b = alternativeWord(right, 'start');
  if (!a || !b) return false;
  // Old rule or new (按老规矩还是按新规矩): which version applies, answered by a passage on 施行以前 in words of its own.
  if (OLD_OR_NEW.test(a[0]!) && OLD_OR_NEW.test(b[0]!) && a.slice(1) === b.slice(1)) return false;
  // How often, offered two periods (多久考察一次，一个季度还是一个学期): a passage stating how often answers,
  // whatever period it names. Two periods alone (是每季度还是每半年) ask which one.
  if (PERIOD.test(a) && PERIOD.test(b) && /多久|多长时间|几次|隔多长/.test(normalizedQuestion) && texts.some((t) => FREQUENCY_FACT.test(t))) return false;
  const forms = [...writtenForms(a), ...writtenForms(b), ...ruleFormsOf(clause, [a, b])];
  return !texts.some((t) => forms.some((f) => t.includes(f)));
}

/** How the regulations word a colloquial alternative (分开算还是合起来算: 合并处理). */
const ALTERNATIVE_WORDS: Readonly<Record<string, readonly string[]>> = {
  合起来: ['合并'],
  合起: ['合并'],
  分开: ['分别'],
  一起: ['合并'],
  // A head of office offered as the holder of a party post (处长还是找个年轻人): the rules say 负责人.
  处长: ['负责人'],
  科长: ['负责人'],
  局长: ['负责人'],
  司长: ['负责人'],
  厅长: ['负责人'],
  主任: ['负责人'],
  // The rules spell the short form out (支部配纪检委员还是…): 纪律检查委员.
  纪检委员: ['纪律检查委员'],
  纪检: ['纪律检查'],
};

/** A word and the written terms the expansion rules give for it (纪委 → 纪律检查委员会); short generic parts are left out. */
function writtenForms(word: string): string[] {
  const written = expandQuery(word).terms.filter((t) => t.origin === 'expansion' && t.term.length >= 4).map((t) => t.term);
  // An adverb jieba kept on the word (先自评 or 先互评): the passage names 自评.
  const bare = /^[先后再就只都要是]./.test(word) && word.length >= 3 ? [word.slice(1)] : [];
  return [word, ...bare, ...written, ...(ALTERNATIVE_WORDS[word] ?? [])];
}

/**
 * Written terms that expansion rules give for the choice itself, a phrase holding both alternatives
 * (选举是举手还是写票: 无记名投票). A rule that read one side only (微信朋友圈: 网络) names a topic, not an answer.
 */
function ruleFormsOf(clause: string, alternatives: readonly string[]): string[] {
  return expandQuery(clause)
    .fired.filter((f) => f.matched.some((m) => alternatives.every((w) => m.includes(w))))
    .flatMap((f) => f.add.filter((t) => t.length >= 4));
}
