import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { LEASE_MS } from '#shared/schemas/leases.ts';
import type { VersionSummary } from '#shared/schemas/stories.ts';
import { describeEachDatabase, startTestApp, type Client } from '../../../test-support/harness.ts';
import { ingestItems, itemInState, wireItem } from '../../../test-support/wire-items.ts';
import { storeWireItems } from '../../ingest/store-wire-items.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';
import { MAX_DRAFTS_PER_STORY } from './drafts.ts';
import { expireLeases } from './leases.ts';
import { sanitizeStoryBody } from './story-body.ts';

/** The clock every app of these suites reads: leases lapse when a test moves it, never by waiting. */
let now = Date.UTC(2026, 10, 20, 9);

/** What a card refers to beyond its own row. */
const refs = (item: Item | undefined) => ({
  assignee: item?.assignee,
  lease: item?.lease,
  sourceCount: item?.sourceCount,
  clusterSize: item?.clusterSize,
  desk: item?.desk,
});

describeEachDatabase(
  'stories: versions, drafts, leases, new stories',
  (env) => {
    let editor: Client;
    let other: Client;
    let chief: Client;
    let admin: Client;

    beforeAll(async () => {
      editor = await env().signIn('story-editor', ['editor']);
      other = await env().signIn('story-other', ['editor']);
      chief = await env().signIn('story-chief', ['chief']);
      admin = await env().signIn('story-admin', ['admin']);
    });

    const incoming = async (title = 'كازاخستان وأوزبكستان توقعان اتفاقية للطاقة') => {
      const [id] = await ingestItems(env().ctx, [
        wireItem({ title, bodyHtml: '<p>نص الوكالة كما وصل.</p>' }),
      ]);
      return id!;
    };
    /** The other reports of an item's story, and the desk stories written from them. */
    const sameStory = async (id: number) => (await other.get(`/api/items/${id}/cluster`)).json();
    const versions = async (id: number) =>
      (await editor.get(`/api/items/${id}/versions`)).json().versions as VersionSummary[];

    it('version 1 is the wire copy; every save appends a version and nothing overwrites one', async () => {
      const id = await incoming();
      await editor.lease(id);
      const first = await editor.save(id, { headline: 'كازاخستان وأوزبكستان توقعان اتفاقية جديدة للطاقة' });
      expect(first.statusCode, first.body).toBe(200);
      const second = await editor.save(id, { body: '<p>فقرة كتبها المحرر.</p><ul><li>بند</li></ul>' });
      expect(second.statusCode, second.body).toBe(200);
      const list = await versions(id);
      expect(list.map((version) => [version.number, version.kind])).toEqual([
        [3, 'edit'],
        [2, 'edit'],
        [1, 'wire'],
      ]);
      expect(list[0]!.fields).toContain('body');
      expect(list[0]!.author.name).toBe(editor.user.displayName);
      const wire = (await editor.get(`/api/items/${id}/versions/1`)).json();
      expect(wire).toMatchObject({
        headline: 'كازاخستان وأوزبكستان توقعان اتفاقية للطاقة',
        body: '<p>نص الوكالة كما وصل.</p>',
        kind: 'wire',
      });
      // The database itself refuses to change or remove a saved version.
      const { db } = env().ctx.database;
      await expect(
        sql`update item_versions set headline = 'x' where item_id = ${id} and number = 1`.execute(db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from item_versions where item_id = ${id}`.execute(db)).rejects.toThrow(
        /append-only/,
      );
      expect((await editor.get(`/api/items/${id}/versions/1`)).json()).toEqual(wire);
    });

    it('two saves of one version at once (a double click): one version, and the other is refused as stale', async () => {
      const id = await incoming('قيرغيزستان ترفع أسعار الكهرباء');
      await editor.lease(id);
      const { version } = (await editor.get(`/api/items/${id}`)).json<{ version: number }>();
      const responses = await Promise.all(
        ['قيرغيزستان ترفع أسعار الكهرباء للمنازل', 'قيرغيزستان ترفع أسعار الكهرباء للمصانع'].map((headline) =>
          editor.save(id, { headline }, version),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 412]);
      expect((await versions(id)).map((saved) => saved.number)).toEqual([2, 1]);
    });

    it('restoring makes a new version equal to an old one, and leaves the editor’s draft alone', async () => {
      const id = await incoming('زلزال بقوة 5.1 درجات يضرب جنوب إيران');
      await editor.lease(id);
      await editor.save(id, { headline: 'زلزال يضرب جنوب إيران' });
      // Typed after that save, not saved: a restore is not what was typed, and must not take it away.
      const typed = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: editor.tab, baseVersion: 2, fields: { headline: 'زلزال يضرب جنوب إيران ويهز المدن' } },
      });
      expect(typed.statusCode, typed.body).toBe(200);
      const restored = await editor.post(`/api/items/${id}/versions/1/restore`, undefined, {
        'if-match': `"${(await editor.get(`/api/items/${id}`)).json().version}"`,
        'x-edit-tab': editor.tab,
      });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({
        headline: 'زلزال بقوة 5.1 درجات يضرب جنوب إيران',
        latestVersion: 3,
      });
      const [latest] = await versions(id);
      expect(latest).toMatchObject({ number: 3, kind: 'restore', restoredFrom: 1 });
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts[0].fields.headline).toBe(
        'زلزال يضرب جنوب إيران ويهز المدن',
      );
    });

    it('a list page’s cards carry what they refer to, as the whole item does: assignee, lease holder, sources', async () => {
      const a = await incoming('أوزبكستان وأذربيجان توقعان اتفاقا للنقل');
      const b = await incoming('أذربيجان وأوزبكستان تتفقان على ممر نقل جديد');
      const story = (await editor.post('/api/stories', { sourceIds: [a, b] })).json<Item>();
      await editor.lease(story.id);
      const page = (await other.get('/api/items?limit=50')).json<{ items: Item[] }>().items;
      const card = page.find((item) => item.id === story.id);
      const whole = (await other.get(`/api/items/${story.id}`)).json<Item>();
      expect(refs(card)).toEqual(refs(whole));
      expect(refs(card)).toMatchObject({
        assignee: {
          id: editor.user.id,
          username: editor.user.username,
          displayName: editor.user.displayName,
        },
        lease: { holder: { id: editor.user.id, displayName: editor.user.displayName }, tabId: editor.tab },
        sourceCount: 2,
        clusterSize: 1,
        desk: null,
      });
      // The reports it was written from: no lease, no assignee, no sources of their own.
      expect(refs(page.find((item) => item.id === a))).toMatchObject({
        lease: null,
        assignee: null,
        sourceCount: 0,
      });
    });

    it('a save without the lease is refused (423), and one while someone else holds it names them (409)', async () => {
      const id = await incoming();
      const without = await editor.save(id, { headline: 'بلا عقد' });
      expect(without.statusCode).toBe(423);
      expect(without.json().error.code).toBe('lease.required');
      await other.lease(id);
      const held = await editor.post(`/api/items/${id}/lease`, { tabId: editor.tab });
      expect(held.statusCode).toBe(409);
      expect(held.json().error).toMatchObject({
        code: 'lease.held',
        details: { holder: { id: other.user.id, displayName: other.user.displayName } },
      });
      const blocked = await editor.save(id, { headline: 'محاولة' });
      expect(blocked.statusCode).toBe(409);
      // Tags alone, from the item pane, are refused too while someone edits.
      const tags = await editor.save(id, { countries: ['TM'] });
      expect(tags.statusCode).toBe(409);
      const item = (await editor.get(`/api/items/${id}`)).json<Item>();
      expect(item.lease).toMatchObject({ holder: { id: other.user.id } });
      expect(item.latestVersion).toBe(1);
    });

    it('a lease lapses a minute after its last renewal, on a moved clock, and every screen hears it', async () => {
      const id = await incoming();
      await other.lease(id);
      const holder = async () => (await editor.get(`/api/items/${id}`)).json<Item>().lease?.holder.id ?? null;
      now += LEASE_MS - 1_000;
      await expireLeases(env().ctx);
      expect(await holder()).toBe(other.user.id);
      await other.lease(id); // the open editor renews
      now += LEASE_MS - 1_000;
      await expireLeases(env().ctx);
      expect(await holder()).toBe(other.user.id);
      expect((await editor.post(`/api/items/${id}/lease`, { tabId: editor.tab })).statusCode).toBe(409);
      now += 2_000;
      expect(await expireLeases(env().ctx)).toBeGreaterThanOrEqual(1);
      expect((await editor.get(`/api/items/${id}`)).json().lease).toBeNull();
      const history = (await editor.get(`/api/items/${id}/history`)).json().events;
      expect(history.at(-1)).toMatchObject({
        type: 'item.lease',
        payload: { change: 'expired', userId: other.user.id },
      });
      expect((await editor.post(`/api/items/${id}/lease`, { tabId: editor.tab })).statusCode).toBe(200);
      // The old holder's save is refused, never applied.
      const stale = await other.save(id, { headline: 'حفظ متأخر' });
      expect(stale.statusCode).toBe(409);
    });

    it('a chief takes over; the holder is told, keeps their draft, and their save is refused', async () => {
      const id = await incoming();
      await editor.lease(id);
      const put = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: editor.tab, baseVersion: 1, fields: { headline: 'ما كتبته ولم أحفظه' } },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect((await other.post(`/api/items/${id}/lease/takeover`, { tabId: other.tab })).statusCode).toBe(
        403,
      );
      const taken = await chief.post(`/api/items/${id}/lease/takeover`, { tabId: chief.tab });
      expect(taken.statusCode, taken.body).toBe(200);
      const history = (await editor.get(`/api/items/${id}/history`)).json().events;
      expect(history.at(-1)).toMatchObject({
        type: 'item.lease',
        payload: { change: 'taken_over', userId: chief.user.id, previousUserId: editor.user.id },
      });
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts[0].fields.headline).toBe(
        'ما كتبته ولم أحفظه',
      );
      const refused = await editor.save(id, { headline: 'ما كتبته ولم أحفظه' });
      expect(refused.statusCode).toBe(409);
      expect((await editor.get(`/api/items/${id}`)).json().latestVersion).toBe(1);
    });

    it('a draft is private, is not a version, and goes when a version is saved', async () => {
      const id = await incoming();
      const stored = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: editor.tab, baseVersion: 1, fields: { summary: 'مسودة' } },
      });
      expect((await other.get(`/api/items/${id}/draft`)).json().drafts).toEqual([]);
      expect(await versions(id)).toHaveLength(1);
      await editor.lease(id);
      // A save with no word of which drafts it had removes none: they may be text it never saw.
      await editor.save(id, { summary: 'ملخص أول' });
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts).toHaveLength(1);
      // The editor says it had this one (X-Draft-Seen, its own): it goes with the save.
      const saved = await editor.patch(
        `/api/items/${id}`,
        { summary: 'ملخص محفوظ' },
        {
          'if-match': `"${(await editor.get(`/api/items/${id}`)).json().version}"`,
          'x-edit-tab': editor.tab,
          'x-draft-seen': stored.json().savedAt,
        },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts).toEqual([]);
    });

    it("one user's two tabs keep a draft each; a save removes its session's, never the other tab's later text", async () => {
      const id = await incoming();
      const putDraft = async (client: Client, summary: string) => {
        now += 1_000;
        const put = await client.request('PUT', `/api/items/${id}/draft`, {
          body: { tabId: client.tab, baseVersion: 1, fields: { summary } },
        });
        expect(put.statusCode, put.body).toBe(200);
        return put.json<{ savedAt: string }>().savedAt;
      };
      const summaries = async () =>
        (await editor.get(`/api/items/${id}/draft`))
          .json<{ drafts: { tabId: string; fields: { summary?: string } }[] }>()
          .drafts.map((draft) => [draft.tabId, draft.fields.summary]);
      // One user, two tabs: the first writes, the second takes over ("edit here"), and the first sends what it
      // had as it loses the lease. The second goes on typing: its draft is kept beside the first tab's last
      // words, not over them.
      const first = editor;
      const second = await env().signIn('story-editor', ['editor']);
      now += 1_000;
      await first.lease(id);
      await putDraft(first, 'ما كتبه التبويب الأول');
      now += 1_000;
      expect((await second.post(`/api/items/${id}/lease/takeover`, { tabId: second.tab })).statusCode).toBe(
        200,
      );
      await putDraft(first, 'ما كتبه التبويب الأول وكلمات أخرى');
      const seen = await putDraft(second, 'ما كتبه التبويب الأول، وأكمله الثاني');
      expect(await summaries()).toEqual([
        [second.tab, 'ما كتبه التبويب الأول، وأكمله الثاني'],
        [first.tab, 'ما كتبه التبويب الأول وكلمات أخرى'],
      ]);
      // The second saves its text: its own drafts go (up to the last it was told was stored, X-Draft-Seen), the
      // first tab's text written after it took the lease stays, to be offered when the story is next opened.
      now += 1_000;
      const saved = await second.patch(
        `/api/items/${id}`,
        { summary: 'ما كتبه التبويب الأول، وأكمله الثاني' },
        {
          'if-match': `"${(await second.get(`/api/items/${id}`)).json().version}"`,
          'x-edit-tab': second.tab,
          'x-draft-seen': seen,
        },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      expect(await summaries()).toEqual([[first.tab, 'ما كتبه التبويب الأول وكلمات أخرى']]);
      // Discarded as offered: a draft its tab wrote after the offer stays.
      const offeredAt = (await editor.get(`/api/items/${id}/draft`)).json().drafts[0].savedAt;
      await putDraft(first, 'كُتب بعد العرض');
      const discarded = await second.request('DELETE', `/api/items/${id}/draft`, {
        body: { drafts: [{ tabId: first.tab, upTo: offeredAt }] },
      });
      expect(discarded.statusCode, discarded.body).toBe(204);
      expect(await summaries()).toEqual([[first.tab, 'كُتب بعد العرض']]);
      const gone = await second.request('DELETE', `/api/items/${id}/draft`, {
        body: { drafts: [{ tabId: first.tab }] },
      });
      expect(gone.statusCode, gone.body).toBe(204);
      expect(await summaries()).toEqual([]);
      // Back and forth: the first tab takes the story back and writes; the second takes it again, resumes its
      // own text without reading the drafts, and saves. The first tab's text, never seen there, stays; named as
      // taken (restored from it), it goes.
      await first.post(`/api/items/${id}/lease/takeover`, { tabId: first.tab });
      const firstAgain = await putDraft(first, 'كتبه الأول بعد أن استعاده');
      now += 1_000;
      await second.post(`/api/items/${id}/lease/takeover`, { tabId: second.tab });
      now += 1_000;
      const resumed = await second.patch(
        `/api/items/${id}`,
        { summary: 'نص الثاني' },
        {
          'if-match': `"${(await second.get(`/api/items/${id}`)).json().version}"`,
          'x-edit-tab': second.tab,
        },
      );
      expect(resumed.statusCode, resumed.body).toBe(200);
      expect(await summaries()).toEqual([[first.tab, 'كتبه الأول بعد أن استعاده']]);
      const taking = await second.patch(
        `/api/items/${id}`,
        { summary: 'كتبه الأول بعد أن استعاده' },
        {
          'if-match': `"${(await second.get(`/api/items/${id}`)).json().version}"`,
          'x-edit-tab': second.tab,
          'x-drafts-taken': `${first.tab}@${firstAgain}`,
        },
      );
      expect(taking.statusCode, taking.body).toBe(200);
      expect(await summaries()).toEqual([]);
      for (const bad of ['nope', `${first.tab}@yesterday`, '../x@2026-01-01T00:00:00.000Z']) {
        const refused = await second.patch(
          `/api/items/${id}`,
          { summary: 'ملخص' },
          {
            'if-match': `"${(await second.get(`/api/items/${id}`)).json().version}"`,
            'x-edit-tab': second.tab,
            'x-drafts-taken': bad,
          },
        );
        expect(refused.statusCode, bad).toBe(400);
      }
      // A change of tags from the item pane (no lease) is not what was typed: the draft stays.
      await second.request('DELETE', `/api/items/${id}/lease`, { body: { tabId: second.tab } });
      await putDraft(editor, 'نص لم يُحفظ');
      expect((await editor.save(id, { urgency: 2 })).statusCode).toBe(200);
      expect(await summaries()).toEqual([[editor.tab, 'نص لم يُحفظ']]);
    });

    it("a draft names the story's version its text was begun from, apart from the item's", async () => {
      const id = await incoming();
      const put = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: editor.tab, baseVersion: 3, storyVersion: 1, fields: { summary: 'مسودة' } },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts[0]).toMatchObject({
        baseVersion: 3,
        storyVersion: 1,
      });
    });

    it('a draft keeps a field far over its limit, and the body typed beside it: the save is what refuses', async () => {
      const id = await incoming();
      const headline = 'ع'.repeat(60_000);
      const put = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: editor.tab, baseVersion: 1, fields: { headline, body: '<p>نص كُتب بجانبه</p>' } },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect((await editor.get(`/api/items/${id}/draft`)).json().drafts[0].fields.body).toBe(
        '<p>نص كُتب بجانبه</p>',
      );
      await editor.lease(id);
      const saved = await editor.save(id, { headline });
      expect(saved.statusCode).toBe(400);
    });

    it('a draft names its tab, and a discard names the drafts it removes', async () => {
      const id = await incoming();
      const noTab = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { baseVersion: 1, fields: { summary: 'بلا تبويب' } },
      });
      expect(noTab.statusCode).toBe(400);
      const badTab = await editor.request('PUT', `/api/items/${id}/draft`, {
        body: { tabId: '../x', baseVersion: 1, fields: { summary: 'تبويب غير صالح' } },
      });
      expect(badTab.statusCode).toBe(400);
      for (const body of [
        undefined,
        {},
        { drafts: [] },
        { drafts: [{ tabId: editor.tab, upTo: 'yesterday' }] },
      ]) {
        const refused = await editor.request('DELETE', `/api/items/${id}/draft`, { body });
        expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      }
    });

    it('tags follow the text on each version, except the kinds an editor set by hand', async () => {
      const id = await incoming('كازاخستان تستضيف منتدى أستانا الدولي');
      await editor.lease(id);
      await editor.save(id, { topics: ['economy'] });
      const saved = await editor.save(id, { headline: 'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان' });
      expect(saved.json()).toMatchObject({
        countries: ['IQ', 'IR', 'TM'],
        topics: ['economy'],
        manualTags: ['topics'],
      });
    });

    it('refuses a headline over its hard limit, never cuts it; neutralises bidi controls; refuses an invisible one', async () => {
      const id = await incoming();
      await editor.lease(id);
      const long = await editor.save(id, { headline: 'ع'.repeat(501) });
      expect(long.statusCode).toBe(400);
      expect(long.json().error.details.issues[0].params).toMatchObject({
        code: 'story.too_long',
        limit: 500,
      });
      const invisible = await editor.save(id, { headline: '\u200b\u202e\u2060' });
      expect(invisible.statusCode).toBe(400);
      expect(invisible.json().error.details.issues[0].params).toMatchObject({ code: 'story.empty' });
      const bidi = await editor.save(id, { headline: 'ملف x \u202egpj.exe\u202c' });
      expect(bidi.json().headline).toBe('ملف x gpj.exe');
      expect((await editor.get(`/api/items/${id}`)).json().latestVersion).toBe(2);
    });

    it('writes a story from reports: linked sources, the first one starting the text, in the workflow', async () => {
      const a = await incoming('طاجيكستان والكويت تسعيان لتعزيز التعاون الاقتصادي');
      const b = await incoming('الكويت وطاجيكستان تبحثان تأسيس صندوق استثماري مشترك');
      const created = await editor.post('/api/stories', { sourceIds: [b, a] });
      expect(created.statusCode, created.body).toBe(201);
      const story = created.json<Item>();
      expect(story).toMatchObject({
        origin: 'desk',
        status: 'assigned',
        assignee: { id: editor.user.id },
        headline: 'الكويت وطاجيكستان تبحثان تأسيس صندوق استثماري مشترك',
        sourceCount: 2,
        latestVersion: 1,
      });
      const sources = (await editor.get(`/api/items/${story.id}/sources`)).json().items as Item[];
      expect(sources.map((source) => source.id)).toEqual([b, a]);
      // From scratch, by a chief who is not an editor: accepted, to be assigned.
      const scratch = await chief.post('/api/stories', { headline: 'قصة من الصفر' });
      expect(scratch.json()).toMatchObject({ status: 'accepted', assignee: null, origin: 'desk' });
      expect((await chief.post('/api/stories', { sourceIds: [] })).statusCode).toBe(400);
      // A headline of invisible characters is no headline (as on a save).
      for (const headline of ['\u200b\u200b', '\u200f', ' '])
        expect((await chief.post('/api/stories', { headline })).statusCode, JSON.stringify(headline)).toBe(
          400,
        );
      expect((await editor.post('/api/stories', { sourceIds: [999_999] })).statusCode).toBe(404);
      // And it enters the same workflow.
      const submitted = await editor.post(`/api/items/${story.id}/actions/submit`);
      expect(submitted.json().status).toBe('in_review');
      expect((await admin.get(`/api/items/${story.id}/history`)).json().events[0]).toMatchObject({
        type: 'item.created',
        payload: { sourceIds: [b, a] },
      });
    });

    it('keeps drafts of a story from at most 20 windows per user: a 21st is refused, none is written over', async () => {
      const id = await incoming('أوزبكستان تفتتح محطة شمسية جديدة قرب بخارى');
      const put = (client: Client, tabId: string, headline: string) =>
        client.request('PUT', `/api/items/${id}/draft`, {
          body: { tabId, baseVersion: 1, fields: { headline } },
        });
      for (let window = 1; window <= MAX_DRAFTS_PER_STORY; window++)
        expect((await put(editor, `window-${window}`, `نافذة ${window}`)).statusCode).toBe(200);
      const refused = await put(editor, 'window-21', 'نافذة 21');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'story.too_many_drafts',
        details: { limit: MAX_DRAFTS_PER_STORY },
      });
      // A window that has a draft still keeps it up to date; the others' drafts are all there.
      expect((await put(editor, 'window-3', 'نافذة 3 من جديد')).statusCode).toBe(200);
      const drafts = (await editor.get(`/api/items/${id}/draft`)).json().drafts as Array<{ tabId: string }>;
      expect(drafts).toHaveLength(MAX_DRAFTS_PER_STORY);
      expect(drafts.map((draft) => draft.tabId)).not.toContain('window-21');
      // Another user's drafts are theirs to count.
      expect((await put(other, 'window-21', 'نافذة زميل')).statusCode).toBe(200);
      // One discarded, a new window's draft is kept.
      const discard = await editor.request('DELETE', `/api/items/${id}/draft`, {
        body: { drafts: [{ tabId: 'window-1' }] },
      });
      expect(discard.statusCode).toBe(204);
      expect((await put(editor, 'window-21', 'نافذة 21')).statusCode).toBe(200);
    });

    it("a report's story lists the desk stories written from it or from another report of the story", async () => {
      const title = 'أذربيجان وجورجيا تفتتحان جسراً حدودياً جديداً على نهر كورا';
      const [report] = await ingestItems(env().ctx, [wireItem({ title })], 'same-story-a');
      const [sibling] = await ingestItems(env().ctx, [wireItem({ title })], 'same-story-b');
      expect((await sameStory(sibling!)).items.map((item: Item) => item.id)).toContain(report);
      expect((await sameStory(sibling!)).stories).toEqual([]);
      const story = (await editor.post('/api/stories', { sourceIds: [report] })).json<Item>();
      // Seen from the report it was written from, and from the other agency's report of the same story.
      for (const id of [report!, sibling!]) {
        const { stories } = await sameStory(id);
        expect(stories.map((item: Item) => [item.id, item.origin, item.status])).toEqual([
          [story.id, 'desk', 'assigned'],
        ]);
      }
      // A report of another story does not list it.
      expect(
        (await sameStory(await incoming('قرغيزستان تطلق حملة لزراعة الأشجار في العاصمة'))).stories,
      ).toEqual([]);
    });

    it("a report a story was written from is not refreshed by the agency's new copy: kept aside and flagged", async () => {
      const sent = wireItem({
        title: 'تركمانستان تعلن موعد افتتاح خط الغاز',
        bodyHtml: '<p>الافتتاح وشيك.</p>',
      });
      const [report] = await ingestItems(env().ctx, [sent], 'report-wire');
      const story = (await editor.post('/api/stories', { sourceIds: [report] })).json<Item>();
      const corrected = { ...sent, title: 'تصحيح: افتتاح خط الغاز ليس وشيكاً', bodyHtml: '<p>ليس وشيكاً.</p>' };
      const result = await storeWireItems(env().ctx, SYSTEM_ACTOR, [corrected], { source: 'report-wire' });
      expect(result.items[0]).toMatchObject({ id: report, outcome: 'updated' });
      // The report reads as it did when the story was written from it, with the new copy waiting on it.
      const [source] = (await editor.get(`/api/items/${story.id}/sources`)).json().items as Item[];
      expect(source).toMatchObject({ id: report, headline: sent.title, wireUpdate: 2 });
      const copies = (await editor.get(`/api/items/${report}/wire-copies`)).json().copies;
      expect(copies.map((copy: { headline: string }) => copy.headline)).toEqual([
        corrected.title,
        sent.title,
      ]);
      // A report no story uses is still refreshed in place while nobody has touched it.
      const loose = wireItem({ title: 'أوزبكستان تفتتح مطاراً جديداً' });
      const [unused] = await ingestItems(env().ctx, [loose], 'report-wire');
      await storeWireItems(env().ctx, SYSTEM_ACTOR, [{ ...loose, title: 'أوزبكستان تفتتح مطارين' }], {
        source: 'report-wire',
      });
      expect((await editor.get(`/api/items/${unused}`)).json()).toMatchObject({
        headline: 'أوزبكستان تفتتح مطارين',
        wireUpdate: null,
      });
    });

    it('an assigned story is edited by its assignee and chiefs only; nobody else may even take its lease', async () => {
      const item = await itemInState(env().ctx, admin.user, 'assigned', editor.user);
      const lease = await other.post(`/api/items/${item.id}/lease`, { tabId: other.tab });
      expect(lease.statusCode).toBe(403);
      expect(lease.json().error.code).toBe('edit.not_yours');
      const refused = await other.save(item.id, { headline: 'ليس لي' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('edit.not_yours');
      await editor.lease(item.id);
      await editor.request('DELETE', `/api/items/${item.id}/lease`, { body: { tabId: editor.tab } });
      await chief.lease(item.id);
      await chief.request('DELETE', `/api/items/${item.id}/lease`, { body: { tabId: chief.tab } });
    });

    it('in review the reviewer edits: the assignee cannot take the lease and so cannot keep the reviewer out', async () => {
      const reviewer = await env().signIn('story-reviewer', ['reviewer']);
      const item = await itemInState(env().ctx, admin.user, 'in_review', editor.user);
      const blocked = await editor.post(`/api/items/${item.id}/lease`, { tabId: editor.tab });
      expect(blocked.statusCode).toBe(403);
      await reviewer.lease(item.id);
      expect((await reviewer.save(item.id, { headline: 'عنوان راجعه المراجع' })).statusCode).toBe(200);
      // Nor once approved, by anyone: a correction comes first.
      const approved = await itemInState(env().ctx, admin.user, 'approved', editor.user);
      expect(
        (await reviewer.post(`/api/items/${approved.id}/lease`, { tabId: reviewer.tab })).statusCode,
      ).toBe(409);
    });

    it('a workflow action ends the lease of someone the new state no longer lets edit, and only theirs', async () => {
      const reviewer = await env().signIn('story-lease-reviewer', ['reviewer']);
      const leaseOf = async (id: number) => (await editor.get(`/api/items/${id}`)).json<Item>().lease;
      // The chief took over from the assignee and is still editing when the assignee submits: in review only a
      // reviewer edits, so the chief's lease ends and the reviewer opens the story at once.
      const item = await itemInState(env().ctx, admin.user, 'assigned', editor.user);
      await editor.lease(item.id);
      expect(
        (await chief.post(`/api/items/${item.id}/lease/takeover`, { tabId: chief.tab })).statusCode,
      ).toBe(200);
      expect((await editor.post(`/api/items/${item.id}/actions/submit`)).statusCode).toBe(200);
      expect(await leaseOf(item.id)).toBeNull();
      const history = (await admin.get(`/api/items/${item.id}/history`)).json().events;
      expect(history.at(-1)).toMatchObject({
        type: 'item.lease',
        payload: { change: 'released', userId: chief.user.id },
      });
      await reviewer.lease(item.id);
      // Returned to the assignee: the reviewer's lease ends in turn.
      const returned = await reviewer.post(`/api/items/${item.id}/actions/return`, {
        comment: 'راجع الأرقام',
      });
      expect(returned.statusCode, returned.body).toBe(200);
      expect(await leaseOf(item.id)).toBeNull();
      // Reassigned to another editor: the first one's lease ends; a chief's (who may edit assigned stories) stays.
      await editor.lease(item.id);
      expect(
        (await chief.post(`/api/items/${item.id}/actions/assign`, { assignee: other.user.id })).statusCode,
      ).toBe(200);
      expect(await leaseOf(item.id)).toBeNull();
      await chief.lease(item.id);
      expect(
        (await chief.post(`/api/items/${item.id}/actions/assign`, { assignee: editor.user.id })).statusCode,
      ).toBe(200);
      expect((await leaseOf(item.id))?.holder.id).toBe(chief.user.id);
      // An editor editing an incoming report keeps it when another accepts it: both states are theirs.
      const report = await incoming();
      await editor.lease(report);
      expect((await other.post(`/api/items/${report}/actions/accept`)).statusCode).toBe(200);
      expect((await leaseOf(report))?.holder.id).toBe(editor.user.id);
    });
  },
  { now: () => now },
);

describeEachDatabase('stories across restarts and instances', (env) => {
  it('a draft survives a server restart', async () => {
    const editor = await env().signIn('restart-editor', ['editor']);
    const [id] = await ingestItems(env().ctx, [wireItem()]);
    await editor.request('PUT', `/api/items/${id}/draft`, {
      body: { tabId: editor.tab, baseVersion: 1, fields: { body: '<p>نص لم يُحفظ بعد</p>' } },
    });
    const second = await startTestApp(env().dialect, env().url);
    try {
      const again = await second.signIn('restart-editor', ['editor']);
      expect((await again.get(`/api/items/${id}/draft`)).json().drafts[0].fields.body).toBe(
        '<p>نص لم يُحفظ بعد</p>',
      );
    } finally {
      await second.app.close();
    }
  });

  it('two instances agree on who holds a lease', async () => {
    const [id] = await ingestItems(env().ctx, [wireItem()]);
    const second = await startTestApp(env().dialect, env().url);
    try {
      const a = await env().signIn('instance-a', ['editor']);
      const b = await second.signIn('instance-b', ['editor']);
      const results = await Promise.all([
        a.post(`/api/items/${id}/lease`, { tabId: a.tab }),
        b.post(`/api/items/${id}/lease`, { tabId: b.tab }),
      ]);
      expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409]);
      const seenByA = (await a.get(`/api/items/${id}`)).json<Item>().lease;
      const seenByB = (await b.get(`/api/items/${id}`)).json<Item>().lease;
      expect(seenByA?.holder.id).toBe(seenByB?.holder.id);
    } finally {
      await second.app.close();
    }
  });
});

describe('the story body the server stores', () => {
  it('keeps the story elements only, cleans links, and normalises', () => {
    const html =
      '<p style="color:red" class="x">فقرة <b>عريضة</b> <strong>قوية</strong> <a href="javascript:alert(1)">رابط</a></p>' +
      '<p>&nbsp;</p><img src="https://x/y.png"><script>alert(1)</script><table><tr><td>خلية</td></tr></table>' +
      '<h2>عنوان فرعي</h2><p>Apple تفتتح متجرًا <a href="https://example.com/a">هنا</a></p>';
    expect(sanitizeStoryBody(html, 'ar')).toBe(
      '<p dir="rtl">فقرة عريضة <strong>قوية</strong> رابط</p><p dir="rtl">خلية</p><h2 dir="rtl">عنوان فرعي</h2>' +
        '<p dir="rtl">Apple تفتتح متجرًا <a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow">هنا</a></p>',
    );
  });
});
