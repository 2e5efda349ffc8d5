/**
 * What every page loaded on demand shares: its code and its strings (`*.pages.json`) come together, the first
 * time it opens; and a page the user's roles may not read says so, with the way back to the queue.
 */
import { Link } from '@tanstack/react-router';
import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '#client/components/ui/state-message.tsx';
import { loadPageStrings } from '#client/lib/i18n.ts';

/** Loads a module and the pages' strings at once (both are needed before the page can render). */
export function withPageStrings<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadPageStrings()]).then(([module]) => module);
}

/** A lazy component from a named export of a page module, loaded with the pages' strings. */
// oxlint-disable-next-line typescript/no-explicit-any -- the bound React's own lazy() puts on a component's props
export function lazyPage<K extends string, M extends Record<K, ComponentType<any>>>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(() => withPageStrings(load)().then((module) => ({ default: module[name] })));
}

/** The page is not for this user's roles (the server refuses its API too). */
export function ForbiddenPage({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex h-full items-center justify-center" data-testid={testId}>
      <EmptyState title={t('errors.forbidden')}>
        <Link to="/" search={{}} className="font-medium text-brand hover:underline">
          {t('notFound.back')}
        </Link>
      </EmptyState>
    </div>
  );
}
