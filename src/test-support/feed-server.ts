/**
 * A tiny wire agency for the feeds e2e: an HTTP server on 127.0.0.1 (the e2e server runs with NODE_ENV=test,
 * where feeds on loopback addresses are allowed) serving an Arabic RSS 2.0 document, a malformed one and a 404.
 * The Arabic feed's items are set by the test, so each run brings headlines of its own.
 */
import { createServer, type Server } from 'node:http';

export interface WireItem {
  guid: string;
  title: string;
  description: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(items: readonly WireItem[]): string {
  const now = new Date().toUTCString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>وكالة الاختبار للأنباء</title>
    <link>https://wire.example/ar</link>
    <description>أخبار الوكالة بالعربية</description>
    <language>ar</language>
    <lastBuildDate>${now}</lastBuildDate>
${items
  .map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>https://wire.example/ar/${encodeURIComponent(item.guid)}</link>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      <description>${escapeXml(item.description)}</description>
      <pubDate>${now}</pubDate>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}

// Cut off in the middle of an element: not well-formed XML.
const MALFORMED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>مصدر معطوب</title><item><title>خبر بلا نهاية</title>`;

export class FeedServer {
  private server: Server | null = null;
  private items: WireItem[] = [];
  port = 0;
  /** How long the Arabic feed takes to answer (to see a poll in progress). */
  delayMs = 0;

  /** The Arabic RSS feed. */
  get arabicUrl(): string {
    return `http://127.0.0.1:${this.port}/ar/rss.xml`;
  }
  /** Not well-formed XML (errors.feed.malformed). */
  get malformedUrl(): string {
    return `http://127.0.0.1:${this.port}/broken/rss.xml`;
  }
  /** A 404 (errors.feed.http_status). */
  get missingUrl(): string {
    return `http://127.0.0.1:${this.port}/gone/rss.xml`;
  }

  setItems(items: WireItem[]): void {
    this.items = items;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/ar/rss.xml') {
        const body = rss(this.items);
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
          response.end(body);
        }, this.delayMs);
      } else if (path === '/broken/rss.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(MALFORMED);
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
