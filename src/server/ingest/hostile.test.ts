import { describe, expect, it } from 'vitest';
import { readFeed } from './index.ts';
import { MAX_ITEMS } from './parse/index.ts';
import { FeedError, type FeedErrorCode } from './wire-item.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function codeOf(input: Uint8Array | string): FeedErrorCode | 'ok' {
  try {
    readFeed(typeof input === 'string' ? utf8(input) : input);
    return 'ok';
  } catch (err) {
    if (err instanceof FeedError) return err.code;
    throw err;
  }
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;

describe('hostile XML', () => {
  // Timings of this and of the 20,000-item read below: bench/ingest.ts, table `ingest-hostile`.
  it('refuses billion laughs before expanding anything', () => {
    let error: unknown;
    try {
      readFeed(utf8(BILLION_LAUGHS));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe('feed.doctype_refused');
    expect((error as FeedError).message).not.toMatch(/lollol/);
  });

  it('refuses XXE, parameter entities and a DOCTYPE hidden after comments and PIs', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    const parameter = `<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]><rss/>`;
    const hidden = `<?xml version="1.0"?><!-- a comment with <rss> in it --><?pi data?>
<!DOCTYPE feed [ <!ATTLIST feed x CDATA "y"> ]><feed xmlns="http://www.w3.org/2005/Atom"/>`;
    const quotedBracket = `<!DOCTYPE rss PUBLIC "-//x//[" "y.dtd" [<!ENTITY a "b">]><rss/>`;
    for (const doc of [xxe, parameter, hidden, quotedBracket])
      expect(codeOf(doc)).toBe('feed.doctype_refused');
  });

  it('tolerates a DOCTYPE without internal subset and never resolves its DTD or unknown entities', () => {
    const doc = `<!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss version="2.0"><channel>
<title>&xxe; &nbsp;x</title><item><title>ok</title></item></channel></rss>`;
    const feed = readFeed(utf8(doc));
    expect(feed.items[0]!.title).toBe('ok');
    expect(feed.title).toBe('&xxe; x'); // unknown references stay text; &nbsp; is decoded by the HTML layer
    expect(JSON.stringify(feed)).not.toMatch(/root:/);
  });

  it('rejects truncated XML, garbage and empty bodies as malformed', () => {
    expect(codeOf('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>y')).toBe(
      'feed.malformed',
    );
    expect(codeOf('<rss><channel></rss>')).toBe('feed.malformed');
    expect(codeOf('')).toBe('feed.malformed');
    expect(codeOf('   \n\t ')).toBe('feed.malformed');
    expect(codeOf('Just a sentence about the news.')).toBe('feed.malformed');
    let seed = 42;
    const random = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(codeOf(random)).toBe('feed.malformed');
    expect(codeOf(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]))).toBe('feed.malformed'); // gzip header
    expect(codeOf(`<rss>${'<a>'.repeat(10_000)}`)).toBe('feed.malformed'); // deep nesting, cut off early
  });

  it('says not_a_feed for well-formed documents that are not feeds', () => {
    expect(codeOf('<html><body><p>hello</p></body></html>')).toBe('feed.not_a_feed');
    // A real home page is not well-formed XML (void elements, bare ampersands): still a web page, not a broken feed.
    expect(
      codeOf('<!DOCTYPE html>\n<html lang="ar"><head><meta charset="utf-8"><title>وكالة & أخبار</title>'),
    ).toBe('feed.not_a_feed');
    expect(codeOf('<?xml version="1.0"?>\n<!-- site -->\n<HTML><BODY><BR></BODY></HTML>')).toBe(
      'feed.not_a_feed',
    );
    expect(codeOf('<rss version="2.0"><channel><title>html</title></channel>')).toBe('feed.malformed');
    expect(codeOf('{"hello": "world"}')).toBe('feed.not_a_feed');
    expect(codeOf('[1, 2, 3]')).toBe('feed.not_a_feed');
    expect(codeOf('{"version": "https://jsonfeed.org/version/1.1", "title": "no items"}')).toBe(
      'feed.not_a_feed',
    );
    expect(codeOf('{"broken": ')).toBe('feed.malformed');
    expect(codeOf('['.repeat(500_000))).toBe('feed.malformed'); // JSON.parse overflows its stack: still a FeedError
  });

  it('reads a 20,000-item RSS feed', () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<item><title>خبر ${i} &amp; تفاصيل</title><link>https://e.example/${i}</link><guid>g${i}</guid>` +
        `<pubDate>Tue, 15 Jul 2024 10:30:00 GMT</pubDate><description>&lt;p dir="rtl"&gt;نص الخبر ${i}&lt;/p&gt;</description></item>`,
    );
    const doc = utf8(
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>big</title>${items.join('')}</channel></rss>`,
    );
    const feed = readFeed(doc);
    expect(feed.items).toHaveLength(20_000);
    expect(feed.items[19_999]).toMatchObject({ guid: 'g19999', title: 'خبر 19999 & تفاصيل' });
  });

  it('reads the first MAX_ITEMS items of a bigger document and counts the rest as omitted', () => {
    const doc = `<rss><channel>${Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `<item><title>x${i}</title></item>`).join('')}</channel></rss>`;
    const feed = readFeed(utf8(doc));
    expect(feed.items).toHaveLength(MAX_ITEMS);
    expect(feed.items.at(-1)!.title).toBe(`x${MAX_ITEMS - 1}`);
    expect(feed.omitted).toBe(5);
    expect(readFeed(utf8('<rss><channel><item><title>x</title></item></channel></rss>')).omitted).toBe(0);
  });

  it('keeps duplicate and missing guids as given (dedupe is storage’s job) and nulls broken dates', () => {
    const feed = readFeed(
      utf8(`<rss><channel>
