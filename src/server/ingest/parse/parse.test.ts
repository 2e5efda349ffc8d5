import { describe, expect, it } from 'vitest';
import { readFeed } from '../index.ts';
import { parseFeed } from './index.ts';
import { parseXml } from './xml.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('RSS 2.0', () => {
  const feed = parseFeed(
    `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>وكالة الأنباء</title><link>https://wire.example/ar/</link><language>ar</language>
  <item>
    <title><![CDATA[<b>عاجل:</b> \u200fقمة\u200f في الرياض]]></title>
    <link>story/1</link>
    <guid isPermaLink="false">wire-1</guid>
    <description>&lt;p&gt;ملخص &amp;amp; تفاصيل&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p dir="rtl">النص <img src="/img/1.jpg"> الكامل\u200c</p><script>x()</script>]]></content:encoded>
    <pubDate>Tue, 15 Jul 2024 10:30:00 +0300</pubDate>
    <author>desk@wire.example (مكتب الرياض)</author>
    <category>سياسة</category><category>سياسة</category><dc:subject>الخليج</dc:subject>
  </item>
  <item><title>Second</title><guid>https://wire.example/ar/2</guid><dc:date>2024-07-15T08:00:00Z</dc:date></item>
</channel></rss>`,
    { baseUrl: 'https://wire.example/feeds/ar.xml' },
  );

  it('reads the channel', () => {
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'وكالة الأنباء',
      link: 'https://wire.example/ar/',
      language: 'ar',
    });
  });

  it('normalises an item', () => {
    expect(feed.items[0]).toEqual({
      guid: 'wire-1',
      // Relative links resolve against the document's URL (RFC 3986), as feedparser does.
      url: 'https://wire.example/feeds/story/1',
      title: 'عاجل: قمة في الرياض',
      summary: 'ملخص & تفاصيل',
      bodyHtml: '<p dir="rtl">النص <img src="https://wire.example/img/1.jpg"> الكامل\u200c</p>',
      publishedAt: Date.UTC(2024, 6, 15, 7, 30),
      author: 'مكتب الرياض',
      language: 'ar',
      categories: ['سياسة', 'الخليج'],
      urgency: null,
      rawDigest: expect.any(String),
    });
  });

  it('uses a permalink guid as the link and dc:date as the time', () => {
    expect(feed.items[1]).toMatchObject({
      guid: 'https://wire.example/ar/2',
      url: 'https://wire.example/ar/2',
      publishedAt: Date.UTC(2024, 6, 15, 8),
      summary: '',
      bodyHtml: '',
    });
  });

  it('takes RSS 0.91 with a public DOCTYPE (no internal subset) and undeclared HTML entities', () => {
    const old = parseFeed(`<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old&nbsp;feed &copy; 2001</title><item><title>A &minus; B</title><link>http://e.example/a</link></item></channel></rss>`);
    expect(old.title).toBe('Old feed © 2001');
    expect(old.items[0]).toMatchObject({ title: 'A − B', url: 'http://e.example/a' });
  });

  it('resolves against the feed link when the document has no URL (push endpoint, CLI file)', () => {
    const f = parseFeed(
      '<rss><channel><link>https://wire.example/ar/</link><item><link>story/9</link></item></channel></rss>',
    );
    expect(f.items[0]!.url).toBe('https://wire.example/ar/story/9');
  });

  it('tolerates blank lines before the XML declaration', () => {
    const f = parseFeed(
      '\n\n  <?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>',
    );
    expect(f.items[0]!.title).toBe('x');
  });

  it('keeps only http(s) links', () => {
    const f = parseFeed(
      '<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>ftp://e.example/f</link></item></channel></rss>',
    );
    expect(f.items.map((i) => i.url)).toEqual([null, null]);
  });
});

