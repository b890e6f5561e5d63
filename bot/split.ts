/**
 * Splits long text into parts that fit a platform limit, at sentence boundaries where possible.
 * Nothing is dropped: joining the parts gives back the text (up to trimmed whitespace at the cuts).
 * WeCom counts UTF-8 bytes (app text 2048, robot markdown 4096); Telegram counts characters (4096).
 */

/** A limit in UTF-8 bytes or in characters (UTF-16 code units, as Telegram counts). */
export type TextLimit = { maxBytes: number } | { maxChars: number };

const encoder = new TextEncoder();

function measure(limit: TextLimit): (s: string) => number {
  return 'maxBytes' in limit ? (s) => encoder.encode(s).length : (s) => s.length;
}

// Cut preferences, strongest first: paragraph, line, sentence end, clause, space.
const BREAKS: RegExp[] = [/\n\s*\n/g, /\n/g, /[。！？!?；;]["”』」）)]?|\.(?=\s)/g, /[，,、：:]/g, /\s/g];

/** Splits `text` into parts each within `limit`. Returns [] for empty text. */
export function splitText(text: string, limit: TextLimit): string[] {
  const max = 'maxBytes' in limit ? limit.maxBytes : limit.maxChars;
  if (max < 8) throw new Error('limit too small');
  const size = measure(limit);
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (size(rest) <= max) {
      parts.push(rest);
      break;
    }
    const hard = longestPrefix(rest, max, size);
    let cut = hard;
    for (const re of BREAKS) {
      const at = lastBreak(rest.slice(0, hard), re);
      // a cut too early wastes a message; accept it only past a third of the window
      if (at > hard / 3) {
        cut = at;
        break;
      }
    }
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return parts.filter((p) => p.length > 0);
}

/** Largest index i such that size(s.slice(0, i)) <= max, never splitting a surrogate pair. */
function longestPrefix(s: string, max: number, size: (s: string) => number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(s.slice(0, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0 && lo < s.length) {
    const code = s.charCodeAt(lo - 1);
    if (code >= 0xd800 && code <= 0xdbff) lo -= 1;
  }
  return Math.max(lo, 1);
}

/** Index just after the last match of `re` in `s`, or -1. */
function lastBreak(s: string, re: RegExp): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return at;
}

/** Byte length in UTF-8. */
export function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}
