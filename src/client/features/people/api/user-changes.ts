/**
 * An admin's changes to accounts: create, change roles/desks, disable or enable, reset the password. Each answers
 * the account as it now is, written into the list at once; the one-time password comes back only here, once.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AdminUser, UserCreate, UserCreated, UserUpdate } from '#shared/schemas/users.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

function writeUser(queryClient: QueryClient, user: AdminUser): void {
  queryClient.setQueryData<{ users: AdminUser[] }>(queryKeys.peopleUsers, (old) => {
    if (!old) return old;
    const { oneTimePassword: _secret, ...shown } = user as UserCreated;
    const exists = old.users.some((entry) => entry.id === user.id);
    const users = exists
      ? old.users.map((entry) => (entry.id === user.id ? shown : entry))
      : [...old.users, shown].sort((a, b) => a.username.localeCompare(b.username));
    return { users };
  });
}

/** POST /api/users without a password: the answer carries the one-time password. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreate): Promise<UserCreated> =>
      apiRequest('/api/users', { method: 'POST', body: input }),
    onSuccess: (user) => writeUser(queryClient, user),
  });
}

/** PATCH /api/users/:id: roles, desks, display name. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UserUpdate }): Promise<AdminUser> =>
      apiRequest(`/api/users/${id}`, { method: 'PATCH', body: changes }),
    onSuccess: (user) => writeUser(queryClient, user),
  });
}

/** POST /api/users/:id/disable | enable: a disabled user's sessions end at once. */
export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: { id: number; disabled: boolean }): Promise<AdminUser> =>
      apiRequest(`/api/users/${id}/${disabled ? 'disable' : 'enable'}`, { method: 'POST' }),
    onSuccess: (user) => writeUser(queryClient, user),
  });
}

/** POST /api/users/:id/password-reset: a new one-time password (their sessions end). */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number): Promise<{ user: AdminUser; oneTimePassword: string }> =>
      apiRequest(`/api/users/${id}/password-reset`, { method: 'POST' }),
    onSuccess: ({ user }) => writeUser(queryClient, user),
  });
}
