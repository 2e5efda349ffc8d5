import type { ReactNode, Ref } from 'react';
import { Button } from '#client/components/ui/button.tsx';

interface AdminPageProps {
  testId: string;
  title: string;
  intro: string;
  /** The heading takes focus when nothing else can (useDialogState's last fallback). */
  headingRef: Ref<HTMLHeadingElement>;
  /** Whether this user may change what the page lists: the add button if so, the read-only notice if not. */
  canEdit: boolean;
  add: { label: string; testId: string; onClick: () => void };
  /** Focus returns to it when a dialog's opener is gone (useDialogState's fallback). */
  addRef: Ref<HTMLButtonElement>;
  /** Said to those who may only look (desk chiefs). */
  readOnly: { text: string; testId: string };
  children: ReactNode;
}

/** An administration page (feeds, people): its heading and introduction, its add button, then what it lists. */
export function AdminPage({
  testId,
  title,
  intro,
  headingRef,
  canEdit,
  add,
  addRef,
  readOnly,
  children,
}: AdminPageProps) {
  return (
    <div className="relative h-full overflow-y-auto" data-testid={testId}>
      <div className="mx-auto flex max-w-[96rem] flex-col gap-4 px-6 py-5">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-ink">
              {title}
            </h1>
            <p className="text-sm text-ink-soft">{intro}</p>
          </div>
          {canEdit ? (
            <Button ref={addRef} variant="primary" onClick={add.onClick} data-testid={add.testId}>
              <span aria-hidden="true">+</span>
              {add.label}
            </Button>
          ) : null}
        </div>
        {!canEdit ? (
          <p
            className="rounded-md border border-surface-line bg-surface-raised px-3 py-2 text-sm text-ink-soft"
            data-testid={readOnly.testId}
          >
            {readOnly.text}
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}
