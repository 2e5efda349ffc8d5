import { beforeAll, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';

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
  tehNouns: 'الوزراء يتفقون على تمديد الاتفاق لسنة ويدعون لقمة عاجلة بقوة',
  football: 'منتخب أوزبكستان لكرة القدم يفوز على ضيفه',
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

  it('a three-letter noun in ة finds its forms with ل ب و (سنة لسنة, قمة لقمة, قوة بقوة, كرة لكرة)', async () => {
    for (const q of ['سنة', 'قمة', 'قوة', 'لسنة', 'بقوة']) expect(await search(q), q).toContain(ids.tehNouns);
    expect(await search('"كرة القدم"')).toContain(ids.football);
    expect(await search('كرة القدم')).toContain(ids.football);
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

  it('with collapse, a cluster shows its newest member that matches the search', async () => {
    const title = 'وزيرا خارجية طاجيكستان وقرغيزستان يبحثان ترسيم الحدود في دوشنبه';
    const [older] = await ingestItems(
      env().ctx,
      [wireItem({ title, summary: 'وتناول اللقاء أيضاً إمدادات الهيدروجين' })],
      'agency-a',
    );
    const [newer] = await ingestItems(
      env().ctx,
      [wireItem({ title, summary: 'بحث الجانبان ملف الحدود المشتركة' })],
      'agency-b',
    );
    const cluster = (await editor.get(`/api/items/${newer}/cluster`))
      .json()
      .items.map((item: Item) => item.id);
    expect(cluster).toEqual(expect.arrayContaining([older, newer]));
    expect(await search('الهيدروجين', '&collapse=true')).toEqual([older]);
    expect(await search('الحدود', '&collapse=true')).toEqual([newer]);
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

  it('ranks headline hits first, newest first among equals, and pages through both tiers', async () => {
    // Headline hits for الغاز: iranHamza (older), turkmen (newer); then two body-only hits, newest of all.
    const [bodyOnly, laterBodyOnly] = await ingestItems(
      env().ctx,
      [
        wireItem({ title: 'خبر اقتصادي', summary: 'يتناول أسعار الغاز في المنطقة', bodyHtml: '' }),
        wireItem({ title: 'نشرة الطاقة', summary: 'صادرات الغاز إلى الصين ترتفع', bodyHtml: '' }),
      ],
      'search-wire',
    );
    const ranked = [ids.turkmen, ids.iranHamza, laterBodyOnly, bodyOnly];
    expect(await search('الغاز')).toEqual(ranked);
    expect(await search('الغاز', '&sort=newest')).toEqual([
      laterBodyOnly,
      bodyOnly,
      ids.turkmen,
      ids.iranHamza,
    ]);
    // Page sizes that end the headline tier inside a page, at its edge, and past it, and page within the second.
    for (const limit of [1, 2, 3, 4]) {
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Item[]; nextCursor: string | null } = (
          await editor.get(
            `/api/items?q=${encodeURIComponent('الغاز')}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json();
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged, `limit ${limit}`).toEqual(ranked);
    }
  });

  it('searches among the tag filters, and a re-sent headline is searched as it now reads, in either tier', async () => {
    expect(await search('الغاز', '&country=TM')).toEqual([ids.turkmen]);
    expect(await search('الغاز', '&country=TM&sort=newest')).toEqual([ids.turkmen]);
    expect(await search('تركيا', '&country=TM')).toEqual([]);
    const sent = wireItem({ title: 'وصول شحنة من القمح إلى ميناء أكتاو', summary: '', bodyHtml: '' });
    const [id] = await ingestItems(env().ctx, [sent], 'search-wire');
    expect(await search('القمح')).toEqual([id]);
    await ingestItems(env().ctx, [{ ...sent, title: 'وصول شحنة من الذرة إلى ميناء أكتاو' }], 'search-wire');
    expect(await search('الذرة')).toEqual([id]);
    expect(await search('القمح')).toEqual([]);
  });

  it('a page carries what its rows show, without bodies; the item itself carries its body', async () => {
    const title = 'افتتاح مصفاة جديدة في الدوحة';
    const [id] = await ingestItems(
      env().ctx,
      [wireItem({ title, summary: '', bodyHtml: '<p>نص الخبر الكامل عن المصفاة</p>' })],
      'search-wire',
    );
    for (const query of [`q=${encodeURIComponent('مصفاة')}`, 'source=search-wire']) {
      const row = (await editor.get(`/api/items?${query}`)).json().items.find((item: Item) => item.id === id);
      expect(row.headline, query).toBe(title);
      expect(row, query).not.toHaveProperty('body');
    }
    const item = (await editor.get(`/api/items/${id}`)).json() as Item;
    expect(item.body).toContain('نص الخبر الكامل');
  });
});
