/**
 * Wire copy and stories that need the real HTML parser are made on the DOM thread: the server's event loop never
 * uses jsdom (seconds to load at the first such body after a start, milliseconds a body after it). The expected
 * strings are written out (what the synchronous sanitisers give: dom-thread-parity.test.ts compares the two on
 * every input), since asking those here would use the DOM on this thread.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/harness.ts';
import { wireItem } from '../../test-support/wire-items.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { domUses } from './html-dom.ts';
import { forgetRememberedTexts } from './html-to-text.ts';
import { readFeedOffThread } from './read-feed-off-thread.ts';
import { storeWireItems } from './store-wire-items.ts';

// Each outside the fast path's subset (html-fast-path.ts): a <div>, a comment, <u>, <font>, a script, `&copy`;
// <del> is outside the text path's too, so the clean body's text (search, tags, word counts) needs a DOM as well.
const BODY =
  '<div class="lead"><p>قال الوزير <u>اليوم</u> <del>أمس</del></p><!-- note --></div><script>alert(1)</script>';
const CLEAN_BODY = '<div><p>قال الوزير <u>اليوم</u> <del>أمس</del></p></div>';
const HEADLINE = 'كازاخستان <font color="red">تعلن</font> خطة الغاز';
const SUMMARY = 'ملخص &copy 2026 <!-- x --> <u>الغاز</u>';

/** An agency body whose text needs a DOM (<del>, <center>). */
const agency = (n: number) => `<div><p>نص الوكالة ${n} <del>القديم</del> <center>الجديد</center></p></div>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describeEachDatabase('wire HTML that needs a DOM, made on the DOM thread', (env) => {
  const stored = (id: number) =>
    env()
      .ctx.database.db.selectFrom('items')
      .select(['headline', 'summary', 'body'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('a pushed item: its headline, summary and body as the sanitiser makes them, jsdom never on the event loop', async () => {
    const usesBefore = domUses();
    const response = await env().app.inject({
      method: 'POST',
      url: '/api/items',
      headers: { authorization: await env().serviceToken() },
      payload: { source: 'TASS', guid: 'dom-push-1', headline: HEADLINE, summary: SUMMARY, body: BODY },
    });
    expect(response.statusCode).toBe(201);
    expect(await stored(response.json<{ item: { id: number } }>().item.id)).toEqual({
      headline: 'كازاخستان تعلن خطة الغاز',
      summary: 'ملخص © 2026 الغاز',
      body: CLEAN_BODY,
    });
    expect(domUses()).toBe(usesBefore);
  });

  it('a feed: bodies in HTML and in plain text, and summaries, jsdom never on the event loop', async () => {
    const usesBefore = domUses();
    const rss =
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>' +
      '<link>https://wire.example/</link>' +
      // A title with a reference the fast path leaves to the real parser: the feed is read on the reader's thread.
      `<item><guid>dom-feed-1</guid><title>أذربيجان تستضيف مؤتمر المناخ في Caf&amp;eacute; Baku</title>` +
      `<description>${escapeXml(SUMMARY)}</description>` +
      `<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">${escapeXml(BODY)}</content:encoded>` +
      '</item></channel></rss>';
    const feed = await readFeedOffThread(new TextEncoder().encode(rss));
    const result = await storeWireItems(env().ctx, SYSTEM_ACTOR, feed.items, { source: 'Wire' });
    expect(result.created).toBe(1);
    expect(await stored(result.items[0]!.id)).toEqual({
      headline: 'أذربيجان تستضيف مؤتمر المناخ في Café Baku',
      summary: 'ملخص © 2026 الغاز',
      body: CLEAN_BODY,
    });

    // Plain text (a JSON Feed's content_text): references the fast path leaves to the parser, paragraphs kept.
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Wire',
      items: [
        {
          id: 'dom-feed-2',
          title: 'تركمانستان تفتتح خط الغاز',
          content_text: 'AT&T &copy 2026\n\nالفقرة الثانية',
        },
      ],
    });
    const plain = await storeWireItems(
      env().ctx,
      SYSTEM_ACTOR,
      (await readFeedOffThread(new TextEncoder().encode(json))).items,
      { source: 'Wire' },
    );
    expect((await stored(plain.items[0]!.id)).body).toBe('<p>AT&amp;T © 2026</p><p>الفقرة الثانية</p>');
    expect(domUses()).toBe(usesBefore);
  });

  it('an editor’s saves: the story’s body as the story sanitiser makes it, jsdom never on the event loop', async () => {
    const usesBefore = domUses();
    const { items } = await storeWireItems(
      env().ctx,
      SYSTEM_ACTOR,
      [wireItem({ title: 'أوزبكستان توقع اتفاقية للطاقة', bodyHtml: CLEAN_BODY })],
      { source: 'Wire' },
    );
    const id = items[0]!.id;
    const editor = await env().signIn('dom-editor', ['editor']);
    await editor.lease(id);
    // The headline alone: the agency's body is retagged and counted as it is.
    const headline = await editor.save(id, { headline: 'أوزبكستان توقع اتفاقية جديدة للطاقة' });
    expect(headline.statusCode, headline.body).toBe(200);
    const saved = await editor.save(id, {
      body: '<div class="x">فقرة <b>مهمة</b> من المحرر</div><script>alert(1)</script><p>2026</p>',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await stored(id)).body).toBe('<p dir="rtl">فقرة مهمة من المحرر</p><p dir="rtl">2026</p>');
    expect(domUses()).toBe(usesBefore);
  });

  it('restoring a version, taking an agency’s update, writing a story from a report, after a restart: jsdom never on the event loop', async () => {
    // Agency bodies stored before the restart: their texts are not remembered.
    const store = (n: number, guid: string) =>
      storeWireItems(
        env().ctx,
        SYSTEM_ACTOR,
        [wireItem({ guid, title: `تركمانستان تصدر الغاز ${guid}`, bodyHtml: agency(n) })],
        {
          source: 'Wire',
        },
      );
    const id = (await store(1, 'dom-story-1')).items[0]!.id;
    const editor = await env().signIn('dom-editor-2', ['editor']);
    await editor.lease(id);
    expect((await editor.save(id, { headline: 'تركمانستان تصدر الغاز إلى الصين' })).statusCode).toBe(200);
    await store(2, 'dom-story-1'); // the agency's update of a report the desk has touched: offered, not applied
    const source = (await store(3, 'dom-story-2')).items[0]!.id;
    const headers = async () => ({
      'if-match': `"${(await editor.get(`/api/items/${id}`)).json().version}"`,
      'x-edit-tab': editor.tab,
    });

    forgetRememberedTexts();
    const usesBefore = domUses();
    const restored = await editor.post(`/api/items/${id}/versions/1/restore`, undefined, await headers());
    expect(restored.statusCode, restored.body).toBe(200);
    const taken = await editor.post(`/api/items/${id}/wire-update/take`, undefined, await headers());
    expect(taken.statusCode, taken.body).toBe(200);
    const story = await editor.post('/api/stories', { sourceIds: [source] });
    expect(story.statusCode, story.body).toBe(201);
    expect(domUses()).toBe(usesBefore);
    expect((await stored(id)).body).toBe(agency(2));
    expect((await stored(story.json<{ id: number }>().id)).body).toBe(agency(3));
  });
});
