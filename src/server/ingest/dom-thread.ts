/**
 * Wire HTML made safe and made text without jsdom on the event loop. Most wire copy stays inside the fast path's
 * subset (html-fast-path.ts) and is done here, inline; what needs the real parser (a `<div>`, a comment, an
 * unusual reference) goes to the DOM thread (dom-worker.ts). Loading jsdom on the main thread held every request
 * and every screen for 1–4 s at the first such body after a start, and each body after it for milliseconds.
 * The answers are the synchronous functions' own (sanitizeBodyHtml, htmlToText), computed on the other thread.
 */
import { entitiesAsHtml, htmlToTextWithoutDom, rememberText } from './html-to-text.ts';
import { sanitizeBodyHtmlWithoutDom } from './sanitize.ts';
import { WorkerThread } from './worker-thread.ts';

/** What the DOM thread is asked. */
export type DomJob =
  | { kind: 'wire-body'; html: string; baseUrl: string | null }
  | { kind: 'text'; html: string }
  | { kind: 'story-body'; html: string; language: string }
  | { kind: 'warm' };

/**
 * How long the DOM thread stays without a request before it is stopped: jsdom there holds about 110 MB, given
 * back on a quiet desk (a server start holds none); the next request waits about a second on the thread for
 * it to start again, while the event loop serves everyone.
 */
export const DOM_THREAD_IDLE_MS = 10 * 60_000;

const domThread = new WorkerThread<DomJob, string, string>(
  'dom-worker',
  (message) => new Error(message),
  DOM_THREAD_IDLE_MS,
);

/** sanitizeBodyHtml, with DOMPurify's part on the DOM thread. */
export async function sanitizedWireBody(html: string, baseUrl: string | null): Promise<string> {
  return sanitizeBodyHtmlWithoutDom(html, { baseUrl }) ?? domThread.ask({ kind: 'wire-body', html, baseUrl });
}

/**
 * htmlToText, with the real parser's part on the DOM thread; a text made there is remembered (rememberText),
 * so that htmlToText of the same HTML on this thread finds it rather than use a DOM.
 */
export async function textOfHtml(html: string): Promise<string> {
  const fast = htmlToTextWithoutDom(html);
  if (fast !== null) return fast;
  const text = await domThread.ask({ kind: 'text', html });
  rememberText(html, text);
  return text;
}

/** decodeEntities (references in plain text), with the real parser's part on the DOM thread. */
export async function decodedText(text: string): Promise<string> {
  return text.includes('&') ? textOfHtml(entitiesAsHtml(text)) : text;
}

/** sanitizeStoryBody (an editor's story as stored), on the DOM thread: it always needs the DOM. */
export function sanitizedStoryBody(html: string, language: string): Promise<string> {
  return domThread.ask({ kind: 'story-body', html, language });
}

/**
 * Starts the DOM thread and has it load jsdom, if it is not running: asked when an editor takes a story in hand,
 * so that their first save does not wait the second or so that takes (long enough, on a busy machine, for the
 * editor's draft timer to fire while the save is on its way).
 */
export function warmDomThread(): void {
  domThread.ask({ kind: 'warm' }).catch(() => undefined);
}
