/**
 * Right to left without a flipped line: 42 mixed-direction strings (e2e/support/bidi-corpus.ts) shown in the
 * queue, the item pane, the comments and the editor. For each, the element's direction is the text's, and the
 * reading order on screen is right: the first Arabic word and the first Latin (or digit) run are where a reader
 * of that direction expects them (measured with Range.getBoundingClientRect). `dir="auto"` fails this on the
 * first string: it takes "Apple" for the paragraph's direction and shows the headline as "Azercell … Apple".
 */
import type { Locator, Page } from '@playwright/test';
import { ApiUser } from '../src/test-support/api-user.ts';
import { BIDI_CORPUS, type BidiCase } from './support/bidi-corpus.ts';
import { expect, setLocales, signIn, test } from './support/fixtures.ts';
import { shot } from './support/screens.ts';

const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const shown = (text: string) => text.replace(CONTROLS, '');
const languageOf = (entry: BidiCase) => (entry.dir === 'rtl' ? 'ar' : 'en');

interface Reading {
  direction: string;
  text: string;
  /** What is wrong with the order on screen, or null. */
  problem: string | null;
}

/** Reads an element's direction and checks the on-screen order of its first Arabic word and first Latin run. */
async function reading(element: Locator, dir: 'rtl' | 'ltr'): Promise<Reading> {
  return element.evaluate((node, expected) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let current = walker.nextNode(); current; current = walker.nextNode()) texts.push(current as Text);
    const full = texts.map((text) => text.data).join('');
    const rangeOf = (start: number, length: number): DOMRect | null => {
      let offset = 0;
      for (const text of texts) {
        if (start < offset + text.data.length) {
          const range = document.createRange();
          range.setStart(text, start - offset);
          range.setEnd(text, Math.min(text.data.length, start - offset + length));
          return range.getClientRects()[0] ?? null;
        }
        offset += text.data.length;
      }
      return null;
    };
    const arabic = /[\u0621-\u064a]+/u.exec(full);
    const latin = /[A-Za-z][A-Za-z0-9]*|\d+/u.exec(full);
    let problem: string | null = null;
    if (arabic && latin) {
      const a = rangeOf(arabic.index, arabic[0].length);
      const l = rangeOf(latin.index, latin[0].length);
      if (!a || !l) problem = 'not laid out';
      else {
        const latinFirst = latin.index < arabic.index;
        const sameLine = Math.abs(a.top - l.top) < Math.min(a.height, l.height) / 2;
        if (!sameLine) {
          if (latinFirst !== l.top < a.top)
            problem = `"${latin[0]}" and "${arabic[0]}" on lines out of order`;
        } else {
          // Earlier in the text is further right in a right-to-left line, further left in a left-to-right one.
          const latinRightOfArabic = l.left >= a.right - 1;
          const latinLeftOfArabic = l.right <= a.left + 1;
          const ok =
            expected === 'rtl'
              ? latinFirst
                ? latinRightOfArabic
                : latinLeftOfArabic
              : latinFirst
                ? latinLeftOfArabic
                : latinRightOfArabic;
          if (!ok)
            problem = `"${latin[0]}" ${Math.round(l.left)}…${Math.round(l.right)}, "${arabic[0]}" ${Math.round(a.left)}…${Math.round(a.right)}`;
        }
      }
    }
    return { direction: getComputedStyle(node as Element).direction, text: full, problem };
  }, dir);
}

/** Goes to a path inside the app without a reload, as a click on a link does (the router follows history). */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(history.state, '', href);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
}

async function expectReadable(page: Page, element: Locator, entry: BidiCase, where: string): Promise<void> {
  await expect(element).toBeVisible();
  const read = await reading(element, entry.dir);
  const label = `${where}: ${JSON.stringify(entry.text)}`;
  expect(read.direction, label).toBe(entry.dir);
  expect(read.text, `${label}: no bidi controls on screen`).not.toMatch(CONTROLS);
  expect(read.problem, label).toBeNull();
}

