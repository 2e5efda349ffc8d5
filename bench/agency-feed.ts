/**
 * A realistic agency RSS feed for the ingest benchmarks: Arabic copy from the demo stories, several paragraphs a
 * body, and the markup wire copy really carries: a link in about half the items (absolute, some relative to the
 * item's page, now and then a mailto or a raw `&` in a query), lead lines in bold, lists, images (bare or in a
 * figure with a caption), and tables of figures. Three quarters of the bodies are escaped in <description>, the rest in CDATA
 * <content:encoded>, as agencies differ. Deterministic: the same count gives the same bytes.
 */
import { demoStory } from '../src/server/demo/content.ts';

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const paragraphsOf = (n: number): string[] => {
  const { item } = demoStory(n, 'bench');
  return [item.summary, ...[...item.bodyHtml.matchAll(/<p dir="rtl">(.*?)<\/p>/g)].map((m) => m[1]!)];
};

function link(random: () => number, n: number, words: string): string {
  const roll = random();
  if (roll < 0.75) return `<a href="https://www.agency.example/ar/news/${n}" target="_blank">${words}</a>`;
  if (roll < 0.88) return `<a href="/ar/news/${n}">${words}</a>`;
  if (roll < 0.95) return `<a href="https://www.agency.example/search?q=${n}&amp;lang=ar">${words}</a>`;
  return `<a href="mailto:desk@agency.example">${words}</a>`;
}

/** One body: paragraphs with the markup mix described in the module comment. */
export function agencyBody(n: number, random: () => number): string {
  const paragraphs = [...paragraphsOf(n).slice(1), ...paragraphsOf(n + 101), ...paragraphsOf(n + 211)];
  const count = 1 + Math.floor(random() * 2);
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    const text = paragraphs[k % paragraphs.length]!;
    parts.push(
      k === 0 && random() < 0.4
        ? `<p dir="rtl"><strong>أستانا (وكالة) –</strong> ${text}</p>`
        : `<p dir="rtl">${text}</p>`,
    );
  }
  if (random() < 0.5) {
    const related = demoStory(n + 17, 'bench').item.title;
    const at = Math.floor(random() * parts.length);
    parts.splice(at + 1, 0, `<p dir="rtl">اقرأ أيضاً: ${link(random, n + 17, related)}</p>`);
  }
  if (random() < 0.15) {
    const items = paragraphsOf(n + 5)
      .slice(0, 3)
      .map((text) => `<li>${text.split(' ').slice(0, 8).join(' ')}</li>`);
    parts.splice(1, 0, `<ul>\n${items.join('\n')}\n</ul>`);
  }
  if (random() < 0.2) {
    const caption = demoStory(n, 'bench').item.title;
    parts.splice(
      1,
      0,
      random() < 0.5
        ? `<p><img src="https://media.agency.example/2025/06/${n}.jpg" alt="${caption}" width="800" height="450"></p>`
        : `<figure><img src="https://media.agency.example/2025/06/${n}.jpg" alt="${caption}"><figcaption>${caption}</figcaption></figure>`,
    );
  }
  if (random() < 0.08) {
    const rows = ['كازاخستان', 'أوزبكستان', 'قرغيزستان']
      .map((country, i) => `<tr><td>${country}</td><td>${(3.5 + i).toFixed(1)}٪</td></tr>`)
      .join('');
    parts.push(`<table><thead><tr><th>البلد</th><th>النمو</th></tr></thead><tbody>${rows}</tbody></table>`);
  }
  return parts.join('\n');
}

/** The feed document: `count` items, newest first, as an agency's RSS 2.0 export. */
export function agencyFeed(count: number): Buffer {
  const random = rng(20_250_610);
  const items = Array.from({ length: count }, (_, n) => {
    const { item } = demoStory(n, 'bench');
    const body = agencyBody(n, random);
    const minutes = String(n % 60).padStart(2, '0');
    const content =
      n % 4 !== 3
        ? `<description>${escapeXml(body)}</description>`
        : `<description>${escapeXml(item.summary)}</description><content:encoded><![CDATA[${body}]]></content:encoded>`;
    return (
      `<item><guid isPermaLink="false">${item.guid}</guid><title>${escapeXml(item.title)}</title>` +
      `<link>https://www.agency.example/ar/news/${n}</link><pubDate>Tue, 10 Jun 2025 04:${minutes}:00 GMT</pubDate>` +
      `<category>${escapeXml(item.author ?? 'عام')}</category>${content}</item>`
    );
  });
  return Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>وكالة</title><link>https://www.agency.example/</link><language>ar</language>\n${items.join('\n')}\n</channel></rss>\n`,
  );
}
