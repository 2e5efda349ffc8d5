/**
 * Wire copy for the attacks: RSS documents (near-duplicate floods that build huge clusters, a 10 MB feed of
 * distinct stories) and a wire agency on a loopback address that serves them, or drips a feed one byte at a time
 * and never finishes (slow-loris).
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { demoStory } from '../../../src/server/demo/content.ts';

export interface RssItem {
  guid: string;
  title: string;
  description: string;
  link?: string;
  pubDate?: Date;
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function rssItem(item: RssItem): string {
  return (
    `<item><guid isPermaLink="false">${escapeXml(item.guid)}</guid><title>${escapeXml(item.title)}</title>` +
    (item.link ? `<link>${escapeXml(item.link)}</link>` : '') +
    `<pubDate>${(item.pubDate ?? new Date()).toUTCString()}</pubDate>` +
    `<description>${escapeXml(item.description)}</description></item>`
  );
}

export function rssDocument(items: readonly RssItem[], title = 'وكالة الاختبار'): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title>` +
    `<link>https://wire.example/</link><language>ar</language>${items.map(rssItem).join('')}</channel></rss>`
  );
}

/**
 * A few economy stories about Iraq, Iran, Türkiye and Egypt, each told many times with small variations: every
 * copy is a near-duplicate of the others, so the store step puts thousands of items into a handful of clusters
 * (the shape that made a grouped facet query quadratic).
 */
const STORIES = [
  'العراق وإيران توقعان اتفاقية لتعزيز التبادل التجاري',
  'تركيا ومصر تبحثان توسيع التعاون الاقتصادي والاستثمار',
  'إيران ترفع صادرات النفط إلى العراق وتركيا',
  'البنك المركزي المصري يبقي أسعار الفائدة دون تغيير',
  'وزير المالية العراقي يبحث مع نظيره التركي تمويل مشاريع الطاقة',
  'مصر وتركيا تتفقان على زيادة حجم التجارة الثنائية',
  'العراق يعلن خطة لجذب الاستثمارات التركية في قطاع الإسكان',
  'إيران ومصر تبحثان استئناف الرحلات التجارية وتبادل السلع',
  'تركيا تخفض الرسوم الجمركية على واردات من العراق',
  'البورصة المصرية ترتفع بدعم من مشتريات المستثمرين الأتراك',
  'العراق وتركيا يفتتحان منفذا حدوديا جديدا لنقل البضائع',
  'إيران تعرض على العراق تزويده بالغاز لمحطات الكهرباء',
];
const VARIANTS = [
  '',
  ' رسميا',
  ' اليوم',
  ' وفق مصادر مطلعة',
  ' حسب وكالة الأنباء الرسمية',
  ' في بيان مشترك',
  ' خلال اجتماع موسع',
  ' بحسب مسؤولين',
  ' وسط ترقب الأسواق',
  ' بعد مفاوضات مطولة',
];

/** `count` near-duplicate items over `stories` stories, dated over the last `spreadHours` hours. */
export function nearDuplicateItems(
  count: number,
  guidPrefix: string,
  { stories = STORIES.length, spreadHours = 20 } = {},
): RssItem[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, n) => {
    const story = STORIES[n % stories]!;
    const variant = VARIANTS[Math.floor(n / stories) % VARIANTS.length]!;
    const title = `${n % 7 === 0 ? 'عاجل: ' : ''}${story}${variant}`;
    return {
      guid: `${guidPrefix}-${n}`,
      title,
      description: `<p>${story}. وقال المسؤولون إن الخطوة تأتي في إطار تعزيز العلاقات الاقتصادية.</p>`,
      pubDate: new Date(now - Math.floor((n / count) * spreadHours * 3_600_000)),
    };
  }).toReversed();
}

/**
 * A feed of distinct Arabic stories (the demo's generator) filling about `targetBytes`: the 10 MB push. Leads are
 * clipped so that the document holds the item count of the report (~18,500 in 10 MB).
 */
export function largeFeed(targetBytes: number, guidPrefix: string): { document: string; items: number } {
  const items: RssItem[] = [];
  let size = 200;
  for (let n = 0; ; n++) {
    const { item } = demoStory(n, guidPrefix);
    const next: RssItem = {
      guid: `${guidPrefix}-${n}`,
      title: item.title,
      description: `<p>${item.summary.slice(0, 90)}</p>`,
      pubDate: new Date(Date.now() - n * 1_000),
    };
    const bytes = Buffer.byteLength(rssItem(next));
    if (size + bytes > targetBytes) break;
    size += bytes;
    items.push(next);
  }
  return { document: rssDocument(items, 'وكالة كبيرة'), items: items.length };
}

/**
 * A wire agency on a loopback address: `/doc/<name>` serves a document set with `serve`, `/slow/<name>` answers
 * 200 and then drips one byte every `dripMs` without ever finishing (a slow-loris feed), anything else is 404.
 */
export class FeedHost {
  private server: Server | null = null;
  private readonly documents = new Map<string, { body: Buffer; type: string }>();
  private readonly sockets = new Set<Socket>();
  private readonly drips = new Set<NodeJS.Timeout>();
  /** Slow feeds being dripped to right now. */
  slowOpen = 0;
  /** Requests per path, and when each path was first asked for (Date.now()). */
  readonly hits = new Map<string, number>();
  readonly firstHit = new Map<string, number>();
  port = 0;

  constructor(
    readonly host = '127.0.0.1',
    private readonly dripMs = 2_000,
  ) {}

  url(path: string): string {
    return `http://${this.host}:${this.port}${path}`;
  }

  serve(name: string, body: string | Buffer, type = 'application/rss+xml; charset=utf-8'): string {
    this.documents.set(name, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type });
    return this.url(`/doc/${name}`);
  }

  async start(): Promise<this> {
    this.server = createServer((incoming, response) => {
      const path = new URL(incoming.url ?? '/', 'http://x').pathname;
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      if (!this.firstHit.has(path)) this.firstHit.set(path, Date.now());
      const document = path.startsWith('/doc/') ? this.documents.get(path.slice(5)) : undefined;
      if (document) {
        response.writeHead(200, { 'content-type': document.type, 'content-length': document.body.length });
        response.end(document.body);
        return;
      }
      if (path.startsWith('/slow/')) {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>');
        this.slowOpen++;
        const drip = setInterval(() => response.write(' '), this.dripMs);
        this.drips.add(drip);
        response.on('close', () => {
          clearInterval(drip);
          this.drips.delete(drip);
          this.slowOpen--;
        });
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, this.host, resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  async stop(): Promise<void> {
    for (const drip of this.drips) clearInterval(drip);
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
