import type { Organisation, Region, Topic, Urgency } from './codes.ts';
import { REGION_COUNTRIES, regionsOfCountry } from './countries.ts';
import { ACRONYMS, RAW_DIACRITIC_FORMS } from './gazetteer-data.ts';
import { findNames, impliedOrganisations } from './gazetteer.ts';
import type { OrganisationChoice } from './gazetteer.ts';
import { rankTopics } from './topics.ts';
import { urgencyOf } from './urgency.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { stemToken } from '../text/search.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';

/** What the tagger reads: at least a headline; the rest when the wire gives it. */
export interface TagInput {
  headline: string;
  summary?: string;
  body?: string;
  categories?: string[];
  /** The agency's own urgency, IPTC/ninjs scale 1–9 (1 most urgent). */
  agencyUrgency?: number | null;
}

/** The tags of an item; every list is ordered strongest first. */
export interface Tags {
  /** ISO 3166-1 alpha-2, upper-case. */
  countries: string[];
  regions: Region[];
  organisations: Organisation[];
  topics: Topic[];
  urgency: Urgency;
}

/**
 * Strength of a mention by where it is: headline 3, summary or feed category 2, body 1 for the first mention
 * and 0.5 for each further one, the body's total capped at BODY_CAP. So a name in the headline always outranks
 * a name that is only in the body, however often the body repeats it.
 */
const ZONE_WEIGHT = { headline: 3, categories: 2, summary: 2, body: 1 } as const;
const BODY_REPEAT_WEIGHT = 0.5;
const BODY_CAP = 2.5;
/**
 * A name that appears only in the body is tagged if it is named twice or in the lead (the body's first
 * sentence, at most LEAD_TOKENS tokens): a single passing mention further down (a list of member states, an
 * offer of help) is not what the item is about.
 */
const LEAD_TOKENS = 40;
const SENTENCE_END = /[.!?؟\n]/;
/** Where each zone starts in the position order used to break ties (headline first). */
const ZONE_OFFSET = { headline: 0, categories: 1e6, summary: 2e6, body: 3e6 } as const;
type Zone = keyof typeof ZONE_WEIGHT;
/** How much an organisation's topic implications count, by the zone it is named in. */
const ORG_TOPIC_FACTOR = { headline: 1, categories: 0.6, summary: 0.6, body: 0.5 } as const;

interface Tally {
  /** Headline, summary and category mentions. */
  score: number;
  /** Body mentions, capped. */
  bodyScore: number;
  first: number;
  outsideBody: boolean;
  bodyCount: number;
  bodyFirst: number;
}

function total(t: Tally): number {
  return t.score + t.bodyScore;
}

class Accumulator<K> {
  readonly tallies = new Map<K, Tally>();
  add(key: K, zone: Zone, weight: number, position: number, bodyIndex: number) {
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = {
        score: 0,
        bodyScore: 0,
        first: position,
        outsideBody: false,
        bodyCount: 0,
        bodyFirst: Infinity,
      };
      this.tallies.set(key, tally);
    }
    tally.first = Math.min(tally.first, position);
    if (zone === 'body') {
      tally.bodyCount++;
      tally.bodyFirst = Math.min(tally.bodyFirst, bodyIndex);
      const add = (tally.bodyCount === 1 ? ZONE_WEIGHT.body : BODY_REPEAT_WEIGHT) * weight;
      tally.bodyScore = Math.min(BODY_CAP, tally.bodyScore + add);
    } else {
      tally.outsideBody = true;
      tally.score += ZONE_WEIGHT[zone] * weight;
    }
  }
  /** Keys that pass the body rule (leadTokens: how many body tokens the lead has), strongest first. */
  ranked(leadTokens: number): K[] {
    return [...this.tallies.entries()]
      .filter(([, t]) => t.outsideBody || t.bodyCount >= 2 || t.bodyFirst < leadTokens)
      .sort((a, b) => total(b[1]) - total(a[1]) || a[1].first - b[1].first)
      .map(([key]) => key);
  }
}

interface Ambiguity {
  codes: string[];
  context?: string[];
  zone: Zone;
  weight: number;
  position: number;
  bodyIndex: number;
}

