/**
 * Editor benchmark: the article editor (src/client/features/editor) in Debian's Chromium against the built server
 * and client, on a 5,000-word Arabic story. Measures
 * - the editor's JavaScript, gzipped: the scripts a client-side visit to /items/:id/edit fetches that the queue
 *   did not (and that the queue never fetches: the editor loads only when editing), and the initial JS beside it;
 * - the time to open the editor on the story (from the navigation to the editable text on screen), the first
 *   time (the editor's code is fetched) and again (median of 5);
 * - keystroke-to-paint while typing in the middle of the story: from each keydown to the next animation frame
 *   after its input event (p50, p95, max; target p95 < 16 ms, one frame at 60 Hz);
 * - the autosave round trip: PUT …/draft as the editor sends it while typing, timed by the browser, and the same
 *   request with the whole story from Node.
 * Figures are printed and written to bench/results/editor.json, never asserted.
 *
 * Run: npx tsx bench/editor.ts   (builds dist/ and dist-server/ first when they are stale)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { FULL_BROWSER } from '../src/test-support/browsers.ts';
import { ApiUser } from '../src/test-support/api-user.ts';
import { DEMO_PASSWORD, DemoServer, ROOT } from '../src/test-support/server-process.ts';
import { percentile, report } from './support.ts';

const RUNS = 5;
const KEYSTROKES = 300;
const WORDS = 5_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const ms = (value: number) => Math.round(value * 10) / 10;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipOf = (path: string) => gzipSync(readFileSync(join(ROOT, 'dist', path)), { level: 9 }).length;

/** A story of about WORDS words: paragraphs of Arabic news prose, a Latin name here and there, a list, a quote. */
function longStory(): string {
  const sentence =
    'قالت وزارة الطاقة في بيان إن الاتفاقية الجديدة تشمل بناء خط أنابيب للغاز بطول خمسمئة كيلومتر يربط الحقول الشمالية بالموانئ ';
  const perSentence = sentence.trim().split(/\s+/).length;
  const paragraphs: string[] = [];
  let words = 0;
  for (let n = 0; words < WORDS; n++) {
    const text = `${n % 7 === 0 ? 'Gazprom ' : ''}${sentence.repeat(5)}`.trim();
    words += perSentence * 5 + (n % 7 === 0 ? 1 : 0);
    if (n % 12 === 5) paragraphs.push(`<h2>عنوان فرعي رقم ${n}</h2>`);
    paragraphs.push(n % 17 === 9 ? `<ul><li>${text}</li></ul>` : `<p>${text}</p>`);
  }
  return paragraphs.join('');
}

/** The initial JS: the entry and its modulepreloads, as index.html names them. */
function initialJs(): number {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const paths = new Set(
    [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!),
  );
  return [...paths].reduce((sum, path) => sum + gzipOf(path), 0);
}

/** Goes to a path inside the app without a reload (the router follows history), as a click on a link does. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(history.state, '', href);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
}

/** The editor, editable, with the story's text on screen. */
const EDITOR_READY =
  '[data-testid=story-editor][data-mode=editing] [data-testid=story-body][contenteditable=true] h2';

