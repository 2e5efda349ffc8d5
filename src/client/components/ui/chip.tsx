import type { ReactNode } from 'react';

type Tone = 'country' | 'topic' | 'region' | 'organisation' | 'neutral';

const TONES: Record<Tone, string> = {
  country: 'bg-white text-ink-soft ring-surface-line',
  topic: 'bg-brand-soft text-brand-strong ring-cyan-200',
  region: 'bg-stone-50 text-stone-700 ring-stone-200',
  organisation: 'bg-fuchsia-50 text-fuchsia-900 ring-fuchsia-200',
  neutral: 'bg-surface-sunken text-ink-soft ring-surface-line',
};

export function Chip({
  tone = 'neutral',
  children,
  className = '',
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex max-w-full items-center gap-1 truncate rounded-full px-2 text-[0.7rem] leading-5 ring-1 ring-inset ${TONES[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
