import { FeedParseError, parseFeed, plainText } from './feed-parser';

test('RSS 2.0: guid, CDATA/HTML summaries, dates; items without guid fall back to the link', () => {
  const feed = parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>共产党员网</title>
    <item><title>学习&lt;b&gt;二十大&lt;/b&gt;精神</title><link>https://x.cn/a</link><guid isPermaLink="false">g-1</guid>
      <description><![CDATA[<p>全文</p><p>解读 &amp; 问答</p>]]></description><pubDate>Wed, 25 Nov 2026 08:00:00 +0800</pubDate></item>
    <item><title>只有链接</title><link>https://x.cn/b</link></item>
    <item><description>没有标题也没有链接</description></item>
  </channel></rss>`);
  expect(feed).toMatchObject({ format: 'rss', title: '共产党员网' });
  expect(feed.items).toEqual([
    { guid: 'g-1', title: '学习二十大精神', link: 'https://x.cn/a', summary: '全文 解读 & 问答', publishedAt: new Date('2026-11-25T00:00:00Z') },
    { guid: 'https://x.cn/b', title: '只有链接', link: 'https://x.cn/b', summary: null, publishedAt: null },
  ]);
});

test('Atom: alternate link, id, published/updated, html content', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">学习强国</title>
    <entry><title type="html">标题</title><link rel="self" href="https://y.cn/self"/><link rel="alternate" href="https://y.cn/1"/>
      <id>urn:1</id><updated>2026-11-25T01:00:00Z</updated><content type="html">&lt;p&gt;正文&lt;/p&gt;</content></entry></feed>`);
  expect(feed.items).toEqual([{ guid: 'urn:1', title: '标题', link: 'https://y.cn/1', summary: '正文', publishedAt: new Date('2026-11-25T01:00:00Z') }]);
});

test('RSS 1.0 (RDF) is read too; javascript: links are dropped', () => {
  const feed = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>R</title></channel><item><title>一</title><link>javascript:alert(1)</link><dc:date>2026-11-25T01:00:00Z</dc:date></item></rdf:RDF>`);
  expect(feed.format).toBe('rdf');
  expect(feed.items[0]).toMatchObject({ title: '一', link: null, publishedAt: new Date('2026-11-25T01:00:00Z') });
});

test('malformed XML, HTML pages and entity bombs are refused', () => {
  expect(() => parseFeed('<rss><channel><item></channel></rss>')).toThrow(FeedParseError);
  expect(() => parseFeed('<html><body>维护中</body></html>')).toThrow(FeedParseError);
  expect(() => parseFeed('')).toThrow(FeedParseError);
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>`;
  const started = Date.now();
  try {
    const feed = parseFeed(bomb);
    // If the parser does not refuse it, it must not have expanded a billion "lol"s.
    expect(feed.items[0]!.title.length).toBeLessThan(100_000);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
  }
  expect(Date.now() - started).toBeLessThan(2000);
});

test('plainText strips tags and decodes entities', () => {
  expect(plainText('<p>一</p><br/>二&nbsp;&#x4E09;&#22235;<script>x()</script>')).toBe('一 二 三四');
});
