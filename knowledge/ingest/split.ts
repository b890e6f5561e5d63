/**
 * Size control for chunks: split an over-long article or section into parts of at most
 * `maxChars`, preferring paragraph/item boundaries, then sentence ends (。！？；), then commas.
 */

interface Atom {
  text: string;
  /** Starts a new paragraph (joined with "\n") rather than continuing a sentence run. */
  newPara: boolean;
}

function splitSentences(para: string): string[] {
  return para.match(/[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$/g) ?? [para];
}

function hardSplit(sentence: string, maxChars: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(','), window.lastIndexOf(' '));
    const cut = comma > maxChars / 2 ? comma + 1 : maxChars;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

function toAtoms(paras: string[], maxChars: number): Atom[] {
  const atoms: Atom[] = [];
  for (const para of paras) {
    if (para.length <= maxChars) {
      atoms.push({ text: para, newPara: true });
      continue;
    }
    let first = true;
    for (const sentence of splitSentences(para)) {
      for (const piece of sentence.length > maxChars ? hardSplit(sentence, maxChars) : [sentence]) {
        atoms.push({ text: piece, newPara: first });
        first = false;
      }
    }
  }
  return atoms;
}

/**
 * Group paragraphs into parts of at most `maxChars` characters, balanced in size (a 650-char
 * article with a 600 limit becomes two ~325-char parts, not 600 + 50).
 */
export function splitToSize(paras: string[], maxChars: number): string[] {
  const whole = paras.join('\n');
  if (whole.length <= maxChars) return [whole];
  const atoms = toAtoms(paras, maxChars);
  const target = whole.length / Math.ceil(whole.length / maxChars);
  const parts: string[] = [];
  let cur = '';
  for (const atom of atoms) {
    const sep = cur && atom.newPara ? '\n' : '';
    const next = cur + sep + atom.text;
    const overshoot = next.length - target > target - cur.length;
    if (cur && (next.length > maxChars || overshoot)) {
      parts.push(cur);
      cur = atom.text;
    } else {
      cur = next;
    }
  }
  if (cur) parts.push(cur);
  return parts;
}
