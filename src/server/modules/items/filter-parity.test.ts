/**
 * The browser places live updates with `matchesFilters` (src/shared/filters.ts); the server selects with SQL.
 * Run the same filters through both on the same items: every filter the browser claims to judge must select
 * exactly what the server selects, or a live list would show rows a reload takes away.
 */
import { beforeAll, expect, it } from 'vitest';
import { matchesFilters } from '#shared/filters.ts';
import type { ItemFilters, ItemListResponse, ItemCard } from '#shared/schemas/items.ts';
import { toSearchParams } from '#shared/query-string.ts';
import type { WorkflowAction } from '#shared/workflow.ts';
import { actionBody, ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { performAction } from '../workflow/service.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 8);
/** The server's clock and the browser's, for "older than N minutes": a day and a half after the first item. */
const NOW = T0 + 36 * HOUR;

// Headlines that tag different countries, topics and organisations (the real tagger decides which).
const HEADLINES = [
  'كازاخستان تزيد صادرات النفط إلى الصين عبر خط أنابيب جديد',
  'زلزال بقوة 5.1 درجات يضرب جنوب إيران',
  'أوزبكستان وتركمانستان توقعان اتفاقية لنقل الغاز',
  'منظمة أوبك تبقي حصص الإنتاج دون تغيير',
  'قرغيزستان تفتح حدودها مع طاجيكستان بعد محادثات',
  'أذربيجان وأرمينيا تبحثان ترسيم الحدود في موسكو',
  'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان',
  'منتخب أوزبكستان يفوز على إيران في تصفيات كأس العالم',
  'البنك المركزي الروسي يخفض سعر الفائدة',
  'حلف الناتو يعقد قمة في بروكسل',
];

async function listAll(client: Client, filters: ItemFilters): Promise<ItemCard[]> {
  const params = toSearchParams({ ...filters, limit: 200 });
  const response = await client.get(`/api/items?${params.toString()}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ItemListResponse>().items;
}

describeEachDatabase(
  'filter parity: matchesFilters selects what the API selects',
  (env) => {
    let admin: Client;
    let editor: Client;
    let other: Client;
    let all: ItemCard[];

    beforeAll(async () => {
      admin = await env().signIn('parity-admin', ['admin']);
      editor = await env().signIn('parity-editor', ['editor']);
      other = await env().signIn('parity-other', ['editor']);
      const ids = [
        ...(await ingestItems(
          env().ctx,
          HEADLINES.map((title, index) => wireItem({ title, urgency: (index % 3) + 1 })),
          'وكالة أ',
          (index) => T0 + index * HOUR,
        )),
        ...(await ingestItems(
          env().ctx,
          HEADLINES.slice(0, 5).map((title) => wireItem({ title: `${title} (تحديث)` })),
          'وكالة ب',
          (index) => T0 + (20 + index) * HOUR,
        )),
      ];
      // Move some into other states, assigned to the viewing editor or another one.
      const moves: Array<[number, WorkflowAction[], Client]> = [
        [ids[0]!, ['accept'], other],
        [ids[1]!, ['accept', 'assign'], editor],
        [ids[2]!, ['accept', 'assign', 'submit'], editor],
        [ids[3]!, ['spike'], other],
        [ids[11]!, ['accept', 'assign'], other],
        [ids[12]!, ['accept', 'assign', 'submit', 'approve', 'publish'], other],
      ];
      for (const [id, actions, assignee] of moves)
        for (const action of actions)
          await performAction(env().ctx, admin.user, id, action, actionBody(action, assignee.user));
      all = await listAll(editor, {});
      expect(all).toHaveLength(15);
    });

    it('agrees on every filter kind, alone and combined', async () => {
      const first = all.find((item) => item.countries.length > 0)!;
      const filterSets: ItemFilters[] = [
        { country: [first.countries[0]!] },
        { country: ['KZ', 'IR'] },
        { region: ['central-asia'] },
        { topic: [all.find((item) => item.topics.length > 0)!.topics[0]!] },
        { organisation: ['opec', 'nato'] },
        { status: ['incoming'] },
        { status: ['accepted', 'assigned', 'in_review'] },
        { urgency: [1] },
        { urgency: [2, 3] },
        { source: ['وكالة ب'] },
        { assignee: 'me' },
        { assignee: other.user.id },
        { assignee: 'none' },
        { assignee: 'none', status: ['accepted', 'incoming'] },
        { olderThan: 20 * 60 },
        { olderThan: 30 * 60, assignee: 'none' },
        { olderThan: 60, source: ['وكالة ب'] },
        { lastAction: ['assign'] },
        { inStateOver: 60 },
        { inStateOver: 60, status: ['incoming', 'assigned'] },
        { desk: 'none' },
        { publishedSince: new Date(T0).toISOString() },
        { publishedSince: new Date(T0).toISOString(), publishedUntil: new Date(NOW).toISOString() },
        { since: new Date(T0 + 5 * HOUR).toISOString() },
        { until: new Date(T0 + 5 * HOUR).toISOString() },
        { since: new Date(T0 + 3 * HOUR).toISOString(), until: new Date(T0 + 21 * HOUR).toISOString() },
        { country: ['UZ'], status: ['incoming', 'in_review'], source: ['وكالة أ'] },
        { region: ['central-asia'], urgency: [1, 2], since: new Date(T0 + 2 * HOUR).toISOString() },
        { collapse: true, country: ['TJ'] },
      ];
      let judged = 0;
      for (const filters of filterSets) {
        const inBrowser = all.filter((item) => matchesFilters(item, filters, editor.user.id, NOW) === true);
        const undecided = all.filter(
          (item) => matchesFilters(item, filters, editor.user.id, NOW) === undefined,
        );
        if (undecided.length > 0) continue; // only the server can tell (grouped clusters): nothing to compare
        const onServer = await listAll(editor, filters);
        expect(onServer.map((item) => item.id).sort(), `filters ${JSON.stringify(filters)}`).toEqual(
          inBrowser.map((item) => item.id).sort(),
        );
        judged++;
      }
      // The comparison must have had something to compare: most sets are judged, and some select nothing.
      expect(judged).toBeGreaterThanOrEqual(filterSets.length - 1);
    });
  },
  { now: () => NOW },
);
