/**
 * Demo wire copy, written for Mirsad's demo: Arabic items about Central Asia, the Caucasus and their
 * neighbours, composed from hand-written templates with a seeded random generator so every demo database
 * holds the same stories. (A copy of the seed file is kept for tests in src/test-support/fixtures.)
 */
import { countedNoun, type CountedNoun } from '#shared/text/counted-noun.ts';
import type { WireItem } from '../ingest/wire-item.ts';

interface Country {
  name: string;
  /** Country names are feminine in Arabic copy (كازاخستان تعلن), a few masculine (العراق يعلن). */
  masculine?: true;
  /** The feminine adjective with the article (الكازاخستانية), for "الحكومة ..." */
  adjective: string;
  capital: string;
  leader: string;
}

const COUNTRIES: Country[] = [
  { name: 'كازاخستان', adjective: 'الكازاخستانية', capital: 'أستانا', leader: 'الرئيس الكازاخستاني' },
  { name: 'أوزبكستان', adjective: 'الأوزبكية', capital: 'طشقند', leader: 'الرئيس الأوزبكي' },
  { name: 'قرغيزستان', adjective: 'القرغيزية', capital: 'بيشكيك', leader: 'الرئيس القرغيزي' },
  { name: 'طاجيكستان', adjective: 'الطاجيكية', capital: 'دوشنبه', leader: 'الرئيس الطاجيكي' },
  { name: 'تركمانستان', adjective: 'التركمانية', capital: 'عشق آباد', leader: 'الرئيس التركماني' },
  { name: 'أذربيجان', adjective: 'الأذربيجانية', capital: 'باكو', leader: 'الرئيس الأذربيجاني' },
  { name: 'أرمينيا', adjective: 'الأرمينية', capital: 'يريفان', leader: 'رئيس الوزراء الأرميني' },
  { name: 'جورجيا', adjective: 'الجورجية', capital: 'تبليسي', leader: 'رئيس الوزراء الجورجي' },
  { name: 'روسيا', adjective: 'الروسية', capital: 'موسكو', leader: 'الرئيس الروسي' },
  { name: 'الصين', adjective: 'الصينية', capital: 'بكين', leader: 'الرئيس الصيني' },
  { name: 'تركيا', adjective: 'التركية', capital: 'أنقرة', leader: 'الرئيس التركي' },
  { name: 'إيران', adjective: 'الإيرانية', capital: 'طهران', leader: 'الرئيس الإيراني' },
  {
    name: 'العراق',
    masculine: true,
    adjective: 'العراقية',
    capital: 'بغداد',
    leader: 'رئيس الوزراء العراقي',
  },
  { name: 'السعودية', adjective: 'السعودية', capital: 'الرياض', leader: 'ولي العهد السعودي' },
  { name: 'الإمارات', adjective: 'الإماراتية', capital: 'أبوظبي', leader: 'الرئيس الإماراتي' },
  { name: 'قطر', adjective: 'القطرية', capital: 'الدوحة', leader: 'أمير قطر' },
  { name: 'الكويت', adjective: 'الكويتية', capital: 'الكويت', leader: 'أمير الكويت' },
  { name: 'مصر', adjective: 'المصرية', capital: 'القاهرة', leader: 'الرئيس المصري' },
  { name: 'باكستان', adjective: 'الباكستانية', capital: 'إسلام آباد', leader: 'رئيس الوزراء الباكستاني' },
  { name: 'الهند', adjective: 'الهندية', capital: 'نيودلهي', leader: 'رئيس الوزراء الهندي' },
  { name: 'اليابان', adjective: 'اليابانية', capital: 'طوكيو', leader: 'رئيس الوزراء الياباني' },
  { name: 'كوريا الجنوبية', adjective: 'الكورية الجنوبية', capital: 'سول', leader: 'الرئيس الكوري الجنوبي' },
];

/** A verb's form for a country subject: feminine for most, masculine for العراق. */
const verb = (country: Country, feminine: string, masculine: string) =>
  country.masculine ? masculine : feminine;
/** A dual verb for two countries: masculine as soon as one of them is. */
const dualVerb = (a: Country, b: Country, feminine: string, masculine: string) =>
  a.masculine || b.masculine ? masculine : feminine;

const COUNTRY_NOUN: CountedNoun = {
  singular: 'دولة',
  accusative: 'دولة',
  dual: ['دولتان', 'دولتين'],
  plural: 'دول',
  one: 'واحدة',
};
const AGREEMENT_NOUN: CountedNoun = {
  singular: 'اتفاقية',
  accusative: 'اتفاقية',
  dual: ['اتفاقيتان', 'اتفاقيتين'],
  plural: 'اتفاقيات',
  one: 'واحدة',
};

