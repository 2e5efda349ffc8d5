import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../index.ts';
import { FeedError } from '../wire-item.ts';
import { SEED_WIRE_PAGE as SEED } from '../../../test-support/fixture-files.ts';
import { looksLikeTextDump } from './text-dump.ts';

describe('the seed dump', () => {
  it('parses into 15 headlines plus the article, with the source line as author', () => {
    const text = readFileSync(SEED, 'utf8');
    const feed = readFeed(new Uint8Array(readFileSync(SEED)), { contentType: 'text/plain; charset=utf-8' });
    expect(feed.format).toBe('text');
    expect(feed.items).toHaveLength(16);
    const headlines = text
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2).trim());
    expect(feed.items.slice(0, 15).map((i) => i.title)).toEqual(headlines);
    expect(
      feed.items.slice(0, 15).every((i) => i.bodyHtml === '' && i.author === null && i.guid === null),
    ).toBe(true);
    const article = feed.items[15]!;
    expect(article.title).toBe('“الأمن الجماعي” قلقة إزاء الأحداث على الحدود بين أرمينيا وأذربيجان');
    expect(article.author).toBe('تاس');
    const paragraphs = article.bodyHtml.match(/<p>[^<]+<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(7);
    expect(article.bodyHtml.startsWith('<p>أعربت منظمة معاهدة الأمن الجماعي')).toBe(true);
    expect(article.bodyHtml).not.toContain('تاس');
    expect(article.summary.startsWith('أعربت منظمة معاهدة الأمن الجماعي')).toBe(true);
  });
});

describe('text dump detection', () => {
  const dump =
    '- first headline here\n- second headline here\nTitle line\nA paragraph long enough to be a paragraph of an article.\nرويترز\n';

  it('accepts the shape, with CRLF too, and headline-only dumps', () => {
    expect(looksLikeTextDump(dump)).toBe(true);
    expect(looksLikeTextDump(dump.replace(/\n/g, '\r\n'))).toBe(true);
    expect(looksLikeTextDump('- one headline\n- another headline\n')).toBe(true);
    const noSource = readFeed(
      new TextEncoder().encode(
        dump.replace('رويترز\n', 'Another long paragraph that ends with a full stop.\n'),
      ),
    );
    expect(noSource.items[2]!.author).toBeNull();
  });

  it.each([
    ['English prose', 'The minister said on Tuesday that talks would resume.\nThey did not.\nReuters'],
    [
      'a markdown README',
      '# Project\n\n- install it\n- run it\n\nThen read the docs, which are long enough to be a paragraph.',
    ],
    [
      'a list then prose then a list',
      '- a\n- b\nSome paragraph that is long enough to count as one.\n- c\nEnd',
    ],
    ['a single bullet', '- just one line'],
    ['a CSV', 'id,title,date\n1,hello,2024-01-01\n2,world,2024-01-02'],
    ['a log file', '2024-07-15 10:00:01 INFO started\n2024-07-15 10:00:02 WARN slow\n'],
    ['bullets then a short line only', '- headline one\n- headline two\nshort'],
    ['binary-ish text', '- a\u0000b\n- c\n'],
  ])('does not misfire on %s', (_name, text) => {
    expect(looksLikeTextDump(text)).toBe(false);
    expect(() => readFeed(new TextEncoder().encode(text))).toThrow(FeedError);
  });
});
