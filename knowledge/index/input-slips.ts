/**
 * Input-method slips in questions. Members type pinyin on a phone and now and then take the wrong
 * homophone from the candidate list: 党辉 for 党徽, 留党查看 for 留党察看, 预被党员, 支布书记,
 * 党史学系教育. The slip is no word the regulations use, so the question loses the very term that
 * would find its article, and the decline rule sees an off-topic word. A run of characters that
 * sounds exactly like a party term (tones aside) is read as that term when
 *  - it starts and ends where jieba (dictionary only) cuts the question, so 党领导 never yields 党龄;
 *  - at least half of its characters are the term's own;
 *  - a two-character run is no word of its own (公式 stays 公式; only 党+辉 becomes 党徽);
 *  - a changed character that jieba leaves alone stands beside another lone character of the run
 *    (党|辉, 预|被|党员: characters jieba could not group), not beside a whole word (他当|支部 is no
 *    党支部), and is no function character (一个都不选 is no 补选).
 * Documents are never corrected: the regulations are typeset text.
 */
import { pinyin } from 'pinyin-pro';
import { PARTY_TERMS } from './party-dict';
import { getJieba } from './tokenizer';

/** Characters too common to be anything but themselves. */
const FUNCTION_CHARS = new Set(Array.from('不没的了吗呢是在都也就还又和与或很太着过'));

/** Party terms by the sound of their characters ("dang hui" → 党徽); a sound two terms share is left out. */
let bySound: Map<string, string> | undefined;
let lengths: number[] = [];

function soundsOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' });
}

function termsBySound(): Map<string, string> {
  if (bySound) return bySound;
  const map = new Map<string, string>();
  const shared = new Set<string>();
  for (const term of PARTY_TERMS) {
    const chars = Array.from(term);
    if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
    const key = soundsOf(term).join(' ');
    if (map.has(key) && map.get(key) !== term) shared.add(key);
    map.set(key, term);
  }
  for (const key of shared) map.delete(key);
  lengths = [...new Set([...map.values()].map((t) => Array.from(t).length))].sort((a, b) => b - a);
  bySound = map;
  return map;
}

/** `text` with every homophone slip of a party term replaced by the term (see the file comment). */
export function correctInputSlips(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const terms = termsBySound();
  const chars = Array.from(text);
  const sounds = soundsOf(text);
  // Token boundaries in code points, from jieba's dictionary-only cut.
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const token of getJieba().cut(text, false)) boundaries.add((at += Array.from(token).length));
  // A lone character: jieba cut it as a token of its own.
  const lone = (k: number): boolean => boundaries.has(k) && boundaries.has(k + 1);
  const out = [...chars];
  const taken = new Array<boolean>(chars.length).fill(false);
  for (const length of lengths) {
    for (let i = 0; i + length <= chars.length; i++) {
      if (!boundaries.has(i) || !boundaries.has(i + length) || taken.slice(i, i + length).some(Boolean)) continue;
      const term = terms.get(sounds.slice(i, i + length).join(' '));
      if (!term) continue;
      const window = chars.slice(i, i + length);
      const termChars = Array.from(term);
      const same = window.filter((c, k) => c === termChars[k]).length;
      if (same === length || same * 2 < length) continue;
      // A two-character run must be two single characters, not a word of its own.
      if (length === 2 && !boundaries.has(i + 1)) continue;
      const changed = window.map((c, k) => (c === termChars[k] ? -1 : i + k)).filter((k) => k >= 0);
      const slip = (k: number): boolean =>
        !FUNCTION_CHARS.has(chars[k]!) && (!lone(k) || (k > i && lone(k - 1)) || (k + 1 < i + length && lone(k + 1)));
      if (!changed.every(slip)) continue;
      termChars.forEach((c, k) => (out[i + k] = c));
      taken.fill(true, i, i + length);
    }
  }
  return out.join('');
}
