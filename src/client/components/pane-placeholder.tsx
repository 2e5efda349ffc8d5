import { useTranslation } from 'react-i18next';
import { EmptyState } from './ui/state-message.tsx';

/** What the item pane shows when no item is open. */
export function PanePlaceholder() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('item.noneOpen')}>
      <p>{t('item.noneOpenHint')}</p>
    </EmptyState>
  );
}
