/**
 * Names in the reader's language. Desks and sources (agencies, feeds) are named in Arabic and may have an
 * English form: the English interface shows it, and falls back to the other name when there is none. Country
 * and organisation names come from Intl and the locale files (format.ts, organisations.ts).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceName } from '#shared/schemas/feeds.ts';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** The name to show in `locale`: the English form in English when there is one, else the name itself. */
export function localName(name: string, nameEn: string | null | undefined, locale: string): string {
  return locale.startsWith('en') && nameEn ? nameEn : name;
}

/** GET /api/sources/names: the sources that have an English name. */
export async function getSourceNames(): Promise<{ sources: SourceName[] }> {
  return apiRequest('/api/sources/names');
}

export function getSourceNamesQueryOptions(enabled = true) {
  return queryOptions({
    queryKey: queryKeys.sourceNames,
    queryFn: getSourceNames,
    // Names change rarely; a feed's change invalidates them (the key is under 'feeds').
    staleTime: 10 * 60_000,
    select: (data) => new Map(data.sources.map((source) => [source.name, source.nameEn])),
    enabled,
  });
}

/**
 * `(source) => name to show`: in the English interface a source's English name once known, else the name the
 * items carry. The Arabic interface asks for nothing.
 */
export function useSourceName(): (source: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const { data } = useQuery(getSourceNamesQueryOptions(english));
  return useCallback(
    (source: string) => (english ? localName(source, data?.get(source), i18n.language) : source),
    [english, data, i18n.language],
  );
}