interface OrganisationAmbiguity {
  choice: OrganisationChoice[];
  zone: Zone;
  position: number;
  bodyIndex: number;
}

/** A named organisation counts, with what it says about the topic; those it implies count without. */
function addOrganisation(
  organisations: Accumulator<Organisation>,
  orgFactors: Map<Organisation, number>,
  org: Organisation,
  zone: Zone,
  position: number,
  bodyIndex: number,
) {
  organisations.add(org, zone, 1, position, bodyIndex);
  orgFactors.set(org, Math.max(orgFactors.get(org) ?? 0, ORG_TOPIC_FACTOR[zone]));
  for (const implied of impliedOrganisations(org)) organisations.add(implied, zone, 1, position, bodyIndex);
}

/** English set all in capitals (three words or more, none in lower case): its acronyms may be plain words. */
function isShouted(raw: string): boolean {
  const words = raw.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length >= 3 && words.every((word) => word === word.toUpperCase());
}

/** Tags an item: countries, regions, organisations, topics (each strongest first) and urgency. */
export function tagText(input: TagInput): Tags {
  const countries = new Accumulator<string>();
  const regions = new Accumulator<Region>();
  const organisations = new Accumulator<Organisation>();
  const orgFactors = new Map<Organisation, number>();
  const ambiguities: Ambiguity[] = [];
  const orgAmbiguities: OrganisationAmbiguity[] = [];

  const normalizedHeadline = normalizeArabic(input.headline ?? '');
  const zones: { zone: Zone; raw: string; normalized: string }[] = [
    { zone: 'headline', raw: input.headline ?? '', normalized: normalizedHeadline },
  ];
  for (const category of input.categories ?? []) {
    if (category) zones.push({ zone: 'categories', raw: category, normalized: normalizeArabic(category) });
  }
  if (input.summary)
    zones.push({ zone: 'summary', raw: input.summary, normalized: normalizeArabic(input.summary) });
  if (input.body) zones.push({ zone: 'body', raw: input.body, normalized: normalizeArabic(input.body) });

  const tokensByZone: Record<Zone, string[]> = { headline: [], categories: [], summary: [], body: [] };
  const categoryTexts: string[] = [];
  for (const { zone, raw, normalized } of zones) {
    const tokens = tokenizeNormalized(normalized);
    const offset = ZONE_OFFSET[zone] + tokensByZone[zone].length;
    const bodyBase = tokensByZone[zone].length;
    // Topic cues are read from these tokens less the organisations' names: what a name says about the topic
    // is in ORGANISATION_TOPICS (حزب الله is not a party-politics story, the IAEA's الطاقة not an energy one).
    let topicTokens = tokens;

    for (const { payload, start, length } of findNames(tokens)) {
      const position = offset + start;
      const bodyIndex = bodyBase + start;
      for (const code of payload.countries ?? [])
        countries.add(code, zone, payload.weight, position, bodyIndex);
      for (const region of payload.regions ?? [])
        regions.add(region, zone, payload.weight, position, bodyIndex);
      for (const org of payload.orgs ?? []) {
        organisations.add(org, zone, payload.weight, position, bodyIndex);
        orgFactors.set(org, Math.max(orgFactors.get(org) ?? 0, ORG_TOPIC_FACTOR[zone]));
      }
      for (const org of payload.impliedOrgs ?? []) {
        organisations.add(org, zone, payload.weight, position, bodyIndex);
      }
      if (payload.ambiguous) {
        ambiguities.push({ ...payload.ambiguous, zone, weight: payload.weight, position, bodyIndex });
      }
      if (payload.orgChoice) orgAmbiguities.push({ choice: payload.orgChoice, zone, position, bodyIndex });
      if (payload.orgs || payload.orgChoice) {
        if (topicTokens === tokens) topicTokens = tokens.slice();
        topicTokens.fill('', start, start + length);
      }
    }
    if (zone === 'categories') categoryTexts.push(raw);
    else tokensByZone[zone] = tokensByZone[zone].concat(topicTokens);
    // All-caps acronyms (US, UK, EU, UN) and diacritised forms only exist in the raw text.
    if (/[A-Z]/.test(raw)) {
      const shouted = isShouted(raw);
      for (const { pattern, country, org, notShouted } of ACRONYMS) {
        if (notShouted && shouted) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
          const position = offset + m.index / 8;
          const bodyIndex = bodyBase + m.index / 8;
          if (country) countries.add(country, zone, 1, position, bodyIndex);
          if (org) addOrganisation(organisations, orgFactors, org, zone, position, bodyIndex);
        }
      }
    }
    for (const { pattern, code } of RAW_DIACRITIC_FORMS) {
      const m = pattern.exec(raw);
      if (m) countries.add(code, zone, 1, offset + m.index / 8, bodyBase + m.index / 8);
    }
  }

  // Ambiguous names count for a candidate the item names some other way (or, with context, for the first).
  for (const a of ambiguities) {
    const present = a.codes.filter((code) => countries.tallies.has(code));
    let code: string | undefined;
    if (present.length === 1) code = present[0];
    else if (present.length === 0 && a.context?.some((c) => countries.tallies.has(c))) code = a.codes[0];
    if (code) countries.add(code, a.zone, a.weight, a.position, a.bodyIndex);
  }
  // A shared organisation name counts for the candidate the item names some other way, else for the one
  // whose cue words it uses; when neither settles it, for none.
  if (orgAmbiguities.length > 0) {
    let stems: Set<string> | null = null;
    for (const a of orgAmbiguities) {
      let chosen = a.choice.filter(({ org }) => organisations.tallies.has(org));
      if (chosen.length === 0) {
        stems ??= new Set(
          [...tokensByZone.headline, ...tokensByZone.summary, ...tokensByZone.body].map(stemToken),
        );
        const cued = stems;
        chosen = a.choice.filter(({ cueStems }) => cueStems.some((stem) => cued.has(stem)));
      }
      if (chosen.length === 1) {
        addOrganisation(organisations, orgFactors, chosen[0]!.org, a.zone, a.position, a.bodyIndex);
      }
    }
  }

  const body = zones.find((z) => z.zone === 'body');
  const leadEnd = body ? body.normalized.search(SENTENCE_END) : -1;
  const leadTokens = body
    ? Math.min(
        LEAD_TOKENS,
        leadEnd < 0 ? Infinity : tokenizeNormalized(body.normalized.slice(0, leadEnd)).length,
      )
    : 0;
  const countryList = countries.ranked(leadTokens);

  // Regions: named ones plus those of every tagged country, scored by the country's own strength.
  const regionScores = new Map<Region, { score: number; first: number }>();
  for (const region of regions.ranked(leadTokens)) {
    const t = regions.tallies.get(region)!;
    regionScores.set(region, { score: total(t), first: t.first });
  }
  for (const code of countryList) {
    const t = countries.tallies.get(code)!;
    for (const region of regionsOfCountry(code)) {
      const r = regionScores.get(region) ?? { score: 0, first: t.first };
      r.score += total(t);
      r.first = Math.min(r.first, t.first);
      regionScores.set(region, r);
    }
  }
  const regionList = [...regionScores.entries()]
    .sort(
      (a, b) =>
        b[1].score - a[1].score ||
        a[1].first - b[1].first ||
        REGION_COUNTRIES[a[0]].length - REGION_COUNTRIES[b[0]].length,
    )
    .map(([region]) => region);

  const organisationList = organisations.ranked(leadTokens);
  // Only organisations named say something about the topic; those merely implied (the UN of an agency) do not.
  const keptOrgs = new Map<Organisation, number>();
  for (const org of organisationList) {
    const factor = orgFactors.get(org);
    if (factor !== undefined) keptOrgs.set(org, factor);
  }

  const topics = rankTopics({
    headline: tokensByZone.headline,
    summary: tokensByZone.summary,
    body: tokensByZone.body,
    categories: categoryTexts,
    organisations: keptOrgs,
    countryCount: countryList.length,
    namedRegions: regions.ranked(leadTokens).length,
  });

  return {
    countries: countryList,
    regions: regionList,
    organisations: organisationList,
    topics,
    urgency: urgencyOf(normalizedHeadline, input.agencyUrgency),
  };
}
