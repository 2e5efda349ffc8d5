import { useTranslation } from 'react-i18next';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { Kbd } from '#client/components/ui/kbd.tsx';
import { directionOf } from '#client/lib/i18n.ts';
import { useUiStore } from '#client/stores/ui-store.ts';

/** `?`: the keyboard shortcuts, with the left/right arrows shown as they work in this direction. */
export function ShortcutsDialog() {
  const { t, i18n } = useTranslation();
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  const rtl = directionOf(i18n.language) === 'rtl';
  const rows: Array<[string[], string]> = [
    [['j', '↓'], 'shortcuts.next'],
    [['k', '↑'], 'shortcuts.prev'],
    [[t('keys.enter')], 'shortcuts.open'],
    [[rtl ? '←' : '→'], 'shortcuts.forward'],
    [[rtl ? '→' : '←'], 'shortcuts.back'],
    [['a'], 'shortcuts.accept'],
    [['s'], 'shortcuts.spike'],
    [['x'], 'shortcuts.select'],
    [['/'], 'shortcuts.search'],
    [[t('keys.escape')], 'shortcuts.escape'],
    [['?'], 'shortcuts.help'],
  ];
  return (
    <Dialog open={open} onClose={() => setOpen(false)} title={t('shortcuts.title')}>
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm" data-testid="shortcuts">
        {rows.map(([keys, label]) => (
          <div key={label} className="contents">
            <dt className="flex gap-1" dir="ltr">
              {keys.map((key) => (
                <Kbd key={key}>{key}</Kbd>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-ink-faint">{t('shortcuts.layoutNote')}</p>
    </Dialog>
  );
}
