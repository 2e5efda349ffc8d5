import { describe, expect, it } from 'vitest';
import { suggestTags } from './suggested-tags.ts';

const item = (patch: Partial<Parameters<typeof suggestTags>[0]> = {}) => ({
  countries: ['KZ'],
  regions: ['central-asia'],
  organisations: [],
  topics: [],
  manualTags: [],
  ...patch,
});

describe('suggested tags', () => {
  it('shows what the text makes of the tags: added and removed, kind by kind', () => {
    const suggestions = suggestTags(item(), {
      headline: 'العراق يطالب إيران بتسهيل مرور الغاز',
      summary: '',
      body: '',
    });
    const countries = suggestions.find((suggestion) => suggestion.kind === 'countries')!;
    expect(countries.next).toEqual(expect.arrayContaining(['IQ', 'IR']));
    expect(countries.added).toEqual(expect.arrayContaining(['IQ', 'IR']));
    expect(countries.removed).toEqual(['KZ']);
  });

  it('leaves kinds set by hand as they are', () => {
    const suggestions = suggestTags(item({ manualTags: ['countries'] }), {
      headline: 'العراق يطالب إيران بتسهيل مرور الغاز',
      summary: '',
      body: '',
    });
    expect(suggestions.find((suggestion) => suggestion.kind === 'countries')).toMatchObject({
      manual: true,
      next: ['KZ'],
      added: [],
      removed: [],
    });
  });
});
