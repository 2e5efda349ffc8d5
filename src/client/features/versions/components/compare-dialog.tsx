import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { VersionSummary } from '#shared/schemas/stories.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import { StoryDiffView } from '#client/components/story-diff-view.tsx';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { formatDateTime, formatList } from '#client/lib/format.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { diffStory } from '#client/lib/story-diff.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useVersion } from '#client/lib/story-version.ts';
import { useRestoreVersion } from '../api/restore-version.ts';
import { orderedPair, otherChangedFields } from '../lib/version-facts.ts';

interface Pair {
  before: number;
  after: number;
}

/** A column's heading: which version, of what kind, by whom, when. */
function VersionHeading({ summary }: { summary: VersionSummary | undefined }) {
  const { t, i18n } = useTranslation();
  if (!summary) return null;
  return (
    <span className="flex flex-col">
      <span>
        {t('versions.number', { number: summary.number })}
        {summary.kind === 'wire' ? ` · ${t('versions.kind.wire')}` : ''}
        {summary.kind === 'restore'
          ? ` · ${t('versions.kind.restore', { from: summary.restoredFrom ?? '?' })}`
          : ''}
      </span>
      <span className="text-xs font-normal text-ink-soft">
        <bdi>{summary.author.name}</bdi> · {formatDateTime(summary.createdAt, i18n.language)}
      </span>
    </span>
  );
}

/** Why a restore was refused, in words: who is editing (the user themself in another tab, say so). */
function restoreError(error: unknown, userId: number, t: (key: string) => string): string {
  if (error instanceof ApiError && error.code === 'lease.held') {
    const holder = (error.details as { holder?: { id?: number } } | undefined)?.holder;
    if (holder?.id === userId) return t('lease.heldByYou');
  }
  return errorMessage(error);
}

/**
 * Any two versions side by side, word by word (deletions in the older, insertions in the newer), chosen with
 * two menus; from here an older version can be restored, which saves a new version equal to it.
 */
export function CompareDialog({
  item,
  versions,
  pair,
  onPairChange,
  canRestore,
  onClose,
}: {
  item: Item;
  /** Newest first, as the list has them. */
  versions: readonly VersionSummary[];
  pair: Pair;
  onPairChange(pair: Pair): void;
  canRestore: boolean;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const ids = useId();
  const before = useVersion(item.id, pair.before);
  const after = useVersion(item.id, pair.after);
  const restore = useRestoreVersion();
  const diff = useMemo(
    () =>
      before.data && after.data
        ? diffStory(before.data, after.data, directionOfLanguage(after.data.language))
        : null,
    [before.data, after.data],
  );
  const others = before.data && after.data ? otherChangedFields(before.data, after.data) : [];
  const latest = versions[0]?.number ?? pair.after;
  const summary = (number: number) => versions.find((version) => version.number === number);
  const failed = before.error ?? after.error;

  const choose = (side: keyof Pair, value: string) => {
    const number = Number(value);
    onPairChange(side === 'before' ? orderedPair(number, pair.after) : orderedPair(pair.before, number));
  };

  const restoreOlder = () =>
    restore.mutate(
      { item, number: pair.before },
      {
        onSuccess: (saved) => {
          pushToast({
            kind: 'info',
            message: t('versions.restored', { number: pair.before, version: saved.latestVersion }),
          });
          onClose();
        },
      },
    );

  return (
    <Dialog open onClose={onClose} title={t('versions.compareTitle')} size="wide">
      <div className="flex flex-col gap-4" data-testid="compare-dialog">
        <div className="flex flex-wrap items-end gap-4">
          {(['before', 'after'] as const).map((side) => (
            <div key={side} className="flex flex-col gap-1">
              <label htmlFor={`${ids}-${side}`} className="text-xs font-medium text-ink-soft">
                {side === 'before' ? t('versions.older') : t('versions.newer')}
              </label>
              <select
                id={`${ids}-${side}`}
                value={pair[side]}
                onChange={(event) => choose(side, event.target.value)}
                className="h-8 rounded-md border border-surface-line bg-white px-2 text-sm"
                data-testid={`compare-${side}`}
              >
                {versions.map((version) => (
                  <option key={version.number} value={version.number}>
                    {t('versions.option', {
                      number: version.number,
                      name: version.author.name,
                      time: formatDateTime(version.createdAt, i18n.language),
                    })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>

        {failed ? (
          <ErrorState error={failed} />
        ) : !diff ? (
          <Spinner />
        ) : (
          <>
            <StoryDiffView
              diff={diff}
              caption={t('versions.caption', { before: pair.before, after: pair.after })}
              beforeLabel={<VersionHeading summary={summary(pair.before)} />}
              afterLabel={<VersionHeading summary={summary(pair.after)} />}
              lang={after.data?.language}
            />
            {!diff.headline.changed && !diff.summary.changed && !diff.body.changed ? (
              <p className="text-sm text-ink-soft">{t('versions.sameText')}</p>
            ) : null}
            {others.length > 0 ? (
              <p className="text-sm text-ink-soft">
                {t('versions.alsoChanged', {
                  fields: formatList(
                    others.map((field) => t(`versions.fields.${field}`, { defaultValue: field })),
                    i18n.language,
                  ),
                })}
              </p>
            ) : null}
          </>
        )}

        {restore.error ? (
          <p
            role="alert"
            className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
          >
            {restoreError(restore.error, user.id, t)}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-surface-line pt-3">
          {canRestore && pair.before !== latest ? (
            <Button
              variant="primary"
              onClick={restoreOlder}
              disabled={restore.isPending}
              data-testid="restore-version"
            >
              {t('versions.restore', { number: pair.before })}
            </Button>
          ) : null}
          <Button variant="ghost" onClick={onClose}>
            {t('common.close')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
