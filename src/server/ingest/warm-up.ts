/**
 * Builds, before the server takes requests, what tagging and near-duplicate matching would otherwise build for
 * the first wire item of a start: the gazetteer, the topic lexicon and the near-duplicate vocabulary (about
 * 100 ms of CPU and 2 MB). Built on first use, they held the event loop for 100–170 ms when that item arrived,
 * every request and screen waiting behind it: the largest stall the live bench saw with one screen.
 */
import { tagText, type Tags } from '#shared/tagging/tagger.ts';
import { signatureOf } from './near-duplicates.ts';

/** A headline as the desk's wire sends them: Arabic, with countries, a capital and a topic to find. */
const SAMPLE = 'رئيس كازاخستان يستقبل وزير خارجية أذربيجان في أستانا لبحث التعاون في مجال الطاقة';

/** Returns what it found in its sample: the countries and topics show that both lexicons were built. */
export function warmUpTagging(): Tags {
  const tags = tagText({ headline: SAMPLE, summary: SAMPLE, body: SAMPLE });
  signatureOf({ headline: SAMPLE, summary: SAMPLE, countries: tags.countries, language: 'ar', time: 0 });
  return tags;
}