test('mixed Arabic and Latin text reads in its own direction in the queue, the pane, comments and the editor', async ({
  browser,
  server,
  admin,
}) => {
  test.setTimeout(240_000);
  expect(BIDI_CORPUS.length).toBeGreaterThanOrEqual(40);
  await setLocales(server.url, ['editor'], 'ar');
  const source = `bidi-${Date.now().toString(36)}`;
  const items = [];
  for (const entry of BIDI_CORPUS)
    items.push(await admin.ingest({ headline: entry.text, source, language: languageOf(entry) }));

  // A story whose body is the corpus, a paragraph each, and every string again as a comment on it.
  const story = await admin.ingest({
    headline: 'نصوص مختلطة الاتجاه للاختبار',
    source,
    language: 'ar',
    body: BIDI_CORPUS.map(
      (entry) => `<p>${entry.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
    ).join(''),
  });
  await admin.action(story.id, 'accept');
  const editorApi = await ApiUser.login(server.url, 'editor');
  for (const entry of BIDI_CORPUS) {
    const response = await editorApi.context.post(`/api/items/${story.id}/comments`, {
      data: { body: entry.text },
      headers: { 'x-csrf-token': editorApi.csrfToken },
    });
    expect(response.ok()).toBe(true);
  }
  await editorApi.dispose();

  // The queue: tall enough for every row of this source at once (the list is virtualised).
  const page = await signIn(browser, server.url, 'editor', `/?source=${source}&collapse=false`);
  await page.setViewportSize({ width: 1440, height: 4200 });
  for (const [index, entry] of BIDI_CORPUS.entries()) {
    const row = page.locator(`[data-testid=queue-row][data-item-id="${items[index]!.id}"] h3 a`);
    await expectReadable(page, row, entry, 'queue');
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot(page, 'ar', 'bidi-queue');

  // The item pane's headline.
  for (const [index, entry] of BIDI_CORPUS.entries()) {
    await navigate(page, `/items/${items[index]!.id}?source=${source}&collapse=false`);
    await expect(page.locator('#item-headline')).toHaveText(shown(entry.text));
    await expectReadable(page, page.locator('#item-headline'), entry, 'pane');
  }

  // Comments, which have no language: the dominant script decides.
  await page.goto(`/items/${story.id}?source=${source}&collapse=false`);
  const comments = page.locator('[data-testid=comments] li p');
  await expect(comments).toHaveCount(BIDI_CORPUS.length);
  for (const [index, entry] of BIDI_CORPUS.entries())
    await expectReadable(page, comments.nth(index), entry, 'comment');
  // The body in the pane: each paragraph in its own direction.
  const paragraphs = page.locator('[data-testid=item-body] p');
  for (const [index, entry] of BIDI_CORPUS.entries())
    await expectReadable(page, paragraphs.nth(index), entry, 'body');
  await shot(page, 'ar', 'bidi-pane');

  // The editor.
  await page.goto(`/items/${story.id}/edit`);
  const blocks = page.locator('[data-testid=story-body] p');
  await expect(blocks).toHaveCount(BIDI_CORPUS.length);
  for (const [index, entry] of BIDI_CORPUS.entries())
    await expectReadable(page, blocks.nth(index), entry, 'editor');
  await shot(page, 'ar', 'bidi-editor');
});

test("the editor's headline and summary read in the story's language's direction, whatever their letters", async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  // More Latin letters than Arabic in an Arabic report, more Arabic than Latin in an English one.
  const arabic = await admin.ingest({
    headline: 'Samsung Galaxy S25 Ultra في الرياض',
    summary: 'إطلاق Samsung Galaxy S25 Ultra في الرياض.',
    language: 'ar',
  });
  const english = await admin.ingest({
    headline: 'Tokayev meets محمد بن سلمان عبد العزيز آل سعود in Riyadh',
    summary: 'محمد بن سلمان عبد العزيز آل سعود hosts Tokayev.',
    language: 'en',
  });
  const page = await signIn(browser, server.url, 'editor', `/items/${arabic.id}/edit`);
  for (const [item, dir] of [
    [arabic, 'rtl'],
    [english, 'ltr'],
  ] as const) {
    await page.goto(`/items/${item.id}/edit`);
    await expect(page.getByTestId('story-editor')).toHaveAttribute('data-mode', 'editing');
    // The same direction as the item's own headline, in the queue and the pane.
    await expect(page.locator('#story-headline')).toHaveAttribute('dir', dir);
    await expect(page.locator('#story-summary')).toHaveAttribute('dir', dir);
    await expect(page.getByTestId('story-body')).toHaveAttribute('dir', dir);
    await shot(page, 'ar', `bidi-editor-fields-${item.language}`);
  }
  await page.context().close();
});

test('a hyphenated name (F-35, S-400) is never cut at its hyphen in a right-to-left headline, at any width', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const headline =
    'تركيا والولايات المتحدة تتفقان على صفقة طائرات F-35 بقيمة 23.5 مليار دولار وتبحثان منظومة S-400 بعد محادثات استمرت عامين';
  const item = await admin.ingest({ headline, language: 'ar' });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}?collapse=false`);
  const title = page.locator('#item-headline');
  await expect(title).toHaveText(headline);
  /** The lines the name's own text lies on, as laid out (whatever the markup around it). */
  const linesOf = (name: string) =>
    title.evaluate((node, wanted) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        const at = text.data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + wanted.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }
      return 0;
    }, name);
  // Every width from a phone's to a desktop's: somewhere a line would end inside each name.
  for (let width = 360; width <= 1440; width += 10) {
    await page.setViewportSize({ width, height: 900 });
    for (const name of ['F-35', 'S-400']) expect(await linesOf(name), `${name} at ${width}px`).toBe(1);
  }
  await page.context().close();
});
