import { getRouteApi } from '@tanstack/react-router';
import { Suspense } from 'react';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { lazyPage } from './on-demand-page.tsx';

// The editor (TipTap, ProseMirror, the tagger) loads only when someone opens a story for editing.
const EditorPage = lazyPage(() => import('#client/features/editor/components/editor-page.tsx'), 'EditorPage');

const editApi = getRouteApi('/desk/items/$itemId/edit');

export function EditStoryScreen() {
  const { itemId } = editApi.useParams();
  return (
    <Suspense fallback={<Spinner className="p-6" />}>
      <EditorPage key={itemId} itemId={itemId} />
    </Suspense>
  );
}
