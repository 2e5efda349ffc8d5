import type { Desk } from '#shared/schemas/users.ts';

/** A desk's name in the interface's language (its Arabic name when it has no English one). */
export function deskLabel(desk: Pick<Desk, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && desk.nameEn ? desk.nameEn : desk.name;
}
