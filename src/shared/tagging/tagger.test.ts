import { describe, expect, it } from 'vitest';
import { tagText } from './tagger.ts';
import { ORGANISATION_IDS, REGION_IDS, TOPIC_IDS } from './codes.ts';

const countries = (headline: string) => tagText({ headline }).countries;

describe('country tagging', () => {
  it.each<[string, string[]]>([
    // names with proclitics, demonyms in all their forms, capitals, regions and metonyms
    ['وبكازاخستان والكازاخستانيين', ['KZ']],
    ['الأوزبكي والأوزبكية والأوزبكيين', ['UZ']],
    ['الروسي الروسية الروسيين الروسيتين', ['RU']],
    ['الأمريكية والأميركية وأمريكا', ['US']],
    ['الأرمينية والأرمنية والأرمن', ['AM']],
    ['الأذري والأذربيجاني', ['AZ']],
    ['اذربيجان بلا همزة', ['AZ']],
    ['قيرغيزستان وقرغيزستان', ['KG']],
    ['قازاقستان', ['KZ']],
    // the two-word Korean adjectives and the سول spelling of Seoul
    ['الرئيس الكوري الجنوبي يستقبل الوفد في سول', ['KR']],
    ['الصواريخ الكورية الشمالية', ['KP']],
    ['طشقند', ['UZ']],
    ['نور سلطان', ['KZ']],
    ['عشق آباد', ['TM']],
    ['الكرملين', ['RU']],
    ['البيت الأبيض والبنتاغون', ['US']],
    ['شينجيانغ', ['CN']],
    ['حقل تنغيز', ['KZ']],
    ['ناغورنو قره باغ', ['AZ']],
    ['القرم', ['UA']],
    ['للعراق', ['IQ']],
    ['لليبيا', ['LY']],
    ['وبكين', ['CN']],
    ['الصين والصينيين', ['CN']],
    ['السعودية', ['SA']],
    ['سعودي', ['SA']],
    ['مصري', ['EG']],
    ['الجزائر', ['DZ']],
    ['الكويت', ['KW']],
    ['الإمارات العربية المتحدة', ['AE']],
    ['المملكة العربية السعودية', ['SA']],
    ['كوريا الجنوبية', ['KR']],
    ['كوريا الشمالية', ['KP']],
    ['مُوسْكُو', ['RU']],
    // English
    ['Kazakhstan and Uzbek officials', ['KZ', 'UZ']],
    ['US and UK', ['US', 'GB']],
  ])('%s → %j', (headline, expected) => {
    expect(new Set(countries(headline))).toEqual(new Set(expected));
  });

  it.each([
    // whole tokens only: تركيا ≠ تركستان ≠ تركمانستان
    ['تركستان', []],
    ['تركمانستان', ['TM']],
    ['تركيا', ['TR']],
    // an organisation that contains a place is not that place
    ['منظمة شنغهاي للتعاون', []],
    ['مجلس التعاون الخليجي', []],
    ['“الأمن الجماعي” قلقة', []],
    ['منظمة الدول التركية', []],
    // words that look like names
    ['الجنوبية', []],
    ['الأمن', []],
    ['الخليج', []],
    ['الدعم المالي', []],
    ['المحيط الهندي', []],
    ['الأمير تركي الفيصل', []],
    ['the us economy', []],
    ['أمريكا اللاتينية', []],
    // ambiguous and unresolved: left untagged rather than guessed
    ['عمان تستضيف', []],
    ['كوريا', []],
    ['طرابلس', []],
    ['الكونغو', []],
    ['السيول تجتاح القرى', []],
  ])('%s → nothing wrong', (headline, expected) => {
    expect(countries(headline)).toEqual(expected);
  });

  it('resolves an ambiguity from the rest of the item', () => {
    expect(countries('الأردن: عمان تحتضن اجتماعا')).toEqual(['JO']);
    expect(countries('ليبيا: اشتباكات في طرابلس')).toEqual(['LY']);
    expect(countries('بوركينا فاسو ومالي والنيجر')).toContain('ML');
    expect(countries('سيول وبيونغ يانغ')).toEqual(['KR', 'KP']);
    expect(countries('سيول: ارتفاع الصادرات')).toEqual(['KR']);
  });

  it('reads diacritics that normalisation would erase', () => {
    expect(countries('عُمان تستضيف')).toEqual(['OM']);
    expect(countries('عمّان تستضيف')).toEqual(['JO']);
  });

  it('Georgia is the country unless it is the state', () => {
    expect(countries('جورجيا')).toEqual(['GE']);
    expect(countries('ولاية جورجيا')).toEqual(['US']);
  });

  it('orders by strength: headline beats body', () => {
    const tags = tagText({
      headline: 'أرمينيا تحتج',
      body: 'وقالت أذربيجان إن أذربيجان ترفض، وأذربيجان لن تقبل. أذربيجان تكرر.',
    });
    expect(tags.countries).toEqual(['AM', 'AZ']);
  });

  it('ignores a single passing body mention outside the lead', () => {
    const tags = tagText({
      headline: 'فيضانات في كازاخستان',
      body: 'أجلت السلطات آلاف السكان من المناطق الشمالية. وعرضت روسيا تقديم المساعدة.',
    });
    expect(tags.countries).toEqual(['KZ']);
  });

  it('covers the whole world through Intl names', () => {
    expect(countries('البرازيل وتشيلي والأرجنتين')).toEqual(['BR', 'CL', 'AR']);
    expect(countries('جزر القمر وموريشيوس')).toEqual(['KM', 'MU']);
    expect(countries('Paraguay and Uruguay')).toEqual(['PY', 'UY']);
  });
});

