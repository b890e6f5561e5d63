import { splitText, utf8Bytes } from './split';

test('short text is one part; empty text is none', () => {
  expect(splitText('三会一课', { maxBytes: 2048 })).toEqual(['三会一课']);
  expect(splitText('  ', { maxChars: 10 })).toEqual([]);
});

test('cuts after sentence ends within a byte limit, nothing lost', () => {
  const text = '第一句话很重要。第二句话也重要！第三句呢？'.repeat(50);
  const parts = splitText(text, { maxBytes: 200 });
  for (const p of parts) expect(utf8Bytes(p)).toBeLessThanOrEqual(200);
  for (const p of parts) expect(p).toMatch(/[。！？]$/);
  expect(parts.join('')).toBe(text);
});

test('prefers paragraph breaks, then lines', () => {
  const para = 'a'.repeat(30);
  const parts = splitText(`${para}\n\n${para}\n${para}`, { maxChars: 70 });
  expect(parts[0]).toBe(para);
});

test('text without any break is cut hard, never over the limit, never splitting a surrogate pair', () => {
  const text = '😀'.repeat(100);
  const parts = splitText(text, { maxChars: 15 });
  for (const p of parts) {
    expect(p.length).toBeLessThanOrEqual(15);
    expect(p).not.toMatch(/[\ud800-\udbff]$/);
  }
  expect(parts.join('')).toBe(text);
  const cjk = '党'.repeat(1000);
  const byBytes = splitText(cjk, { maxBytes: 2048 });
  for (const p of byBytes) expect(utf8Bytes(p)).toBeLessThanOrEqual(2048);
  expect(byBytes.join('')).toBe(cjk);
});
