/**
 * What the DOM thread answers is what the synchronous functions answer on this thread, on DOMPurify's XSS
 * vectors and on inputs outside the fast path's subset: the thread is where they run, not another sanitiser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, skipWithoutCorpus } from '../../test-support/corpora.ts';
import { sanitizeStoryBody } from '../modules/stories/story-body.ts';
import { decodedText, sanitizedStoryBody, sanitizedWireBody, textOfHtml } from './dom-thread.ts';
import { decodeEntities, htmlToText } from './html-to-text.ts';
import { sanitizeBodyHtml } from './sanitize.ts';

const VECTORS = 'dompurify/xss-vectors.json';

const INPUTS = [
  '<div class="lead"><p>قال الوزير <u>اليوم</u></p><!-- note --></div>',
  '<p>رابط <a href="/world/1" onclick="x()">الخبر</a></p><img src="data:image/png;base64,AAAA">',
  'AT&T &copy 2026 &notit; &amp',
  '<table><tr><td>غير مكتمل',
  '<p>' + 'نص طويل '.repeat(20_000) + '</p><div>بعد الحد</div>',
  '',
  '   ',
];

async function expectParity(inputs: readonly string[]): Promise<void> {
  for (const html of inputs) {
    expect(await sanitizedWireBody(html, 'https://wire.example/news/')).toBe(
      sanitizeBodyHtml(html, { baseUrl: 'https://wire.example/news/' }),
    );
    expect(await textOfHtml(html)).toBe(htmlToText(html));
    expect(await decodedText(html)).toBe(decodeEntities(html));
    expect(await sanitizedStoryBody(html, 'ar')).toBe(sanitizeStoryBody(html, 'ar'));
  }
}

describe('the DOM thread', () => {
  it('answers as the synchronous functions do, outside the fast path too', async () => {
    await expectParity(INPUTS);
  });

  it.skipIf(skipWithoutCorpus(VECTORS))('answers as they do on every DOMPurify XSS vector', async () => {
    const vectors = JSON.parse(readFileSync(`${CORPORA_DIR}${VECTORS}`, 'utf8')) as { payload: string }[];
    expect(vectors.length).toBeGreaterThan(200);
    await expectParity(vectors.map((vector) => vector.payload));
  });

  it('answers requests asked together, each with its own', async () => {
    const inputs = ['<div>أ</div>', '<div>ب</div>', '<section>ج</section>', '<u>د</u>'];
    expect(await Promise.all(inputs.map((html) => sanitizedWireBody(html, null)))).toEqual(
      inputs.map((html) => sanitizeBodyHtml(html)),
    );
  });
});