describe('regions and organisations', () => {
  it('derives regions from countries, most specific first', () => {
    expect(tagText({ headline: 'السعودية' }).regions).toEqual(['gulf', 'middle-east']);
    expect(tagText({ headline: 'بولندا' }).regions).toEqual(['eastern-europe', 'europe']);
  });
  it('tags regions named outright', () => {
    expect(tagText({ headline: 'آسيا الوسطى' }).regions).toEqual(['central-asia']);
    expect(tagText({ headline: 'جنوب القوقاز' }).regions).toEqual(['south-caucasus']);
    expect(tagText({ headline: 'دول الخليج العربي' }).regions).toEqual(['gulf']);
    expect(tagText({ headline: 'المغرب العربي' }).regions).toEqual(['maghreb']);
    expect(tagText({ headline: 'المغرب العربي' }).countries).toEqual([]);
    expect(tagText({ headline: 'بلاد الشام والشرق الأوسط' }).regions).toEqual(['levant', 'middle-east']);
  });
  it.each([
    ['أوبك+', 'opec'],
    ['أوبك بلس', 'opec'],
    ['“الأمن الجماعي”', 'csto'],
    ['منظمة معاهدة الأمن الجماعي', 'csto'],
    ['منظمة شنغهاي للتعاون', 'sco'],
    ['رابطة الدول المستقلة', 'cis'],
    ['قمة بريكس', 'brics'],
    ['مجلس التعاون لدول الخليج العربية', 'gcc'],
    ['الأمم المتحدة', 'un'],
    ['مجلس الأمن', 'un'],
    ['الاتحاد الأوروبي', 'eu'],
    ['حلف شمال الأطلسي', 'nato'],
    ['الناتو', 'nato'],
    ['جامعة الدول العربية', 'arab-league'],
    ['الاتحاد الاقتصادي الأوراسي', 'eaeu'],
    ['منظمة الدول التركية', 'ots'],
    ['منظمة التعاون الإسلامي', 'oic'],
    ['OPEC+ meeting', 'opec'],
    ['NATO summit', 'nato'],
    ['EU sanctions', 'eu'],
  ])('%s → %s', (headline, org) => {
    expect(tagText({ headline }).organisations).toContain(org);
  });
  it('a national security council is not the UN, and names its country', () => {
    const tags = tagText({ headline: 'مجلس الأمن الروسي يجتمع' });
    expect(tags.organisations).toEqual([]);
    expect(tags.countries).toEqual(['RU']);
  });
});

describe('topics', () => {
  it.each<[string, string[]]>([
    ['العراق يعزز قدراته الكهربائية باتفاقية لاستيراد الغاز', ['energy']],
    ['قطار شحن جديد بين الصين وأوزبكستان', ['transport']],
    ['Kazakhstan boosts oil output', ['energy']],
    ['زلزال يضرب جنوب قرغيزستان', ['disaster']],
  ])('%s', (headline, expected) => {
    for (const topic of expected) expect(tagText({ headline }).topics).toContain(topic);
  });
  it('weak incidental words do not tag', () => {
    expect(tagText({ headline: 'الرئيس يصل إلى المدينة' }).topics).toEqual([]);
    expect(tagText({ headline: 'مليون شخص' }).topics).toEqual([]);
  });
  it('feed categories count', () => {
    expect(tagText({ headline: 'خبر', categories: ['رياضة'] }).topics).toEqual(['sport']);
  });
  it('orders topics by strength', () => {
    expect(tagText({ headline: 'ارتفاع أسعار النفط والغاز وانقطاع الكهرباء' }).topics[0]).toBe('energy');
  });
});

describe('output contract', () => {
  it('uses only known ids and upper-case ISO codes, without duplicates', () => {
    const tags = tagText({
      headline: 'عاجل: وزراء خارجية آسيا الوسطى وروسيا والصين يبحثون في أستانا الأمن والطاقة والتجارة',
      summary: 'اجتماع لمنظمة شنغهاي للتعاون بمشاركة الهند وإيران',
      body: 'ناقش الوزراء ممرات النقل وأسعار النفط والتعاون في مكافحة الإرهاب. '.repeat(20),
      categories: ['سياسة', 'آسيا الوسطى'],
      agencyUrgency: 4,
    });
    for (const c of tags.countries) expect(c).toMatch(/^[A-Z]{2}$/);
    for (const r of tags.regions) expect(REGION_IDS).toContain(r);
    for (const o of tags.organisations) expect(ORGANISATION_IDS).toContain(o);
    for (const t of tags.topics) expect(TOPIC_IDS).toContain(t);
    for (const list of [tags.countries, tags.regions, tags.organisations, tags.topics]) {
      expect(new Set(list).size).toBe(list.length);
    }
    expect(tags.urgency).toBe(2);
  });
  it('handles empty input', () => {
    expect(tagText({ headline: '' })).toEqual({
      countries: [],
      regions: [],
      organisations: [],
      topics: [],
      urgency: 3,
    });
  });
});
