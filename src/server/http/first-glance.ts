/**
 * The page for `/` with the queue's first glance in it (src/shared/first-glance.ts): for a signed-in user, the
 * first rows of the view the address names, rendered by the client's server-side build into `#root`, so that
 * the headlines are on screen as soon as the HTML and its stylesheet are, not after the desk's JavaScript has
 * loaded, started and asked for them (issue 14's first rows). The desk replaces it when it first renders.
 *
 * The glance is a head start, never a condition of the page: anything that keeps it from being ready at once (no
 * such build, no session, a read (in turn with the user's other heavy reads) and render slower than its budget
 * (FIRST_GLANCE_BUDGET_MS), a failure) sends the page as built instead.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FIRST_GLANCE_ROWS, type RenderFirstGlance } from '#shared/first-glance.ts';
import { parseSearch } from '#shared/query-string.ts';
import { validateFilters } from '#shared/queue-page.ts';
import { ItemListQuerySchema, type ItemFilters } from '#shared/schemas/items.ts';
import { withoutControlsDeep } from '#shared/text/control-characters.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import type { AppContext } from '../context.ts';
import { SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { listSourceNames } from '../modules/feeds/repository.ts';
import { listItems } from '../modules/items/service.ts';
import { resolvePrincipal } from './principal.ts';
import type { ConcurrencyGate, RateLimiter } from './rate-limit.ts';

/** Where the client's build puts the renderer: a directory inside the served one, never served (app.ts). */
export const SERVER_RENDER_DIR = 'ssr';
const FIRST_GLANCE_MODULE = join(SERVER_RENDER_DIR, 'first-glance.js');

/** What the built page has in place of the glance and the language (a page without them is sent as it is). */
const EMPTY_ROOT = '<div id="root"></div>';
const DEFAULT_HTML_TAG = '<html lang="ar" dir="rtl">';

/** Longer addresses are not read for a view (any view the desk makes is far shorter): the page as built. */
const MAX_VIEW_URL = 2_048;

/**
 * The queue's view that a request for the page names, read as the desk reads its address (an invalid filter is
 * dropped, as there; control characters are dropped, as the API does), or null when the path is not the
 * queue's `/` or the address is too long to be one of its views.
 */
export function queueViewOf(url: string): ItemFilters | null {
  if (url.length > MAX_VIEW_URL) return null;
  const query = url.indexOf('?');
  if ((query < 0 ? url : url.slice(0, query)) !== '/') return null;
  return validateFilters(
    withoutControlsDeep(parseSearch(query < 0 ? '' : url.slice(query))) as Record<string, unknown>,
  );
}

/**
 * A file read again only when it changed: the served directory may be rebuilt while the server runs. Known by
 * its inode, size and time, so a file replaced by a rename (as the build does) is always a new version.
 */
