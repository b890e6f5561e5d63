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
 * Documents are never corrected: the regulations are typeset text. The sounds come from
 * data/slip-sounds.json (knowledge/cli/build-slip-sounds.ts writes it with pinyin-pro), so the service
 * carries no pinyin dictionary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PARTY_TERMS } from './party-dict';
import { getJieba } from './tokenizer';

/** Where the sounds live, from the repository root's data folder. */
export const SLIP_SOUNDS_FILE = path.join(__dirname, '..', '..', 'data', 'slip-sounds.json');

/** Each term's syllables, and the readings of every common character that shares one with a term. */
export interface SlipSounds {
  terms: Record<string, string[]>;
  chars: Record<string, string[]>;
}

/** The party terms a slip may stand for: two Chinese characters or more. */
export function slipTerms(): string[] {
  return PARTY_TERMS.filter((t) => Array.from(t).length >= 2 && /^\p{Script=Han}+$/u.test(t));
}

/** Characters too common to be anything but themselves. */
const FUNCTION_CHARS = new Set(Array.from('不没的了吗呢是在都也就还又和与或很太着过'));

interface SlipTerm {
  term: string[];
  sounds: string[];
}

interface SlipTable {
  /** Term lengths in characters, longest first. */
  lengths: number[];
  /** Terms by length, position and the character there ("4:2:察" → 留党察看): a slip keeps half the term's characters, so one of them finds it. */
  byCharAt: Map<string, SlipTerm[]>;
  readings: Map<string, readonly string[]>;
}

let table: SlipTable | undefined;

function slipTable(): SlipTable {
  if (table) return table;
  const sounds = JSON.parse(fs.readFileSync(SLIP_SOUNDS_FILE, 'utf8')) as SlipSounds;
  const byCharAt = new Map<string, SlipTerm[]>();
  const lengths = new Set<number>();
  for (const [term, s] of Object.entries(sounds.terms)) {
    const chars = Array.from(term);
    lengths.add(chars.length);
    chars.forEach((c, k) => {
      const key = `${chars.length}:${k}:${c}`;
      if (!byCharAt.has(key)) byCharAt.set(key, []);
      byCharAt.get(key)!.push({ term: chars, sounds: s });
    });
  }
  table = { lengths: [...lengths].sort((a, b) => b - a), byCharAt, readings: new Map(Object.entries(sounds.chars)) };
  return table;
}

/** `text` with every homophone slip of a party term replaced by the term (see the file comment). */
export function correctInputSlips(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const { lengths, byCharAt, readings } = slipTable();
  const chars = Array.from(text);
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
      // A two-character run must be two single characters, not a word of its own.
      if (length === 2 && !boundaries.has(i + 1)) continue;
      const window = chars.slice(i, i + length);
      const slip = (k: number): boolean =>
        !FUNCTION_CHARS.has(chars[k]!) && (!lone(k) || (k > i && lone(k - 1)) || (k + 1 < i + length && lone(k + 1)));
      const candidates = new Set(window.flatMap((c, k) => byCharAt.get(`${length}:${k}:${c}`) ?? []));
      const match = [...candidates].find(({ term, sounds }) => {
        let same = 0;
        for (let k = 0; k < length; k++) {
          if (window[k] === term[k]) same++;
          else if (!readings.get(window[k]!)?.includes(sounds[k]!) || !slip(i + k)) return false;
        }
        return same < length && same * 2 >= length;
      });
      if (!match) continue;
      match.term.forEach((c, k) => (out[i + k] = c));
      taken.fill(true, i, i + length);
    }
  }
  return out.join('');
}
