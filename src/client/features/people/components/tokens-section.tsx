import { useState, type FormEvent } from 'react';
import { TOKEN_NAME_LIMIT, type ServiceToken, type ServiceTokenSecret } from '#shared/schemas/users.ts';
import { Button } from '#client/components/ui/button.tsx';
import { isOverLimit, LengthNote } from '#client/components/ui/length-note.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { formatDateTime, isolate } from '#client/lib/format.ts';
import { useTokens } from '../api/get-tokens.ts';
import { useCreateToken, useRevokeToken, useRotateToken } from '../api/token-changes.ts';
import { peopleErrorMessage, usePeopleTranslation } from '../i18n.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SecretDialog } from './secret-dialog.tsx';

type Pending = { kind: 'rotate' | 'revoke'; token: ServiceToken } | null;

/** Service tokens: the machines' credentials for ingest. Admins create, rotate and revoke; chiefs read. */
export function TokensSection({ canEdit }: { canEdit: boolean }) {
  const { t, language } = usePeopleTranslation();
  const tokens = useTokens();
  const create = useCreateToken();
  const rotate = useRotateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<ServiceTokenSecret | null>(null);
  const [pending, setPending] = useState<Pending>(null);

  const tooLong = isOverLimit(name, TOKEN_NAME_LIMIT);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || tooLong || create.isPending) return;
    create.mutate(name.trim(), {
      onSuccess: (created) => {
        setName('');
        setSecret(created);
      },
    });
  };
  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'rotate')
      rotate.mutate(pending.token.id, {
        onSuccess: (rotated) => {
          setPending(null);
          setSecret(rotated);
        },
      });
    else revoke.mutate(pending.token.id, { onSuccess: () => setPending(null) });
  };
  const list = tokens.data?.tokens;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('table.never'));

  return (
    <section aria-labelledby="tokens-heading" className="flex flex-col gap-3" data-testid="tokens-section">
      <div className="flex flex-col gap-1">
        <h2 id="tokens-heading" className="text-lg font-semibold text-ink">
          {t('tokens.title')}
        </h2>
        <p className="text-sm text-ink-soft">{t('tokens.intro')}</p>
      </div>
      {canEdit ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-ink">{t('tokens.name')}</span>
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              dir="auto"
              aria-describedby="token-name-length"
              aria-invalid={tooLong || undefined}
              className="rounded border border-surface-line px-2 py-1.5"
              data-testid="token-name"
            />
          </label>
          <LengthNote id="token-name-length" text={name} limit={TOKEN_NAME_LIMIT} />
          <Button
            type="submit"
            aria-disabled={create.isPending || !name.trim() || tooLong || undefined}
            data-testid="token-create"
          >
            {t('tokens.create')}
          </Button>
          {create.error ? (
            <p role="alert" className="basis-full text-sm text-rose-800">
              {peopleErrorMessage(create.error)}
            </p>
          ) : null}
        </form>
      ) : null}
      {tokens.isPending ? (
        <Spinner className="p-3" />
      ) : tokens.error && !list ? (
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : list && list.length === 0 ? (
        <p className="text-sm text-ink-soft">{t('tokens.empty')}</p>
      ) : list ? (
        <ul className="flex flex-col divide-y divide-surface-line rounded-lg border border-surface-line bg-white">
          {list.map((token) => (
            <li
              key={token.id}
              className="flex flex-wrap items-center gap-3 px-3 py-2.5 text-sm"
              data-token={token.name}
            >
              <bdi className="font-medium text-ink">{token.name}</bdi>
              <span className="text-xs text-ink-soft">
                {t('tokens.created', { time: when(token.createdAt) })} ·{' '}
                {t('tokens.lastUsed', { time: when(token.lastUsedAt) })}
              </span>
              {token.revokedAt ? (
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
                  {t('tokens.revoked')}
                </span>
              ) : canEdit ? (
                <span className="ms-auto flex gap-1.5">
                  <Button
                    size="sm"
                    onClick={() => setPending({ kind: 'rotate', token })}
                    data-action="rotate"
                  >
                    {t('tokens.rotate')}
                    <span className="sr-only"> {token.name}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    onClick={() => setPending({ kind: 'revoke', token })}
                    data-action="revoke"
                  >
                    {t('tokens.revoke')}
                    <span className="sr-only"> {token.name}</span>
                  </Button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <ConfirmDialog
          title={t(`tokens.${pending.kind}Title`, { name: isolate(pending.token.name) })}
          body={t(`tokens.${pending.kind}Body`)}
          confirmLabel={t(`tokens.${pending.kind}`)}
          pending={rotate.isPending || revoke.isPending}
          error={pending.kind === 'rotate' ? rotate.error : revoke.error}
          onConfirm={confirm}
          onClose={() => {
            rotate.reset();
            revoke.reset();
            setPending(null);
          }}
        />
      ) : null}
      {secret ? (
        <SecretDialog
          title={t('tokens.secretTitle', { name: isolate(secret.token.name) })}
          intro={t('tokens.secretIntro')}
          secret={secret.secret}
          onClose={() => setSecret(null)}
        />
      ) : null}
    </section>
  );
}
