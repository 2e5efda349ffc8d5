import { describe, expect, it } from 'vitest';
import { FEED_FORMAT_IDS } from '#shared/schemas/feeds.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { ar, en };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [child, text] of leaves(value, path)) out.set(child, text);
  }
  return out;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);

/** The variables of a key across its plural forms, count aside (a plural form may leave it out). */
const varsOf = (locale: string, base: string) =>
  new Set(
    [...leaves(LOCALES[locale]!)]
      .filter(([key]) => key.replace(PLURAL_SUFFIX, '') === base)
      .flatMap(([, text]) => variables(text))
      .filter((name) => name !== 'count'),
  );

// The same checks as src/shared/i18n/locales/locales.test.ts, for the feeds page's own namespace.
describe('feeds page strings', () => {
  const bases = Object.fromEntries(
    Object.entries(LOCALES).map(([locale, tree]) => [
      locale,
      new Map([...leaves(tree)].map(([key, text]) => [key.replace(PLURAL_SUFFIX, ''), text])),
    ]),
  );

  it('has the same keys in Arabic and English', () => {
    expect([...bases.ar!.keys()].sort()).toEqual([...bases.en!.keys()].sort());
  });

  it('uses the same interpolation variables in both languages (count aside)', () => {
    for (const base of bases.ar!.keys())
      expect([...varsOf('ar', base)].sort(), base).toEqual([...varsOf('en', base)].sort());
  });

  it.each(Object.keys(LOCALES))('%s gives every plural key all the forms its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const all = leaves(LOCALES[locale]!);
    for (const key of all.keys()) {
      const match = PLURAL_SUFFIX.exec(key);
      if (!match) continue;
      for (const category of categories)
        expect(all.has(`${key.slice(0, match.index)}_${category}`)).toBe(true);
    }
  });

  it('names every feed format the server can detect', () => {
    for (const tree of Object.values(LOCALES))
      for (const format of FEED_FORMAT_IDS) expect(leaves(tree).has(`format.${format}`), format).toBe(true);
  });
});
