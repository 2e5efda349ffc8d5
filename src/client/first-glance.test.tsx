import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { FirstGlanceInput } from '#shared/first-glance.ts';
import type { ItemCard } from '#shared/schemas/items.ts';
import { neutralizeBidiControls } from '#shared/text/direction.ts';
import { CORPORA_DIR, skipWithoutCorpus } from '../test-support/corpora.ts';
import { buildItem } from '../test-support/item-builder.ts';
import { renderFirstGlance } from './first-glance.tsx';
import { formatDigits } from './lib/format.ts';

const NOW = Date.parse('2026-12-06T09:00:00.000Z');

/** A row of the first page: one wire item, `id` minutes old. */
const card = (id: number, patch: Partial<ItemCard> = {}): ItemCard =>
  buildItem({
    id,
    source: 'الأناضول',
    headline: `تركمانستان تطلق برنامجاً وطنياً ${id}`,
    countries: ['TM'],
    topics: ['economy'],
    receivedAt: new Date(NOW - id * 60_000).toISOString(),
    ...patch,
  });

const input = (patch: Partial<FirstGlanceInput>): FirstGlanceInput => ({
  items: [],
  locale: 'ar',
  digits: 'latn',
  now: NOW,
  sourceNames: [],
  ...patch,
});

/** The glance's markup as a browser would read it, inside `#root`. */
async function glance(patch: Partial<FirstGlanceInput>) {
  const html = await renderFirstGlance(input(patch));
  return new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`).window.document;
}

describe('the queue’s first glance, rendered for the server', () => {
  it('shows the rows in order with the desk’s own row markup, in Arabic with the user’s digits', async () => {
    const document = await glance({
      items: [card(5, { clusterSize: 3, urgency: 2 }), card(12)],
      digits: 'arab',
    });
    const rows = [...document.querySelectorAll('[data-testid=queue-glance-row]')];
    expect(rows.map((row) => row.getAttribute('data-item-id'))).toEqual(['5', '12']);
    expect(rows[0]!.querySelector('a')!.textContent).toBe('تركمانستان تطلق برنامجاً وطنياً 5');
    expect(rows[0]!.querySelector('a')!.getAttribute('dir')).toBe('rtl');
    expect(rows[0]!.querySelector('time')!.textContent).toBe('قبل ٥ دقائق');
    expect(rows[0]!.textContent).toContain('٣ مصادر');
    expect(rows[0]!.textContent).toContain('تركمانستان');
    // A picture while the desk loads: nothing in it can be clicked or tabbed to, and it says it is loading.
    const frame = document.querySelector('[data-testid=first-glance]')!;
    expect(frame.hasAttribute('inert')).toBe(true);
    expect(frame.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector('h1')!.textContent).toBe('الوارد');
  });

  it('speaks English to an English user, with the sources’ English names', async () => {
    const document = await glance({
      items: [card(3)],
      locale: 'en',
      sourceNames: [{ name: 'الأناضول', nameEn: 'Anadolu Agency' }],
    });
    const row = document.querySelector('[data-testid=queue-glance-row]')!;
    expect(row.textContent).toContain('Anadolu Agency');
    expect(row.textContent).toContain('Turkmenistan');
    expect(row.querySelector('time')!.textContent).toBe('3 min. ago');
    // The headline keeps its own direction in an English page.
    expect(row.querySelector('a')!.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('h1')!.textContent).toBe('Queue');
  });

  it('leaves the digits and the clock of the rest of the process as they were', async () => {
    const before = formatDigits();
    await renderFirstGlance(input({ items: [card(1)], digits: before === 'arab' ? 'latn' : 'arab' }));
    expect(formatDigits()).toBe(before);
  });

  it.skipIf(skipWithoutCorpus('dompurify/xss-vectors.json'))(
    'renders every DOMPurify XSS vector as text: in headlines, sources and names, nothing becomes markup',
    async () => {
      const vectors = (
        JSON.parse(readFileSync(join(CORPORA_DIR, 'dompurify/xss-vectors.json'), 'utf8')) as Array<{
          payload: string;
        }>
      ).map((vector) => vector.payload);
      const items = vectors.map((payload, at) =>
        card(at + 1, {
          headline: payload,
          language: '',
          source: payload,
          assignee: { id: 1, username: 'x', displayName: payload },
        }),
      );
      const document = await glance({ items });
      // Only the elements the same rows make with harmless text (and the <bdi> that isolates a Latin run in
      // a headline), and no attribute that runs anything.
      const harmless = await glance({
        items: items.map((item) => ({
          ...item,
          headline: 'x',
          source: 'x',
          assignee: item.assignee && { ...item.assignee, displayName: 'x' },
        })),
      });
      const allowed = new Set([...harmless.querySelectorAll('#root *')].map((element) => element.localName));
      allowed.add('bdi');
      for (const element of document.querySelectorAll('#root *')) {
        expect(allowed, element.outerHTML.slice(0, 200)).toContain(element.localName);
        for (const attribute of element.attributes)
          expect(attribute.name, element.outerHTML.slice(0, 200)).not.toMatch(/^on|^srcdoc$|^formaction$/);
      }
      for (const link of document.querySelectorAll('#root a'))
        expect(link.getAttribute('href')).toMatch(/^\/items\/\d+$/);
      const rows = [...document.querySelectorAll('[data-testid=queue-glance-row]')];
      expect(rows).toHaveLength(vectors.length);
      // And each headline is all there, as text: bidi controls dropped, as everywhere a headline shows, and
      // line ends as an HTML parser reads any page (CR LF as LF).
      rows.forEach((row, at) =>
        expect(row.querySelector('a')!.textContent).toBe(
          neutralizeBidiControls(vectors[at]!).replace(/\r\n?/g, '\n'),
        ),
      );
      console.log(`XSS vectors rendered as text in the first glance: ${vectors.length}`);
    },
  );
});
