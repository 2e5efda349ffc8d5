/** Talking to the server as a given user, outside the browser: wire items, locale, direct workflow moves. */
import { request, type APIRequestContext } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import { DEMO_PASSWORD } from './server-process.ts';

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

  /** PATCH /api/items/:id with If-Match (the version given, else the current one). */
  async patch(id: number, patch: Record<string, unknown>, version?: number): Promise<Item> {
    const ifMatch = version ?? (await this.item(id)).version;
    const response = await this.context.patch(`/api/items/${id}`, {
      data: patch,
      headers: this.headers({ 'if-match': `"${ifMatch}"` }),
    });
    if (!response.ok()) throw new Error(`patch: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Item;
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
