import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import {
  Suspense,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '#client/lib/page-title.ts';
import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';
import { AfterFirstRender } from '#client/components/after-first-render.tsx';
import { Toaster } from '#client/features/notifications/components/toaster.tsx';
import { ConnectionStatus } from '#client/components/connection-status.tsx';
import { CloseIcon, KeyboardIcon, MenuIcon } from '#client/components/ui/icons.tsx';
import { LanguageSwitch } from '#client/features/auth/components/language-switch.tsx';
import { UserMenu } from '#client/features/auth/components/user-menu.tsx';
import { DeskName } from '#client/features/desk/components/desk-name.tsx';
import { NotificationsMenu } from '#client/features/notifications/components/notifications-menu.tsx';
import { setUiDigits, setUiLocale } from '#client/lib/i18n.ts';
import { directionOf } from '#client/lib/i18n.ts';
import { isTypingTarget, shortcutOf } from '#client/lib/keyboard.ts';
import { useLiveSync } from '#client/lib/live/index.ts';
import { useSession } from '#client/lib/session.ts';
import { useConnectionStore } from '#client/stores/connection-store.ts';
import { useReadStore } from '#client/stores/read-store.ts';
import { useUiStore } from '#client/stores/ui-store.ts';
import { handleSessionLost } from '../session-expiry.ts';
import { feedsAccess } from './feeds.tsx';
import { lazyPage } from './on-demand-page.tsx';
import { peopleAccess } from './people.tsx';
import { DESK_HEADER_CLASS } from '#client/lib/desk-frame.ts';

const SEARCH_INPUT_ID = 'queue-search';

// Not needed for the first rows, so not in the initial bundle: each loads right after the shell's first render
// (AfterFirstRender; the settings when the user menu opens).
// The flash band (its alerts are raised by the live stream's rules, which keep them in their store until the
// band shows them), its settings in the user menu, and the shortcuts dialog.
// Their strings come with them (`*.pages.json`).
const FlashAlerts = lazyPage(
  () => import('#client/features/flash-alerts/components/flash-alerts.tsx'),
  'FlashAlerts',
);
const FlashAlertSettings = lazyPage(
  () => import('#client/features/flash-alerts/components/flash-alert-settings.tsx'),
  'FlashAlertSettings',
);
const ShortcutsDialog = lazyPage(() => import('#client/components/shortcuts-dialog.tsx'), 'ShortcutsDialog');

const navClass = (active: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium max-tablet:py-3 ${active ? 'bg-brand-soft text-brand-strong' : 'text-ink-soft hover:bg-surface-sunken hover:text-ink'}`;

/**
 * The signed-in shell. Renders only with a session: when it is lost (401 anywhere), everything below
 * unmounts at once while the router goes to the login page.
 */
export function DeskLayout() {
  const { data: session } = useSession();
  return session ? <SignedInShell user={session.user} /> : null;
}

/**
 * The skip link: past the header and, on the queue, past the filters too, to the rows (the list moves on with
 * j/k from there); focus goes there without a `#…` left in the address.
 */
function skip(event: MouseEvent<HTMLAnchorElement>): void {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** Header, the page, toasts, the shortcuts dialog; owns the one live connection. */
function SignedInShell({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const liveSync = useLiveSync();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const setShortcutsOpen = useUiStore((state) => state.setShortcutsOpen);
  const setFiltersOpen = useUiStore((state) => state.setFiltersOpen);
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => useReadStore.getState().load(user.id), [user.id]);
  useEffect(() => void setUiLocale(user.locale), [user.locale]);
  useEffect(() => setUiDigits(user.digits), [user.digits]);

  // The stream's code (parsing, patching the caches, alerts) is not needed for the first rows, so it loads after
  // them (in a task after the first render's, as AfterFirstRender's parts do) rather than before. Nothing is
  // missed meanwhile: the stream opens from the live sequence the loaded lists are stamped with (sync.ts).
  useEffect(() => {
    let live: { stop(): void } | null = null;
    let unmounted = false;
    const timer = setTimeout(() => {
      void import('#client/lib/live/connection.ts')
        .then(({ LiveConnection }) => {
          if (unmounted) return;
          const connection = new LiveConnection(queryClient, liveSync, {
            onUnauthorized: () => handleSessionLost(router, queryClient),
          });
          connection.start();
          live = connection;
        })
        // The code could not be fetched (e.g. a deploy replaced it): the header says the screen is not live.
        .catch(() => useConnectionStore.getState().set({ status: 'offline' }));
    });
    return () => {
      unmounted = true;
      clearTimeout(timer);
      live?.stop();
    };
  }, [queryClient, liveSync, router]);

  // Shortcuts that work on every page: / search, ? help.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const shortcut = shortcutOf(event, directionOf(i18n.language));
      if (shortcut === 'help') {
        event.preventDefault();
        setShortcutsOpen(true);
      } else if (shortcut === 'search') {
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (!input) return;
        event.preventDefault();
        if (!input.offsetParent) setFiltersOpen(true);
        requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus());
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [i18n.language, setShortcutsOpen, setFiltersOpen]);

  const openItem = (id: number) => {
    if (pathname.startsWith('/my-work'))
      void router.navigate({ to: '/my-work/items/$itemId', params: { itemId: id } });
    else
      void router.navigate({ to: '/items/$itemId', params: { itemId: id }, search: (previous) => previous });
  };

  const onMyWork = pathname.startsWith('/my-work');
  const onFeeds = pathname.startsWith('/admin/feeds');
  const onDeskOverview = pathname === '/desk';
  const onPeople = pathname.startsWith('/admin/users');
  const onQueue = !onMyWork && !onFeeds && !onDeskOverview && !onPeople;
  usePageTitle(
    t(
      onMyWork
        ? 'nav.myWork'
        : onFeeds
          ? 'nav.feeds'
          : onDeskOverview
            ? 'nav.deskOverview'
            : onPeople
              ? 'nav.people'
              : 'nav.queue',
    ),
  );
  // The phone's header menu, open, closes when focus leaves it (and on Escape, below: focus back on its button).
  const headerMenu = useRef<HTMLDivElement>(null);
  const menuToggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const inMenu = (target: EventTarget | null) =>
      target instanceof Node &&
      (headerMenu.current?.contains(target) || menuToggle.current?.contains(target));
    const onFocus = (event: FocusEvent) => {
      if (!inMenu(event.target)) setMenuOpen(false);
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
    };
  }, [menuOpen]);

  // Escape closes the open menu, from its button or from within it; focus ends on the button, not on a control
  // the menu no longer shows.
  const closeMenuOnEscape = (event: ReactKeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    event.preventDefault();
    setMenuOpen(false);
    menuToggle.current?.focus();
  };

  return (
    <div className="flex h-full flex-col">
      <a
        href={onQueue ? '#queue-rows' : '#main'}
        onClick={skip}
        className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
        data-testid="skip-link"
      >
        {t(onQueue ? 'header.skip' : 'header.skipToContent')}
      </a>
      <header className={DESK_HEADER_CLASS}>
        <Link to="/" search={{}} className="flex items-center gap-2 rounded" aria-label={t('app.home')}>
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-bold text-ink max-tablet:sr-only">{t('app.name')}</span>
        </Link>
        <span aria-hidden="true" className="h-5 w-px bg-surface-line max-tablet:hidden" />
        {/* On a phone the desk's name and the pages fold into a menu under this button. */}
        <button
          ref={menuToggle}
          type="button"
          className="inline-flex size-11 items-center justify-center rounded-md text-ink-soft hover:bg-surface-sunken tablet:hidden"
          aria-expanded={menuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpen(!menuOpen)}
          onKeyDown={closeMenuOnEscape}
          data-testid="header-menu-toggle"
        >
          {menuOpen ? <CloseIcon className="size-5" /> : <MenuIcon className="size-5" />}
          <span className="sr-only">{menuOpen ? t('header.menuClose') : t('header.menu')}</span>
        </button>
        {/* oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- closes the menu once a link in it is followed (the links themselves are the controls) */}
        <div
          id="header-menu"
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
          }}
          onKeyDown={closeMenuOnEscape}
          ref={headerMenu}
          className={`flex items-center gap-3 ${menuOpen ? 'max-tablet:flex' : 'max-tablet:hidden'} max-tablet:absolute max-tablet:inset-x-0 max-tablet:top-full max-tablet:z-50 max-tablet:flex-col max-tablet:items-stretch max-tablet:gap-2 max-tablet:border-b max-tablet:border-surface-line max-tablet:bg-white max-tablet:p-3 max-tablet:shadow-lg`}
        >
          <DeskName />
          <div className="tablet:hidden">
            <LanguageSwitch />
          </div>
          <nav
            aria-label={t('nav.label')}
            className="ms-2 flex items-center gap-1 max-tablet:ms-0 max-tablet:flex-col max-tablet:items-stretch"
          >
            <Link
              to="/"
              search={(previous) => (onQueue ? previous : {})}
              className={navClass(onQueue)}
              aria-current={onQueue ? 'page' : undefined}
            >
              {t('nav.queue')}
            </Link>
            <Link to="/my-work" className={navClass(onMyWork)} aria-current={onMyWork ? 'page' : undefined}>
              {t('nav.myWork')}
            </Link>
            {hasPermission(user, 'desk.overview') ? (
              <Link
                to="/desk"
                search={{}}
                className={navClass(onDeskOverview)}
                aria-current={onDeskOverview ? 'page' : undefined}
                data-testid="nav-desk-overview"
              >
                {t('nav.deskOverview')}
              </Link>
            ) : null}
            {feedsAccess(user).read ? (
              <Link
                to="/admin/feeds"
                className={navClass(onFeeds)}
                aria-current={onFeeds ? 'page' : undefined}
                data-testid="nav-feeds"
              >
                {t('nav.feeds')}
              </Link>
            ) : null}
            {peopleAccess(user).read ? (
              <Link
                to="/admin/users"
                className={navClass(onPeople)}
                aria-current={onPeople ? 'page' : undefined}
                data-testid="nav-people"
              >
                {t('nav.people')}
              </Link>
            ) : null}
          </nav>
        </div>
        <div className="ms-auto flex items-center gap-2 max-tablet:gap-0.5">
          <ConnectionStatus />
          <button
            type="button"
            onClick={() => setShortcutsOpen(true)}
            className="rounded-md p-2 text-ink-soft hover:bg-surface-sunken hover:text-ink max-tablet:hidden"
            aria-keyshortcuts="?"
          >
            <KeyboardIcon className="size-5" />
            <span className="sr-only">{t('header.shortcuts')}</span>
          </button>
          <NotificationsMenu onOpenItem={openItem} />
          <div className="max-tablet:hidden">
            <LanguageSwitch />
          </div>
          <UserMenu onSignedOut={() => void router.navigate({ to: '/login', search: {} })}>
            <Suspense fallback={null}>
              <FlashAlertSettings />
            </Suspense>
          </UserMenu>
        </div>
      </header>
      <AfterFirstRender>
        <FlashAlerts userId={user.id} onOpenItem={openItem} />
      </AfterFirstRender>
      <OfflineBanner />
      <main id="main" tabIndex={-1} className="min-h-0 flex-1 focus-visible:outline-none">
        <Outlet />
      </main>
      <Toaster onOpenItem={openItem} />
      <AfterFirstRender>
        <ShortcutsDialog />
      </AfterFirstRender>
    </div>
  );
}

/** Said once, at the top, while the browser has no network or the server cannot be reached. */
function OfflineBanner() {
  const { t } = useTranslation();
  const offline = useConnectionStore((state) => state.browserOffline);
  const status = useConnectionStore((state) => state.status);
  if (!offline && status !== 'reconnecting' && status !== 'limited') return null;
  return (
    <output
      className={`block shrink-0 px-4 py-1.5 text-center text-sm ${offline ? 'bg-rose-50 text-rose-900' : 'bg-amber-50 text-amber-900'}`}
      data-testid="offline-banner"
      data-status={offline ? 'offline' : status}
    >
      {offline
        ? t('connection.offlineBanner')
        : status === 'limited'
          ? t('connection.limitedBanner')
          : t('connection.reconnectingBanner')}
    </output>
  );
}