<item><title>a</title><guid>same</guid><pubDate>not a date</pubDate></item>
<item><title>b</title><guid>same</guid><pubDate>Sun, 99 Jun 2009 12:00:00 GMT</pubDate></item>
<item><title>c</title><pubDate></pubDate></item>
<item><title>d</title><guid>   </guid></item>
</channel></rss>`),
    );
    expect(feed.items.map((i) => [i.guid, i.publishedAt])).toEqual([
      ['same', null],
      ['same', null],
      [null, null],
      [null, null],
    ]);
  });

  it('keeps no state between feeds: a good feed reads the same before and after hostile ones', () => {
    const good = utf8(
      '<rss><channel><item><title>ثابت</title><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>',
    );
    const before = JSON.stringify(readFeed(good));
    for (const bad of [
      BILLION_LAUGHS,
      '<rss><channel><item><title>cut',
      '{"x":1}',
      '<a href="javascript:x">',
    ]) {
      expect(() => readFeed(utf8(bad))).toThrow(FeedError);
    }
    expect(JSON.stringify(readFeed(good))).toBe(before);
  });
});

describe('DOCTYPE detection', () => {
  it('does not mistake a comment or CDATA that mentions <!DOCTYPE for a declaration', () => {
    const doc = `<!-- says "<!DOCTYPE x [ <!ENTITY a 'b'> ]>" --><?pi <!DOCTYPE ?>
<rss><channel><item><description><![CDATA[ <!DOCTYPE [ ]]></description></item></channel></rss>`;
    expect(readFeed(utf8(doc)).items[0]!.summary).toBe('');
  });
});

describe('DOCTYPE scope', () => {
  it('refuses a stray entity declaration in the prolog but not "<!ENTITY" text in the body after a bare DOCTYPE', () => {
    expect(codeOf('<!ENTITY x "y"><rss/>')).toBe('feed.doctype_refused');
    const doc = `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "rss-0.91.dtd">
<rss><channel><item><title>On XML</title><description><![CDATA[<code>&lt;!ENTITY x "y"&gt;</code> is how <!ENTITY ]]></description></item></channel></rss>`;
    expect(readFeed(utf8(doc)).items[0]!.title).toBe('On XML');
  });
});
