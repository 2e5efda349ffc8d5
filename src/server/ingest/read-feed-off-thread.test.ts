import { describe, expect, it } from 'vitest';
import { domUses } from './html-dom.ts';
import { readFeed } from './index.ts';
import { OFF_THREAD_BYTES, readFeedOffThread } from './read-feed-off-thread.ts';
import { FeedError } from './wire-item.ts';

/** An RSS document of `count` Arabic items, a little over `minBytes`. */
function bigFeed(minBytes: number): Uint8Array {
  const items: string[] = [];
  let size = 0;
  for (let n = 0; size < minBytes; n++) {
    const item =
      `<item><guid>g-${n}</guid><title>خبر رقم ${n} عن كازاخستان</title>` +
      `<description><![CDATA[<p>نص الخبر ${n} مع <a href="https://example.org/${n}">رابط</a>.</p>]]></description></item>`;
    items.push(item);
    size += Buffer.byteLength(item);
  }
  return new TextEncoder().encode(
    `<rss version="2.0"><channel><title>وكالة</title>${items.join('')}</channel></rss>`,
  );
}

describe('reading big feeds off the event loop', () => {
  it('reads a document over the threshold on the thread, with the same result as readFeed', async () => {
    const bytes = bigFeed(OFF_THREAD_BYTES + 1);
    const hints = { contentType: 'application/rss+xml' };
    const offThread = await readFeedOffThread(bytes, hints);
    expect(offThread).toEqual(readFeed(bytes, hints));
    expect(offThread.items.length).toBeGreaterThan(1000);
  });

  it('reads a small document that needs a DOM on the thread too, with the same result as readFeed', async () => {
    // A title, an author and a category with references the fast path leaves to the real parser.
    const bytes = new TextEncoder().encode(
      '<rss version="2.0"><channel><title>Wire &amp;amp Co</title><item><guid>g-1</guid>' +
        '<title>Caf&amp;eacute; Baku</title><author>Ren&amp;eacute;e</author>' +
        '<category>Soci&amp;eacute;t&amp;eacute;</category><description>نص</description></item></channel></rss>',
    );
    const before = domUses();
    const offThread = await readFeedOffThread(bytes);
    expect(domUses()).toBe(before);
    expect(offThread).toEqual(readFeed(bytes));
    expect(offThread.items[0]).toMatchObject({ title: 'Café Baku', categories: ['Société'] });
  });

  it('passes a malformed big document’s FeedError through, and keeps serving', async () => {
    const broken = new Uint8Array(OFF_THREAD_BYTES + 10).fill(0x3c); // "<<<<…"
    const refused = readFeedOffThread(broken, {});
    await expect(refused).rejects.toBeInstanceOf(FeedError);
    await expect(refused).rejects.toMatchObject({ code: expect.stringMatching(/^feed\./) });
    const again = await readFeedOffThread(bigFeed(OFF_THREAD_BYTES + 1), {});
    expect(again.items.length).toBeGreaterThan(1000);
  });
});
