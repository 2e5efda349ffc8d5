/**
 * The organisation filter's groups, in the desk's order: world bodies first, the UN's agencies, the
 * international courts and the Red Cross, then the Arab and Islamic bodies, the armed movements regional copy
 * names daily, the Eurasian bodies the desk follows closely, and other regional blocs and alliances. An
 * organisation added to the vocabulary (src/shared/tagging/codes.ts) and not placed here still shows, under the
 * last group.
 */
import { ORGANISATION_IDS, type Organisation } from '#shared/tagging/codes.ts';

export const ORGANISATION_GROUPS = [
  'global',
  'unAgencies',
  'courtsRelief',
  'arabIslamic',
  'movements',
  'eurasia',
  'blocs',
] as const;
export type OrganisationGroup = (typeof ORGANISATION_GROUPS)[number];

const PLACED: Record<Exclude<OrganisationGroup, 'blocs'>, readonly Organisation[]> = {
  global: ['un', 'g20', 'g7', 'imf', 'world-bank', 'wto', 'brics', 'opec'],
  unAgencies: ['who', 'unicef', 'unhcr', 'wfp', 'unrwa', 'unesco', 'iaea'],
  courtsRelief: ['icj', 'icc', 'icrc'],
  arabIslamic: ['arab-league', 'gcc', 'oic'],
  movements: ['hamas', 'hezbollah', 'houthis', 'taliban', 'isis', 'pkk'],
  eurasia: ['sco', 'csto', 'eaeu', 'cis', 'ots'],
};

/** Each group with its organisations, in the order given; everything not placed elsewhere is a bloc. */
export function organisationGroups(): Array<{ group: OrganisationGroup; ids: Organisation[] }> {
  const placed = new Set<Organisation>(Object.values(PLACED).flat());
  return [
    ...ORGANISATION_GROUPS.filter((group) => group !== 'blocs').map((group) => ({
      group,
      ids: [...PLACED[group]],
    })),
    { group: 'blocs' as const, ids: ORGANISATION_IDS.filter((id) => !placed.has(id)) },
  ];
}
