import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A link into the article editor for a story (a real link: a modified click opens a new tab). */
export function EditorLink({
  itemId,
  className,
  children,
  testId,
}: {
  itemId: number;
  className?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Link to="/items/$itemId/edit" params={{ itemId }} className={className} data-testid={testId}>
      {children}
    </Link>
  );
}
