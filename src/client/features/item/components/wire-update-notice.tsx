import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import { directionOfLanguage } from '#shared/text/direction.ts';
import { mayEdit } from '#shared/workflow.ts';
import { EditorLink } from '#client/components/editor-link.tsx';
import { StoryDiffView } from '#client/components/story-diff-view.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { formatDateTime } from '#client/lib/format.ts';
import { useActiveLease } from '#client/lib/lease.ts';
import { diffStory } from '#client/lib/story-diff.ts';
import { useWireCopies } from '../api/get-wire-copies.ts';
import { workflowState } from '#client/lib/workflow-state.ts';

/**
 * "The agency updated this report": once someone works on a story, an agency's newer copy is kept aside, not
 * applied. This says so, shows what the new copy changes against the story as it now reads, and leads to the
 * editor, where taking it is a decision (a new version).
 */
export function WireUpdateNotice({ item, user }: { item: Item; user: User }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error, refetch } = useWireCopies(item.id, item.wireUpdate !== null);
  const lease = useActiveLease(item.lease);
  const copy = data?.copies.find((each) => each.number === item.wireUpdate) ?? data?.copies[0];
  const diff = useMemo(
    () => (copy ? diffStory(item, copy, directionOfLanguage(item.language)) : null),
    [item, copy],
  );
  if (item.wireUpdate === null) return null;
  const canTake = mayEdit(user, workflowState(item)) && (lease === null || lease.holder.id === user.id);
  return (
    <section
      aria-labelledby="wire-update-title"
      className="flex flex-col gap-2 rounded-md bg-amber-50 px-4 py-3 ring-1 ring-inset ring-amber-300"
      data-testid="wire-update"
    >
      <h3 id="wire-update-title" className="text-sm font-semibold text-amber-950">
        {t('storyEntry.wireUpdated')}
      </h3>
      <p className="text-sm text-amber-950">
        {copy
          ? t('storyEntry.wireUpdatedAt', { time: formatDateTime(copy.receivedAt, i18n.language) })
          : null}{' '}
        {t('storyEntry.wireUpdateKept')}
      </p>
      {/* An agency's upgrade (a report made a flash) is the news of the update, text or no text: said first. */}
      {copy?.urgency != null && copy.urgency < item.urgency ? (
        <p className="text-sm font-semibold text-rose-800" data-testid="wire-update-urgency">
          {t('storyEntry.wireUpdateUrgency', { urgency: t(`urgency.${copy.urgency}`) })}
        </p>
      ) : null}
      {isPending ? <Spinner /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {diff ? (
        <details className="rounded-md bg-white ring-1 ring-inset ring-amber-200">
          <summary className="px-3 py-1.5 text-sm font-medium text-amber-950">
            {t('storyEntry.wireUpdateShow')}
          </summary>
          <div className="border-t border-amber-200 p-2">
            <StoryDiffView
              diff={diff}
              caption={t('storyEntry.wireUpdateCaption')}
              beforeLabel={t('storyEntry.storyNow')}
              afterLabel={t('storyEntry.agencyCopy')}
              lang={item.language || undefined}
            />
          </div>
        </details>
      ) : null}
      {canTake ? (
        <EditorLink
          itemId={item.id}
          className="self-start text-sm font-medium text-brand-strong underline hover:no-underline"
          testId="wire-update-editor"
        >
          {t('storyEntry.wireUpdateTake')}
        </EditorLink>
      ) : null}
    </section>
  );
}
