/**
 * The DOM thread (see dom-thread.ts): jsdom and DOMPurify live here, so that the server's event loop never
 * loads them (~650 ms and ~90 MB, once) nor runs them (milliseconds a body). Each request is answered with the
 * string the synchronous function gives on any thread.
 */
import { sanitizeStoryBody } from '../modules/stories/story-body.ts';
import type { DomJob } from './dom-thread.ts';
import { domTools } from './html-dom.ts';
import { htmlToText } from './html-to-text.ts';
import { sanitizeBodyHtml } from './sanitize.ts';
import { answerRequests } from './worker-thread.ts';

function answer(job: DomJob): string {
  switch (job.kind) {
    case 'wire-body':
      return sanitizeBodyHtml(job.html, { baseUrl: job.baseUrl });
    case 'text':
      return htmlToText(job.html);
    case 'story-body':
      return sanitizeStoryBody(job.html, job.language);
    case 'warm':
      domTools();
      return '';
  }
}

answerRequests(answer, (error) => String((error as Error)?.message ?? error));
