/**
 * Routes (code-based TanStack Router). Search params use the API's own query format (URLSearchParams, a key
 * repeated per value) and are validated by the shared ItemFiltersSchema, so a copied URL reproduces the view.
 *
 *   /login?redirect=…           sign in, then back to where the user was
 *   /  and /items/:id            the desk: filters | queue | item pane (filters in the search params)
 *   /my-work and /my-work/items/:id
 *   /admin/feeds                 feeds and their health (admins edit, desk chiefs read; a lazily loaded page)
 *   /admin/users                 people and service tokens (admins edit, desk chiefs read; lazily loaded)
 *   /change-password             choosing one's own password (required after a one-time password)
 *   /desk?hours=&reviewAfter=    the desk overview: backlog, flow, time in state (a lazily loaded page)
 *   /items/:id/edit              the article editor (a lazily loaded page: TipTap loads only when editing)
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { IdSchema } from '#shared/schemas/common.ts';
import { parseSearch } from '#shared/query-string.ts';
import { stringifySearch } from '#client/lib/filters.ts';
import { validateFilters } from '#shared/queue-page.ts';
import { getSessionQueryOptions } from '#client/lib/session.ts';
import { DeskLayout } from './routes/desk-layout.tsx';
import { DeskOverviewScreen, validateOverviewSearch } from './routes/desk-overview.tsx';
import { ChangePasswordScreen } from './routes/change-password.tsx';
import { EditStoryScreen } from './routes/edit-story.tsx';
import { FeedsScreen } from './routes/feeds.tsx';
import { LoginPage } from './routes/login.tsx';
import { NotFoundPage, RootLayout } from './routes/root.tsx';
import {
  MyWorkItemRoute,
  MyWorkPanePlaceholder,
  QueueItemRoute,
  QueuePanePlaceholder,
} from './routes/item.tsx';
import { MyWorkScreen } from './routes/my-work.tsx';
import { PeopleScreen } from './routes/people.tsx';
import { QueueScreen } from './routes/queue.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Only same-site paths may be returned to after sign-in. */
function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/login')
    ? value
    : undefined;
}

const itemParams = {
  parse: ({ itemId }: { itemId: string }) => {
    const parsed = IdSchema.safeParse(itemId);
    if (!parsed.success) throw notFound();
    return { itemId: parsed.data };
  },
  stringify: ({ itemId }: { itemId: number }) => ({ itemId: String(itemId) }),
};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; expired?: '1' } => ({
    redirect: safeRedirect(search.redirect),
    expired: search.expired === '1' ? '1' : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

const deskRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'desk',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    // Signed in with a one-time password: nothing else until they choose their own (the server insists too).
    if (session.user.mustChangePassword)
      throw redirect({ to: '/change-password', search: { redirect: location.href } });
  },
  component: DeskLayout,
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'change-password',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: ChangePasswordScreen,
});

const queueRoute = createRoute({
  getParentRoute: () => deskRoute,
  id: 'queue',
  validateSearch: validateFilters,
  component: QueueScreen,
});

const queueIndexRoute = createRoute({
  getParentRoute: () => queueRoute,
  path: '/',
  component: QueuePanePlaceholder,
});

const queueItemRoute = createRoute({
  getParentRoute: () => queueRoute,
  path: 'items/$itemId',
  params: itemParams,
  component: QueueItemRoute,
});

const myWorkRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: 'my-work',
  component: MyWorkScreen,
});

const myWorkIndexRoute = createRoute({
  getParentRoute: () => myWorkRoute,
  path: '/',
  component: MyWorkPanePlaceholder,
});

const myWorkItemRoute = createRoute({
  getParentRoute: () => myWorkRoute,
  path: 'items/$itemId',
  params: itemParams,
  component: MyWorkItemRoute,
});

const feedsRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: 'admin/feeds',
  component: FeedsScreen,
});

const deskOverviewRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: 'desk',
  validateSearch: validateOverviewSearch,
  component: DeskOverviewScreen,
});

const peopleRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: 'admin/users',
  component: PeopleScreen,
});

const editStoryRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: 'items/$itemId/edit',
  params: itemParams,
  component: EditStoryScreen,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  changePasswordRoute,
  deskRoute.addChildren([
    queueRoute.addChildren([queueIndexRoute, queueItemRoute]),
    myWorkRoute.addChildren([myWorkIndexRoute, myWorkItemRoute]),
    feedsRoute,
    peopleRoute,
    deskOverviewRoute,
    editStoryRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: false,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
