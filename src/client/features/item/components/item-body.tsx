import { useMemo } from 'react';
import { sanitizeBody } from '#client/lib/sanitize-html.ts';

/**
 * Wire body HTML. The server sanitised it already; it is sanitised again here because it is about to become
 * DOM. `dir="auto"` lays each text out by its first strong character, so Arabic runs right to left and
 * Latin-script copy left to right, whatever the UI language.
 */
export function ItemBody({ html, language }: { html: string; language: string }) {
  const clean = useMemo(() => sanitizeBody(html), [html]);
  if (!clean.trim()) return null;
  return (
    <div
      className="prose-wire text-ink"
      dir="auto"
      lang={language || undefined}
      data-testid="item-body"
      // oxlint-disable-next-line react/no-danger -- sanitised twice (server, then sanitizeBody)
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
