/**
 * The page for `/` with the queue's first glance in it (src/shared/first-glance.ts): for a signed-in user, the
 * first rows of the default view, rendered by the client's server-side build into `#root`, so that the
 * headlines are on screen as soon as the HTML and its stylesheet are, not after the desk's JavaScript has
 * loaded, started and asked for them (issue 14's first rows). The desk replaces it when it first renders.
 *
 * Anything that keeps the glance from being rendered (no such build, no session, a failed read) sends the
 * plain page instead: the glance is a head start, never a condition of the page.
 */
import { stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FIRST_GLANCE_ROWS, type RenderFirstGlance } from '#shared/first-glance.ts';
import { parseSearch } from '#shared/query-string.ts';
import { validateFilters } from '#shared/queue-page.ts';
import { ItemListQuerySchema, type ItemFilters } from '#shared/schemas/items.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import type { AppContext } from '../context.ts';
import { listSourceNames } from '../modules/feeds/repository.ts';
import { SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { listItems } from '../modules/items/service.ts';
import { resolvePrincipal } from './principal.ts';
import type { ConcurrencyGate } from './rate-limit.ts';

/** Where the client's build puts the renderer: a directory inside the served one, never served (app.ts). */
export const SERVER_RENDER_DIR = 'ssr';
const FIRST_GLANCE_MODULE = join(SERVER_RENDER_DIR, 'first-glance.js');

/** What the built page has in place of the glance and the language (index.html; a page without them is sent as it is). */
const EMPTY_ROOT = '<div id="root"></div>';
const DEFAULT_HTML_TAG = '<html lang="ar" dir="rtl">';

/**
 * The queue's view that a request for the page names, read as the desk reads its address (an invalid filter is
 * dropped, as there), or null when the path is not the queue's `/`.
 */
export function queueViewOf(url: string): ItemFilters | null {
  const query = url.indexOf('?');
  if ((query < 0 ? url : url.slice(0, query)) !== '/') return null;
  return validateFilters(parseSearch(query < 0 ? '' : url.slice(query)));
}

/** A file read again only when it changed: the served directory may be rebuilt while the server runs. */
function whenChanged<T>(path: string, load: (path: string, version: number) => Promise<T>) {
  let cached: { version: number; value: Promise<T> } | null = null;
  return async (): Promise<T> => {
    const version = (await stat(path)).mtimeMs;
    if (cached?.version !== version) {
      const value = load(path, version);
      cached = { version, value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  };
}

export interface FirstGlanceOptions {
  ctx: AppContext;
  staticDir: string;
  /** Heavy reads are queued per user (route.ts): a user reloading `/` queues behind their own list reads. */
  gate: ConcurrencyGate;
}

/** The page for a `GET /` request: with the glance when it can be made, else null (send the plain page). */
export function firstGlancePage({ ctx, staticDir, gate }: FirstGlanceOptions) {
  const template = whenChanged(join(staticDir, 'index.html'), (path) => readFile(path, 'utf8'));
  const rendererPath = join(staticDir, FIRST_GLANCE_MODULE);
  // The version in the address makes a rebuilt renderer a new module (an import is otherwise cached for good).
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

  return async (request: FastifyRequest): Promise<string | null> => {
    const view = queueViewOf(request.url);
    // A search is the desk's to run, under the search allowance (route.ts); so is any other page than `/`.
    if (view === null || view.q || !request.cookies[SESSION_COOKIE]) return null;
    const principal = await resolvePrincipal(ctx, request);
    if (principal.kind !== 'user' || principal.user.mustChangePassword) return null;
    const { locale, digits } = principal.user;
    const firstPage = ItemListQuerySchema.parse({ ...view, sort: 'newest', limit: FIRST_GLANCE_ROWS });
    const [page, sourceNames, html, renderFirstGlance] = await Promise.all([
      gate.run(`user:${principal.user.id}`, () => listItems(ctx, principal, firstPage)),
      locale === 'en' ? listSourceNames(ctx.database.db) : [],
      template(),
      renderer(),
    ]);
    // A page built otherwise (without these markers) is sent as it is: the glance needs both.
    if (!renderFirstGlance || !html.includes(EMPTY_ROOT) || !html.includes(DEFAULT_HTML_TAG)) return null;
    const glance = await renderFirstGlance({
      items: page.items,
      locale,
      digits,
      now: ctx.now(),
      sourceNames,
    });
    return html
      .replace(DEFAULT_HTML_TAG, `<html lang="${locale}" dir="${directionOfLanguage(locale)}">`)
      .replace(EMPTY_ROOT, () => `<div id="root">${glance}</div>`);
  };
}

/** Answers `GET /` with the glance when there is one; `plain` sends the page as built. */
export function registerFirstGlance(
  app: FastifyInstance,
  options: FirstGlanceOptions,
  plain: (reply: FastifyReply) => unknown,
): void {
  const pageFor = firstGlancePage(options);
  app.get('/', async (request, reply) => {
    const page = await pageFor(request).catch((error: unknown) => {
      request.log.warn({ err: error }, 'first glance not rendered');
      return null;
    });
    if (page === null) return plain(reply);
    // The rows are this user's: never cached for anyone else, nor kept on a shared computer.
    return reply
      .header('cache-control', 'private, no-store')
      .header('vary', 'cookie')
      .type('text/html; charset=utf-8')
      .send(page);
  });
}
