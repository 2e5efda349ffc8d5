import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '#client/lib/format.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useLogout } from '../api/logout.ts';
import { DigitsSwitch } from './digits-switch.tsx';

/**
 * Who is signed in (name, roles) and the way out. A <details> menu: keyboard and screen reader friendly. Its
 * panel is built when it opens, not with every page: the settings composed in (flash alerts) load their own code,
 * and the roles their own list formatter.
 */
export function UserMenu({
  onSignedOut,
  children,
}: {
  onSignedOut: () => void;
  /** Settings sections of other features, composed in by the shell (flash alerts), above the way out. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  // Open, it closes as other menus do: Escape (focus back on its button), a click or a Tab out of it.
  useEffect(() => {
    const details = menu.current;
    if (!open || !details) return;
    const close = () => {
      details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.contains(event.target as Node)) return;
      event.preventDefault();
      close();
      details.querySelector('summary')?.focus();
    };
    const outside = (event: Event) => {
      if (event.target instanceof Node && !details.contains(event.target)) close();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);
  return (
    <details ref={menu} className="group relative" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary
        data-testid="user-menu"
        className="flex list-none items-center gap-2 rounded-md px-2 py-1 hover:bg-surface-sunken [&::-webkit-details-marker]:hidden"
      >
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-brand-soft text-xs font-semibold text-brand-strong"
        >
          {user.displayName.trim().charAt(0)}
        </span>
        <span className="hidden text-sm font-medium sm:inline">
          <bdi>{user.displayName}</bdi>
        </span>
        <span className="sr-only">{t('header.userMenu')}</span>
      </summary>
      {open ? (
        <div className="absolute end-0 z-30 mt-1 w-56 rounded-md border border-surface-line bg-white p-1 shadow-lg">
          <div className="border-b border-surface-line px-3 py-2">
            <p className="font-medium">
              <bdi>{user.displayName}</bdi>
            </p>
            <p className="text-xs text-ink-faint" dir="ltr">
              {user.username}
            </p>
            <p className="mt-1 text-xs text-ink-soft">
              {formatList(
                user.roles.map((role) => t(`roles.${role}`)),
                i18n.language,
              )}
            </p>
          </div>
          <div className="border-b border-surface-line">
            <DigitsSwitch />
          </div>
          {children}
          <button
            type="button"
            className="mt-1 w-full rounded px-3 py-2 text-start text-sm hover:bg-surface-sunken"
            onClick={() => logout.mutate(undefined, { onSettled: onSignedOut })}
          >
            {t('header.signOut')}
          </button>
        </div>
      ) : null}
    </details>
  );
}
