/**
 * The floor for the browser benchmark (bench/browser.ts): the least a React + TanStack Query + TanStack Router
 * app does to show the queue's first rows from the same API, on the same server, with the same cookie. It asks
 * for the session and the first page in parallel as soon as its script runs, and renders plain rows: no
 * stylesheet, no web font, no virtualiser, no live stream. Built by the bench under /minimal/ and opened as
 * /minimal/index.html (the server's static files answer a directory only with pre-compressed files, and this
 * page is too small to have them), so its one route takes any path.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { RouterProvider, createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { createRoot } from 'react-dom/client';

interface Row {
  id: number;
  headline: string;
  source: string;
  receivedAt: string;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

const queryClient = new QueryClient();
// The same first page the queue asks for by default (grouped by story, newest first, 50 rows).
const ITEMS = '/api/items?collapse=true&sort=newest&limit=50';
void queryClient.prefetchQuery({ queryKey: ['session'], queryFn: () => getJson('/api/session') });
void queryClient.prefetchQuery({ queryKey: ['items'], queryFn: () => getJson<{ items: Row[] }>(ITEMS) });

function Queue() {
  const session = useQuery({ queryKey: ['session'], queryFn: () => getJson('/api/session') });
  const items = useQuery({ queryKey: ['items'], queryFn: () => getJson<{ items: Row[] }>(ITEMS) });
  if (!session.data || !items.data) return <p>…</p>;
  return (
    <ul role="feed">
      {items.data.items.map((item) => (
        <li key={item.id} data-testid="queue-row">
          <strong>{item.headline}</strong> · {item.source} · {item.receivedAt}
        </li>
      ))}
    </ul>
  );
}

const rootRoute = createRootRoute({ component: Outlet });
const router = createRouter({
  routeTree: rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: '$', component: Queue }),
  ]),
  basepath: '/minimal',
});

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
);
