/**
 * Country names in any spelling, in either language (issue 12): a search clause that names a country matches
 * its words or the items tagged with the country, on both databases.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { COUNTRY_CODES } from '#shared/tagging/countries.ts';
import { COUNTRY_NAMES } from '#shared/tagging/gazetteer-data.ts';
import { tagText } from '#shared/tagging/tagger.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { applyFilters } from './repository.ts';

const HEADLINES = {
  kyrgyz: 'قرغيزستان تفتح أبوابها للسياح الصينيين دون تأشيرة',
  bishkek: 'افتتاح معرض للصناعات الغذائية في بيشكيك',
  abuDhabi: 'أبوظبي تستضيف مؤتمراً دولياً للطاقة المتجددة',
  pakistan: 'باكستان تعلن خطة لتوسيع ميناء غوادر',
  tashkent: 'اجتماع وزراء الطاقة لدول آسيا الوسطى في طاشقند',
  unrelated: 'البنك المركزي يبقي سعر الفائدة دون تغيير',
};

const chipNames = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });

/** A headline the tagger reads as exactly this country: the first spelling that it tags alone. */
function headlineFor(code: string): string | null {
  const arabic = chipNames('ar').of(code);
  const candidates = [...(arabic ? [arabic] : []), ...(COUNTRY_NAMES[code]?.ar ?? [])];
  const form = candidates.find((name) => {
    const { countries } = tagText({ headline: `تقرير من ${name}` });
    return countries.length === 1 && countries[0] === code;
  });
  return form ? `تقرير من ${form}` : null;
}

describeEachDatabase(
  'search: country names in any spelling and either language',
  (env) => {
    let editor: Client;
    const ids = {} as Record<keyof typeof HEADLINES, number>;

    beforeAll(async () => {
      editor = await env().signIn('country-search-editor', ['editor']);
      const keys = Object.keys(HEADLINES) as Array<keyof typeof HEADLINES>;
      const created = await ingestItems(
        env().ctx,
        keys.map((key) => wireItem({ title: HEADLINES[key], summary: '', bodyHtml: '' })),
        'country-search-wire',
        (index) => Date.UTC(2026, 0, 1) + index * 60_000,
      );
      keys.forEach((key, index) => (ids[key] = created[index]!));
    });

    const search = async (q: string, extra = '') => {
      const response = await editor.get(`/api/items?q=${encodeURIComponent(q)}&limit=200${extra}`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as Item[]).map((item) => item.id);
    };

    it('قيرغيزستان, the spelling on the app’s chip, finds headlines that write قرغيزستان', async () => {
      const found = await search('قيرغيزستان');
      expect(found).toEqual(expect.arrayContaining([ids.kyrgyz, ids.bishkek]));
      expect(found).not.toContain(ids.unrelated);
      expect(await search('قرغيزستان')).toEqual(expect.arrayContaining([ids.kyrgyz, ids.bishkek]));
    });

    it('أبو ظبي with a space finds أبوظبي, and the other way round', async () => {
      expect(await search('أبو ظبي')).toContain(ids.abuDhabi);
      expect(await search('أبوظبي')).toContain(ids.abuDhabi);
      expect(await search('Abu Dhabi')).toContain(ids.abuDhabi);
    });

    it('طشقند finds طاشقند', async () => {
      expect(await search('طشقند')).toContain(ids.tashkent);
    });

    it('English names find Arabic copy: Kyrgyzstan, Pakistan', async () => {
      expect(await search('Kyrgyzstan')).toEqual(expect.arrayContaining([ids.kyrgyz, ids.bishkek]));
      const pakistan = await search('Pakistan');
      expect(pakistan).toContain(ids.pakistan);
      expect(pakistan).not.toContain(ids.kyrgyz);
    });

    it('a country name ANDs with the other words of the search', async () => {
      expect(await search('قيرغيزستان السياح')).toEqual([ids.kyrgyz]);
      expect(await search('Kyrgyzstan الغذائية')).toEqual([ids.bishkek]);
    });

    it('ranks headlines with the typed words first, then the rest of the country, paging through both', async () => {
      // قرغيزستان is in one headline; بيشكيك's item is Kyrgyzstan's through its tag only.
      expect(await search('قرغيزستان')).toEqual([ids.kyrgyz, ids.bishkek]);
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Item[]; nextCursor: string | null } = (
          await editor.get(
            `/api/items?q=${encodeURIComponent('قرغيزستان')}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json();
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual([ids.kyrgyz, ids.bishkek]);
    });

    it('facets count what the search finds', async () => {
      const facets = (await editor.get(`/api/items/facets?q=${encodeURIComponent('قيرغيزستان')}`)).json();
      expect(facets.total).toBe(2);
      expect(facets.countries).toContainEqual({ value: 'KG', count: 2 });
    });

    it('every country is found by its English name, its chip name and every Arabic spelling the gazetteer lists', async () => {
      // One item per country, tagged through its headline; then every spelling must find it.
      const codes = COUNTRY_CODES.filter((code) => headlineFor(code) !== null);
      expect(codes.length).toBeGreaterThan(240);
      const created = await ingestItems(
        env().ctx,
        codes.map((code) => wireItem({ title: headlineFor(code)!, summary: '', bodyHtml: '' })),
        'gazetteer-wire',
      );
      // The queue's own filter path (applyFilters) straight on the database: ~2,000 searches, one query each.
      const { db } = env().ctx.database;
      const context = { dialect: env().dialect, viewerId: null };
      const missed: string[] = [];
      let searched = 0;
      for (const [index, code] of codes.entries()) {
        const spellings = new Set([
          chipNames('en').of(code)!,
          chipNames('ar').of(code)!,
          ...(COUNTRY_NAMES[code]?.ar ?? []),
          ...(COUNTRY_NAMES[code]?.nisba ?? []),
          ...(COUNTRY_NAMES[code]?.people ?? []),
          ...(COUNTRY_NAMES[code]?.en ?? []),
        ]);
        for (const spelling of spellings) {
          searched++;
          const found = await applyFilters(db.selectFrom('items'), { q: spelling }, context)
            .select('items.id')
            .where('items.id', '=', created[index]!)
            .executeTakeFirst();
          if (!found) missed.push(`${code}: ${spelling}`);
        }
      }
      expect(missed).toEqual([]);
      expect(searched).toBeGreaterThan(1800);
    });
  },
  { env: { RATE_SEARCH_PER_MINUTE: '0' } },
);
