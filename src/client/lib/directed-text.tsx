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

/**
 * Names of Latin letters and digits joined by hyphens: F-35, S-400, COVID-19, MH-17, a score of 2-1. A line may
 * break after a hyphen, and in a right-to-left line the half before the break then shows its hyphen on the wrong
 * side ("-F" above "35"): such a name is kept on one line, isolated.
 */
const HYPHENATED_NAME = /[A-Za-z0-9]+(?:[-\u2010\u2011][A-Za-z0-9]+)+/g;
/** Longer runs (identifiers, long slugs) may still break: unbroken, they would run out of a phone's width. */
const LONGEST_KEPT_NAME = 24;

function withHyphenatedNamesKept(prose: string, key: number): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of prose.matchAll(HYPHENATED_NAME)) {
    if (match[0].length > LONGEST_KEPT_NAME) continue;
    if (match.index > at) parts.push(prose.slice(at, match.index));
    parts.push(
      <bdi key={`${key}.${match.index}`} className="whitespace-nowrap">
        {match[0]}
      </bdi>,
    );
    at = match.index + match[0].length;
  }
  if (parts.length === 0) return prose;
  if (at < prose.length) parts.push(prose.slice(at));
  return parts;
}

/**
 * The text's content for display: controls dropped, embedded runs isolated, hyphenated Latin names kept whole.
 */
export function isolatedText(text: string): ReactNode {
  const runs = splitEmbeddedRuns(neutralizeBidiControls(text));
  if (runs.length === 1 && !runs[0]!.embedded) return withHyphenatedNamesKept(runs[0]!.text, 0);
  return runs.map((run, at) =>
    run.embedded ? <bdi key={at}>{run.text}</bdi> : withHyphenatedNamesKept(run.text, at),
  );
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
