import { useEffect, useRef, useState } from 'react';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { usePeopleTranslation } from '../i18n.ts';

/**
 * A secret shown once (a one-time password, a service token): selectable, copyable, never stored by the page.
 * It is gone when the dialog closes; the server keeps only its hash.
 */
export function SecretDialog({
  title,
  intro,
  secret,
  onClose,
}: {
  title: string;
  intro: string;
  secret: string;
  onClose(): void;
}) {
  const { t } = usePeopleTranslation();
  const [copied, setCopied] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.select(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      fieldRef.current?.select();
    }
  };
  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="flex flex-col gap-3" data-testid="secret-dialog">
        <p className="text-sm text-ink">{intro}</p>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-ink-soft">{t('secret.label')}</span>
          <input
            ref={fieldRef}
            readOnly
            value={secret}
            dir="ltr"
            translate="no"
            spellCheck={false}
            className="rounded border border-surface-line bg-surface-sunken px-2 py-1.5 font-mono text-sm"
            data-testid="secret-value"
          />
        </label>
        <p className="text-xs text-ink-soft">{t('secret.once')}</p>
        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button onClick={() => void copy()} data-testid="secret-copy">
            {copied ? t('secret.copied') : t('secret.copy')}
          </Button>
          <Button variant="primary" onClick={onClose} data-testid="secret-done">
            {t('secret.done')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
