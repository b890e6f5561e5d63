import { chineseToNumber, isCorrect, makeQuestion, normalizeAnswer, numberToChinese, seedOf, type QuizSource } from './quiz-maker';
import { readArticles } from './handbook-fixture';

const sources: QuizSource[] = readArticles('中国共产党章程.md').map((a, i) => ({
  chunkId: i + 1,
  documentTitle: '中国共产党章程',
  article: a.article,
  text: a.text,
}));

test('chinese numerals round-trip', () => {
  for (const n of [1, 10, 11, 18, 20, 55, 100, 101, 110, 1000, 2026]) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  expect(numberToChinese(18)).toBe('十八');
  expect(chineseToNumber('两')).toBe(2);
  expect(normalizeAnswer('年满 十八 岁。')).toBe('年满18岁');
});

test('same seed gives the same question; different seeds vary kinds', () => {
  expect(sources.length).toBeGreaterThan(40);
  const a = makeQuestion(sources, seedOf('quiz', 7, '2026-11-26'));
  const b = makeQuestion([...sources].reverse(), seedOf('quiz', 7, '2026-11-26'));
  expect(a).toEqual(b);
  const kinds = new Set<string>();
  for (let d = 1; d <= 30; d++) {
    const q = makeQuestion(sources, seedOf('quiz', 7, `2026-11-${String(d).padStart(2, '0')}`));
    expect(q).not.toBeNull();
    kinds.add(q!.kind);
    // The canonical answer is always accepted, and a blank never is.
    expect(isCorrect(q!, q!.answer)).toBe(true);
    expect(isCorrect(q!, '')).toBe(false);
    if (q!.kind === 'fill') expect(q!.prompt).toContain('（    ）');
    if (q!.kind === 'which_article') {
      expect(q!.options).toHaveLength(4);
      expect(q!.options).toContain(q!.answer);
      const letter = String.fromCharCode(65 + q!.options.indexOf(q!.answer));
      expect(isCorrect(q!, letter)).toBe(true);
      expect(q!.prompt.split('\n')[1]).not.toContain(q!.answer);
    }
  }
  expect(kinds).toEqual(new Set(['fill', 'judge', 'which_article']));
});

test('answers are judged tolerantly', () => {
  expect(isCorrect({ kind: 'fill', answer: '十八岁', options: [] }, '18岁')).toBe(true);
  expect(isCorrect({ kind: 'fill', answer: '十八岁', options: [] }, '十八')).toBe(true);
  expect(isCorrect({ kind: 'fill', answer: '十八岁', options: [] }, '十九岁')).toBe(false);
  expect(isCorrect({ kind: 'fill', answer: '民主集中制', options: [] }, ' 民主集中制。')).toBe(true);
  expect(isCorrect({ kind: 'judge', answer: '错', options: ['对', '错'] }, '错误')).toBe(true);
  expect(isCorrect({ kind: 'judge', answer: '错', options: ['对', '错'] }, '对')).toBe(false);
  const q = { kind: 'which_article' as const, answer: '第五条', options: ['第三条', '第五条', '第九条', '第十条'] };
  expect(isCorrect(q, 'b')).toBe(true);
  expect(isCorrect(q, '5')).toBe(true);
  expect(isCorrect(q, '第五条')).toBe(true);
  expect(isCorrect(q, 'A')).toBe(false);
});

test('no passages, no question', () => {
  expect(makeQuestion([], 1)).toBeNull();
});

test('a key term is not blanked inside a longer word (党组 in 党组织)', () => {
  const src = { chunkId: 1, documentTitle: '中国共产党章程', article: '第十六条', text: '第十六条 各部门、各地方的党组织可以向中央提出建议，但不得擅自作出决定和对外发表主张。' };
  for (let seed = 0; seed < 40; seed++) {
    const q = makeQuestion([src], seed);
    if (q) expect(q.answer).not.toBe('党组');
  }
});