/** From a client-side navigation to the editor to its editable text on screen (ms, in the page's clock). */
async function openEditor(page: Page, storyId: number): Promise<number> {
  return page.evaluate(
    async ({ id, READY }) => {
      const started = performance.now();
      history.pushState(history.state, '', `/items/${id}/edit`);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      const ready = () => document.querySelector(READY) !== null;
      await new Promise<void>((done) => {
        if (ready()) return done();
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      return new Promise<number>((done) => requestAnimationFrame(() => done(performance.now() - started)));
    },
    { id: storyId, READY: EDITOR_READY },
  );
}

interface KeystrokeWindow {
  keystrokes: { toFrame: number[]; work: number[] };
}

/**
 * Runs in the page: for each key typed into `selector`, two figures.
 * - `toFrame`: keydown → the next animation frame after its input event. It includes the wait for the display's
 *   next frame (0 to 16.7 ms at 60 Hz, half a frame on average) however little the page does, which is why the
 *   plain <textarea> is measured the same way beside it.
 * - `work`: keydown → the input handled (the editor's transaction applied to the DOM, measured after the input
 *   event's own handlers and microtasks) plus the rendering of the frame that shows it (from its animation-frame
 *   callbacks to the first task after them): what the page itself spends, to be under one frame.
 */
function measureKeystrokes(selector: string): void {
  const record: KeystrokeWindow['keystrokes'] = { toFrame: [], work: [] };
  (window as unknown as KeystrokeWindow).keystrokes = record;
  const target = document.querySelector(selector)!;
  let pressed: number | null = null;
  target.addEventListener('keydown', (event) => (pressed = event.timeStamp), true);
  target.addEventListener('input', () => {
    const start = pressed;
    pressed = null;
    if (start === null) return;
    queueMicrotask(() => {
      const handled = performance.now() - start;
      requestAnimationFrame(() => {
        const frame = performance.now();
        record.toFrame.push(frame - start);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record.work.push(handled + (performance.now() - frame));
        channel.port2.postMessage(null);
      });
    });
  });
}

spawnSync('node', ['scripts/build.mjs', '--if-stale', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
const server = new DemoServer();
await server.start();
const browser = await chromium.launch({
  executablePath: FULL_BROWSER,
  args: CHROMIUM_ARGS,
});
try {
  const admin = await ApiUser.login(server.url, 'admin');
  const editorApi = await ApiUser.login(server.url, 'editor');
  await editorApi.setLocale('ar');
  const html = longStory();
  const story = await admin.ingest({ headline: 'اتفاقية طاقة طويلة للقياس', body: html, language: 'ar' });

  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // tsx compiles with keepNames: functions sent to page.evaluate call its __name helper, absent in the page.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/login');
  await page.locator('#username').fill('editor');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.locator('[data-testid=queue-row]').first().waitFor();
  await page.locator('[data-testid=connection-status][data-status=live]').waitFor();
  const queueScripts = new Set(scripts);

  // Opening the editor: the first time fetches its code, then the page's own cache keeps it.
  const first = await openEditor(page, story.id);
  const editorScripts = [...new Set(scripts)].filter((path) => !queueScripts.has(path));
  const editorChunk = editorScripts.reduce((sum, path) => sum + gzipOf(path), 0);
  const again: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await navigate(page, '/');
    await page.locator('[data-testid=queue-row]').first().waitFor();
    again.push(await openEditor(page, story.id));
  }

  // Typing in the middle of the story, then the same keys in a plain <textarea> on the same page (the floor).
  const drafts: number[] = [];
  page.on('requestfinished', (request) => {
    if (request.method() === 'PUT' && request.url().endsWith('/draft'))
      drafts.push(request.timing().responseEnd);
  });
  const text = 'the quick brown fox jumps over the lazy dog '
    .repeat(Math.ceil(KEYSTROKES / 44))
    .slice(0, KEYSTROKES);
  await page.evaluate(measureKeystrokes, '[data-testid=story-body]');
  await page.locator('[data-testid=story-body] p').nth(25).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 25 });
  await page.locator('[data-testid=autosave-status][data-state=saved]').waitFor({ timeout: 30_000 });
  const editorKeys = await page.evaluate(() => (window as unknown as KeystrokeWindow).keystrokes);
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'bench-floor';
    area.style.cssText =
      'position:fixed;inset-block-start:0;inset-inline-start:0;inline-size:40rem;block-size:20rem';
    document.body.append(area);
  });
  await page.evaluate(measureKeystrokes, '#bench-floor');
  await page.locator('#bench-floor').click();
  await page.keyboard.type(text, { delay: 25 });
  const floorKeys = await page.evaluate(() => (window as unknown as KeystrokeWindow).keystrokes);
  const keys = sorted(editorKeys.toFrame);
  const floor = sorted(floorKeys.toFrame);
  const work = sorted(editorKeys.work);
  const floorWork = sorted(floorKeys.work);

  // The same PUT from Node, with the whole story as the draft's body.
  const direct: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await editorApi.context.put(`/api/items/${story.id}/draft`, {
      data: { tabId: editorApi.tab, baseVersion: story.version, fields: { body: `${html}<p>${run}</p>` } },
      headers: { 'x-csrf-token': editorApi.csrfToken },
    });
    if (!response.ok()) throw new Error(`draft: ${response.status()}`);
    await response.body();
    direct.push(performance.now() - started);
  }
  await context.close();
  await admin.dispose();
  await editorApi.dispose();

  const words = html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  report('editor', [
    {
      measure: 'story length (words / characters of HTML)',
      value: `${words} / ${html.length}`,
      target: '5000 words',
    },
    {
      measure: `editor JS, gzip (KB; ${editorScripts.length} files fetched on opening it, none by the queue)`,
      value: kb(editorChunk),
      target: 'only when editing',
    },
    {
      measure: 'editor scripts the queue fetched before anyone edited',
      value: editorScripts.filter((path) => queueScripts.has(path)).length,
      target: '0',
    },
    { measure: 'initial JS, gzip (KB; entry + modulepreloads)', value: kb(initialJs()), target: '<= 200' },
    { measure: 'open the editor on the story, first time (ms; code fetched)', value: ms(first), target: '' },
    {
      measure: `open the editor on the story again (ms, median of ${RUNS})`,
      value: `${ms(median(again))} (min ${ms(Math.min(...again))}, max ${ms(Math.max(...again))})`,
      target: '',
    },
    {
      measure: `keystroke → next frame while typing in the story (ms; ${keys.length} keys) p50 / p95 / max`,
      value: `${ms(percentile(keys, 50))} / ${ms(percentile(keys, 95))} / ${ms(keys.at(-1) ?? Number.NaN)}`,
      target: `floor: ${ms(percentile(floor, 50))} / ${ms(percentile(floor, 95))} / ${ms(floor.at(-1) ?? Number.NaN)}`,
    },
    {
      measure: 'the same, p95 as a ratio of a plain <textarea> on the same page (the floor)',
      value: (percentile(keys, 95) / percentile(floor, 95)).toFixed(2),
      target: '',
    },
    {
      measure: `keystroke's work: keydown → text applied and the frame rendered (ms) p50 / p95 / max`,
      value: `${ms(percentile(work, 50))} / ${ms(percentile(work, 95))} / ${ms(work.at(-1) ?? Number.NaN)}`,
      target: `p95 < 16 (floor ${ms(percentile(floorWork, 95))})`,
    },
    {
      measure: `autosave PUT …/draft from the browser while typing (ms; ${drafts.length} saves) median / max`,
      value: drafts.length ? `${ms(median(drafts))} / ${ms(Math.max(...drafts))}` : 'none',
      target: '',
    },
    {
      measure: `PUT …/draft with the whole story from Node (ms, median of ${RUNS})`,
      value: `${ms(median(direct))} (min ${ms(Math.min(...direct))}, max ${ms(Math.max(...direct))})`,
      target: '',
    },
  ]);
} finally {
  await browser.close();
  await server.dispose();
}
