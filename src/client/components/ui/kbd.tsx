import type { ReactNode } from 'react';

export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-6 items-center justify-center rounded border border-surface-line bg-white px-1.5 font-sans text-xs font-medium text-ink shadow-[0_1px_0_#dde2e8]">
      {children}
    </kbd>
  );
}
