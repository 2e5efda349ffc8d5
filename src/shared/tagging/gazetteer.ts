import type { Organisation, Region } from './codes.ts';
import { COUNTRY_CODES } from './countries.ts';
import {
  AMBIGUOUS,
  AMBIGUOUS_ORGANISATIONS,
  COUNTRY_NAMES,
  MULTI_COUNTRY,
  NAMED_REGIONS,
  NOT_ORGANISATIONS,
  NOT_PLACES,
  ORGANISATION_PARENTS,
  ORGANISATIONS,
  PERSON_WEIGHT,
} from './gazetteer-data.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { stemToken } from '../text/search.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';

/**
 * The gazetteer: a token trie over every name form, built once (lazily, on first use, so that importing the
 * tagging module for REGION_COUNTRIES costs nothing in the browser). Sources, weakest first: names and
 * demonyms derived from Intl.DisplayNames('ar'/'en') for every ISO code; our curated lists; ambiguous forms,
 * organisations, named regions; and finally the "not a place" and "not an organisation" sequences, which win
 * over everything.
 * When two sources of equal rank give the same form different countries, the form becomes ambiguous.
 */

/** What a matched name means. */
export interface Payload {
  countries?: string[];
  ambiguous?: { codes: string[]; context?: string[] };
  regions?: Region[];
  /** Organisations named. */
  orgs?: Organisation[];
  /** Organisations a named one belongs to (the UN of a UN agency): tagged, but they imply no topic. */
  impliedOrgs?: Organisation[];
  /** A name several organisations share: the tagger picks one from the rest of the item, or none. */
  orgChoice?: OrganisationChoice[];
  /** Relative strength of the mention (leaders are weaker than names). */
  weight: number;
  /** The match only counts if the next token is not an adjective (مجلس الأمن القومي is not the UN's). */
  notBeforeAdjective?: boolean;
  /** The match only counts if the next token is not a dual (طالبان جامعيان are two students). */
  notBeforeDual?: boolean;
}

/** One candidate of a shared name, with the stems of the words that point to it. */
export interface OrganisationChoice {
  org: Organisation;
  cueStems: string[];
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  payload: Payload | null;
  rank: number;
}

const RANK_DERIVED = 1;
const RANK_CURATED = 2;
const RANK_SPECIAL = 3;
const RANK_BLOCK = 4;

export interface Gazetteer {
  root: Map<string, TrieNode>;
}

let built: Gazetteer | null = null;

function country(code: string, weight = 1): Payload {
  return { countries: [code], weight };
}

/** The organisations a named one implies (its parent in the UN system), none for most. */
export function impliedOrganisations(org: Organisation): Organisation[] {
  const parent = ORGANISATION_PARENTS[org];
  return parent ? [parent] : [];
}

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function tokensOf(form: string): string[] {
  return tokenizeNormalized(normalizeArabic(form));
}

function build(): Gazetteer {
  const root = new Map<string, TrieNode>();

  const insert = (form: string, payload: Payload, rank: number) => {
    const tokens = tokensOf(form);
    if (tokens.length === 0) return;
    let map = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < tokens.length; i++) {
      node = map.get(tokens[i]!);
      if (!node) {
        node = { next: null, payload: null, rank: 0 };
        map.set(tokens[i]!, node);
      }
      if (i < tokens.length - 1) {
        node.next ??= new Map();
        map = node.next;
      }
    }
    const target = node!;
    if (target.payload === null || rank > target.rank) {
      target.payload = payload;
      target.rank = rank;
    } else if (rank === target.rank) {
      target.payload = merge(target.payload, payload);
    }
  };

  // 1. Intl.DisplayNames for every code, in both languages and both styles.
  const display = intlNames();
  const curatedNisba = new Set(
    Object.entries(COUNTRY_NAMES)
      .filter(([, v]) => v.nisba)
      .map(([k]) => k),
  );
  for (const code of COUNTRY_CODES) {
    for (const name of display(code)) {
      for (const form of nameForms(name)) insert(form, country(code), RANK_DERIVED);
    }
    if (!curatedNisba.has(code)) {
      const nisba = autoNisba(display(code)[0]);
      if (nisba) for (const form of nisbaForms(nisba)) insert(form, country(code), RANK_DERIVED);
    }
  }

  // 2. Curated names, demonyms, places and people.
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    for (const form of names.ar) insert(form, country(code), RANK_CURATED);
    for (const form of names.en ?? []) insert(form, country(code), RANK_CURATED);
    for (const nisba of names.nisba ?? []) {
      for (const form of nisbaForms(normalizeArabic(nisba))) insert(form, country(code), RANK_CURATED);
    }
    for (const people of names.people ?? []) {
      insert(people, country(code), RANK_CURATED);
      insert(`ال${people}`, country(code), RANK_CURATED);
    }
    for (const person of names.persons ?? []) insert(person, country(code, PERSON_WEIGHT), RANK_CURATED);
  }

  // 3. Ambiguous forms, several-country forms, organisations, named regions.
  for (const { forms, codes, context } of AMBIGUOUS) {
    for (const form of forms) {
      insert(form, { ambiguous: context ? { codes, context } : { codes }, weight: 1 }, RANK_SPECIAL);
    }
  }
  for (const { forms, codes } of MULTI_COUNTRY) {
    for (const form of forms) insert(form, { countries: codes, weight: 1 }, RANK_SPECIAL);
  }
  for (const { forms, org, countries, regions, notBeforeDual } of ORGANISATIONS) {
    const payload: Payload = { orgs: [org], weight: 1 };
    const implied = impliedOrganisations(org);
    if (implied.length) payload.impliedOrgs = implied;
    if (countries) payload.countries = countries;
    if (regions) payload.regions = regions;
    if (notBeforeDual) payload.notBeforeDual = true;
    for (const form of forms) insert(form, payload, RANK_SPECIAL);
  }
  for (const { forms, candidates } of AMBIGUOUS_ORGANISATIONS) {
    const orgChoice = candidates.map(({ org, cues }) => ({
      org,
      cueStems: cues.flatMap((cue) => tokensOf(cue).map(stemToken)),
    }));
    for (const form of forms) insert(form, { orgChoice, weight: 1 }, RANK_SPECIAL);
  }
  // "مجلس الأمن" alone is the UN Security Council; followed by an adjective it is a national one.
  insert('مجلس الأمن', { orgs: ['un'], weight: 1, notBeforeAdjective: true }, RANK_SPECIAL);
  for (const { forms, regions } of NAMED_REGIONS) {
    for (const form of forms) insert(form, { regions, weight: 1 }, RANK_SPECIAL);
  }

  // 4. Sequences that are not places, or not organisations, at all.
  for (const form of NOT_PLACES) insert(form, { weight: 0 }, RANK_BLOCK);
  for (const form of NOT_ORGANISATIONS) insert(form, { weight: 0 }, RANK_BLOCK);

  return { root };
}

