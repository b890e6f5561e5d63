import mammoth from 'mammoth';
import { makeDocx } from '../../test/fixtures/ingest/make-docx';
import { formatNumber, materializeDocxNumbering } from './docx-numbering';
import { readZipEntry } from './zip-entries';

describe('materializeDocxNumbering', () => {
  it('writes rendered labels into document.xml and keeps a valid DOCX', async () => {
    const docx = await makeDocx([{ numbered: 0, text: '甲。' }, { numbered: 1, text: '乙；' }, { numbered: 0, text: '丙。' }]);
    const out = materializeDocxNumbering(docx);
    const { value } = await mammoth.extractRawText({ buffer: out });
    expect(value.split('\n').filter(Boolean)).toEqual(['第一条 甲。', '（一） 乙；', '第二条 丙。']);
  });

  it('restarts numbering in a new list instance and resets deeper levels', async () => {
    const docx = await makeDocx([
      { numbered: 0, text: 'a' },
      { numbered: 1, text: 'b' },
      { numbered: 1, text: 'c' },
      { numbered: 0, text: 'd' },
      { numbered: 1, text: 'e' },
      { numbered: 0, text: 'f', instance: 2 },
    ]);
    const { value } = await mammoth.extractRawText({ buffer: materializeDocxNumbering(docx) });
    expect(value.split('\n').filter(Boolean)).toEqual(['第一条 a', '（一） b', '（二） c', '第二条 d', '（一） e', '第一条 f']);
  });

  it('returns the very same buffer when nothing is auto-numbered', async () => {
    const docx = await makeDocx(['第一条 手写的条号。']);
    expect(materializeDocxNumbering(docx)).toBe(docx);
    expect(readZipEntry(docx, 'word/document.xml')!.toString('utf8')).toContain('第一条 手写的条号。');
  });
});

describe('formatNumber', () => {
  it('renders Word number formats used in Chinese documents', () => {
    expect([1, 10, 11, 20, 21, 100, 101, 110, 142].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十', '一百四十二',
    ]);
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(2, 'decimalEnclosedCircle')).toBe('②');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(7, 'decimal')).toBe('7');
  });
});
