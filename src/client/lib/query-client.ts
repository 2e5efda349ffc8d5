/** React Query owns server state. The live stream keeps it fresh, so nothing refetches on focus. */
import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './api-client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      gcTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => isRetryable(error) && failures < 3,
    },
    mutations: { retry: false },
  },
});