/** Same-rank payloads for one form: identical countries stay, different ones become an ambiguity. */
function merge(a: Payload, b: Payload): Payload {
  const countries = new Set([...(a.countries ?? []), ...(b.countries ?? []), ...(a.ambiguous?.codes ?? [])]);
  const regions = [...new Set([...(a.regions ?? []), ...(b.regions ?? [])])];
  const orgs = [...new Set([...(a.orgs ?? []), ...(b.orgs ?? [])])];
  const impliedOrgs = [...new Set([...(a.impliedOrgs ?? []), ...(b.impliedOrgs ?? [])])];
  const out: Payload = { weight: Math.max(a.weight, b.weight) };
  if (countries.size === 1) out.countries = [...countries];
  else if (countries.size > 1) out.ambiguous = { codes: [...countries] };
  if (regions.length) out.regions = regions;
  if (orgs.length) out.orgs = orgs;
  if (impliedOrgs.length) out.impliedOrgs = impliedOrgs;
  const orgChoice = a.orgChoice ?? b.orgChoice;
  if (orgChoice) out.orgChoice = orgChoice;
  return out;
}

/** Display names of a code in Arabic then English (long and short styles); [] where Intl is unavailable. */
function intlNames(): (code: string) => string[] {
  const DisplayNames = (Intl as { DisplayNames?: typeof Intl.DisplayNames }).DisplayNames;
  if (!DisplayNames) return () => [];
  const make = (locale: string, style: 'long' | 'short') => {
    try {
      return new DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    } catch {
      return null;
    }
  };
  const displays = [make('ar', 'long'), make('ar', 'short'), make('en', 'long'), make('en', 'short')];
  return (code: string) => {
    const names: string[] = [];
    for (const display of displays) {
      const name = display?.of(code);
      // Upper-case abbreviations (US, UK) would match ordinary lowercase words; acronyms are matched apart.
      if (name && name !== code && !/^[A-Z]{1,3}$/.test(name) && !names.includes(name)) names.push(name);
    }
    return names;
  };
}

/** The forms of one display name: without its parenthesis, and the parenthesis itself when it is one word. */
function nameForms(name: string): string[] {
  const forms = [name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()];
  const inner = /\(([^)\s]+)\)/.exec(name);
  if (inner) forms.push(inner[1]!);
  return forms;
}

/** A nisba adjective derived from a one-word Arabic country name (كولومبيا → كولومبي, البرازيل → برازيلي). */
function autoNisba(arabicName: string | undefined): string | null {
  if (!arabicName || /\s/.test(arabicName) || !/^[\u0600-\u06ff]+$/.test(arabicName)) return null;
  let base = normalizeArabic(arabicName);
  if (arabicName.startsWith('ال')) base = base.slice(2);
  if (base.length < 3 || base.endsWith('ي') || base.endsWith('و')) return null;
  if (base.endsWith('يا')) return base.slice(0, -1);
  if (base.endsWith('ا') || base.endsWith('ه')) return `${base.slice(0, -1)}ي`;
  return `${base}ي`;
}

