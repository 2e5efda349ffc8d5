import DOMPurify from 'dompurify';
import { useMemo } from 'react';

// Links in wire copy open outside the app and cannot reach back into it.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Wire body HTML. The server sanitised it already; it is sanitised again here because it is about to become
 * DOM. `dir="auto"` lays each text out by its first strong character, so Arabic runs right to left and
 * Latin-script copy left to right, whatever the UI language.
 */
export function ItemBody({ html, language }: { html: string; language: string }) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        ALLOWED_ATTR: ['href', 'dir', 'lang', 'title', 'alt', 'src', 'colspan', 'rowspan', 'target', 'rel'],
        FORBID_TAGS: ['style', 'script', 'iframe', 'form', 'input', 'button'],
      }),
    [html],
  );
  if (!clean.trim()) return null;
  return (
    <div
      className="prose-wire text-ink"
      dir="auto"
      lang={language || undefined}
      data-testid="item-body"
      // oxlint-disable-next-line react/no-danger -- sanitised twice (server, then DOMPurify above)
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
