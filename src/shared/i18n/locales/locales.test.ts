import { describe, expect, it } from 'vitest';
import { ACTIONS, ITEM_STATUSES } from '../../workflow.ts';
import { FEED_FORMAT_IDS } from '../../schemas/feeds.ts';
import { NOTIFICATION_KINDS } from '../../schemas/views.ts';
import { ORGANISATION_IDS, REGION_IDS, TOPIC_IDS } from '../../tagging/codes.ts';
import ar from './ar.json';
import arPages from './ar.pages.json';
import en from './en.json';
import enPages from './en.pages.json';

type Tree = { [key: string]: string | Tree };
/** Each language whole: the shell's strings and the on-demand pages' (loaded with those pages). */
const LOCALES: Record<string, Tree> = { ar: { ...ar, ...arPages }, en: { ...en, ...enPages } };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as a dotted key (`errors.workflow.wrong_state`) with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [child, text] of leaves(value, path)) out.set(child, text);
  }
  return out;
}

/** Keys with their plural forms folded together (`queue.count_one`, `queue.count_few` → `queue.count`). */
function baseKeys(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of leaves(tree)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    out.set(base, [...(out.get(base) ?? []), text]);
  }
  return out;
}

/** The interpolation variables of a text: `{{count, number}}` → count. */
function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);
}

describe('UI locale files', () => {
  it('splits each language the same way, with no block in both the shell and the pages', () => {
    expect(Object.keys(arPages).sort()).toEqual(Object.keys(enPages).sort());
    for (const [shell, pages] of [
      [ar, arPages],
      [en, enPages],
    ] as const)
      expect(Object.keys(pages).filter((block) => block in shell)).toEqual([]);
  });

  const keys = Object.fromEntries(Object.entries(LOCALES).map(([locale, tree]) => [locale, baseKeys(tree)]));

  it.each(Object.keys(LOCALES))('%s has every key the other languages have', (locale) => {
    const mine = keys[locale]!;
    const missing = Object.entries(keys)
      .filter(([other]) => other !== locale)
      .flatMap(([other, theirs]) =>
        [...theirs.keys()].filter((key) => !mine.has(key)).map((key) => `${key} (in ${other})`),
      );
    expect(missing).toEqual([]);
  });

  it('uses the same interpolation variables in every language', () => {
    const mismatches: string[] = [];
    for (const [key, arTexts] of keys.ar!) {
      const enTexts = keys.en!.get(key);
      if (!enTexts) continue;
      // A plural form may leave the number out ("خبر واحد"); every other variable must be in both languages.
      const plural = arTexts.length > 1 || enTexts.length > 1;
      const vars = (texts: string[]) =>
        new Set(texts.flatMap(variables).filter((name) => !(plural && name === 'count')));
      const a = [...vars(arTexts)].sort().join(',');
      const e = [...vars(enTexts)].sort().join(',');
      if (a !== e) mismatches.push(`${key}: ar {${a}} / en {${e}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s gives every plural key all the forms its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const all = leaves(LOCALES[locale]!);
    const incomplete: string[] = [];
    for (const key of all.keys()) {
      const match = PLURAL_SUFFIX.exec(key);
      if (!match) continue;
      const base = key.slice(0, match.index);
      for (const category of categories)
        if (!all.has(`${base}_${category}`)) incomplete.push(`${base}_${category}`);
    }
    expect([...new Set(incomplete)]).toEqual([]);
  });

  // In a right-to-left sentence an address's scheme is read as a neutral run: "https://" drew as "//:https"
  // unless it is isolated left to right (LRI … PDI), as the page shows it.
  it('isolates the addresses in Arabic texts', () => {
    const bare: string[] = [];
    for (const [key, text] of leaves(LOCALES.ar!)) {
      for (const match of text.matchAll(/(?:https?:\/\/|mailto:|tel:)/g))
        if (text[match.index - 1] !== '\u2066') bare.push(`${key}: ${match[0]}`);
    }
    expect(bare).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const [locale, tree] of Object.entries(LOCALES)) {
      for (const [key, text] of leaves(tree)) expect(text.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  // A tag vocabulary id without a name would show as a raw id ("world-bank") in chips, filters and the editor.
  it.each(Object.keys(LOCALES))('%s names every topic, region and organisation id', (locale) => {
    const all = leaves(LOCALES[locale]!);
    const missing = [
      ...TOPIC_IDS.map((id) => `topics.${id}`),
      ...REGION_IDS.map((id) => `regions.${id}`),
      ...ORGANISATION_IDS.map((id) => `organisations.${id}`),
    ].filter((key) => !all.has(key));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(LOCALES))(
    '%s names every status, action, notification kind and feed format',
    (locale) => {
      const all = leaves(LOCALES[locale]!);
      const missing = [
        ...ITEM_STATUSES.map((id) => `status.${id}`),
        ...ACTIONS.map((id) => `actions.${id}`),
        ...ACTIONS.map((id) => `timeline.item_${id}`),
        ...NOTIFICATION_KINDS.map((id) => `notifications.${id}`),
        ...FEED_FORMAT_IDS.map((id) => `feedsAdmin.format.${id}`),
      ].filter((key) => !all.has(key));
      expect(missing).toEqual([]);
    },
  );
});
