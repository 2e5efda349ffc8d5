/**
 * The assign dialog, fetched the first time someone opens it: a desk that never assigns does not load it at
 * start-up (the initial JavaScript stays within its budget, see bench/editor.ts). Same props as AssignDialog.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const LazyAssignDialog = lazy(() =>
  import('./assign-dialog.tsx').then((module) => ({ default: module.AssignDialog })),
);

export function AssignDialog(props: ComponentProps<typeof LazyAssignDialog>) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <LazyAssignDialog {...props} />
    </Suspense>
  );
}
