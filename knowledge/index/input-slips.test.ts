import fs from 'node:fs';
import { buildSlipSounds } from '../cli/build-slip-sounds';
import { correctInputSlips, SLIP_SOUNDS_FILE } from './input-slips';
import { normalizeQuery } from './query-expand';

describe('input-method slips', () => {
  it('reads a homophone slip of a party term as the term', () => {
    expect(correctInputSlips('党辉是啥图案组成的')).toBe('党徽是啥图案组成的');
    expect(correctInputSlips('留党查看一年到期了咋办')).toBe('留党察看一年到期了咋办');
    expect(correctInputSlips('党史学系教育重点抓哪类人')).toBe('党史学习教育重点抓哪类人');
    expect(correctInputSlips('预被党员能投票吗')).toBe('预备党员能投票吗');
    expect(correctInputSlips('支布书记由谁担任')).toBe('支部书记由谁担任');
    expect(correctInputSlips('积极份子要培养多久')).toBe('积极分子要培养多久');
  });

  it('leaves words of their own, function characters and runs across words alone', () => {
    for (const q of ['Excel公式怎么写', '今年支部想选他当支部副书记', '选票上的人我可以一个都不选', '党领导一切', '预备党员能投票吗', '😂党辉?']) {
      expect(correctInputSlips(q)).toBe(q.includes('党辉') ? q.replace('党辉', '党徽') : q);
    }
  });

  it('is part of question normalisation', () => {
    expect(normalizeQuery('预被党员能投票吗？')).toBe('预备党员能投票');
  });
});

describe('data/slip-sounds.json', () => {
  it('is in step with the party terms (npm run build:slip-sounds rewrites it)', () => {
    expect(JSON.parse(fs.readFileSync(SLIP_SOUNDS_FILE, 'utf8'))).toEqual(buildSlipSounds());
  });
});
