import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet (and the web font) are side effects
import './index.css';
import { setUnauthenticatedHandler } from './lib/api-client.ts';
import { initLocale } from './lib/i18n.ts';
import { queryClient } from './lib/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import { handleSessionLost } from './app/session-expiry.ts';

const router = createAppRouter(queryClient);
setUnauthenticatedHandler(() => handleSessionLost(router, queryClient));

await initLocale();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
