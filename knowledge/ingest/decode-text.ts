/**
 * Decode an uploaded text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK
 * (common for files saved by older Chinese Windows tools). Uses Node's built-in ICU decoders.
 */

/** Result of {@link decodeText}: the text, or why the bytes are not text. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: 'binary' | 'invalid' };

// C0 controls other than \t \n \v \f \r, plus DEL: their presence means the bytes are not a text document.
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function isMostlyCjk(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027) ||
      c === 0xb7
    )
      cjk++;
  }
  return nonAscii === 0 || cjk / nonAscii >= 0.9;
}

/** Try UTF-8 (strict), then UTF-16 when a BOM says so, then GB18030 when the result reads as Chinese. */
export function decodeText(buf: Buffer): DecodeResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const enc = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(enc, { fatal: true }).decode(buf.subarray(2));
      return CONTROL_RE.test(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding: enc };
    } catch {
      return { ok: false, reason: 'invalid' };
    }
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary' };
  try {
    // ignoreBOM: false (default) strips a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return CONTROL_RE.test(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding: 'utf-8' };
  } catch {
    // fall through to GB18030
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
    if (CONTROL_RE.test(text)) return { ok: false, reason: 'binary' };
    return isMostlyCjk(text) ? { ok: true, text, encoding: 'gb18030' } : { ok: false, reason: 'invalid' };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
