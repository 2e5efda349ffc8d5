import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { loadPageStrings } from '#client/lib/i18n.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { writesStories } from '../lib/who-writes.ts';

// The dialog loads when first asked for, with the strings of what loads on demand: the button is on the
// queue's first screen, its form is not.
const NewStoryDialog = lazy(() =>
  Promise.all([import('./new-story-dialog.tsx'), loadPageStrings()]).then(([module]) => ({
    default: module.NewStoryDialog,
  })),
);

/** "New story": a headline and a language in a small dialog, then the editor. For editors and desk chiefs. */
export function NewStoryButton() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!writesStories(user)) return null;
  return (
    <>
      <Button size="sm" variant="primary" onClick={() => setOpen(true)} data-testid="new-story">
        {t('queue.newStory')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <NewStoryDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