function whenChanged<T>(path: string, load: (path: string, version: string) => Promise<T>) {
  let cached: { version: string; value: Promise<T> } | null = null;
  return async (): Promise<T> => {
    const { ino, size, mtimeMs } = await stat(path);
    const version = `${ino}-${size}-${mtimeMs}`;
    if (cached?.version !== version) {
      const entry = { version, value: load(path, version) };
      cached = entry;
      // A failed load is tried again at the next request (unless a newer version came meanwhile).
      entry.value.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    return cached.value;
  };
}

export interface FirstGlanceOptions {
  ctx: AppContext;
  staticDir: string;
  /** Heavy reads run per user (route.ts): the glance's read takes its turn with the user's others. */
  gate: ConcurrencyGate;
  /** A session cookie that names nobody is charged to the anonymous allowance, as on the API. */
  limiter: RateLimiter;
  /**
   * How long the page waits for its glance (the read and the render). A page's first byte is worth more than
   * its glance: past this, the page as built goes out and the desk reads its rows itself.
   */
  budgetMs: number;
}

/** The page for a `GET /` request: with the glance when it can be made at once, else null (the page as built). */
export function firstGlancePage({ ctx, staticDir, gate, limiter, budgetMs }: FirstGlanceOptions) {
  const template = whenChanged(join(staticDir, 'index.html'), (path) => readFile(path, 'utf8'));
  const rendererPath = join(staticDir, FIRST_GLANCE_MODULE);
  // The version in the address makes a rebuilt renderer a new module (an import is otherwise cached for good,
  // its failures included).
  const load = whenChanged(rendererPath, async (path, version) => {
    const module = (await import(`${pathToFileURL(path).href}?v=${version}`)) as {
      renderFirstGlance: RenderFirstGlance;
    };
    return module.renderFirstGlance;
  });
  // A build without the renderer (an older one, or the server alone) is said once, not at every page.
  let missingTold = false;
  const renderer = () =>
    load().catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      if (!missingTold)
        ctx.log.info(`no first glance: ${rendererPath} is not built; the page is sent as built`);
      missingTold = true;
      return null;
    });

  const glance = async (
    request: FastifyRequest,
    view: ItemFilters,
    budget: { over: boolean },
  ): Promise<string | null> => {
    const principal = await resolvePrincipal(ctx, request);
    if (principal.kind === 'anonymous') limiter.take('anonymous', `ip:${request.ip}`);
    if (principal.kind !== 'user' || principal.user.mustChangePassword) return null;
    const { locale, digits } = principal.user;
    const firstPage = ItemListQuerySchema.parse({ ...view, sort: 'newest', limit: FIRST_GLANCE_ROWS });
    // In turn with the user's own heavy reads (a reload finds the previous page's still running); a turn that
    // comes after the budget is not taken: the page has gone without its glance, and the desk reads its rows.
    const read = gate.run(`user:${principal.user.id}`, async () =>
      budget.over ? null : listItems(ctx, principal, firstPage),
    );
    const [page, sourceNames, html, renderFirstGlance] = await Promise.all([
      read,
      locale === 'en' ? listSourceNames(ctx.database.db) : [],
      template(),
      renderer(),
    ]);
    // A page built otherwise (without these markers) is sent as it is: the glance needs both.
    if (!page || !renderFirstGlance || !html.includes(EMPTY_ROOT) || !html.includes(DEFAULT_HTML_TAG))
      return null;
    const rows = await renderFirstGlance({
      items: page.items,
      locale,
      digits,
      now: ctx.now(),
      sourceNames,
    });
    return html
      .replace(DEFAULT_HTML_TAG, `<html lang="${locale}" dir="${directionOfLanguage(locale)}">`)
      .replace(EMPTY_ROOT, () => `<div id="root">${rows}</div>`);
  };

  return async (request: FastifyRequest): Promise<string | null> => {
    // Cheapest first: no session cookie, no view, or a search (the desk's to run, under the search allowance).
    if (!request.cookies[SESSION_COOKIE]) return null;
    const view = queueViewOf(request.url);
    if (view === null || view.q) return null;
    // Late or failed, it is not waited for; a failure is logged, never thrown at the page.
    const budget = { over: false };
    const made = glance(request, view, budget).catch((error: unknown) => {
      request.log.warn({ err: error }, 'first glance not rendered');
      return null;
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        budget.over = true;
        resolve(null);
      }, budgetMs);
    });
    try {
      return await Promise.race([made, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * The page compressed as the browser accepts it (the page as built is sent pre-compressed; this one is made per
 * request: some 60 KB of rows that compress to a tenth, in a millisecond or two).
 */
function encoded(page: string, acceptEncoding: string): { encoding: 'br' | 'gzip' | null; body: Buffer } {
  const accepts = (coding: string) =>
    acceptEncoding.split(',').some((entry) => {
      const [name, ...parameters] = entry.trim().split(';');
      return name === coding && !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
    });
  const body = Buffer.from(page);
  if (accepts('br'))
    return {
      encoding: 'br',
      body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
    };
  if (accepts('gzip')) return { encoding: 'gzip', body: gzipSync(body, { level: 6 }) };
  return { encoding: null, body };
}

/** Answers `GET /` with the glance when there is one; `plain` sends the page as built. */
export function registerFirstGlance(
  app: FastifyInstance,
  options: FirstGlanceOptions,
  plain: (reply: FastifyReply) => unknown,
): void {
  const pageFor = firstGlancePage(options);
  // HEAD asks for the headers only: the static page's (no read, no render).
  app.get('/', { exposeHeadRoute: false }, async (request, reply) => {
    const page = await pageFor(request);
    if (page === null) return plain(reply);
    const { encoding, body } = encoded(page, request.headers['accept-encoding'] ?? '');
    if (encoding) reply.header('content-encoding', encoding);
    // The rows are this user's: never cached for anyone else, nor kept on a shared computer.
    return reply
      .header('cache-control', 'private, no-store')
      .header('vary', 'cookie, accept-encoding')
      .type('text/html; charset=utf-8')
      .send(body);
  });
}