/** How many agreements the n-th story's talks end with: every count from 1 to 110 comes round. */
export const agreementsSigned = (n: number) => (n % 110) + 1;
/** How many countries take part in the n-th story's forum. */
export const forumCountries = (n: number) => (n % 20) + 10;

type Story = (
  a: Country,
  b: Country,
  n: number,
  pick: <T>(list: readonly T[]) => T,
) => { title: string; paragraphs: string[] };

const FIELDS = [
  'الطاقة',
  'النقل',
  'الزراعة',
  'التجارة',
  'الاستثمار',
  'التعليم',
  'الصحة',
  'السياحة',
  'الاتصالات',
];
const RESOURCES = ['النفط', 'الغاز الطبيعي', 'اليورانيوم', 'القطن', 'الحبوب', 'الذهب'];

const STORIES: Story[] = [
  (a, b, n, pick) => {
    const field = pick(FIELDS);
    return {
      title: `${a.name} و${b.name} ${dualVerb(a, b, 'تبحثان', 'يبحثان')} تعزيز التعاون في مجال ${field}`,
      paragraphs: [
        `بحث مسؤولون من ${a.name} و${b.name} في ${a.capital} سبل توسيع التعاون الثنائي في مجال ${field}، وفق ما أعلنته وزارة الخارجية ${a.adjective}.`,
        `ووقّع الجانبان في ختام المباحثات ${countedNoun(agreementsSigned(n), AGREEMENT_NOUN)}، واتفقا على تشكيل فريق عمل مشترك لمتابعة المشاريع ذات الأولوية.`,
      ],
    };
  },
  (a, b) => ({
    title: `${a.leader} يستقبل وزير خارجية ${b.name} في ${a.capital}`,
    paragraphs: [
      `استقبل ${a.leader} في ${a.capital} اليوم وزير خارجية ${b.name}، وبحث معه العلاقات الثنائية والقضايا الإقليمية ذات الاهتمام المشترك.`,
      `وأشار البيان الرسمي إلى أن المحادثات تناولت الإعداد لزيارة رفيعة المستوى مرتقبة قبل نهاية العام.`,
    ],
  }),
  (a, _b, n, pick) => {
    const resource = pick(RESOURCES);
    return {
      title: `${a.name} ${verb(a, 'تعلن', 'يعلن')} زيادة إنتاج ${resource} بنسبة ${(n % 17) + 3}% منذ بداية العام`,
      paragraphs: [
        `أعلنت وزارة الطاقة ${a.adjective} أن إنتاج ${resource} ارتفع بنسبة ${(n % 17) + 3} في المئة منذ مطلع العام، مدفوعاً بتشغيل منشآت جديدة.`,
        `ويتوقع خبراء أن ينعكس ذلك على صادرات البلاد وعلى الإيرادات العامة في الموازنة المقبلة.`,
      ],
    };
  },
  (a, b) => ({
    title: `افتتاح خط شحن سككي جديد بين ${a.name} و${b.name}`,
    paragraphs: [
      `انطلق أول قطار شحن على الخط الجديد الذي يربط بين ${a.name} و${b.name}، في إطار مساعي تطوير ممرات النقل العابرة لآسيا الوسطى.`,
      `ومن المتوقع أن يختصر الخط مدة نقل البضائع بين البلدين بعدة أيام مقارنة بالطرق البحرية.`,
    ],
  }),
  (a, _b, n) => ({
    title: `${a.capital} تستضيف منتدى إقليمياً للاستثمار بمشاركة ${countedNoun(forumCountries(n), COUNTRY_NOUN)}`,
    paragraphs: [
      `تنطلق في ${a.capital} أعمال المنتدى الإقليمي للاستثمار بمشاركة وفود من ${countedNoun(forumCountries(n), COUNTRY_NOUN)} ومؤسسات مالية دولية.`,
      `ويناقش المنتدى فرص الاستثمار في البنية التحتية والطاقة المتجددة والصناعات التحويلية.`,
    ],
  }),
  (a, _b, n) => ({
    title: `البنك المركزي في ${a.name} يبقي سعر الفائدة الأساسي عند ${(n % 12) + 5}%`,
    paragraphs: [
      `قرر البنك المركزي في ${a.name} الإبقاء على سعر الفائدة الأساسي دون تغيير عند ${(n % 12) + 5} في المئة، مشيراً إلى تباطؤ التضخم.`,
      `وقال البنك في بيان إنه سيواصل مراقبة الأسعار واتخاذ ما يلزم للحفاظ على استقرار العملة الوطنية.`,
    ],
  }),
  (a, _b, n) => ({
    // A magnitude is written without a counted noun, as agencies do (زلزال بقوة 5.3 على مقياس ريختر).
    title: `زلزال بقوة ${(n % 3) + 4}.${n % 10} يضرب شرق ${a.name} دون أنباء عن إصابات`,
    paragraphs: [
      `ضرب زلزال بلغت قوته ${(n % 3) + 4}.${n % 10} على مقياس ريختر المناطق الشرقية من ${a.name} صباح اليوم، بحسب مركز رصد الزلازل.`,
      `وقالت هيئة الطوارئ إنه لم ترد حتى الآن أنباء عن إصابات أو أضرار كبيرة، وإن فرقها تتفقد القرى القريبة من مركز الهزة.`,
    ],
  }),
  (a, b) => ({
    title: `وزيرا دفاع ${a.name} و${b.name} يوقعان خطة للتعاون العسكري`,
    paragraphs: [
      `وقع وزيرا الدفاع في ${a.name} و${b.name} خطة للتعاون العسكري تشمل تدريبات مشتركة وتبادل الخبرات في مجال أمن الحدود.`,
      `وأكد الجانبان أن الخطة تهدف إلى تعزيز الاستقرار الإقليمي ومكافحة الإرهاب والجريمة المنظمة.`,
    ],
  }),
  (a) => ({
    title: `${a.name} ${verb(a, 'تطلق', 'يطلق')} برنامجاً وطنياً لمواجهة التصحر وشح المياه`,
    paragraphs: [
      `أطلقت الحكومة ${a.adjective} برنامجاً وطنياً لمكافحة التصحر وترشيد استهلاك المياه، يشمل زراعة ملايين الأشجار وتحديث أنظمة الري.`,
      `ويأتي البرنامج في ظل موجات جفاف متكررة أثرت على المحاصيل الزراعية في السنوات الأخيرة.`,
    ],
  }),
  (a, b) => ({
    title: `${a.name} ${verb(a, 'تلغي', 'يلغي')} تأشيرات الدخول لمواطني ${b.name} لتنشيط السياحة`,
    paragraphs: [
      `${verb(a, 'قررت', 'قرر')} ${a.name} إعفاء مواطني ${b.name} من تأشيرات الدخول لمدة تصل إلى ثلاثين يوماً، في خطوة تهدف إلى تنشيط السياحة.`,
      `وتوقعت هيئة السياحة ارتفاع عدد الزوار خلال الموسم المقبل، مع زيادة الرحلات الجوية المباشرة بين البلدين.`,
    ],
  }),
  (a, _b, n) => ({
    // World Cup qualifiers: the list has Egypt, which does not play for the Asian Cup.
    title: `منتخب ${a.name} لكرة القدم يفوز بنتيجة ${(n % 3) + 1}-0 في تصفيات كأس العالم`,
    paragraphs: [
      `حقق منتخب ${a.name} لكرة القدم فوزاً بنتيجة ${(n % 3) + 1}-0 في مباراته ضمن تصفيات كأس العالم، ليعزز حظوظه في التأهل.`,
      `وأشاد المدرب بأداء اللاعبين، مؤكداً أن الفريق يستعد للمباراة المقبلة على أرضه.`,
    ],
  }),
  (a) => ({
    title: `وزارة الصحة في ${a.name} تطلق حملة تطعيم وطنية ضد الحصبة`,
    paragraphs: [
      `أطلقت وزارة الصحة في ${a.name} حملة تطعيم وطنية ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع المحافظات.`,
      `وقالت الوزارة إن الحملة تأتي بعد تسجيل حالات إصابة في عدد من المناطق الحدودية.`,
    ],
  }),
];

const SOURCES = ['قازاق خبر', 'تاس', 'شينخوا', 'الأناضول', 'ترند', 'كابار', 'أوزا', 'دنيا'];

/** A small deterministic PRNG (mulberry32), so every demo database holds the same stories. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoItem {
  source: string;
  item: WireItem;
}

/** Composes the n-th demo story; the same n always gives the same story. */
export function demoStory(n: number, guidPrefix = 'demo'): DemoItem {
  const random = seededRandom(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  const story = pick(STORIES)(a, b, n, pick);
  const source = pick(SOURCES);
  const urgent = random() < 0.04;
  return {
    source,
    item: {
      guid: `urn:mirsad:${guidPrefix}:${n}`,
      url: null,
      title: urgent ? `عاجل: ${story.title}` : story.title,
      // The lead paragraph is the summary; the body carries the rest, as agencies send it.
      summary: story.paragraphs[0]!,
      bodyHtml: story.paragraphs
        .slice(1)
        .map((paragraph) => `<p dir="rtl">${paragraph}</p>`)
        .join(''),
      publishedAt: null,
      author: source,
      language: 'ar',
      categories: [],
      urgency: null,
    },
  };
}
