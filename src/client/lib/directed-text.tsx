/**
 * Text shown in its own direction. A headline's direction is its language's (an Arabic headline that opens with
 * "Apple" stays right to left: `dir="auto"` would take the first strong letter and flip it); text without a
 * language (comments, names, notes) takes its dominant script's (`directionOf` in src/shared). Inside, links,
 * addresses, @mentions and file names are isolated (<bdi>) so the writer's punctuation stays where it was, and
 * bidi embedding or override controls are dropped, so nothing can reverse what a reader sees.
 */
import type { ReactNode } from 'react';
import {
  directionOf,
  directionOfLanguage,
  neutralizeBidiControls,
  splitEmbeddedRuns,
  type Direction,
} from '#shared/text/direction.ts';
import { directionOf as directionOfLocale, i18n } from './i18n.ts';

/**
 * The direction to show `text` in: its language's when it has one, else its dominant script's, else `fallback`
 * (by default the UI's direction: a comment of digits only reads as the page around it).
 */
export function textDirection(
  text: string,
  language?: string | null,
  fallback: Direction = directionOfLocale(i18n.language),
): Direction {
  return language ? directionOfLanguage(language) : directionOf(text, fallback);
}

/** The text's content for display: controls dropped, embedded runs isolated. */
export function isolatedText(text: string): ReactNode {
  const runs = splitEmbeddedRuns(neutralizeBidiControls(text));
  if (runs.length === 1 && !runs[0]!.embedded) return runs[0]!.text;
  return runs.map((run, at) => (run.embedded ? <bdi key={at}>{run.text}</bdi> : run.text));
}

/** A text in its own direction, its embedded runs isolated: `<DirectedText text={comment.body} />`. */
export function DirectedText({
  text,
  language,
  fallback,
  as: Element = 'span',
  className,
  id,
}: {
  text: string;
  language?: string | null;
  fallback?: Direction;
  as?: 'span' | 'p' | 'div' | 'h2' | 'h3' | 'dd';
  className?: string;
  id?: string;
}) {
  return (
    <Element
      id={id}
      dir={textDirection(text, language, fallback)}
      lang={language || undefined}
      className={className}
    >
      {isolatedText(text)}
    </Element>
  );
}
