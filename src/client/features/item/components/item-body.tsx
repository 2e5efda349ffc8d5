import { useMemo } from 'react';
import { directionOfLanguage } from '#shared/text/direction.ts';
import { sanitizeBody, withBlockDirections } from '#client/lib/sanitize-html.ts';

/**
 * Wire body HTML. The server sanitised it already; it is sanitised again here because it is about to become
 * DOM. The body takes its language's direction and each paragraph its own text's (withBlockDirections), so an
 * Arabic paragraph that opens with a Latin name stays right to left, whatever the UI language.
 */
export function ItemBody({
  html,
  language,
  testId = 'item-body',
}: {
  html: string;
  language: string;
  testId?: string;
}) {
  const base = directionOfLanguage(language);
  const clean = useMemo(() => withBlockDirections(sanitizeBody(html), base), [html, base]);
  if (!clean.trim()) return null;
  return (
    <div
      className="prose-wire text-ink"
      dir={base}
      lang={language || undefined}
      data-testid={testId}
      // oxlint-disable-next-line react/no-danger -- sanitised twice (server, then sanitizeBody)
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
