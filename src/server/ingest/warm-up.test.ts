import { expect, it } from 'vitest';
import { warmUpTagging } from './warm-up.ts';

it('the warm-up goes through the gazetteer and the topic lexicon: its sample finds countries and a topic', () => {
  const tags = warmUpTagging();
  expect(tags.countries).toEqual(expect.arrayContaining(['KZ', 'AZ']));
  expect(tags.topics.length).toBeGreaterThan(0);
});
