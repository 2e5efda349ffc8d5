import { beforeAll, describe, expect, it } from 'vitest';
import { overviewLinks } from '#shared/desk-overview-links.ts';
import type { DeskOverview } from '#shared/schemas/desk-overview.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { toSearchParams } from '#shared/query-string.ts';
import type { User } from '#shared/schemas/users.ts';
import type { WorkflowAction } from '#shared/workflow.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { actionBody, ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { performAction } from '../workflow/service.ts';
import { median, startOfDay } from './service.ts';

const at = (hh: number, mm: number) => Date.UTC(2026, 0, 15, hh, mm);
const MINUTE = 60_000;
/** The moment the desk works on the items; the overview is read later (`now` moves). */
const WORK_TIME = at(10, 30);
let now = WORK_TIME;

const read = async (client: Client, query: string) => {
  const response = await client.get(`/api/desk/overview${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<DeskOverview>();
};
const countOf = (overview: DeskOverview, status: string) =>
  overview.backlog.statuses.find((row) => row.status === status)!.count;

const CENTRAL_ASIA = 'خبر عن التعاون بين كازاخستان وأوزبكستان';
const EGYPT = 'مصر تعلن خطة جديدة لمحطات الطاقة الشمسية';

describeEachDatabase(
  'desk overview: the numbers',
  (env) => {
    let chief: Client;
    let admin: User;
    let editorA: User;
    let editorB: User;
    const ids: number[] = [];

    beforeAll(async () => {
      // Each database's suite starts at the same moment (the clock is shared by the suites of this file).
      now = WORK_TIME;
      chief = await env().signIn('ov-chief', ['chief']);
      admin = (await env().signIn('ov-admin', ['admin'])).user;
      editorA = (await env().signIn('ov-editor-a', ['editor'])).user;
      editorB = (await env().signIn('ov-editor-b', ['editor'])).user;
      const { ctx } = env();
      // i0: yesterday, still incoming; i1–i3 at 08:xx and i6–i9 at 10:xx about Central Asia; i4, i5 about Egypt.
      const plan: Array<[number, string, string]> = [
        [WORK_TIME - 30 * 60 * MINUTE, CENTRAL_ASIA, 'وكالة أ'],
        [at(8, 10), CENTRAL_ASIA, 'وكالة أ'],
        [at(8, 20), CENTRAL_ASIA, 'وكالة أ'],
        [at(8, 30), CENTRAL_ASIA, 'وكالة أ'],
        [at(9, 45), EGYPT, 'وكالة ب'],
        [at(9, 50), EGYPT, 'وكالة ب'],
        [at(10, 5), CENTRAL_ASIA, 'وكالة ب'],
        [at(10, 10), CENTRAL_ASIA, 'وكالة ب'],
        [at(10, 16), CENTRAL_ASIA, 'وكالة ب'],
        [at(10, 20), CENTRAL_ASIA, 'وكالة ب'],
      ];
      for (const [receivedAt, title, source] of plan) {
        const [id] = await ingestItems(
          ctx,
          [wireItem({ title: `${title} ${ids.length}` })],
          source,
          () => receivedAt,
        );
        ids.push(id!);
      }
      const act = async (index: number, actions: WorkflowAction[], assignee: User = editorA) => {
        for (const action of actions)
          await performAction(ctx, admin, ids[index]!, action, actionBody(action, assignee));
      };
      await act(1, ['accept']);
      await act(2, ['accept', 'assign']);
      await act(3, ['accept', 'assign', 'submit']);
      await act(4, ['accept', 'assign', 'submit', 'return']);
      await act(5, ['accept', 'assign', 'submit', 'approve', 'publish'], editorB);
      await act(6, ['spike']);
    });

    it('counts the backlog per status and per editor, beside their load', async () => {
      now = WORK_TIME + 45 * MINUTE;
      const overview = await read(chief, '?tz=UTC&reviewAfter=30');
      expect(overview.asOf).toBe(new Date(now).toISOString());
      expect(Object.fromEntries(overview.backlog.statuses.map((row) => [row.status, row.count]))).toEqual({
        incoming: 4,
        accepted: 1,
        spiked: 1,
        assigned: 2,
        in_review: 1,
        approved: 0,
        published: 1,
        killed: 0,
      });
      const of = (user: User) => overview.backlog.editors.find((row) => row.user.id === user.id);
      expect(of(editorA)).toMatchObject({
        assigned: 2,
        returned: 1,
        inReview: 1,
        publishedToday: 0,
        load: 3,
      });
      expect(of(editorB)).toMatchObject({
        assigned: 0,
        returned: 0,
        inReview: 0,
        publishedToday: 1,
        load: 0,
      });
      // Busiest first.
      expect(overview.backlog.editors[0]!.user.id).toBe(editorA.id);
    });

    it('counts incoming per clock hour by country and topic, and published per hour', async () => {
      now = WORK_TIME + 45 * MINUTE;
      const { flow } = await read(chief, '?tz=UTC');
      expect(flow.buckets).toHaveLength(24);
      expect(flow.buckets.at(-1)).toEqual({
        from: new Date(at(11, 0)).toISOString(),
        to: new Date(at(12, 0) - 1).toISOString(),
      });
      // 08:00 is bucket 20 of 24 (the first is 12:00 yesterday); the item of 04:30 yesterday is outside.
      expect(flow.incoming.slice(20)).toEqual([3, 2, 4, 0]);
      expect(flow.incoming.reduce((sum, n) => sum + n, 0)).toBe(9);
      expect(flow.published.slice(20)).toEqual([0, 0, 1, 0]);
      const kz = flow.countries.find((series) => series.code === 'KZ')!;
      expect(kz.total).toBe(7);
      expect(kz.counts.slice(20)).toEqual([3, 0, 4, 0]);
      const egypt = flow.countries.find((series) => series.code === 'EG')!;
      expect(egypt.counts.slice(20)).toEqual([0, 2, 0, 0]);
      expect(flow.topics.find((series) => series.code === 'energy')?.total).toBe(2);

      const short = await read(chief, '?tz=UTC&hours=3');
      expect(short.flow.incoming).toEqual([2, 4, 0]);
    });

    it('compares the last hour with the hour before', async () => {
      now = WORK_TIME + 45 * MINUTE;
      const { rising } = await read(chief, '?tz=UTC');
      expect(rising.lastHour).toEqual({
        from: new Date(now - 60 * MINUTE + 1).toISOString(),
        to: new Date(now).toISOString(),
      });
      // Last hour (10:15, 11:15]: the items of 10:16 and 10:20. The hour before: 09:45, 09:50, 10:05, 10:10.
      expect(rising.countries.find((row) => row.value === 'KZ')).toEqual({
        value: 'KZ',
        last: 2,
        previous: 2,
      });
      expect(rising.countries.some((row) => row.value === 'EG')).toBe(false);
      expect(rising.sources).toEqual([{ value: 'وكالة ب', last: 2, previous: 4 }]);
    });

    it('says how long items wait: oldest incoming, in review past the threshold, median to publication', async () => {
      now = WORK_TIME + 45 * MINUTE;
      const overview = await read(chief, '?tz=UTC&reviewAfter=30');
      expect(overview.timeInState.oldestIncoming).toMatchObject({
        id: ids[0],
        receivedAt: new Date(WORK_TIME - 30 * 60 * MINUTE).toISOString(),
      });
      // Submitted at 10:30; read at 11:15: 45 minutes in review.
      expect(overview.timeInState.waitingReview).toEqual({
        count: 1,
        since: new Date(now - 30 * MINUTE).toISOString(),
        oldestSince: new Date(WORK_TIME).toISOString(),
      });
      expect((await read(chief, '?tz=UTC&reviewAfter=60')).timeInState.waitingReview.count).toBe(0);
      // Published at 10:30, received at 09:50.
      expect(overview.timeInState.publishedToday).toBe(1);
      expect(overview.timeInState.medianToPublishMs).toBe(40 * MINUTE);

      // "Today" is the asker's: in New York it began at 05:00 UTC; in Tonga (UTC+13) it is 00:15 on the 16th,
      // so the day began at 11:00 UTC, after the publication.
      expect((await read(chief, '?tz=America/New_York')).timeInState.publishedToday).toBe(1);
      const tonga = await read(chief, '?tz=Pacific/Tongatapu');
      expect(tonga.dayStart).toBe(new Date(at(11, 0)).toISOString());
      expect(tonga.timeInState.publishedToday).toBe(0);
      expect(tonga.timeInState.medianToPublishMs).toBeNull();
      expect(tonga.backlog.editors.find((row) => row.user.id === editorB.id)?.publishedToday).toBe(0);
    });

    it('moves when the desk works: an accept and a new wire item', async () => {
      now = WORK_TIME + 50 * MINUTE;
      const before = await read(chief, '?tz=UTC');
      await performAction(env().ctx, admin, ids[7]!, 'accept', {});
      await ingestItems(env().ctx, [wireItem({ title: `${EGYPT} جديد` })], 'وكالة ج', () => now);
      const after = await read(chief, '?tz=UTC');
      expect(countOf(after, 'accepted')).toBe(countOf(before, 'accepted') + 1);
      expect(countOf(after, 'incoming')).toBe(countOf(before, 'incoming'));
      expect(after.flow.incoming.at(-1)).toBe(before.flow.incoming.at(-1)! + 1);
    });

    it('every linked figure counts what its queue link shows', async () => {
      now = WORK_TIME + 55 * MINUTE;
      const overview = await read(chief, '?tz=UTC&reviewAfter=30');
      const queueTotal = async (filters: ItemFilters) => {
        const response = await chief.get(`/api/items/facets?${toSearchParams(filters).toString()}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json<{ total: number }>().total;
      };
      const checks: Array<[string, number, ItemFilters]> = [];
      for (const row of overview.backlog.statuses)
        checks.push([`status ${row.status}`, row.count, overviewLinks.status(row.status)]);
      for (const row of overview.backlog.editors)
        for (const figure of ['assigned', 'returned', 'inReview', 'load', 'publishedToday'] as const)
          checks.push([
            `${row.user.username} ${figure}`,
            row[figure],
            overviewLinks.editor(row.user.id, figure, overview.dayStart),
          ]);
      overview.flow.buckets.forEach((bucket, index) => {
        checks.push([
          `incoming ${bucket.from}`,
          overview.flow.incoming[index]!,
          overviewLinks.arrived(bucket),
        ]);
        checks.push([
          `published ${bucket.from}`,
          overview.flow.published[index]!,
          overviewLinks.published(bucket),
        ]);
        for (const series of overview.flow.countries)
          checks.push([
            `${series.code} ${bucket.from}`,
            series.counts[index]!,
            overviewLinks.arrived(bucket, { country: series.code }),
          ]);
        for (const series of overview.flow.topics)
          checks.push([
            `${series.code} ${bucket.from}`,
            series.counts[index]!,
            overviewLinks.arrived(bucket, { topic: series.code }),
          ]);
      });
      for (const kind of ['countries', 'topics', 'sources'] as const)
        for (const row of overview.rising[kind]) {
          checks.push([
            `${kind} ${row.value} last`,
            row.last,
            overviewLinks.rising(overview.rising.lastHour, kind, row.value),
          ]);
          checks.push([
            `${kind} ${row.value} before`,
            row.previous,
            overviewLinks.rising(overview.rising.hourBefore, kind, row.value),
          ]);
        }
      checks.push([
        'oldest incoming',
        1,
        overviewLinks.oldestIncoming(overview.timeInState.oldestIncoming!.receivedAt),
      ]);
      checks.push([
        'published today',
        overview.timeInState.publishedToday,
        overviewLinks.publishedToday(overview.dayStart),
      ]);
      checks.push([
        'waiting review',
        overview.timeInState.waitingReview.count,
        overviewLinks.waitingReview(overview.reviewAfterMinutes),
      ]);
      // The scenario has something behind the figures that used to be unlinked.
      expect(overview.timeInState.publishedToday).toBe(1);
      expect(overview.timeInState.waitingReview.count).toBe(1);
      expect(checks.length).toBeGreaterThan(100);
      const mismatches: string[] = [];
      for (const [label, count, filters] of checks) {
        const total = await queueTotal(filters);
        if (total !== count) mismatches.push(`${label}: overview ${count}, queue ${total}`);
      }
      expect(mismatches).toEqual([]);
    });

    it('refuses an impossible range, threshold or time zone with its own code', async () => {
      const cases: Array<[string, string]> = [
        ['?hours=0', 'desk_overview.bad_hours'],
        ['?hours=73', 'desk_overview.bad_hours'],
        ['?hours=2.5', 'desk_overview.bad_hours'],
        ['?hours=abc', 'desk_overview.bad_hours'],
        ['?reviewAfter=-5', 'desk_overview.bad_review_after'],
        ['?reviewAfter=0', 'desk_overview.bad_review_after'],
        ['?reviewAfter=99999', 'desk_overview.bad_review_after'],
        ['?tz=Mars/Olympus_Mons', 'desk_overview.bad_time_zone'],
      ];
      for (const [query, code] of cases) {
        const response = await chief.get(`/api/desk/overview${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.code, query).toBe(code);
      }
      expect((await chief.get('/api/desk/overview?hours=72')).statusCode).toBe(200);
      // As an Arabic keyboard types them: ٤٥ and ۴۵ are 45.
      const arabic = await chief.get(`/api/desk/overview?tz=UTC&reviewAfter=${encodeURIComponent('٤٥')}`);
      expect(arabic.json().reviewAfterMinutes).toBe(45);
      const persian = await chief.get(`/api/desk/overview?tz=UTC&hours=${encodeURIComponent('۱۲')}`);
      expect(persian.statusCode).toBe(200);
      expect((await chief.get('/api/desk/overview?colour=red')).json().error.code).toBe('validation_failed');
    });

    it("keeps the chief's review threshold with the account, and uses it when the query names none", async () => {
      const reader = await env().signIn('ov-threshold-chief', ['chief']);
      expect((await read(reader, '?tz=UTC')).reviewAfterMinutes).toBe(30);
      const saved = await reader.patch('/api/me', { reviewAfterMinutes: 90 });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().user.reviewAfterMinutes).toBe(90);
      expect((await read(reader, '?tz=UTC')).reviewAfterMinutes).toBe(90);
      expect((await read(reader, '?tz=UTC&reviewAfter=15')).reviewAfterMinutes).toBe(15);
      // Another chief's overview keeps its own.
      expect((await read(chief, '?tz=UTC')).reviewAfterMinutes).toBe(30);
      for (const bad of [0, 10_081, 2.5, '60']) {
        const refused = await reader.patch('/api/me', { reviewAfterMinutes: bad });
        expect(refused.statusCode, String(bad)).toBe(400);
      }
      expect((await read(reader, '?tz=UTC')).reviewAfterMinutes).toBe(90);
    });

    it('is readable by the whole desk, and by no one signed out', async () => {
      for (const role of ['editor', 'reviewer'] as const) {
        const client = await env().signIn(`ov-read-${role}`, [role]);
        expect((await client.get('/api/desk/overview')).statusCode).toBe(200);
      }
      const anonymous = await env().app.inject({ method: 'GET', url: '/api/desk/overview' });
      expect(anonymous.statusCode).toBe(401);
    });
  },
  { now: () => now },
);

describeEachDatabase('desk overview: stories held by someone no longer on duty', (env) => {
  it('keeps a row for a disabled or demoted editor still holding stories, and counts corrections as returned', async () => {
    const chief = await env().signIn('ov2-chief', ['chief']);
    const admin = (await env().signIn('ov2-admin', ['admin'])).user;
    const gone = (await env().signIn('ov2-gone', ['editor'])).user;
    const moved = (await env().signIn('ov2-moved', ['editor'])).user;
    const { ctx } = env();
    const ids = await ingestItems(ctx, [wireItem(), wireItem(), wireItem(), wireItem()]);
    const act = async (id: number, actions: WorkflowAction[], assignee: User) => {
      for (const action of actions) await performAction(ctx, admin, id, action, actionBody(action, assignee));
    };
    await act(ids[0]!, ['accept', 'assign'], gone);
    await act(ids[1]!, ['accept', 'assign', 'submit'], gone);
    await act(ids[2]!, ['accept', 'assign'], moved);
    await act(ids[3]!, ['accept', 'assign', 'submit', 'approve', 'publish', 'correct'], moved);
    await ctx.database.db.updateTable('users').set({ disabled: 1 }).where('id', '=', gone.id).execute();
    await ctx.database.db
      .updateTable('users')
      .set({ roles: JSON.stringify(['reviewer']) })
      .where('id', '=', moved.id)
      .execute();

    const overview = await read(chief, '?tz=UTC');
    const of = (user: User) => overview.backlog.editors.find((row) => row.user.id === user.id);
    expect(of(gone)).toMatchObject({ assigned: 1, inReview: 1, load: 2, standing: 'disabled' });
    // Sent back for a correction counts as returned, as in the editor's own "my work".
    expect(of(moved)).toMatchObject({ assigned: 2, returned: 1, load: 2, standing: 'notEditor' });
    // The rows add up to the statuses' counts.
    const sum = (figure: 'assigned' | 'inReview') =>
      overview.backlog.editors.reduce((total, row) => total + row[figure], 0);
    expect(sum('assigned')).toBe(countOf(overview, 'assigned'));
    expect(sum('inReview')).toBe(countOf(overview, 'in_review'));
  });
});

describe('desk overview: days and medians', () => {
  it('finds the start of the day in a time zone', () => {
    const moment = Date.UTC(2026, 0, 15, 23, 30);
    expect(startOfDay(moment, 'UTC')).toBe(Date.UTC(2026, 0, 15));
    // Riyadh is UTC+3: 02:30 on the 16th there, so its day began at 21:00 UTC on the 15th.
    expect(startOfDay(moment, 'Asia/Riyadh')).toBe(Date.UTC(2026, 0, 15, 21));
    expect(startOfDay(moment, 'America/New_York')).toBe(Date.UTC(2026, 0, 15, 5));
    expect(startOfDay(Date.UTC(2026, 6, 1, 12), 'Asia/Kolkata')).toBe(Date.UTC(2026, 5, 30, 18, 30));
  });

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