/** Every inflection of a nisba adjective (روسي → روسية, الروسيين, الروسيتين, روسيا (accusative), …). */
function nisbaForms(nisba: string): string[] {
  const forms: string[] = [];
  for (const ending of ['', 'ة', 'ين', 'ون', 'ان', 'ات', 'تين', 'تان', 'ا']) {
    forms.push(nisba + ending, `ال${nisba}${ending}`);
  }
  return forms;
}

// --- Matching ------------------------------------------------------------------------------------------

/** One recognised name in a token stream. */
export interface Match {
  payload: Payload;
  /** Index of the first token. */
  start: number;
  length: number;
}

const candidateCache = new Map<string, string[]>();
const CANDIDATE_CACHE_LIMIT = 50_000;

function isArabic(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x0621 && c <= 0x06ff;
}

/**
 * The forms a token may have once its proclitics are set aside: itself first, then without و/ف, without
 * ب/ك/ل, and لل read as ل + ال. Names are matched against these, never against substrings.
 */
export function procliticCandidates(token: string): string[] {
  let out = candidateCache.get(token);
  if (out) return out;
  out = [token];
  if (isArabic(token) && token.length > 3) {
    const bases = [token];
    const first = token[0];
    if (first === 'و' || first === 'ف') bases.push(token.slice(1));
    for (const base of bases) {
      if (base !== token) out.push(base);
      if (base.length > 3 && base.startsWith('لل')) out.push(`ال${base.slice(2)}`);
      if (base.length > 3 && (base[0] === 'ب' || base[0] === 'ك' || base[0] === 'ل')) out.push(base.slice(1));
    }
  }
  if (candidateCache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.clear();
  candidateCache.set(token, out);
  return out;
}

function isAdjective(token: string | undefined): boolean {
  return (
    token !== undefined &&
    token !== 'الدولي' &&
    token.startsWith('ال') &&
    (token.endsWith('ي') || token.endsWith('يه'))
  );
}

/**
 * A nominative dual without the article: a nisba adjective (جامعيان, أردنيان) or an imperfect verb (يفوزان,
 * تحصدان). طالبان before one of these is two students; the movement takes a singular verb (طالبان تعلن).
 */
function isDual(token: string | undefined): boolean {
  if (token === undefined || token.length < 5 || token.startsWith('ال') || !token.endsWith('ان'))
    return false;
  return token.endsWith('يان') || token[0] === 'ي' || token[0] === 'ت';
}

function guarded(payload: Payload, next: string | undefined): boolean {
  return (
    (payload.notBeforeAdjective === true && isAdjective(next)) ||
    (payload.notBeforeDual === true && isDual(next))
  );
}

/** The longest name that begins at token `start` (its first token read with or without proclitics), or null. */
export function longestNameAt(tokens: readonly string[], start: number): Match | null {
  const { root } = gazetteer();
  let bestLength = 0;
  let bestPayload: Payload | null = null;
  for (const candidate of procliticCandidates(tokens[start]!)) {
    let node = root.get(candidate);
    if (!node) continue;
    let j = start + 1;
    let length = node.payload ? 1 : 0;
    let payload = node.payload;
    while (node.next && j < tokens.length) {
      const next: TrieNode | undefined = node.next.get(tokens[j]!);
      if (!next) break;
      node = next;
      j++;
      if (node.payload) {
        length = j - start;
        payload = node.payload;
      }
    }
    if (payload && length > bestLength) {
      bestLength = length;
      bestPayload = payload;
    }
  }
  return bestPayload ? { payload: bestPayload, start, length: bestLength } : null;
}

/** All names in a normalised token stream, longest match first, left to right, without overlaps. */
export function findNames(tokens: string[]): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestNameAt(tokens, i);
    if (match) {
      if (!guarded(match.payload, tokens[i + match.length])) matches.push(match);
      i += match.length;
    } else i++;
  }
  return matches;
}

/**
 * A name that stands for exactly one country and nothing else: not an organisation that also names one
 * (حزب الله), not a leader (a weaker signal), not an ambiguous or several-country form. The tagger tags an item
 * with that country whenever it reads such a name, which is what lets search treat the name as the country.
 */
export function singleCountryOf(payload: Payload): string | null {
  if (payload.weight !== 1 || payload.countries?.length !== 1) return null;
  if (payload.orgs || payload.impliedOrgs || payload.orgChoice || payload.ambiguous || payload.regions)
    return null;
  if (payload.notBeforeAdjective || payload.notBeforeDual) return null;
  return payload.countries[0]!;
}

/**
 * A name that stands for exactly one organisation (الناتو, "NATO", منظمة الصحة العالمية): not a name several
 * bodies share, not one read only in context (مجلس الأمن before an adjective, طالبان before a dual). The country
 * or region such a name also implies (the Taliban's Afghanistan, the EU's Europe) does not change which body it
 * is. The tagger tags an item with that organisation whenever it reads the name.
 */
export function singleOrganisationOf(payload: Payload): Organisation | null {
  if (payload.weight !== 1 || payload.orgs?.length !== 1) return null;
  if (payload.orgChoice || payload.ambiguous || payload.notBeforeAdjective || payload.notBeforeDual)
    return null;
  return payload.orgs[0]!;
}
