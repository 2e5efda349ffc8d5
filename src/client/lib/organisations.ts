/**
 * The organisation filter's groups, in the desk's order: world bodies first, then the Arab and Islamic ones,
 * the Eurasian ones the desk follows closely, and other regional blocs and alliances. An organisation added
 * to the vocabulary (src/shared/tagging/codes.ts) and not placed here still shows, under the last group.
 */
import { ORGANISATION_IDS, type Organisation } from '#shared/tagging/codes.ts';

export const ORGANISATION_GROUPS = ['global', 'arabIslamic', 'eurasia', 'blocs'] as const;
export type OrganisationGroup = (typeof ORGANISATION_GROUPS)[number];

const PLACED: Record<Exclude<OrganisationGroup, 'blocs'>, readonly Organisation[]> = {
  global: ['un', 'g20', 'g7', 'imf', 'world-bank', 'brics', 'opec'],
  arabIslamic: ['arab-league', 'gcc', 'oic'],
  eurasia: ['sco', 'csto', 'eaeu', 'cis', 'ots'],
};

/** Each group with its organisations, in the order given; everything not placed elsewhere is a bloc. */
export function organisationGroups(): Array<{ group: OrganisationGroup; ids: Organisation[] }> {
  const placed = new Set<Organisation>(Object.values(PLACED).flat());
  return [
    ...Object.entries(PLACED).map(([group, ids]) => ({ group: group as OrganisationGroup, ids: [...ids] })),
    { group: 'blocs' as const, ids: ORGANISATION_IDS.filter((id) => !placed.has(id)) },
  ];
}
