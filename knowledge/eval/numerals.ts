/** Chinese numerals → Arabic, so "一次" and "1次" compare equal in must_contain checks. */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral string below 100,000 such as 三十二, 十八, 一百零五, 二〇二三 (digit by digit). */
export function chineseToNumber(s: string): number | null {
  if (!s) return null;
  if (!/[十百千万]/.test(s)) {
    // Digit-by-digit form: 二〇二三.
    let v = 0;
    for (const ch of s) {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) {
      section += (digit || 1) * UNIT[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/** Replaces every run of Chinese numerals in `text` by its Arabic value. */
export function normalizeNumerals(text: string): string {
  return text.replace(/[零〇一二两三四五六七八九十百千万]+/g, (run) => {
    const n = chineseToNumber(run);
    return n === null ? run : String(n);
  });
}

/** Text normalised for containment checks: numerals unified, spaces and punctuation dropped. */
export function normalizeForMatch(text: string): string {
  return normalizeNumerals(text).replace(/[\s，。、；：“”"'‘’（）()《》]/g, '').toLowerCase();
}
