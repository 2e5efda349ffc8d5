import { describe, expect, it } from 'vitest';
import { parseExpect, readCorpusHeader, readPyString } from './feedparser-expect.ts';

describe('the Expect translator', () => {
  it('reads Python string literals with their escapes', () => {
    expect(readPyString(String.raw`u'caf\xe9 \u2019 \U0001F600 \n \\ \''`, 0)?.value).toBe(
      "café ’ 😀 \n \\ '",
    );
    expect(readPyString(`"it's"`, 0)?.value).toBe("it's");
    expect(readPyString(String.raw`r'\d'`, 0)?.value).toBe('\\d');
  });

  it('splits clauses, chains and concatenations, and keeps what it cannot read', () => {
    const parsed = parseExpect(
      `not bozo and entries[0]['title'] == entries[1]['title'] == u'A' + 'B' and feed.link == 'http://x/' and ` +
        `entries[0]['published_parsed'] == (2004, 1, 1, 19, 48, 21, 3, 1, 0) and len(entries) == 2`,
    );
    expect(parsed.bozo).toBe(false);
    expect(parsed.clauses).toEqual([
      { scope: 'entries', index: 0, keys: ['title'], expected: 'AB' },
      { scope: 'entries', index: 1, keys: ['title'], expected: 'AB' },
      { scope: 'feed', index: 0, keys: ['link'], expected: 'http://x/' },
      { scope: 'entries', index: 0, keys: ['published_parsed'], expected: [2004, 1, 1, 19, 48, 21, 3, 1, 0] },
    ]);
    expect(parsed.unreadable).toEqual(['len(entries) == 2']);
    expect(parseExpect(`feed['title'] == 'a' or feed['title'] == "b"`).clauses).toEqual([]);
    expect(parseExpect(`not bozo and entries[0]['title'] == 'a and b'`).clauses[0]!.expected).toBe('a and b');
  });

  it('reads the header comment', () => {
    const header = readCorpusHeader(
      '<?xml version="1.0"?>\n<!--\nHeader:      Content-type: text/xml; charset=utf-8\nDescription: x\nExpect:      bozo\n-->\n<rss/>',
    );
    expect(header).toEqual({ expect: 'bozo', headers: { 'content-type': 'text/xml; charset=utf-8' } });
  });
});
