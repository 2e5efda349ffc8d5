import { describe, expect, it } from 'vitest';
import { tagText } from './tagger.ts';

// The seed wire copy (shared/seeds/000_f5c84ddaf1f3e51e.txt), inlined so that src/shared reads nothing from
// disk. These are not in the development set.
const SEED: [headline: string, countries: string[], organisations: string[], topic: string][] = [
  ['العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان', ['IQ', 'IR', 'TM'], [], 'energy'],
  ['قاسم جومارت توكاييف: تعزيز السيادة والاقتصاد من أولويات كازاخستان', ['KZ'], [], 'politics'],
  ['كوريا الجنوبية تخصص 3 ملايين دولار لدعم جهود مكافحة تغير المناخ في آسيا الوسطى', ['KR'], [], 'climate'],
  ['شينجيانغ تطلق خط شحن سككي جديد لدعم التجارة مع آسيا الوسطى', ['CN'], [], 'transport'],
  [
    'طاجيكستان والكويت تسعيان لتعزيز التعاون الاقتصادي وتأسيس صندوق استثماري مشترك',
    ['TJ', 'KW'],
    [],
    'economy',
  ],
  [
    'قرغيزستان تفتح أبوابها للسياح الصينيين دون تأشيرة: خطوة لتعزيز السياحة والتعاون الاقتصادي',
    ['KG', 'CN'],
    [],
    'tourism',
  ],
  [
    'أذربيجان وقرغيزستان تعززان الشراكة الدفاعية بتوقيع خطة التعاون العسكري لعام 2025',
    ['AZ', 'KG'],
    [],
    'defense',
  ],
  ['دعوات إلى إحلال السلام ووقف الحروب في قمة بريكس في روسيا', ['RU'], ['brics'], 'diplomacy'],
  ['العراق يعزز قدراته الكهربائية باتفاقية جديدة لاستيراد الغاز من تركمانستان', ['IQ', 'TM'], [], 'energy'],
  ['التوجه التركي الجديد: إعادة تسمية “آسيا الوسطى” بـ”تركستان” وأبعاده الاستراتيجية', ['TR'], [], ''],
  ['أذربيجان تشارك كضيف في اجتماع وزراء الطاقة لدول آسيا الوسطى في طشقند', ['AZ', 'UZ'], [], 'energy'],
  [
    'زيادة قياسية في إنتاج حقل تنغيز النفطي بكازاخستان قد تؤثر على التزام البلاد بحصص “أوبك بلس”',
    ['KZ'],
    ['opec'],
    'energy',
  ],
  ['كازاخستان تصارع من أجل توافق إنتاجها مع قيود حصص أوبك +', ['KZ'], ['opec'], 'energy'],
  ['السعودية وطاجيكستان تبحثان سبل تعزيز التعاون المشترك', ['SA', 'TJ'], [], 'diplomacy'],
  ['في كازاخستان.. اجتماع قمة زعماء آسيا الوسطى يوافق على ثلاث وثائق نهائية', ['KZ'], [], 'diplomacy'],
];

// The TASS article, abridged to its first paragraphs.
const TASS = {
  headline: '“الأمن الجماعي” قلقة إزاء الأحداث على الحدود بين أرمينيا وأذربيجان',
  body: [
    'أعربت منظمة معاهدة الأمن الجماعي عن قلقها بسبب تصاعد التوتر على الحدود بين أرمينيا وأذربيجان، حيث أسفرت اشتباكات باستخدام الأسلحة الثقيلة عن سقوط قتلى وجرحى.',
    'وجاء في بيان صدر عن أمانة المنظمة، التي تضم ست جمهوريات سوفيتية سابقة (روسيا، كازاخستان، أرمينيا، طاجيكستان، بيلاروس، قرغيزستان)، اليوم الثلاثاء، أنها تعرب عن قلقها الشديد إزاء تفاقم الوضع على الحدود بين أرمينيا وأذربيجان، بعد اشتباك مسلح بين الطرفين، أدى إلى سقوط ضحايا.',
    'وفي 12 يوليو، أعلنت وزارة الدفاع الأذربيجانية أن وحدات الجيش الأرميني هاجمت مواقع أذربيجانية في منطقة توفوز الحدودية، باستخدام سلاح المدفعية.',
    'وقالت الوزارة إن المعارك التي لا تزال مستمرة منذ الأحد الماضي، قد أسفرت عن مقتل 11 عسكريا أذربيجانيا، بينهم اللواء بولاد هاشموف.',
    'تاس',
  ].join('\n'),
};

describe('seed headlines', () => {
  it.each(SEED)('%s', (headline, countries, organisations, topic) => {
    const tags = tagText({ headline });
    expect(new Set(tags.countries)).toEqual(new Set(countries));
    expect(tags.organisations).toEqual(organisations);
    if (topic) expect(tags.topics).toContain(topic);
  });

  it('never confuses تركيا, تركستان and تركمانستان', () => {
    expect(tagText({ headline: SEED[0]![0] }).countries).not.toContain('TR');
    expect(tagText({ headline: SEED[9]![0] }).countries).not.toContain('TM');
  });

  it('tags the regions named or implied', () => {
    expect(tagText({ headline: SEED[2]![0] }).regions).toEqual(['east-asia', 'central-asia']);
    expect(tagText({ headline: SEED[4]![0] }).regions).toEqual(['central-asia', 'gulf', 'middle-east']);
  });
});

describe('the TASS article', () => {
  const tags = tagText(TASS);
  it('is about Armenia and Azerbaijan, not every CSTO member it lists once', () => {
    expect(tags.countries).toEqual(['AM', 'AZ']);
    expect(tags.regions).toEqual(['south-caucasus']);
  });
  it('names the CSTO (quoted in the headline, in full in the body)', () => {
    expect(tags.organisations).toEqual(['csto']);
  });
  it('is a defence story first', () => {
    expect(tags.topics[0]).toBe('defense');
  });
  it('is not urgent', () => {
    expect(tags.urgency).toBe(3);
  });
});
