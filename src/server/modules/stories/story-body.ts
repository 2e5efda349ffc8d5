/**
 * A story's body as the server stores it: only the story elements of the shared policy (the editor's schema is
 * built from the same list), links made safe, then the shared normalisation (no lists inside paragraphs, no
 * empty paragraphs, no no-break-space runs, each block's direction from its own text). What the editor sends
 * is already in this form; anything else (a script, an image, a table, pasted styles) is removed here too.
 */
import type { Config } from 'dompurify';
import { normalizeStoryDom } from '#shared/editorial/story-html.ts';
import {
  allowedUrl,
  PURIFY_ATTRIBUTE_RULES,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  STORY_ATTRIBUTES,
  STORY_ELEMENTS,
} from '#shared/html-policy.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import { domTools } from '../../ingest/html-dom.ts';

const STORY_CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS: [...STORY_ELEMENTS],
  ALLOWED_ATTR: [...STORY_ATTRIBUTES],
  ...PURIFY_ATTRIBUTE_RULES,
  // Elements outside the story's language keep their text (a pasted <div> or <span>), except these.
  FORBID_CONTENTS: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'svg',
    'math',
    'head',
    'title',
  ],
  RETURN_DOM: true,
};

/** Sanitised, normalised story HTML; `language` gives the direction of blocks without letters. */
export function sanitizeStoryBody(html: string, language: string): string {
  if (!html.trim()) return '';
  const body = domTools().purify.sanitize(html, STORY_CONFIG) as Element | null;
  if (!body) return '';
  try {
    for (const link of body.querySelectorAll('a')) {
      const href = link.getAttribute('href');
      const safe = href === null ? null : allowedUrl(href, LINK_SCHEMES);
      if (safe === null) {
        link.replaceWith(...link.childNodes);
        continue;
      }
      link.setAttribute('href', safe);
      link.setAttribute('target', LINK_ATTRIBUTES.target);
      link.setAttribute('rel', LINK_ATTRIBUTES.rel);
    }
    normalizeStoryDom(body, directionOfLanguage(language));
    return body.innerHTML;
  } finally {
    body.replaceChildren();
  }
}
