/**
 * Organisation names in either language: a search clause that names one body ("NATO", الناتو, "IAEA") matches
 * its words or the items tagged with the organisation, on both databases. Arabic wire copy never writes
 * "NATO", so before this an English search for it found nothing on an Arabic desk.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { ORGANISATIONS } from '#shared/tagging/gazetteer-data.ts';
import { parseSearch } from '#shared/tagging/search-names.ts';
import { tagText } from '#shared/tagging/tagger.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { applyFilters } from './repository.ts';

const HEADLINES = {
  natoShort: 'الناتو يعزز وجوده في بحر البلطيق',
  natoLong: 'حلف شمال الأطلسي يبحث توسيع الشراكة مع كازاخستان',
  iaea: 'الوكالة الدولية للطاقة الذرية ترسل مفتشين إلى المنشأة',
  opec: 'أوبك تبقي على سقف الإنتاج دون تغيير',
  eu: 'الاتحاد الأوروبي يفرض عقوبات جديدة',
  us: 'الولايات المتحدة ترحب بالاتفاق',
  unrelated: 'البنك المركزي يبقي سعر الفائدة دون تغيير',
};

describeEachDatabase(
  'search: organisation names in either language',
  (env) => {
    let editor: Client;
    const ids = {} as Record<keyof typeof HEADLINES, number>;

    beforeAll(async () => {
      editor = await env().signIn('organisation-search-editor', ['editor']);
      const keys = Object.keys(HEADLINES) as Array<keyof typeof HEADLINES>;
      const created = await ingestItems(
        env().ctx,
        keys.map((key) => wireItem({ title: HEADLINES[key], summary: '', bodyHtml: '' })),
        'organisation-search-wire',
        (index) => Date.UTC(2026, 0, 1) + index * 60_000,
      );
      keys.forEach((key, index) => (ids[key] = created[index]!));
    });

    const search = async (q: string) => {
      const response = await editor.get(`/api/items?q=${encodeURIComponent(q)}&limit=200`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as Item[]).map((item) => item.id);
    };

    it('NATO, IAEA and OPEC in Latin letters find the Arabic copy that names them', async () => {
      expect(await search('NATO')).toEqual([ids.natoLong, ids.natoShort]);
      expect(await search('IAEA')).toEqual([ids.iaea]);
      expect(await search('opec')).toEqual([ids.opec]);
    });

    it('acronyms typed in capitals, as the tagger reads them: EU, US', async () => {
      expect(await search('EU')).toEqual([ids.eu]);
      expect(await search('EU عقوبات')).toEqual([ids.eu]);
      expect(await search('US')).toEqual([ids.us]);
    });

    it('one Arabic name finds the other: الناتو finds حلف شمال الأطلسي, headline matches first', async () => {
      // الناتو is in one headline; the other is NATO's through its tag only, so it comes second.
      expect(await search('الناتو')).toEqual([ids.natoShort, ids.natoLong]);
      expect(await search('حلف شمال الأطلسي')).toEqual([ids.natoLong, ids.natoShort]);
    });

    it('an organisation name ANDs with the other words of the search', async () => {
      expect(await search('NATO كازاخستان')).toEqual([ids.natoLong]);
      expect(await search('NATO البلطيق')).toEqual([ids.natoShort]);
    });

    it('facets count what the search finds', async () => {
      const facets = (await editor.get(`/api/items/facets?q=NATO`)).json();
      expect(facets.total).toBe(2);
      expect(facets.organisations).toContainEqual({ value: 'nato', count: 2 });
    });

    it('every name of every organisation the search reads as that body finds an item tagged with it', async () => {
      // One item per organisation, tagged through a headline naming it by its first form the tagger reads alone.
      const headlines = ORGANISATIONS.map(({ org, forms }) => {
        const form = forms.find((name) => tagText({ headline: `تقرير عن ${name}` }).organisations[0] === org);
        return form ? { org, forms, headline: `تقرير عن ${form}` } : null;
      }).filter((entry) => entry !== null);
      expect(headlines.length).toBeGreaterThan(30);
      const created = await ingestItems(
        env().ctx,
        headlines.map(({ headline }) => wireItem({ title: headline, summary: '', bodyHtml: '' })),
        'organisation-names-wire',
      );
      const { db } = env().ctx.database;
      const context = { dialect: env().dialect, viewerId: null };
      const missed: string[] = [];
      let searched = 0;
      for (const [index, { org, forms }] of headlines.entries()) {
        for (const form of forms) {
          const { clauses } = parseSearch(form);
          // Only names the search reads as this one body (not a shared or contextual one).
          if (clauses.length !== 1 || clauses[0]!.named?.code !== org) continue;
          searched++;
          const found = await applyFilters(db.selectFrom('items'), { q: form }, context)
            .select('items.id')
            .where('items.id', '=', created[index]!)
            .executeTakeFirst();
          if (!found) missed.push(`${org}: ${form}`);
        }
      }
      expect(missed).toEqual([]);
      expect(searched).toBeGreaterThan(150);
    });
  },
  { env: { RATE_SEARCH_PER_MINUTE: '0' } },
);
