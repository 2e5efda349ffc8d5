import type { Region } from './codes.ts';

/**
 * ISO 3166-1 alpha-2 codes (all 249 officially assigned), plus XK for Kosovo, the user-assigned code that
 * Intl, CLDR and most news systems use.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
).split(' ');

const list = (codes: string): readonly string[] => codes.split(' ');

// Sub-regions of the Arab world first; the umbrella regions (middle-east, africa, europe) include them, so a
// Gulf story is found under both "gulf" and "middle-east". Membership follows common Arabic newsroom usage
// (الخليج = the six GCC states; بلاد الشام includes Palestine and, geographically, Israel) and the UN M49
// geoscheme elsewhere. Russia is in eastern-europe but not in europe, Turkey in middle-east but not in europe,
// and the South Caucasus is its own group: that is how this desk files them.
const GULF = 'SA AE QA KW BH OM';
const LEVANT = 'SY LB JO PS IL';
const MAGHREB = 'MA DZ TN LY MR EH';
const NILE = 'EG SD SS';
const EASTERN_EUROPE = 'RU UA BY MD PL RO BG HU CZ SK';
const WESTERN_EUROPE =
  'GB IE FR DE IT ES PT NL BE LU CH AT LI MC AD SM VA MT CY GR DK SE NO FI IS EE LV LT SI HR BA RS ME MK AL XK ' +
  'FO AX GG JE IM GI SJ';
const LATIN_AMERICA =
  'MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT GD LC VC AG DM KN PR AW CW SX BQ MF BL GP MQ KY TC VG VI AI MS ' +
  'CO VE EC PE BO BR PY UY AR CL GY SR GF FK GS';
const SUB_SAHARAN =
  'MR ML NE TD SN GM GW GN SL LR CI BF GH TG BJ NG CV CM CF GQ GA CG CD AO ST ET ER DJ SO KE UG TZ RW BI SS SD ' +
  'MW ZM ZW MZ MG MU SC KM YT RE NA BW ZA LS SZ SH IO TF';

/** The countries of each region (a country may be in several: gulf ⊂ middle-east, maghreb ⊂ africa, …). */
export const REGION_COUNTRIES: Record<Region, readonly string[]> = {
  'central-asia': list('KZ UZ TJ KG TM'),
  'south-caucasus': list('AZ AM GE'),
  gulf: list(GULF),
  levant: list(LEVANT),
  maghreb: list(MAGHREB),
  'nile-valley': list(NILE),
  'middle-east': list(`${GULF} ${LEVANT} IQ IR TR YE EG`),
  'east-asia': list('CN JP KR KP MN TW HK MO'),
  'south-asia': list('IN PK BD LK NP BT MV AF'),
  'southeast-asia': list('ID MY SG TH VN PH MM KH LA BN TL'),
  europe: list(`${WESTERN_EUROPE} PL RO BG HU CZ SK UA BY MD`),
  'eastern-europe': list(EASTERN_EUROPE),
  'north-america': list('US CA MX GL BM PM UM'),
  'latin-america': list(LATIN_AMERICA),
  africa: [...new Set(list(`${SUB_SAHARAN} ${MAGHREB} EG`))],
  oceania: list('AU NZ PG FJ SB VU NC PF WS TO KI TV NR PW FM MH CK NU TK WF AS GU MP NF PN CC CX HM'),
};

const REGIONS_BY_COUNTRY = new Map<string, Region[]>();
for (const [region, codes] of Object.entries(REGION_COUNTRIES) as [Region, readonly string[]][]) {
  for (const code of codes) {
    const regions = REGIONS_BY_COUNTRY.get(code) ?? [];
    regions.push(region);
    REGIONS_BY_COUNTRY.set(code, regions);
  }
}

// Most specific first: a smaller region says more (PL → eastern-europe before europe).
for (const regions of REGIONS_BY_COUNTRY.values()) {
  regions.sort((a, b) => REGION_COUNTRIES[a].length - REGION_COUNTRIES[b].length);
}

/** The regions a country belongs to, most specific first (e.g. SA → gulf, middle-east); [] if none. */
export function regionsOfCountry(code: string): Region[] {
  return [...(REGIONS_BY_COUNTRY.get(code.toUpperCase()) ?? [])];
}
