import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { freshContext, TEST_DIALECTS } from '../../test-support/harness.ts';
import { entryDigest } from './entry-digest.ts';
import { readFeed, type WireItem } from './index.ts';
import { emptyEntry, type RawEntry } from './parse/raw.ts';
import { storeWireItems } from './store-wire-items.ts';

const entry = (): RawEntry => ({
  ...emptyEntry(),
  guid: 'wire-1',
  link: { href: 'story/1', base: null },
  title: { value: 'قمة في الرياض', html: false, base: null },
  summary: { value: 'ملخص', html: false, base: null },
  content: { value: '<p>النص <a href="/more">المزيد</a></p>', html: true, base: null },
  dates: ['Mon, 15 Jul 2024 07:30:00 GMT'],
  author: 'مكتب الرياض',
  language: 'ar',
  categories: ['سياسة'],
  urgency: 3,
});

const digest = (
  changed: Partial<RawEntry> = {},
  base: string | null = null,
  language: string | null = 'ar',
) => entryDigest({ ...entry(), ...changed }, base, language);

describe('entryDigest', () => {
  it('is the same for the same entry read the same way', () => {
    expect(digest()).toBe(digest());
  });

  it('differs with any field of the entry, and with what its reading depends on', () => {
    const variants = [
      digest({ guid: 'wire-2' }),
      digest({ guid: null }),
      digest({ link: { href: 'story/2', base: null } }),
      digest({ link: { href: 'story/1', base: 'https://wire.example/' } }),
      digest({ link: null }),
      digest({ title: { value: 'قمة في جدة', html: false, base: null } }),
      digest({ title: { value: 'قمة في الرياض', html: true, base: null } }),
      digest({ summary: null }),
      digest({ summary: { value: '', html: false, base: null } }),
      digest({
        content: { value: '<p>النص <a href="/more">المزيد</a></p>', html: true, base: 'https://a.example/' },
      }),
      digest({ dates: [] }),
      digest({ dates: ['Mon, 15 Jul 2024 07:31:00 GMT'] }),
      digest({ author: null }),
      digest({ author: '' }),
      digest({ language: 'en' }),
      digest({ categories: ['سياسة', 'الخليج'] }),
      // The same characters split differently between two fields.
      digest({ categories: ['سيا', 'سة'] }),
      digest({ urgency: null }),
      digest({ urgency: 4 }),
      digest({}, 'https://wire.example/feeds/'),
      digest({}, null, 'en'),
    ];
    expect(new Set([digest(), ...variants]).size).toBe(variants.length + 1);
  });
});

