/**
 * Talking to the server as a given user, outside the browser: wire items, locale, direct workflow moves, new
 * stories, and saves made the way the editor makes them (with a lease held by this user's own "tab").
 */
import { randomBytes } from 'node:crypto';
import { request, type APIRequestContext } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import type { Draft } from '#shared/schemas/stories.ts';
import { DEMO_PASSWORD } from './server-process.ts';

/** Fields whose save needs the editing lease (tags and urgency alone do not). */
const TEXT_FIELDS = ['headline', 'summary', 'body', 'byline', 'dateline', 'slug', 'keywords'];

export type DemoUser = 'editor' | 'samir' | 'huda' | 'chief' | 'reviewer' | 'admin';

export class ApiUser {
  private constructor(
    readonly context: APIRequestContext,
    readonly csrfToken: string,
    readonly id: number,
  ) {}

  static async login(baseURL: string, username: DemoUser): Promise<ApiUser> {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/session', { data: { username, password: DEMO_PASSWORD } });
    if (!response.ok()) throw new Error(`login ${username}: ${response.status()} ${await response.text()}`);
    const body = (await response.json()) as { csrfToken: string; user: { id: number } };
    return new ApiUser(context, body.csrfToken, body.user.id);
  }

  private headers(extra: Record<string, string> = {}) {
    return { 'x-csrf-token': this.csrfToken, ...extra };
  }

  async setLocale(locale: 'ar' | 'en'): Promise<void> {
    const response = await this.context.patch('/api/me', { data: { locale }, headers: this.headers() });
    if (!response.ok()) throw new Error(`locale: ${response.status()}`);
  }

  /** POST /api/items (admin): one wire item, as an agency would push it. */
  async ingest(item: {
    headline: string;
    body?: string;
    summary?: string;
    source?: string;
    guid?: string;
    urgency?: number;
    language?: string;
  }): Promise<Item> {
    const response = await this.context.post('/api/items', {
      data: { source: 'وكالة الاختبار', guid: `e2e-${Date.now()}-${Math.random()}`, ...item },
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`ingest: ${response.status()} ${await response.text()}`);
    return ((await response.json()) as { item: Item }).item;
  }

  async action(id: number, action: string, body: Record<string, unknown> = {}): Promise<Item> {
    const response = await this.context.post(`/api/items/${id}/actions/${action}`, {
      data: body,
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`${action}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Item;
  }

  /** This user's editing tab, as a browser tab has one (X-Edit-Tab, leases). */
  readonly tab = `api-${randomBytes(8).toString('hex')}`;

  /** POST /api/items/:id/lease: start (or keep) editing in this user's tab; throws when someone else is. */
  async lease(id: number): Promise<void> {
    const response = await this.context.post(`/api/items/${id}/lease`, {
      data: { tabId: this.tab },
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`lease: ${response.status()} ${await response.text()}`);
  }

  /** POST /api/items/:id/lease/takeover: a desk chief (or the holder's other tab) takes editing over. */
  async takeOver(id: number): Promise<void> {
    const response = await this.context.post(`/api/items/${id}/lease/takeover`, {
      data: { tabId: this.tab },
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`takeover: ${response.status()} ${await response.text()}`);
  }

  /** DELETE /api/items/:id/lease: stop editing (nothing happens when this tab does not hold it). */
  async releaseLease(id: number): Promise<void> {
    const response = await this.context.delete(`/api/items/${id}/lease`, {
      data: { tabId: this.tab },
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`release: ${response.status()} ${await response.text()}`);
  }

  /**
   * PATCH /api/items/:id with If-Match (the version given, else the current one), as the editor saves: text
   * fields need this tab's lease, so it is taken for the save (and given back after, unless `keepLease`).
   */
  async patch(
    id: number,
    patch: Record<string, unknown>,
    version?: number,
    { keepLease = false }: { keepLease?: boolean } = {},
  ): Promise<Item> {
    const text = TEXT_FIELDS.some((field) => field in patch);
    if (text) await this.lease(id);
    try {
      const ifMatch = version ?? (await this.item(id)).version;
      const response = await this.context.patch(`/api/items/${id}`, {
        data: patch,
        headers: this.headers({ 'if-match': `"${ifMatch}"`, 'x-edit-tab': this.tab }),
      });
      if (!response.ok()) throw new Error(`patch: ${response.status()} ${await response.text()}`);
      return (await response.json()) as Item;
    } finally {
      if (text && !keepLease) await this.releaseLease(id);
    }
  }

  /** POST /api/stories: a desk story written from these reports (the first one starts its text). */
  async createStory(sourceIds: number[]): Promise<Item> {
    const response = await this.context.post('/api/stories', {
      data: { sourceIds },
      headers: this.headers(),
    });
    if (!response.ok()) throw new Error(`story: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Item;
  }

  /** GET /api/items/:id/draft: this user's autosaved drafts of the story, one per tab, the newest first. */
  async drafts(id: number): Promise<Draft[]> {
    const response = await this.context.get(`/api/items/${id}/draft`);
    if (!response.ok()) throw new Error(`drafts: ${response.status()} ${await response.text()}`);
    return ((await response.json()) as { drafts: Draft[] }).drafts;
  }

  /** This user's newest draft of the story, or null. */
  async draft(id: number): Promise<Draft | null> {
    return (await this.drafts(id))[0] ?? null;
  }

  /** Takes the item from incoming to published (admin may take every step). */
  async publish(id: number, assignee: number): Promise<Item> {
    await this.action(id, 'accept');
    await this.action(id, 'assign', { assignee });
    await this.action(id, 'submit');
    await this.action(id, 'approve');
    return this.action(id, 'publish');
  }

  async item(id: number): Promise<Item> {
    return (await (await this.context.get(`/api/items/${id}`)).json()) as Item;
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}
