/**
 * Writes knowledge/index/slip-sounds.json, the sounds the input-slip reader compares
 * (knowledge/index/input-slips.ts): each party term's syllables, tones aside, and for every common
 * character (GB2312's 6,763) that can be read as one of those syllables, its readings. Kept as data so
 * the service does not load a whole pinyin dictionary (25 MB) for it. Run after changing PARTY_TERMS:
 *
 *   npm run build:slip-sounds
 *
 * (input-slips.test.ts fails while the file is out of step with the terms).
 */
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { slipTerms, SLIP_SOUNDS_FILE, type SlipSounds } from '../index/input-slips';

/** The 6,763 characters of GB2312, the set phone keyboards offer first. */
function commonCharacters(): string[] {
  const gb = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = gb.decode(new Uint8Array([hi, lo]));
      if (/\p{Script=Han}/u.test(c)) out.push(c);
    }
  }
  return out;
}

export function buildSlipSounds(): SlipSounds {
  const terms: Record<string, string[]> = {};
  for (const term of slipTerms()) terms[term] = pinyin(term, { toneType: 'none', type: 'array' });
  const wanted = new Set(Object.values(terms).flat());
  const chars: Record<string, string[]> = {};
  for (const c of commonCharacters()) {
    const readings = [...new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true }))].filter((r) => wanted.has(r));
    if (readings.length) chars[c] = readings;
  }
  return { terms, chars };
}

if (require.main === module) {
  const file = SLIP_SOUNDS_FILE;
  fs.writeFileSync(file, `${JSON.stringify(buildSlipSounds())}\n`);
  process.stdout.write(`wrote ${file} (${fs.statSync(file).size} bytes)\n`);
}
