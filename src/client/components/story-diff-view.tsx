import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffBlock, DiffSegment, StoryDiff } from '#client/lib/story-diff.ts';

const FIELDS = ['headline', 'summary', 'body'] as const;

/**
 * A deleted or inserted run. Marked three ways, never by colour alone: the element itself (`<del>`, `<ins>`),
 * strike-through or underline, and words a screen reader says where the change starts and ends.
 */
function Segment({ segment }: { segment: DiffSegment }) {
  const { t } = useTranslation();
  if (segment.kind === 'equal') return <>{segment.text}</>;
  // A changed space alone is not worth announcing; it still shows.
  const spoken = segment.text.trim() !== '';
  if (segment.kind === 'delete') {
    return (
      <del className="rounded-sm bg-rose-100 text-rose-950 decoration-rose-700 decoration-2">
        {spoken ? <span className="sr-only">{t('versions.deletedStart')}</span> : null}
        {segment.text}
        {spoken ? <span className="sr-only">{t('versions.changeEnd')}</span> : null}
      </del>
    );
  }
  return (
    <ins className="rounded-sm bg-emerald-100 text-emerald-950 decoration-emerald-700 decoration-2 underline-offset-4">
      {spoken ? <span className="sr-only">{t('versions.insertedStart')}</span> : null}
      {segment.text}
      {spoken ? <span className="sr-only">{t('versions.changeEnd')}</span> : null}
    </ins>
  );
}

/** One side of one field: its blocks, each laid out by its own direction. */
function Blocks({ blocks, headline, lang }: { blocks: DiffBlock[]; headline: boolean; lang?: string }) {
  const { t } = useTranslation();
  if (blocks.length === 0) return <p className="text-ink-faint">{t('versions.empty')}</p>;
  return (
    <>
      {blocks.map((block, index) => (
        <p
          key={index}
          dir={block.dir}
          lang={lang}
          className={headline ? 'text-base font-semibold leading-relaxed' : 'mb-2 leading-loose last:mb-0'}
        >
          {block.segments.map((segment, at) => (
            <Segment key={at} segment={segment} />
          ))}
        </p>
      ))}
    </>
  );
}

/**
 * Two states of a story side by side, as a table (a screen reader says which version each cell is): the older
 * at the start side, with deletions marked, the newer at the end side, with insertions marked; one row group
 * per field. In Arabic the older version is on the right, where reading starts.
 */
export function StoryDiffView({
  diff,
  beforeLabel,
  afterLabel,
  caption,
  lang,
}: {
  diff: StoryDiff;
  beforeLabel: ReactNode;
  afterLabel: ReactNode;
  caption: string;
  /** The story's language, for the text cells. */
  lang?: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="w-full table-fixed border-collapse text-sm" data-testid="story-diff">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th
            scope="col"
            className="border-b border-surface-line px-3 py-2 text-start align-bottom font-semibold"
          >
            {beforeLabel}
          </th>
          <th
            scope="col"
            className="border-b border-s border-surface-line px-3 py-2 text-start align-bottom font-semibold"
          >
            {afterLabel}
          </th>
        </tr>
      </thead>
      {FIELDS.map((field) => {
        const side = diff[field];
        if (!side.changed && side.before.length === 0) return null;
        return (
          <tbody key={field} data-field={field}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={2}
                className="bg-surface-sunken px-3 py-1 text-start text-xs font-semibold text-ink-soft"
              >
                {t(`versions.fields.${field}`)}
                {side.changed ? null : (
                  <span className="ms-2 font-normal text-ink-faint">({t('versions.unchanged')})</span>
                )}
              </th>
            </tr>
            <tr>
              <td className="px-3 py-2 align-top" data-side="before">
                <Blocks blocks={side.before} headline={field === 'headline'} lang={lang} />
              </td>
              <td className="border-s border-surface-line px-3 py-2 align-top" data-side="after">
                <Blocks blocks={side.after} headline={field === 'headline'} lang={lang} />
              </td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
