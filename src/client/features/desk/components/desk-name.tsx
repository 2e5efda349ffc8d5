import { useTranslation } from 'react-i18next';
import { localName } from '#client/lib/local-names.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useDesks } from '../api/get-desks.ts';

/** The signed-in user's desk (the first, when they sit on several). */
export function DeskName() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { data } = useDesks();
  const desk = data?.desks.find((candidate) => user.deskIds.includes(candidate.id));
  return (
    <span className="truncate text-sm text-ink-soft">
      <span className="sr-only">{t('header.desk')}: </span>
      <bdi>{desk ? localName(desk.name, desk.nameEn, i18n.language) : data ? t('header.noDesk') : ''}</bdi>
    </span>
  );
}
