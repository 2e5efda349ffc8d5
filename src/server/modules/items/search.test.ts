import { beforeAll, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../test/harness.ts';
import { ingestItems, wireItem } from '../../test/fixtures.ts';

const HEADLINES = {
  iranHamza: 'العراق يطالب إيران بتسهيل مرور الغاز',
  iranPlain: 'وفد من ايران يزور بغداد',
  kzClitic: 'زيادة قياسية في إنتاج حقل تنغيز النفطي بكازاخستان',
  kzAdjective: 'الحكومة الكازاخستانية تقر موازنة جديدة',
  turkey: 'تركيا تفتتح خط أنابيب جديد',
  turkmen: 'تركمانستان تصدر الغاز إلى الصين',
  phrase: 'قمة زعماء آسيا الوسطى في أستانا',
  scattered: 'آسيا تستضيف اجتماعاً في المنطقة الوسطى',
  latin: 'Gazprom signs a new contract with Uzbekistan',
  diacritics: 'مُؤْتَمَرٌ دَوْلِيٌّ لِلطَّاقَةِ فِي بَاكُو',
};

describeEachDatabase('search: Arabic normalisation on both databases', (env) => {
  let editor: Client;
  const ids = {} as Record<keyof typeof HEADLINES, number>;

  beforeAll(async () => {
    editor = await env().signIn('search-editor', ['editor']);
    const keys = Object.keys(HEADLINES) as Array<keyof typeof HEADLINES>;
    const created = await ingestItems(
      env().ctx,
      keys.map((key) => wireItem({ title: HEADLINES[key], summary: '', bodyHtml: '' })),
      'search-wire',
      (index) => Date.UTC(2026, 0, 1) + index * 60_000,
    );
    keys.forEach((key, index) => (ids[key] = created[index]!));
  });

  const search = async (q: string, extra = '') => {
    const response = await editor.get(`/api/items?q=${encodeURIComponent(q)}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as Item[]).map((item) => item.id);
  };

  it('إيران finds ايران and the other way round', async () => {
    expect(await search('إيران')).toEqual(expect.arrayContaining([ids.iranHamza, ids.iranPlain]));
    expect(await search('ايران')).toEqual(expect.arrayContaining([ids.iranHamza, ids.iranPlain]));
  });

  it('كازاخستان finds بكازاخستان and الكازاخستانية', async () => {
    expect(await search('كازاخستان')).toEqual(expect.arrayContaining([ids.kzClitic, ids.kzAdjective]));
  });

  it('تركمانستان does not find تركيا, nor the other way round', async () => {
    const turkmen = await search('تركمانستان');
    expect(turkmen).toContain(ids.turkmen);
    expect(turkmen).not.toContain(ids.turkey);
    const turkey = await search('تركيا');
    expect(turkey).toContain(ids.turkey);
    expect(turkey).not.toContain(ids.turkmen);
  });

  it('a quoted phrase matches the words together, in order', async () => {
    const phrase = await search('"آسيا الوسطى"');
    expect(phrase).toContain(ids.phrase);
    expect(phrase).not.toContain(ids.scattered);
    const words = await search('آسيا الوسطى');
    expect(words).toEqual(expect.arrayContaining([ids.phrase, ids.scattered]));
  });

  it('prefix search with *, also at the end of a phrase', async () => {
    expect(await search('كازاخ*')).toEqual(expect.arrayContaining([ids.kzClitic, ids.kzAdjective]));
    const phrasePrefix = await search('"آسيا الوس*"');
    expect(phrasePrefix).toContain(ids.phrase);
    expect(phrasePrefix).not.toContain(ids.scattered);
  });

  it('Latin words, case-insensitively', async () => {
    expect(await search('gazprom')).toEqual([ids.latin]);
    expect(await search('UZBEKISTAN')).toContain(ids.latin);
  });

  it('diacritics in the text or the query do not matter', async () => {
    expect(await search('مؤتمر باكو')).toContain(ids.diacritics);
    expect(await search('بَاكُو')).toContain(ids.diacritics);
  });

  it('combines with filters and survives hostile queries', async () => {
    expect(await search('الغاز', '&source=nowhere')).toEqual([]);
    for (const hostile of [
      '"',
      '*',
      'AND OR NOT',
      "'); drop table items; --",
      'NEAR(a b)',
      ':*',
      '!!',
      '&&',
      '()',
    ]) {
      const response = await editor.get(`/api/items?q=${encodeURIComponent(hostile)}`);
      expect(response.statusCode, hostile).toBe(200);
    }
  });

  it('ranks by relevance with newest first among equals, and pages', async () => {
    const all = await search('الغاز');
    expect(all).toEqual(expect.arrayContaining([ids.iranHamza, ids.turkmen]));
    const newest = await search('الغاز', '&sort=newest');
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const first = (await editor.get(`/api/items?q=${encodeURIComponent('الغاز')}&limit=1`)).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await editor.get(`/api/items?q=${encodeURIComponent('الغاز')}&limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });
});
