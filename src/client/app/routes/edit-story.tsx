import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { loadPageStrings } from '#client/lib/i18n.ts';

// The editor (TipTap, ProseMirror, the tagger) loads only when someone opens a story for editing.
const EditorPage = lazy(() =>
  Promise.all([import('#client/features/editor/components/editor-page.tsx'), loadPageStrings()]).then(
    ([module]) => ({
      default: module.EditorPage,
    }),
  ),
);

const editApi = getRouteApi('/desk/items/$itemId/edit');

export function EditStoryScreen() {
  const { itemId } = editApi.useParams();
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <EditorPage key={itemId} itemId={itemId} />
    </Suspense>
  );
}
