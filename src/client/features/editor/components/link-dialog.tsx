import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { directionOf, type Direction } from '#shared/text/direction.ts';
import { linkAddress } from '../lib/link-address.ts';

/**
 * Ctrl/Cmd+K: a link on the selected words, or on new words when nothing is selected; the link under the caret
 * is edited or removed. The address is checked before it is set (absolute, http(s)/mailto/tel): a wrong one is
 * refused with the reason, never silently dropped.
 */
export function LinkDialog({
  editor,
  baseDirection,
  onClose,
}: {
  editor: Editor;
  baseDirection: Direction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const { from, to, empty } = editor.state.selection;
  const needsText = empty && !existing;
  const [address, setAddress] = useState(existing);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = linkAddress(address);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus();
    if (needsText) {
      const words = text.trim() || href;
      chain
        .insertContentAt(from, { type: 'text', text: words, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else if (existing && empty) chain.extendMarkRange('link').setLink({ href }).run();
    else chain.setTextSelection({ from, to }).setLink({ href }).run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <Dialog open onClose={onClose} title={t('editor.link')}>
      <form onSubmit={submit} className="flex flex-col gap-3" data-testid="link-dialog" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor="link-address" className="text-xs font-medium text-ink-soft">
            {t('editor.linkAddress')}
          </label>
          <input
            id="link-address"
            type="url"
            dir="ltr"
            autoComplete="url"
            value={address}
            aria-invalid={invalid || undefined}
            aria-describedby="link-address-hint"
            onChange={(event) => {
              setAddress(event.target.value);
              setInvalid(false);
            }}
            className="h-9 rounded-md border border-surface-line px-3 text-sm"
            // The dialog exists to take this address: it opens on it.
            data-autofocus
          />
          <p
            id="link-address-hint"
            className={`text-xs ${invalid ? 'text-rose-800' : 'text-ink-faint'}`}
            role={invalid ? 'alert' : undefined}
          >
            {t(invalid ? 'editor.linkInvalid' : 'editor.linkHint')}
          </p>
        </div>
        {needsText ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="link-text" className="text-xs font-medium text-ink-soft">
              {t('editor.linkText')}
            </label>
            <input
              id="link-text"
              type="text"
              dir={directionOf(text, baseDirection)}
              value={text}
              onChange={(event) => setText(event.target.value)}
              className="h-9 rounded-md border border-surface-line px-3 text-sm"
            />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" size="sm" data-testid="link-apply">
            {t('editor.linkApply')}
          </Button>
          {existing ? (
            <Button size="sm" variant="danger" onClick={remove}>
              {t('editor.linkRemove')}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