const rss = (items: string) =>
  Buffer.from(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة</title><link>https://wire.example/</link>${items}</channel></rss>`);

/** One copy of one agency report, under the same guid, with this headline. */
const copy = (title: string) =>
  `<item><guid>wire-u</guid><title>${title}</title><description>نص الخبر</description></item>`;

const item = (n: number, body = `نص الخبر رقم ${n}`) =>
  `<item><guid>wire-${n}</guid><title>خبر رقم ${n} عن كازاخستان</title><link>story/${n}</link>` +
  `<description>&lt;p&gt;${body} &lt;a href="/more/${n}"&gt;المزيد&lt;/a&gt;&lt;/p&gt;</description></item>`;

/** The same two ninjs reports, with the urgency the agency states for each (1 flash … 5 normal). */
const ninjs = (urgency: number) =>
  Buffer.from(
    JSON.stringify(
      ['fresh', 'taken'].map((id) => ({
        uri: `urn:wire:${id}`,
        headline: `انفجار في ميناء أكتاو ${id === 'fresh' ? '' : 'والإطفاء في الموقع'}`.trim(),
        body_text: 'نص الخبر',
        urgency,
      })),
    ),
  );

/** A dated copy of one report (guid dup-1). */
const dated = (title: string, date: string) =>
  `<item><guid>dup-1</guid><title>${title}</title><pubDate>${date}</pubDate></item>`;

/**
 * Which fields of the feed's items the store step read: an item's summary and body are made when first read
 * (normalize.ts), so an item whose body was never read was never sanitised.
 */
const fieldsRead = new Map<number, Set<PropertyKey>>();
const watched = (items: WireItem[]) =>
  items.map((wireItem, index) => {
    fieldsRead.set(index, new Set());
    return new Proxy(wireItem, {
      get(target, key, receiver) {
        fieldsRead.get(index)!.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
/** How many items had their body made since the last call. */
const bodiesMade = () => {
  const count = [...fieldsRead.values()].filter((keys) => keys.has('bodyHtml')).length;
  fieldsRead.clear();
  return count;
};

const setUp = async (dialect: (typeof TEST_DIALECTS)[number]) => {
  const { ctx, dispose } = await freshContext(dialect, 'silent');
  const store = (bytes: Buffer, baseUrl = 'https://wire.example/feeds/ar.xml') => {
    const feed = readFeed(bytes, { contentType: 'application/rss+xml', baseUrl });
    return { feed, result: storeWireItems(ctx, SYSTEM_ACTOR, watched(feed.items), { source: 'وكالة' }) };
  };

  const bodies = async () =>
    (await ctx.database.db.selectFrom('items').select(['guid', 'body']).orderBy('id').execute()).map(
      (row) => `${row.guid}: ${row.body}`,
    );
  return { ctx, dispose, store, bodies };
};

for (const dialect of TEST_DIALECTS) {
  describe(`a feed read again is known by its entries' digests [${dialect}]`, () => {
    it('stores nothing and makes no body for entries unchanged, and still sees every change', async () => {
      const { dispose, store, bodies } = await setUp(dialect);
      try {
        expect(await store(rss(item(1) + item(2) + item(3))).result).toMatchObject({ created: 3 });
        const stored = await bodies();
        expect(bodiesMade()).toBe(3);

        const again = store(rss(item(1) + item(2) + item(3)));
        expect(await again.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
        expect(bodiesMade()).toBe(0);
        expect(await bodies()).toEqual(stored);

        // One entry changed, one new: those two are read whole, the rest are not.
        const next = store(rss(item(1) + item(2, 'نص معدل') + item(3) + item(4)));
        expect(await next.result).toMatchObject({ created: 1, updated: 1, unchanged: 2 });
        expect(bodiesMade()).toBe(2);
        expect((await bodies())[1]).toMatch(/^wire-2: <p>نص معدل <a href="https:\/\/wire.example\/more\/2"/);

        // Back to the first wording: compared with the digest stored last, not with any seen before.
        expect(await store(rss(item(1) + item(2) + item(3) + item(4))).result).toMatchObject({
          updated: 1,
          unchanged: 3,
        });
        expect(await bodies()).toEqual([...stored, expect.stringMatching(/^wire-4: /)]);
      } finally {
        await dispose();
      }
    });

    it('reads the same bytes again when their links resolve against another address', async () => {
      const { dispose, store, bodies } = await setUp(dialect);
      try {
        await store(rss(item(1))).result;
        // The channel's link is the fallback for relative links only without a document address.
        expect(await store(rss(item(1)), 'https://mirror.example/ar.xml').result).toMatchObject({
          updated: 1,
        });
        expect((await bodies())[0]).toContain('href="https://mirror.example/more/1"');
      } finally {
        await dispose();
      }
    });

    it('compares items stored without a digest by their content, and then stores their digest', async () => {
      const { ctx, dispose, store } = await setUp(dialect);
      try {
        await store(rss(item(1) + item(2))).result;
        await ctx.database.db.updateTable('items').set({ raw_digest: null }).execute();
        bodiesMade();
        const again = store(rss(item(1) + item(2)));
        expect(await again.result).toMatchObject({ updated: 0, unchanged: 2 });
        expect(bodiesMade()).toBe(2);
        // Found unchanged by their content, they were given their digest: the next poll knows them by it.
        const digests = await ctx.database.db.selectFrom('items').select('raw_digest').execute();
        expect(digests.every((row) => row.raw_digest !== null)).toBe(true);
        expect(await store(rss(item(1) + item(2))).result).toMatchObject({ updated: 0, unchanged: 2 });
        expect(bodiesMade()).toBe(0);
      } finally {
        await dispose();
      }
    });

    it('takes the urgency of an untouched report’s new copy: upgraded to a flash, it is one', async () => {
      const { ctx, dispose, store } = await setUp(dialect);
      try {
        await store(rss(copy('انفجار في ميناء أكتاو'))).result;
        const urgency = async () =>
          (await ctx.database.db.selectFrom('items').select('urgency').executeTakeFirstOrThrow()).urgency;
        expect(await urgency()).toBe(3);
        expect(await store(rss(copy('عاجل جدا: انفجار في ميناء أكتاو'))).result).toMatchObject({
          updated: 1,
        });
        expect(await urgency()).toBe(1);
        // The flash expanded into the full story, its marker dropped: still a flash (markers only raise).
        expect(await store(rss(copy('انفجار في ميناء أكتاو يوقع إصابات'))).result).toMatchObject({
          updated: 1,
        });
        expect(await urgency()).toBe(1);
      } finally {
        await dispose();
      }
    });

    it('follows an agency’s change of urgency alone on an untouched report, and offers it for a report in the desk’s hands', async () => {
      const { ctx, dispose } = await setUp(dialect);
      try {
        const read = (urgency: number) =>
          readFeed(ninjs(urgency), { contentType: 'application/json', baseUrl: 'https://wire.example/' })
            .items;
        const store = (urgency: number) =>
          storeWireItems(ctx, SYSTEM_ACTOR, read(urgency), { source: 'وكالة' });
        // The same copies as a push sends them: no digest of a feed entry, so compared by content and urgency.
        const push = (urgency: number) =>
          storeWireItems(
            ctx,
            SYSTEM_ACTOR,
            read(urgency).map((pushed) => ({ ...pushed, rawDigest: undefined })),
            { source: 'وكالة' },
          );
        const rows = () =>
          ctx.database.db
            .selectFrom('items')
            .select(['guid', 'urgency', 'version', 'wire_update'])
            .orderBy('guid')
            .execute();
        await store(5);
        await ctx.database.db
          .updateTable('items')
          .set({ status: 'accepted', last_action: 'accept' })
          .where('guid', '=', 'urn:wire:taken')
          .execute();
        const before = await rows();
        expect(before.map((row) => row.urgency)).toEqual([3, 3]);

        // Upgraded to a flash with the same text: the untouched report becomes one, with a new version; the
        // desk's report keeps its urgency, and the agency's copy is offered beside it (taken, it brings the flash).
        expect(await store(1)).toMatchObject({ updated: 2, unchanged: 0 });
        const after = await rows();
        expect(after[0]).toMatchObject({ guid: 'urn:wire:fresh', urgency: 1 });
        expect(after[0]!.version).toBeGreaterThan(before[0]!.version);
        const versions = await ctx.database.db
          .selectFrom('item_versions')
          .select(['kind', 'urgency'])
          .orderBy('number')
          .execute();
        expect(versions.map((version) => version.urgency)).toEqual([3, 3, 1]);
        expect(after[1]).toMatchObject({ guid: 'urn:wire:taken', urgency: 3, wire_update: 2 });
        const copies = await ctx.database.db
          .selectFrom('wire_copies')
          .select(['number', 'urgency'])
          .where(
            'item_id',
            '=',
            (
              await ctx.database.db
                .selectFrom('items')
                .select('id')
                .where('guid', '=', 'urn:wire:taken')
                .executeTakeFirstOrThrow()
            ).id,
          )
          .orderBy('number')
          .execute();
        expect(copies).toEqual([
          { number: 1, urgency: 3 },
          { number: 2, urgency: 1 },
        ]);
        const events = await ctx.database.db
          .selectFrom('events')
          .select(['type', 'payload'])
          .where('type', 'in', ['item.reingested', 'item.wire_updated'])
          .orderBy('seq')
          .execute();
        expect(events.map((event) => event.type)).toEqual(['item.reingested', 'item.wire_updated']);
        expect(JSON.parse(String(events[0]!.payload))).toMatchObject({ urgencyFrom: 3 });

        // Sent again as is, by feed (known by its digest) or by push (compared anew): nothing moves.
        expect(await store(1)).toMatchObject({ updated: 0, unchanged: 2 });
        expect(await push(1)).toMatchObject({ updated: 0, unchanged: 2 });
        expect(await rows()).toEqual(after);
        // Downgraded: the untouched report follows, as with a new text; the desk's is as the desk has it.
        expect(await store(5)).toMatchObject({ updated: 1, unchanged: 1 });
        expect((await rows())[0]!.urgency).toBe(3);
      } finally {
        await dispose();
      }
    });

    it('of two copies of one report in a feed, stores the one the agency dated later, wherever it stands', async () => {
      const { ctx, dispose, store } = await setUp(dialect);
      try {
        const newest = dated(
          'عاجل: ارتفاع حصيلة ضحايا الزلزال في تركيا إلى 120',
          'Mon, 15 Jul 2024 12:00:00 GMT',
        );
        const oldest = dated('زلزال في تركيا يوقع 10 ضحايا', 'Mon, 15 Jul 2024 10:00:00 GMT');
        // Newest first, as feeds list them.
        expect(await store(rss(newest + oldest)).result).toMatchObject({ created: 1, merged: 1 });
        const stored = () =>
          ctx.database.db.selectFrom('items').select(['headline', 'urgency']).executeTakeFirstOrThrow();
        expect(await stored()).toMatchObject({ headline: expect.stringContaining('120'), urgency: 2 });
        // And oldest first: the same report.
        expect(await store(rss(oldest + newest)).result).toMatchObject({ unchanged: 1, merged: 1 });
        expect(await stored()).toMatchObject({ headline: expect.stringContaining('120') });
      } finally {
        await dispose();
      }
    });

    it('keeps an agency update of a report in use once, not again at every poll', async () => {
      const { ctx, dispose, store } = await setUp(dialect);
      try {
        await store(rss(item(1))).result;
        await ctx.database.db
          .updateTable('items')
          .set({ status: 'accepted', last_action: 'accept' })
          .execute();
        expect(await store(rss(item(1, 'نص معدل'))).result).toMatchObject({ updated: 1 });
        bodiesMade();
        const again = store(rss(item(1, 'نص معدل')));
        expect(await again.result).toMatchObject({ updated: 0, unchanged: 1 });
        expect(bodiesMade()).toBe(0);
        const copies = await ctx.database.db.selectFrom('wire_copies').select('number').execute();
        expect(copies).toHaveLength(2);
      } finally {
        await dispose();
      }
    });
  });
}
