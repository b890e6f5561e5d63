/** Years: one a question claims, and a version named by its year. */
/** A claim that checks a year ("十一届三中全会是1976年开的，真的假的"). */
const CLAIM = /真的假的|真的吗|是真的|对吗|对不对|是吗|是不是|没错吧|没记错吧/;
const CLAIMED_YEAR = /(?:19|20)[0-9]{2}年/g;

/** True when the question checks a claimed year that neither quoted passage states: nothing to confirm it by. */
export function claimedYearUnstated(normalizedQuestion: string, texts: readonly string[]): boolean {
  if (!CLAIM.test(normalizedQuestion)) return false;
  const years = normalizedQuestion.match(CLAIMED_YEAR) ?? [];
  return years.length > 0 && !years.some((y) => texts.some((t) => t.includes(y) || t.includes(chineseYear(y))));
}

/** 1976年 as the regulations may write it: 一九七六年. */
function chineseYear(year: string): string {
  return year.replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
}

/** A version named by its year (2023年修订版, 2023版, 23版): the library holds that version only if a title or passage names the year. */
const VERSION_YEAR = /(?<![0-9])((?:19|20)?[0-9]{2})年?[又新再]?(?:修订|修正|修改|版)/g;

/** True when the question asks about a version, named by its year, that no retrieved title or passage names. */
export function namedVersionMissing(normalizedQuestion: string, hits: ReadonlyArray<{ passage: { title: string; text: string } }>): boolean {
  // Members shorten the year (23版处分条例 = 2023).
  const years = [...normalizedQuestion.matchAll(VERSION_YEAR)].map((m) => (m[1]!.length === 2 ? `20${m[1]}` : m[1]!));
  return years.some((y) => !hits.some((h) => h.passage.title.includes(y) || h.passage.text.includes(y)));
}
