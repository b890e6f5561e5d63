import { ALIASES_PER_PASSAGE, parseAliasReply } from './alias-writer';

test('reads a JSON object of questions per passage, also inside a code fence or with chatter around it', () => {
  expect(parseAliasReply('好的：\n```json\n{"1": ["预备期多长？"], "2": ["入党要几个介绍人"]}\n```', 2)).toEqual([['预备期多长？'], ['入党要几个介绍人']]);
});

test('keeps only usable questions: strings of 4–80 characters, no duplicates, at most ALIASES_PER_PASSAGE, no separator', () => {
  const many = Array.from({ length: 15 }, (_v, i) => `第${i}个问题是什么`);
  const [list] = parseAliasReply(JSON.stringify({ 1: ['短', 42, '一样的问题吗', '一样的问题吗', 'x'.repeat(81), '前半句；后半句呢', ...many] }), 1);
  expect(list).toEqual(['一样的问题吗', '前半句，后半句呢', ...many.slice(0, ALIASES_PER_PASSAGE - 2)]);
});

test('a reply that is no JSON object, or names passages that were not sent, gives empty lists', () => {
  expect(parseAliasReply('抱歉，我无法回答。', 2)).toEqual([[], []]);
  expect(parseAliasReply('{"1": ["问题一二三"', 1)).toEqual([[]]);
  expect(parseAliasReply('["问题一二三"]', 1)).toEqual([[]]);
  expect(parseAliasReply('{"0": ["问题一二三"], "3": ["问题四五六"], "a": ["问题"], "1": "不是数组"}', 2)).toEqual([[], []]);
});