describe('items read as they close', () => {
  it("lists the first channel's items, then those beside it, whatever the document order", () => {
    const feed = parseFeed(`<rss version="2.0">
  <item><title>Beside</title><guid>b</guid></item>
  <channel>
    <title>Wire</title>
    <item><title>First</title><guid>1</guid><category>a</category></item>
    <wrapper><item><title>Wrapped</title><guid>w</guid></item></wrapper>
    <item><title>Second</title><guid>2</guid></item>
    <language>ar</language>
  </channel>
  <channel><item><title>Other channel</title><guid>o</guid></item></channel>
</rss>`);
    expect(feed.items.map((item) => item.title)).toEqual(['First', 'Second', 'Beside']);
    // The channel's own fields are read from what is left, wherever they sit.
    expect(feed).toMatchObject({ title: 'Wire', language: 'ar' });
  });

  it('leaves a taken element out of the tree, so the document is never held whole', () => {
    const closed: string[] = [];
    const root = parseXml('<feed><entry><title>One</title></entry><title>Feed</title></feed>', null, (el) => {
      closed.push(el.local);
      return el.local === 'entry';
    });
    expect(closed).toEqual(['title', 'entry', 'title', 'feed']);
    expect(root.children.map((child) => (typeof child === 'string' ? child : child.local))).toEqual([
      'title',
    ]);
  });

  it("passes a reader's own failure on as it is, not as malformed XML", () => {
    // readFeed reports such a failure as an internal error (a bug), which the feeds page and the corpus test
    // tell apart from a bad feed.
    expect(() =>
      parseXml('<feed><entry/></feed>', null, () => {
        throw new TypeError('a bug in a reader');
      }),
    ).toThrow(TypeError);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel', () => {
    const feed = parseFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://e.example/"><title>RDF feed</title><link>http://e.example/</link><dc:language>en-us</dc:language></channel>
  <item rdf:about="http://e.example/1"><title>One</title><link>http://e.example/1</link><dc:date>2003-12-31T10:14:55Z</dc:date><dc:creator>Jo</dc:creator></item>
</rdf:RDF>`);
    expect(feed).toMatchObject({ format: 'rdf', title: 'RDF feed', language: 'en-US' });
    expect(feed.items[0]).toMatchObject({
      guid: 'http://e.example/1',
      url: 'http://e.example/1',
      title: 'One',
      author: 'Jo',
      publishedAt: Date.UTC(2003, 11, 31, 10, 14, 55),
    });
  });
});

describe('Atom', () => {
  it('reads Atom 1.0 with xml:base, xhtml content and categories', () => {
    const feed = parseFeed(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar" xml:base="https://news.example/ar/">
  <title type="html">أخبار &lt;i&gt;اليوم&lt;/i&gt;</title>
  <link rel="self" href="/feed.atom"/><link rel="alternate" type="text/html" href="./"/>
  <entry xml:base="2024/07/">
    <id>tag:news.example,2024:1</id>
    <title type="text">AT&amp;T &lt;b&gt; in text</title>
    <link rel="alternate" href="story.html"/>
    <link rel="enclosure" href="photo.jpg"/>
    <published>2024-07-15T10:30:00+03:00</published><updated>2024-07-16T00:00:00Z</updated>
    <author><name>سارة</name><email>s@news.example</email></author>
    <category term="politics" label="سياسة"/><category term="gulf"/>
    <summary>موجز</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p dir="rtl">نص <a href="more.html">المزيد</a></p></div></content>
  </entry>
  <entry xml:lang="en"><id>2</id><title>Only updated</title><updated>2024-07-16T00:00:00Z</updated></entry>
</feed>`);
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'أخبار اليوم',
      link: 'https://news.example/ar/',
      language: 'ar',
    });
    expect(feed.items[0]).toEqual({
      guid: 'tag:news.example,2024:1',
      url: 'https://news.example/ar/2024/07/story.html',
      title: 'AT&T <b> in text',
      summary: 'موجز',
      bodyHtml:
        '<p dir="rtl">نص <a href="https://news.example/ar/2024/07/more.html" target="_blank" rel="noopener noreferrer nofollow">المزيد</a></p>',
      publishedAt: Date.UTC(2024, 6, 15, 7, 30),
      author: 'سارة',
      language: 'ar',
      categories: ['سياسة', 'gulf'],
      urgency: null,
      rawDigest: expect.any(String),
    });
    expect(feed.items[1]).toMatchObject({ publishedAt: Date.UTC(2024, 6, 16), language: 'en' });
  });

  it('reads Atom 0.3 (escaped and base64 modes, issued/modified)', () => {
    const feed = parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Old Atom</title><link rel="alternate" type="text/html" href="http://e.example/"/>
  <entry><id>x</id><title mode="escaped" type="text/html">&lt;b&gt;Bold&lt;/b&gt;</title>
  <content mode="base64" type="text/html">PHA+SGVsbG88L3A+</content><issued>2003-12-31T10:14:55Z</issued></entry>
</feed>`);
    expect(feed.items[0]).toMatchObject({
      title: 'Bold',
      bodyHtml: '<p>Hello</p>',
      publishedAt: Date.UTC(2003, 11, 31, 10, 14, 55),
    });
  });
});

describe('JSON Feed', () => {
  it('reads JSON Feed 1.1', () => {
    const feed = readFeed(
      utf8(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'JSON wire',
          home_page_url: 'https://j.example/',
          language: 'ar-SA',
          authors: [{ name: 'المحرر' }],
          items: [
            {
              id: 'j1',
              url: '/j1',
              title: 'عنوان',
              content_html: '<p>نص</p>',
              summary: 'ملخص',
              date_published: '2024-07-15T10:30:00Z',
              tags: ['اقتصاد'],
            },
            {
              id: 42,
              content_text: 'First paragraph.\n\nSecond & last.',
              date_modified: '2024-07-15T11:00:00Z',
            },
          ],
        }),
      ),
      { contentType: 'application/feed+json' },
    );
    expect(feed).toMatchObject({
      format: 'json-feed',
      title: 'JSON wire',
      link: 'https://j.example/',
      language: 'ar-SA',
    });
    expect(feed.items[0]).toMatchObject({
      guid: 'j1',
      url: 'https://j.example/j1',
      title: 'عنوان',
      summary: 'ملخص',
      bodyHtml: '<p>نص</p>',
      author: 'المحرر',
      categories: ['اقتصاد'],
      publishedAt: Date.UTC(2024, 6, 15, 10, 30),
    });
    // No title: the start of the text stands in, so the queue never shows an empty row.
    expect(feed.items[1]).toMatchObject({
      guid: '42',
      title: 'First paragraph. Second & last.',
      bodyHtml: '<p>First paragraph.</p><p>Second &amp; last.</p>',
    });
  });

  it('reads JSON Feed 1.0 author', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 't',
        items: [{ id: '1', title: 'x', author: { name: 'Jo' } }],
      }),
    );
    expect(feed.items[0]!.author).toBe('Jo');
  });
});

describe('IPTC ninjs', () => {
  const v1 = {
    uri: 'urn:newsml:wire.example:20240715:1',
    type: 'text',
    headline: 'انفجار في الميناء',
    body_html: '<p dir="rtl">تفاصيل <script>x</script></p>',
    description_text: 'موجز الخبر',
    versioncreated: '2024-07-15T10:31:00Z',
    firstcreated: '2024-07-15T10:30:00Z',
    urgency: 2,
    language: 'ar',
    byline: 'مراسلنا',
    subject: [{ name: 'حوادث', code: 'medtop:1' }, { code: 'medtop:2' }],
  };
  const v2 = {
    uri: 'http://wire.example/2',
    headlines: [{ role: 'main', value: 'Headline two' }],
    bodies: [{ role: 'main', contenttype: 'text/plain', value: 'Plain body.' }],
    versioncreated: '2024-07-15T12:00:00+02:00',
    urgency: '5',
    subjects: [{ name: 'Politics' }],
    by: 'Desk',
    links: [{ rel: 'irel:canonical', href: 'https://wire.example/story/2', contenttype: 'text/html' }],
  };

  it('reads a single 1.x object', () => {
    const feed = parseFeed(JSON.stringify(v1));
    expect(feed.format).toBe('ninjs');
    expect(feed.items[0]).toEqual({
      guid: 'urn:newsml:wire.example:20240715:1',
      url: null,
      title: 'انفجار في الميناء',
      summary: 'موجز الخبر',
      bodyHtml: '<p dir="rtl">تفاصيل </p>',
      publishedAt: Date.UTC(2024, 6, 15, 10, 31),
      author: 'مراسلنا',
      language: 'ar',
      categories: ['حوادث', 'medtop:2'],
      urgency: 2,
      rawDigest: expect.any(String),
    });
  });

  it('reads 2.x items in an array and in {items: [...]}', () => {
    for (const doc of [[v1, v2], { items: [v1, v2] }]) {
      const feed = parseFeed(JSON.stringify(doc));
      expect(feed.items).toHaveLength(2);
      expect(feed.items[1]).toMatchObject({
        guid: 'http://wire.example/2',
        url: 'https://wire.example/story/2',
        title: 'Headline two',
        bodyHtml: '<p>Plain body.</p>',
        summary: 'Plain body.',
        publishedAt: Date.UTC(2024, 6, 15, 10),
        urgency: 5,
        author: 'Desk',
        categories: ['Politics'],
      });
    }
  });
});
