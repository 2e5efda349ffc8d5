import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { VersionSummary } from '#shared/schemas/stories.ts';
import { mayEdit } from '#shared/workflow.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { formatDateTime, formatList } from '#client/lib/format.ts';
import { useActiveLease } from '#client/lib/lease.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useVersions } from '../api/get-versions.ts';
import { defaultPair } from '../lib/version-facts.ts';
import { CompareDialog } from './compare-dialog.tsx';
import { workflowState } from '#client/lib/workflow-state.ts';

/** How many versions show before "show all": the recent ones are what a desk compares. */
const SHOWN = 5;

/** What kind of version, in words: the agency's copy, an edit, or a restore of an older one. */
function KindLabel({ version, origin }: { version: VersionSummary; origin: Item['origin'] }) {
  const { t } = useTranslation();
  const text =
    version.kind === 'restore'
      ? t('versions.kind.restore', { from: version.restoredFrom ?? '?' })
      : version.kind === 'wire'
        ? version.number === 1 && origin === 'wire'
          ? t('versions.kind.wireOriginal')
          : t('versions.kind.wire')
        : version.number === 1
          ? t('versions.kind.first')
          : null;
  if (!text) return null;
  return (
    <span className="rounded bg-surface-sunken px-1.5 text-[0.7rem] font-medium text-ink-soft ring-1 ring-inset ring-surface-line">
      {text}
    </span>
  );
}

/** "+12 words", "−3 words", "no change in length", in the UI language (numbers through Intl). */
function WordsChange({ version }: { version: VersionSummary }) {
  const { t } = useTranslation();
  if (version.number === 1) return <span>{t('versions.words', { count: version.words })}</span>;
  if (version.wordsDelta > 0) return <span>{t('versions.wordsAdded', { count: version.wordsDelta })}</span>;
  if (version.wordsDelta < 0)
    return <span>{t('versions.wordsRemoved', { count: Math.abs(version.wordsDelta) })}</span>;
  return <span>{t('versions.wordsSame')}</span>;
}

/**
 * The story's versions, newest first: who saved each, when, which fields changed and how the length moved.
 * "Compare" opens any version beside the latest (and any two from there); restoring happens in the comparison,
 * where the user sees what they bring back.
 */
export function VersionsSection({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { data, isPending, error, refetch } = useVersions(item.id);
  const [showAll, setShowAll] = useState(false);
  const [pair, setPair] = useState<{ before: number; after: number } | null>(null);
  // The dialog leaves the page when it closes: focus goes back to the button that opened it.
  const opener = useRef<HTMLElement | null>(null);
  const closeCompare = () => {
    setPair(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const lease = useActiveLease(item.lease);
  const locale = i18n.language;

  if (isPending) return <Spinner />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const versions = data.versions;
  const shown = showAll ? versions : versions.slice(0, SHOWN);
  const canRestore = mayEdit(user, workflowState(item)) && (lease === null || lease.holder.id === user.id);
  const fieldName = (field: string) => t(`versions.fields.${field}`, { defaultValue: field });

  return (
    <div className="flex flex-col gap-2">
      <ol
        className="flex flex-col divide-y divide-surface-line rounded-md border border-surface-line"
        data-testid="versions"
      >
        {shown.map((version) => {
          const pairFor = defaultPair(version.number, versions);
          return (
            <li
              key={version.number}
              className="flex items-start gap-3 px-3 py-2"
              data-testid="version"
              data-version={version.number}
            >
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  <span className="font-semibold">{t('versions.number', { number: version.number })}</span>
                  <KindLabel version={version} origin={item.origin} />
                  {version.number === item.publishedVersion ? (
                    <span className="text-xs font-medium text-emerald-800">{t('versions.isPublished')}</span>
                  ) : version.number === item.approvedVersion ? (
                    <span className="text-xs font-medium text-teal-800">{t('versions.isApproved')}</span>
                  ) : null}
                  <span className="text-ink-soft">
                    <bdi>{version.author.name}</bdi>
                  </span>
                  <time dateTime={version.createdAt} className="text-xs text-ink-faint">
                    {formatDateTime(version.createdAt, locale)}
                  </time>
                </p>
                <p className="mt-0.5 text-xs text-ink-soft">
                  {version.fields.length > 0 ? (
                    <>
                      {formatList(version.fields.map(fieldName), locale)}
                      {' · '}
                    </>
                  ) : null}
                  <WordsChange version={version} />
                </p>
              </div>
              {pairFor ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setPair(pairFor);
                  }}
                  aria-label={t('versions.compareLabel', { before: pairFor.before, after: pairFor.after })}
                  data-testid="compare-version"
                >
                  {t('versions.compare')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {versions.length > SHOWN ? (
        <Button size="sm" variant="ghost" className="self-start" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('versions.showFewer') : t('versions.showAll', { count: versions.length })}
        </Button>
      ) : null}
      {versions.length === 1 ? <p className="text-xs text-ink-faint">{t('versions.onlyOne')}</p> : null}
      {pair ? (
        <CompareDialog
          item={item}
          versions={versions}
          pair={pair}
          onPairChange={setPair}
          canRestore={canRestore}
          onClose={closeCompare}
        />
      ) : null}
    </div>
  );
}
