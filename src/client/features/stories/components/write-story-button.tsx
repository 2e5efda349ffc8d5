import { useTranslation } from 'react-i18next';
import { Button, type ButtonProps } from '#client/components/ui/button.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { useCreateStory } from '../api/create-story.ts';
import { writesStories } from '../lib/who-writes.ts';

/**
 * "Write a story from this report" / "…from these reports": a new desk story whose sources are these reports
 * (the first one starts its text), opened in the editor at once. Only for those who write stories.
 */
export function WriteStoryButton({
  sourceIds,
  size = 'sm',
  variant = 'secondary',
  className,
}: {
  /** In the order the editor will see them; the first starts the text. */
  sourceIds: readonly number[];
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
  className?: string;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const create = useCreateStory();
  if (!writesStories(user) || sourceIds.length === 0) return null;
  return (
    <Button
      size={size}
      variant={variant}
      className={className}
      disabled={create.isPending}
      onClick={() => create.mutate({ sourceIds: [...sourceIds] })}
      data-testid="write-story"
    >
      {sourceIds.length === 1
        ? t('storyEntry.fromReport')
        : t('storyEntry.fromReports', { count: sourceIds.length })}
    </Button>
  );
}
