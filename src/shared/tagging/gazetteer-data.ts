import type { Organisation, Region } from './codes.ts';

/**
 * What Intl.DisplayNames does not know: spelling variants, demonyms, capitals and cities, regions and
 * well-known places, metonyms, and leaders. Written as wire copy writes them (hamza, ة, ى are fine: every form
 * goes through normalizeArabic when the gazetteer is built). Matching is on whole tokens, after proclitics
 * (و ف ب ك ل ال لل) are taken off the first token of a name, never on substrings.
 *
 * Decisions worth knowing:
 * - Disputed places are tagged with the country the UN recognises: قره باغ → AZ, القرم/دونباس → UA,
 *   أبخازيا/أوسيتيا الجنوبية → GE, الجولان → SY. القدس is left untagged (its status is the story).
 * - جورجيا is Georgia the country; "ولاية جورجيا" (the US state) is US.
 * - Leaders and officials are metonyms of their country but are tagged at a lower weight (PERSON_WEIGHT) and the
 *   list dates: review it when governments change.
 * - Names that are also common words are left out or need context: مالي (financial), مشهد (scene), قم
 *   (stand up), صور (pictures), بورصة (stock exchange), رئيسي (main), كيف (how; Kyiv is كييف), صوفيا.
 */

export interface CountryNames {
  /** Names, spelling variants, capitals, cities, regions and metonyms (institutions, companies) of the country. */
  ar: string[];
  /** Masculine singular nisba adjectives without the article (روسي): every inflection is generated from them. */
  nisba?: string[];
  /** Demonyms taken as they are, e.g. broken plurals (روس, أتراك); the article form is generated. */
  people?: string[];
  /** English names, places and demonyms, lowercase (all-caps acronyms such as US, UK are matched separately). */
  en?: string[];
  /** People who stand for the country (heads of state, foreign ministers): a weaker signal. */
  persons?: string[];
}

/** Weight of a mention of a leader relative to a mention of the country itself. */
export const PERSON_WEIGHT = 0.6;

// prettier-ignore
export const COUNTRY_NAMES: Record<string, CountryNames> = {
  // --- Central Asia ---------------------------------------------------------------------------------------
  KZ: {
    ar: [
      'كازاخستان', 'كازخستان', 'قازاقستان', 'قزاقستان', 'كزاخستان', 'جمهورية كازاخستان', 'أستانا', 'آستانا',
      'أستانة', 'نور سلطان', 'نورسلطان', 'ألماتي', 'آلماتي', 'ألما آتا', 'ألمآتا', 'شيمكنت', 'جيمكنت',
      'كاراغندا', 'قاراغندي', 'أكتاو', 'آقتاو', 'أتيراو', 'أكتوبي', 'آقتوبه', 'بافلودار', 'طراز', 'تاراز',
      'قيزيلوردا', 'كيزيلوردا', 'سيميبالاتينسك', 'أوست كامينوغورسك', 'كوستاناي', 'بايكونور', 'بايقونور',
      'تنغيز', 'تنجيز', 'كاشاغان', 'كاراتشاغاناك', 'كازموناي غاز', 'كازموناي', 'كازاتومبروم', 'مانغيستاو',
      'مانغستاو',
    ],
    nisba: ['كازاخستاني', 'كازاخي', 'قازاقي', 'قزاقي', 'كزاخي', 'قازاقستاني'],
    people: ['كازاخ', 'قازاق'],
    en: [
      'kazakhstan', 'kazakh', 'kazakhs', 'kazakhstani', 'astana', 'almaty', 'nur sultan', 'shymkent',
      'tengiz', 'kashagan', 'baikonur', 'kazmunaygas',
    ],
    persons: [
      'توكاييف', 'توقاييف', 'توكاييف', 'قاسم جومارت توكاييف', 'نزارباييف', 'نزاربايف', 'tokayev',
      'nazarbayev',
    ],
  },
  UZ: {
    ar: [
      'أوزبكستان', 'أوزبيكستان', 'اوزباكستان', 'أزبكستان', 'جمهورية أوزبكستان', 'طشقند', 'طاشقند', 'سمرقند',
      'بخارى', 'بخارا', 'خيوة', 'خوارزم', 'نمنغان', 'أنديجان', 'انديجان', 'فرغانة', 'نوكوس', 'قره قلباقستان',
      'كاراكالباكستان', 'قرقل باغستان', 'ترمذ', 'ترميز', 'شهرسبز', 'نافوي', 'نوائي',
    ],
    nisba: ['أوزبكي', 'أوزبكستاني', 'أوزبيكي'],
    people: ['أوزبك'],
    en: [
      'uzbekistan', 'uzbek', 'uzbeks', 'uzbekistani', 'tashkent', 'samarkand', 'bukhara', 'khiva', 'fergana',
      'namangan', 'andijan', 'termez',
    ],
    persons: ['ميرضيائيف', 'ميرزيوييف', 'ميرزيوييف', 'مرضيايف', 'شوكت ميرضيائيف', 'mirziyoyev'],
  },
  TJ: {
    ar: [
      'طاجيكستان', 'طاجكستان', 'تاجيكستان', 'دوشنبه', 'دوشانبي', 'دوشانبه', 'خوجند', 'خجند', 'كولوب', 'روغون',
      'سد روغون', 'بامير', 'جبال بامير', 'غورنو باداخشان',
    ],
    nisba: ['طاجيكي', 'طاجيكستاني', 'طاجكي', 'تاجيكي'],
    people: ['طاجيك', 'طاجك'],
    en: ['tajikistan', 'tajik', 'tajiks', 'dushanbe', 'khujand', 'rogun'],
    persons: ['رحمون', 'إمام علي رحمون', 'رحمانوف', 'rahmon'],
  },
  KG: {
    ar: [
      'قرغيزستان', 'قيرغيزستان', 'قرغيزيا', 'قيرغيزيا', 'كيرغيزستان', 'كيرغيزيا', 'قرقيزستان', 'قيرقيزستان',
      'كرغيزستان', 'قرغيزستان', 'بيشكيك', 'بشكيك', 'أوش', 'إيسيك كول', 'ايسيك كول', 'إيسك كول', 'باتكين',
      'كومتور',
    ],
    nisba: ['قرغيزي', 'قيرغيزي', 'كيرغيزي', 'قرقيزي', 'قرغيزستاني', 'قيرغيزستاني', 'كرغيزي'],
    people: ['قرغيز', 'قيرغيز'],
    en: ['kyrgyzstan', 'kyrgyz', 'kirghizia', 'bishkek', 'osh', 'issyk kul'],
    persons: ['جاباروف', 'صدر جاباروف', 'japarov', 'zhaparov'],
  },
  TM: {
    ar: [
      'تركمانستان', 'تركمنستان', 'عشق آباد', 'عشق أباد', 'عشقباد', 'عشق اباد', 'عشق‌آباد', 'عشخاباد',
      'تركمنباشي', 'تركمانباشي', 'آوازا', 'أوازا', 'غالكينيش', 'جالكينيش', 'بحر قزوين التركماني',
    ],
    nisba: ['تركماني', 'تركمنستاني', 'تركمانستاني'],
    people: ['تركمان'],
    en: ['turkmenistan', 'turkmen', 'ashgabat', 'ashkhabad', 'avaza', 'galkynysh'],
    persons: [
      'بيردي محمدوف', 'بردي محمدوف', 'بيردي محمدوف', 'قربانقولي', 'سردار بيردي محمدوف', 'berdimuhamedov',
    ],
  },
  // --- South Caucasus ----------------------------------------------------------------------------------
  AZ: {
    ar: [
      'أذربيجان', 'آذربيجان', 'أزربيجان', 'جمهورية أذربيجان', 'باكو', 'غانجا', 'جنجة', 'كنجة', 'كنجه',
      'سومغاييت', 'سومقاييت', 'نخجوان', 'ناخيتشيفان', 'ناختشيفان', 'نخجيوان', 'قره باغ', 'قرة باغ', 'قرباغ',
      'كاراباخ', 'كاراباغ', 'ناغورني قره باغ', 'ناغورنو قره باغ', 'ناغورنو كاراباخ', 'ناغورني كاراباخ',
      'خانكندي', 'ستيباناكيرت', 'شوشا', 'شوشي', 'أغدام', 'توفوز', 'تاوز', 'لاتشين', 'كلبجار', 'سوكار',
    ],
    nisba: ['أذربيجاني', 'أذري', 'آذري', 'أزري', 'أزربيجاني'],
    en: [
      'azerbaijan', 'azerbaijani', 'azerbaijanis', 'azeri', 'azeris', 'baku', 'ganja', 'nakhchivan',
      'karabakh', 'nagorno karabakh', 'stepanakert', 'khankendi', 'shusha', 'tovuz', 'socar',
    ],
    persons: ['علييف', 'إلهام علييف', 'aliyev'],
  },
  AM: {
    ar: [
      'أرمينيا', 'ارمينيا', 'جمهورية أرمينيا', 'يريفان', 'يرفان', 'يريڤان', 'غيومري', 'جيومري', 'سيونيك',
      'زنغزور', 'زنجزور', 'زانجيزور',
    ],
    nisba: ['أرميني', 'أرمني'],
    people: ['أرمن'],
    en: ['armenia', 'armenian', 'armenians', 'yerevan', 'gyumri', 'syunik', 'zangezur'],
    persons: ['باشينيان', 'باشينيان', 'نيكول باشينيان', 'pashinyan'],
  },
  GE: {
    ar: [
      'جورجيا', 'جيورجيا', 'كرجستان', 'تبليسي', 'تفليس', 'باتومي', 'كوتايسي', 'أبخازيا', 'ابخازيا', 'سوخومي',
      'أوسيتيا الجنوبية', 'تسخينفالي', 'أجاريا',
    ],
    nisba: ['جورجي', 'كرجي'],
    en: ['georgia', 'georgian', 'georgians', 'tbilisi', 'batumi', 'abkhazia', 'south ossetia'],
    persons: ['كوباخيدزه', 'إيفانيشفيلي', 'kobakhidze'],
  },
  // --- Russia, Eastern Europe ---------------------------------------------------------------------------
  RU: {
    ar: [
      'روسيا', 'روسيا الاتحادية', 'الاتحاد الروسي', 'موسكو', 'الكرملين', 'سانت بطرسبرغ', 'سان بطرسبرغ',
      'بطرسبرغ', 'بطرسبورغ', 'سانت بطرسبورغ', 'قازان', 'سوتشي', 'فلاديفوستوك', 'نوفوسيبيرسك', 'يكاترينبورغ',
      'كالينينغراد', 'فولغوغراد', 'روستوف', 'سيبيريا', 'الشيشان', 'غروزني', 'داغستان', 'محج قلعة', 'تتارستان',
      'بشكيريا', 'بشكورتوستان', 'شمال القوقاز', 'أوسيتيا الشمالية', 'إنغوشيا', 'كامتشاتكا', 'مورمانسك',
      'الدوما', 'غازبروم', 'روساتوم', 'روس آتوم', 'روسنفت', 'لوك أويل',
    ],
    nisba: ['روسي', 'شيشاني', 'داغستاني'],
    people: ['روس'],
    en: [
      'russia', 'russian', 'russians', 'moscow', 'kremlin', 'st petersburg', 'siberia', 'chechnya',
      'dagestan', 'gazprom', 'rosatom', 'rosneft', 'duma',
    ],
    persons: [
      'بوتين', 'فلاديمير بوتين', 'لافروف', 'سيرغي لافروف', 'بيسكوف', 'ميشوستين', 'ميدفيديف', 'شويغو',
      'زاخاروفا', 'putin', 'lavrov', 'peskov',
    ],
  },
  UA: {
    ar: [
      'أوكرانيا', 'كييف', 'خاركيف', 'خاركوف', 'أوديسا', 'أوديسّا', 'لفيف', 'دونباس', 'دونيتسك', 'لوغانسك',
      'لوهانسك', 'زابوريجيا', 'زاباروجيا', 'زابوروجيا', 'خيرسون', 'ماريوبول', 'القرم', 'شبه جزيرة القرم',
      'سيفاستوبول', 'دنيبرو',
    ],
    nisba: ['أوكراني'],
    en: [
      'ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'donbas', 'donetsk',
      'luhansk', 'zaporizhzhia', 'kherson', 'crimea', 'crimean',
    ],
    persons: ['زيلينسكي', 'فولوديمير زيلينسكي', 'zelensky', 'zelenskyy'],
  },
  BY: {
    ar: ['بيلاروس', 'بيلاروسيا', 'روسيا البيضاء', 'مينسك'],
    nisba: ['بيلاروسي'],
    en: ['belarus', 'belarusian', 'minsk'],
    persons: ['لوكاشينكو', 'lukashenko'],
  },
  MD: {
    ar: ['مولدوفا', 'مولدافيا', 'كيشيناو', 'ترانسنيستريا'],
    nisba: ['مولدوفي'],
    en: ['moldova', 'chisinau', 'transnistria'],
  },
  PL: { ar: ['بولندا', 'وارسو'], en: ['poland', 'polish', 'warsaw'] },
  RO: { ar: ['رومانيا', 'بوخارست'], en: ['romania', 'romanian', 'bucharest'] },
  BG: { ar: ['بلغاريا'], people: ['بلغار'], en: ['bulgaria', 'bulgarian'] },
  HU: {
    ar: ['هنغاريا', 'المجر', 'بودابست'],
    nisba: ['مجري', 'هنغاري'],
    en: ['hungary', 'hungarian', 'budapest'],
    persons: ['أوربان', 'orban'],
  },
  CZ: { ar: ['التشيك', 'تشيكيا', 'جمهورية التشيك', 'براغ'], en: ['czech republic', 'czech', 'prague'] },
  SK: { ar: ['سلوفاكيا', 'براتيسلافا'], en: ['slovakia', 'slovak', 'bratislava'] },
  // --- Middle East --------------------------------------------------------------------------------------
  TR: {
    ar: [
      'تركيا', 'الجمهورية التركية', 'أنقرة', 'إسطنبول', 'اسطنبول', 'استنبول', 'إستانبول', 'إزمير', 'أنطاليا',
      'غازي عنتاب', 'أضنة', 'ديار بكر', 'هاتاي',
    ],
    nisba: ['تركي'],
    people: ['أتراك'],
    en: ['turkey', 'turkiye', 'turkish', 'turks', 'ankara', 'istanbul', 'izmir', 'antalya'],
    persons: ['أردوغان', 'رجب طيب أردوغان', 'هاكان فيدان', 'erdogan'],
  },
  IR: {
    ar: [
      'إيران', 'الجمهورية الإسلامية الإيرانية', 'طهران', 'أصفهان', 'مدينة مشهد', 'تبريز', 'شيراز', 'الأهواز',
      'بوشهر', 'نطنز', 'فوردو', 'بندر عباس', 'هرمز', 'مضيق هرمز', 'الحرس الثوري', 'تشابهار', 'جابهار',
    ],
    nisba: ['إيراني'],
    en: ['iran', 'iranian', 'iranians', 'tehran', 'isfahan', 'tabriz', 'hormuz', 'natanz', 'irgc'],
    persons: [
      'خامنئي', 'علي خامنئي', 'بزشكيان', 'مسعود بزشكيان', 'عراقجي', 'عباس عراقجي', 'khamenei', 'pezeshkian',
      'araghchi',
    ],
  },
  IQ: {
    ar: [
      'العراق', 'بغداد', 'أربيل', 'البصرة', 'الموصل', 'كركوك', 'النجف', 'كربلاء', 'الفلوجة', 'الأنبار',
      'السليمانية', 'دهوك', 'إقليم كردستان', 'كردستان العراق', 'تركمان العراق', 'الحشد الشعبي',
    ],
    nisba: ['عراقي'],
    en: ['iraq', 'iraqi', 'iraqis', 'baghdad', 'erbil', 'basra', 'mosul', 'kirkuk'],
    persons: ['محمد شياع السوداني'],
  },
  SY: {
    ar: [
      'سوريا', 'سورية', 'دمشق', 'حلب', 'إدلب', 'حمص', 'حماة', 'اللاذقية', 'طرطوس', 'دير الزور', 'الرقة',
      'درعا', 'القامشلي', 'الحسكة', 'الجولان', 'السويداء',
    ],
    nisba: ['سوري'],
    en: ['syria', 'syrian', 'syrians', 'damascus', 'aleppo', 'idlib', 'homs', 'latakia', 'golan'],
    persons: ['أحمد الشرع'],
  },
  LB: {
    ar: ['لبنان', 'بيروت', 'صيدا', 'بعلبك', 'الضاحية الجنوبية', 'جنوب لبنان', 'حزب الله'],
    nisba: ['لبناني'],
    en: ['lebanon', 'lebanese', 'beirut', 'hezbollah'],
  },
  JO: {
    ar: ['الأردن', 'المملكة الأردنية', 'الزرقاء', 'إربد', 'العقبة'],
    nisba: ['أردني'],
    en: ['jordan', 'jordanian', 'amman'],
  },
  PS: {
    ar: [
      'فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية', 'غزة', 'قطاع غزة', 'الضفة الغربية', 'رام الله', 'نابلس',
      'جنين', 'الخليل', 'رفح', 'خان يونس', 'بيت لحم', 'حركة حماس', 'السلطة الفلسطينية',
    ],
    nisba: ['فلسطيني'],
    en: ['palestine', 'palestinian', 'palestinians', 'gaza', 'west bank', 'ramallah', 'hamas'],
  },
  IL: {
    ar: ['إسرائيل', 'تل أبيب', 'حيفا', 'الكنيست'],
    nisba: ['إسرائيلي'],
    en: ['israel', 'israeli', 'israelis', 'tel aviv', 'knesset'],
    persons: ['نتنياهو', 'بنيامين نتنياهو', 'netanyahu'],
  },
  EG: {
    ar: [
      'مصر', 'جمهورية مصر العربية', 'القاهرة', 'الإسكندرية', 'السويس', 'قناة السويس', 'بورسعيد', 'الأقصر',
      'أسوان', 'شرم الشيخ', 'الجيزة', 'سيناء', 'العلمين', 'العاصمة الإدارية',
    ],
    nisba: ['مصري'],
    en: ['egypt', 'egyptian', 'egyptians', 'cairo', 'alexandria', 'suez', 'sinai'],
    persons: ['السيسي', 'عبد الفتاح السيسي', 'sisi'],
  },
  SD: {
    ar: ['السودان', 'الخرطوم', 'أم درمان', 'دارفور', 'بورتسودان', 'بور سودان', 'الفاشر'],
    nisba: ['سوداني'],
    en: ['sudan', 'sudanese', 'khartoum', 'darfur'],
  },
  SS: { ar: ['جنوب السودان', 'جوبا'], en: ['south sudan', 'juba'] },
  // --- Gulf ---------------------------------------------------------------------------------------------
  SA: {
    ar: [
      'السعودية', 'المملكة العربية السعودية', 'العربية السعودية', 'الرياض', 'جدة', 'مكة', 'مكة المكرمة',
      'المدينة المنورة', 'الدمام', 'الظهران', 'نيوم', 'تبوك', 'أبها', 'أرامكو',
    ],
    nisba: ['سعودي'],
    en: ['saudi arabia', 'saudi', 'saudis', 'riyadh', 'jeddah', 'mecca', 'medina', 'neom', 'aramco'],
    persons: ['محمد بن سلمان', 'الملك سلمان', 'فيصل بن فرحان'],
  },
  AE: {
    ar: [
      'الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات', 'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'عجمان',
      'رأس الخيمة', 'الفجيرة', 'أم القيوين',
    ],
    nisba: ['إماراتي'],
    en: ['united arab emirates', 'emirates', 'emirati', 'abu dhabi', 'dubai', 'sharjah'],
    persons: ['محمد بن زايد'],
  },
  QA: {
    ar: ['قطر', 'دولة قطر', 'الدوحة', 'لوسيل'],
    nisba: ['قطري'],
    en: ['qatar', 'qatari', 'doha'],
    persons: ['تميم بن حمد'],
  },
  KW: { ar: ['الكويت', 'دولة الكويت'], nisba: ['كويتي'], en: ['kuwait', 'kuwaiti'] },
  BH: {
    ar: ['البحرين', 'مملكة البحرين', 'المنامة'],
    nisba: ['بحريني'],
    en: ['bahrain', 'bahraini', 'manama'],
  },
  OM: {
    ar: ['سلطنة عمان', 'مسقط', 'صلالة', 'ظفار', 'الدقم'],
    nisba: ['عماني'],
    en: ['oman', 'omani', 'muscat', 'salalah'],
  },
  YE: {
    ar: ['اليمن', 'صنعاء', 'عدن', 'الحديدة', 'مأرب', 'تعز', 'حضرموت'],
    nisba: ['يمني', 'حوثي'],
    en: ['yemen', 'yemeni', 'sanaa', 'aden', 'houthi', 'houthis'],
  },
  // --- Maghreb ------------------------------------------------------------------------------------------
  LY: {
    ar: ['ليبيا', 'بنغازي', 'مصراتة', 'سرت', 'طبرق'],
    nisba: ['ليبي'],
    en: ['libya', 'libyan', 'benghazi', 'misrata'],
  },
  TN: { ar: ['تونس', 'صفاقس', 'سوسة', 'قرطاج'], nisba: ['تونسي'], en: ['tunisia', 'tunisian', 'tunis'] },
  DZ: {
    ar: ['الجزائر', 'وهران', 'قسنطينة', 'عنابة'],
    nisba: ['جزائري'],
    en: ['algeria', 'algerian', 'algiers', 'oran'],
  },
  MA: {
    ar: ['المغرب', 'المملكة المغربية', 'الرباط', 'الدار البيضاء', 'مراكش', 'طنجة', 'فاس', 'أغادير'],
    nisba: ['مغربي'],
    people: ['مغاربة'],
    en: ['morocco', 'moroccan', 'rabat', 'casablanca', 'marrakech', 'tangier'],
  },
  MR: {
    ar: ['موريتانيا', 'موريطانيا', 'نواكشوط'],
    nisba: ['موريتاني'],
    en: ['mauritania', 'mauritanian', 'nouakchott'],
  },
  // --- East, South and Southeast Asia ------------------------------------------------------------------
  CN: {
    ar: [
      'الصين', 'جمهورية الصين الشعبية', 'بكين', 'بيجين', 'شنغهاي', 'شينجيانغ', 'شينجيانج', 'سنجان',
      'شينغيانغ', 'أورومتشي', 'أورومچي', 'كاشغر', 'التبت', 'قوانغتشو', 'غوانغتشو', 'شنتشن', 'ووهان', 'هاينان',
      'تيانجين', 'تشونغتشينغ', 'شيآن', 'هانغتشو', 'هواوي',
    ],
    nisba: ['صيني'],
    en: [
      'china', 'chinese', 'beijing', 'shanghai', 'xinjiang', 'urumqi', 'kashgar', 'tibet', 'guangzhou',
      'shenzhen', 'wuhan',
    ],
    persons: ['شي جين بينغ', 'شي جينبينغ', 'وانغ يي', 'لي تشيانغ', 'xi jinping'],
  },
  JP: {
    ar: ['اليابان', 'طوكيو', 'أوساكا', 'هيروشيما'],
    nisba: ['ياباني'],
    en: ['japan', 'japanese', 'tokyo', 'osaka'],
  },
  KR: {
    // سول is Seoul as several agencies spell it (سيول, the other spelling, is also "floods": see AMBIGUOUS).
    // The two-word adjectives settle what كوري alone cannot.
    ar: [
      'كوريا الجنوبية', 'جمهورية كوريا', 'سول', 'بوسان', 'سامسونغ', 'كوري جنوبي', 'كورية جنوبية',
      'الكوري الجنوبي', 'الكورية الجنوبية', 'الكوريون الجنوبيون', 'الكوريين الجنوبيين',
    ],
    en: ['south korea', 'republic of korea', 'seoul', 'busan', 'samsung'],
  },
  KP: {
    ar: [
      'كوريا الشمالية', 'بيونغ يانغ', 'بيونغيانغ', 'جمهورية كوريا الديمقراطية الشعبية', 'كوري شمالي',
      'كورية شمالية', 'الكوري الشمالي', 'الكورية الشمالية', 'الكوريون الشماليون', 'الكوريين الشماليين',
    ],
    en: ['north korea', 'pyongyang'],
    persons: ['كيم جونغ أون', 'kim jong un'],
  },
  MN: {
    ar: ['منغوليا', 'مونغوليا', 'أولان باتور', 'أولانباتار'],
    nisba: ['منغولي'],
    en: ['mongolia', 'mongolian', 'ulaanbaatar'],
  },
  MO: { ar: ['ماكاو', 'مكاو'], en: ['macau', 'macao'] },
  TW: { ar: ['تايوان', 'تايبيه', 'تايبي'], nisba: ['تايواني'], en: ['taiwan', 'taiwanese', 'taipei'] },
  HK: { ar: ['هونغ كونغ', 'هونج كونج', 'هونغ كونج'], en: ['hong kong'] },
  IN: {
    ar: ['الهند', 'نيودلهي', 'نيو دلهي', 'دلهي', 'مومباي', 'بومباي', 'بنغالور', 'كولكاتا'],
    nisba: ['هندي'],
    people: ['هنود'],
    en: ['india', 'indian', 'indians', 'new delhi', 'delhi', 'mumbai'],
    persons: ['مودي', 'ناريندرا مودي', 'modi'],
  },
  PK: {
    ar: [
      'باكستان', 'إسلام آباد', 'إسلام أباد', 'اسلام اباد', 'كراتشي', 'لاهور', 'بيشاور', 'كويتا', 'غوادر',
      'جوادر', 'طالبان باكستان',
    ],
    nisba: ['باكستاني'],
    en: ['pakistan', 'pakistani', 'islamabad', 'karachi', 'lahore', 'gwadar'],
    persons: ['شهباز شريف'],
  },
  AF: {
    ar: ['أفغانستان', 'كابل', 'كابول', 'قندهار', 'هرات', 'مزار شريف', 'طالبان', 'حركة طالبان'],
    nisba: ['أفغاني', 'أفغانستاني'],
    people: ['أفغان'],
    en: ['afghanistan', 'afghan', 'afghans', 'kabul', 'kandahar', 'taliban'],
  },
  BD: { ar: ['بنغلاديش', 'بنغلادش', 'دكا'], nisba: ['بنغالي'], en: ['bangladesh', 'bangladeshi', 'dhaka'] },
  ID: { ar: ['إندونيسيا', 'جاكرتا'], en: ['indonesia', 'indonesian', 'jakarta'] },
  MY: { ar: ['ماليزيا', 'كوالالمبور', 'كوالا لمبور'], en: ['malaysia', 'malaysian', 'kuala lumpur'] },
  // --- Europe -------------------------------------------------------------------------------------------
  GB: {
    ar: [
      'بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى', 'إنجلترا', 'إنكلترا', 'انجلترا', 'اسكتلندا',
      'إسكتلندا', 'أيرلندا الشمالية', 'إيرلندا الشمالية', 'لندن', 'مانشستر', 'داونينغ ستريت', 'ويلز',
    ],
    nisba: ['بريطاني', 'إنجليزي', 'إنكليزي', 'اسكتلندي'],
    people: ['إنجليز', 'إنكليز'],
    en: [
      'united kingdom', 'britain', 'great britain', 'british', 'england', 'english', 'scotland', 'scottish',
      'london', 'downing street',
    ],
    persons: ['ستارمر', 'كير ستارمر', 'starmer'],
  },
  FR: {
    ar: ['فرنسا', 'باريس', 'مرسيليا', 'الإليزيه', 'قصر الإليزيه'],
    nisba: ['فرنسي'],
    en: ['france', 'french', 'paris', 'elysee'],
    persons: ['ماكرون', 'إيمانويل ماكرون', 'macron'],
  },
  DE: {
    ar: ['ألمانيا', 'برلين', 'ميونخ', 'ميونيخ', 'فرانكفورت', 'هامبورغ'],
    nisba: ['ألماني'],
    people: ['ألمان'],
    en: ['germany', 'german', 'germans', 'berlin', 'munich', 'frankfurt'],
    persons: ['شولتس', 'ميرتس', 'merz', 'scholz'],
  },
  IT: {
    ar: ['إيطاليا', 'روما', 'ميلانو', 'نابولي'],
    nisba: ['إيطالي'],
    en: ['italy', 'italian', 'rome', 'milan'],
    persons: ['ميلوني', 'meloni'],
  },
  ES: {
    ar: ['إسبانيا', 'اسبانيا', 'مدريد', 'برشلونة'],
    nisba: ['إسباني'],
    people: ['إسبان'],
    en: ['spain', 'spanish', 'madrid', 'barcelona'],
  },
  AT: { ar: ['النمسا', 'فيينا'], nisba: ['نمساوي'], en: ['austria', 'austrian', 'vienna'] },
  CH: {
    ar: ['سويسرا', 'جنيف', 'زيورخ', 'برن', 'دافوس', 'لوزان'],
    en: ['switzerland', 'swiss', 'geneva', 'zurich', 'davos'],
  },
  BE: { ar: ['بلجيكا', 'بروكسل'], en: ['belgium', 'belgian', 'brussels'] },
  NL: {
    ar: ['هولندا', 'أمستردام', 'لاهاي', 'روتردام'],
    en: ['netherlands', 'dutch', 'amsterdam', 'the hague', 'rotterdam'],
  },
  DK: {
    ar: ['الدنمارك', 'الدانمارك', 'كوبنهاغن'],
    nisba: ['دنماركي'],
    en: ['denmark', 'danish', 'copenhagen'],
  },
  SE: { ar: ['السويد', 'ستوكهولم'], en: ['sweden', 'swedish', 'stockholm'] },
  NO: { ar: ['النرويج', 'أوسلو'], en: ['norway', 'norwegian', 'oslo'] },
  FI: { ar: ['فنلندا', 'هلسنكي'], en: ['finland', 'finnish', 'helsinki'] },
  GR: { ar: ['اليونان', 'أثينا'], en: ['greece', 'greek', 'athens'] },
  CY: { ar: ['قبرص', 'نيقوسيا'], en: ['cyprus', 'cypriot', 'nicosia'] },
  RS: { ar: ['صربيا', 'بلغراد'], people: ['صرب'], en: ['serbia', 'serbian', 'belgrade'] },
  BA: {
    ar: ['البوسنة', 'البوسنة والهرسك', 'سراييفو'],
    nisba: ['بوسني'],
    en: ['bosnia', 'bosnian', 'sarajevo'],
  },
  MK: { ar: ['مقدونيا', 'مقدونيا الشمالية', 'سكوبيه'], en: ['macedonia', 'skopje'] },
  IE: { ar: ['أيرلندا', 'إيرلندا', 'ايرلندا', 'دبلن'], en: ['ireland', 'irish', 'dublin'] },
  PT: { ar: ['البرتغال', 'لشبونة'], en: ['portugal', 'portuguese', 'lisbon'] },
  VA: { ar: ['الفاتيكان', 'الكرسي الرسولي'], en: ['vatican', 'holy see'] },
  // --- Americas, Africa, Oceania ------------------------------------------------------------------------
  US: {
    ar: [
      'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا',
      'واشنطن', 'نيويورك', 'البيت الأبيض', 'البنتاغون', 'البنتاجون', 'الكونغرس', 'الكونجرس', 'وول ستريت',
      'كاليفورنيا', 'تكساس', 'فلوريدا', 'لوس أنجلوس', 'شيكاغو', 'ألاسكا', 'هاواي', 'ولاية جورجيا',
      'نيو مكسيكو', 'الاحتياطي الفيدرالي', 'الاحتياطي الفدرالي', 'وكالة ناسا', 'ناسا',
    ],
    nisba: ['أمريكي', 'أميركي'],
    people: ['أمريكان', 'أميركان'],
    en: [
      'united states', 'united states of america', 'america', 'american', 'americans', 'washington',
      'white house', 'pentagon', 'new york', 'congress', 'wall street', 'california', 'texas', 'florida',
      'new jersey', 'u s', 'nasa',
    ],
    persons: ['ترامب', 'دونالد ترامب', 'بايدن', 'روبيو', 'ماركو روبيو', 'trump', 'biden', 'rubio'],
  },
  CA: {
    ar: ['كندا', 'أوتاوا', 'تورنتو', 'مونتريال'],
    nisba: ['كندي'],
    en: ['canada', 'canadian', 'ottawa', 'toronto'],
  },
  MX: { ar: ['المكسيك', 'مكسيكو سيتي'], nisba: ['مكسيكي'], en: ['mexico', 'mexican', 'mexico city'] },
  BR: {
    ar: ['البرازيل', 'برازيليا', 'ساو باولو', 'ريو دي جانيرو'],
    nisba: ['برازيلي'],
    en: ['brazil', 'brazilian', 'brasilia', 'sao paulo', 'rio de janeiro'],
  },
  AR: {
    ar: ['الأرجنتين', 'بوينس آيرس'],
    nisba: ['أرجنتيني'],
    en: ['argentina', 'argentine', 'argentinian', 'buenos aires'],
  },
  VE: { ar: ['فنزويلا', 'كاراكاس'], en: ['venezuela', 'venezuelan', 'caracas'] },
  CU: { ar: ['كوبا', 'هافانا'], en: ['cuba', 'cuban', 'havana'] },
  ZA: {
    ar: ['جنوب أفريقيا', 'جنوب إفريقيا', 'جوهانسبرغ', 'بريتوريا', 'كيب تاون'],
    en: ['south africa', 'south african', 'johannesburg', 'pretoria', 'cape town'],
  },
  ET: {
    ar: ['إثيوبيا', 'أثيوبيا', 'أديس أبابا', 'سد النهضة'],
    nisba: ['إثيوبي'],
    en: ['ethiopia', 'ethiopian', 'addis ababa'],
  },
  NG: { ar: ['نيجيريا', 'أبوجا', 'لاغوس'], nisba: ['نيجيري'], en: ['nigeria', 'nigerian', 'abuja', 'lagos'] },
  KE: { ar: ['كينيا', 'نيروبي'], en: ['kenya', 'kenyan', 'nairobi'] },
  SO: {
    ar: ['الصومال', 'مقديشو', 'أرض الصومال', 'بونتلاند'],
    nisba: ['صومالي'],
    en: ['somalia', 'somali', 'mogadishu', 'somaliland'],
  },
  ML: {
    ar: ['جمهورية مالي', 'دولة مالي', 'في مالي', 'شمال مالي', 'وسط مالي', 'باماكو'],
    en: ['mali', 'bamako'],
  },
  NE: { ar: ['النيجر', 'نيامي'], en: ['niger', 'niamey'] },
  TD: { ar: ['تشاد', 'نجامينا', 'انجامينا'], en: ['chad', 'ndjamena'] },
  SN: { ar: ['السنغال', 'داكار'], en: ['senegal', 'senegalese', 'dakar'] },
  CD: {
    ar: ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية', 'كينشاسا'],
    en: ['democratic republic of the congo', 'drc', 'kinshasa'],
  },
  CG: { ar: ['الكونغو برازافيل', 'برازافيل'], en: ['brazzaville'] },
  ER: { ar: ['إريتريا', 'أسمرة'], en: ['eritrea', 'asmara'] },
  DJ: { ar: ['جيبوتي'], en: ['djibouti'] },
  AU: {
    ar: ['أستراليا', 'استراليا', 'كانبرا', 'سيدني', 'ملبورن'],
    en: ['australia', 'australian', 'canberra', 'sydney', 'melbourne'],
  },
  NZ: { ar: ['نيوزيلندا', 'نيوزيلاندا', 'ولنغتون'], en: ['new zealand', 'wellington'] },
  BJ: { ar: ['جمهورية بنين'], en: ['benin'] },
  TL: { ar: ['تيمور الشرقية', 'تيمور ليشتي'], en: ['east timor', 'timor leste'] },
  CI: { ar: ['كوت ديفوار', 'ساحل العاج', 'أبيدجان'], en: ['ivory coast', 'abidjan'] },
  CV: { ar: ['كاب فيردي', 'الرأس الأخضر'], en: ['cape verde', 'cabo verde'] },
  SZ: { ar: ['إسواتيني', 'سوازيلاند'], en: ['eswatini', 'swaziland'] },
  MM: { ar: ['ميانمار', 'بورما', 'يانغون', 'نايبيداو'], en: ['myanmar', 'burma', 'yangon'] },
  TH: { ar: ['تايلاند', 'بانكوك'], en: ['thailand', 'thai', 'bangkok'] },
  VN: { ar: ['فيتنام', 'هانوي'], en: ['vietnam', 'vietnamese', 'hanoi'] },
  PH: { ar: ['الفلبين', 'مانيلا'], en: ['philippines', 'filipino', 'manila'] },
  SG: { ar: ['سنغافورة'], en: ['singapore'] },
  LK: { ar: ['سريلانكا', 'سري لانكا', 'كولومبو'], en: ['sri lanka', 'colombo'] },
  NP: { ar: ['نيبال', 'كاتماندو'], en: ['nepal', 'kathmandu'] },
};

/**
 * Forms that cannot be resolved on their own: tagged only when the item names exactly one of the candidate
 * countries some other way, or (context) when it names one of the context countries, which then picks the
 * first candidate. Otherwise left untagged rather than guessed.
 */
// prettier-ignore
export const AMBIGUOUS: { forms: string[]; codes: string[]; context?: string[] }[] = [
  {
    forms: [
      'كوريا', 'كوري', 'الكوري', 'كورية', 'الكورية', 'الكوريين', 'الكوريون', 'korea', 'korean', 'koreans',
    ],
    codes: ['KR', 'KP'],
  },
  // عُمان (Oman) and عمّان (Amman) only differ by diacritics, which wires rarely write (see RAW_DIACRITIC_FORMS).
  { forms: ['عمان'], codes: ['OM', 'JO'] },
  // سيول is Seoul and also "torrents" (السيول with the article is always torrents).
  { forms: ['سيول', 'وسيول'], codes: ['KR'], context: ['KP', 'JP', 'US', 'CN'] },
  { forms: ['طرابلس', 'tripoli'], codes: ['LY', 'LB'] },
  { forms: ['الكونغو', 'الكونجو', 'congo'], codes: ['CD', 'CG'] },
  // مالي is also "financial": only a Sahel story (a neighbour named) makes it Mali.
  {
    forms: ['مالي', 'ومالي'],
    codes: ['ML'],
    context: ['BF', 'NE', 'SN', 'GN', 'MR', 'DZ', 'TD', 'CI', 'TG'],
  },
  { forms: ['أوسيتيا', 'ossetia'], codes: ['GE', 'RU'] },
  { forms: ['جلال آباد'], codes: ['AF', 'KG'] },
  // بنين is also "boys" (مدرسة بنين): Benin only in a West African story.
  { forms: ['بنين'], codes: ['BJ'], context: ['TG', 'NG', 'BF', 'NE', 'GH'] },
];

/** Unambiguous only in the raw text (diacritics, a dateline colon), which normalisation removes. */
export const RAW_DIACRITIC_FORMS: { pattern: RegExp; code: string }[] = [
  // A dateline: "سيول:" at the start of a headline is the city.
  { pattern: /^\s*سيول\s*[:\-–—]/u, code: 'KR' },
  { pattern: /عُمان|عُمَان/u, code: 'OM' },
  { pattern: /عمّان|عَمّان|عَمَّان|عمَّان/u, code: 'JO' },
];

/** Several countries at once. */
// prettier-ignore
export const MULTI_COUNTRY: { forms: string[]; codes: string[] }[] = [
  {
    forms: [
      'الكوريتين', 'الكوريتان', 'شبه الجزيرة الكورية', 'كوريا الجنوبية والشمالية', 'كوريا الشمالية والجنوبية',
      'korean peninsula', 'two koreas',
    ],
    codes: ['KR', 'KP'],
  },
];

/** Named regions (country regions are also derived from the countries an item names). */
// prettier-ignore
export const NAMED_REGIONS: { forms: string[]; regions: Region[] }[] = [
  {
    forms: ['آسيا الوسطى', 'وسط آسيا', 'آسيا الوسطي', 'دول آسيا الوسطى', 'central asia', 'central asian'],
    regions: ['central-asia'],
  },
  { forms: ['وادي فرغانة', 'fergana valley'], regions: ['central-asia'] },
  {
    forms: [
      'جنوب القوقاز', 'القوقاز', 'ما وراء القوقاز', 'منطقة القوقاز', 'south caucasus', 'caucasus',
      'transcaucasia',
    ],
    regions: ['south-caucasus'],
  },
  {
    forms: [
      'الخليج العربي', 'الخليج الفارسي', 'دول الخليج', 'منطقة الخليج', 'خليجي', 'الخليجي', 'الخليجية',
      'خليجية', 'الخليجيين', 'الخليجيون', 'gulf states', 'persian gulf', 'arabian gulf', 'gulf region',
    ],
    regions: ['gulf'],
  },
  { forms: ['الشرق الأوسط', 'الشرق الاوسط', 'middle east', 'mideast'], regions: ['middle-east'] },
  { forms: ['المغرب العربي', 'دول المغرب العربي', 'maghreb'], regions: ['maghreb'] },
  { forms: ['شمال أفريقيا', 'شمال إفريقيا', 'north africa'], regions: ['maghreb', 'africa'] },
  { forms: ['بلاد الشام', 'المشرق العربي', 'الشام', 'levant'], regions: ['levant'] },
  { forms: ['وادي النيل', 'حوض النيل', 'nile valley', 'nile basin'], regions: ['nile-valley'] },
  { forms: ['شرق آسيا', 'east asia'], regions: ['east-asia'] },
  { forms: ['جنوب آسيا', 'شبه القارة الهندية', 'south asia'], regions: ['south-asia'] },
  {
    forms: ['جنوب شرق آسيا', 'جنوب شرقي آسيا', 'southeast asia', 'south east asia'],
    regions: ['southeast-asia'],
  },
  {
    forms: [
      'أوروبا', 'أوربا', 'القارة الأوروبية', 'أوروبي', 'الأوروبي', 'الأوروبية', 'الأوروبيين', 'الأوروبيون',
      'europe', 'european', 'europeans',
    ],
    regions: ['europe'],
  },
  { forms: ['أوروبا الشرقية', 'شرق أوروبا', 'eastern europe'], regions: ['eastern-europe'] },
  { forms: ['أمريكا الشمالية', 'أميركا الشمالية', 'north america'], regions: ['north-america'] },
  {
    forms: [
      'أمريكا اللاتينية', 'أميركا اللاتينية', 'أمريكا الجنوبية', 'أميركا الجنوبية', 'أمريكا الوسطى',
      'أميركا الوسطى', 'الكاريبي', 'البحر الكاريبي', 'latin america', 'south america', 'central america',
      'caribbean',
    ],
    regions: ['latin-america'],
  },
  {
    forms: [
      'أفريقيا', 'إفريقيا', 'افريقيا', 'القارة الأفريقية', 'القارة السمراء', 'أفريقي', 'الأفريقي',
      'الأفريقية', 'الإفريقية', 'الأفارقة', 'غرب أفريقيا', 'شرق أفريقيا', 'وسط أفريقيا', 'القرن الأفريقي',
      'منطقة الساحل', 'الساحل الأفريقي', 'africa', 'african', 'africans', 'sahel', 'horn of africa',
    ],
    regions: ['africa'],
  },
  { forms: ['أوقيانوسيا', 'جزر المحيط الهادئ', 'oceania', 'pacific islands'], regions: ['oceania'] },
];

/** Organisations, with the regions they imply (the EU is a European story even when no country is named). */
// prettier-ignore
export const ORGANISATIONS: { forms: string[]; org: Organisation; regions?: Region[] }[] = [
  {
    forms: ['أوبك', 'أوبك بلس', 'أوبك+', 'منظمة أوبك', 'منظمة الدول المصدرة للنفط', 'opec', 'opec plus'],
    org: 'opec',
  },
  {
    forms: [
      'منظمة معاهدة الأمن الجماعي', 'معاهدة الأمن الجماعي', 'الأمن الجماعي', 'مجلس الأمن الجماعي',
      'collective security treaty organization', 'collective security treaty organisation', 'csto',
    ],
    org: 'csto',
  },
  {
    forms: [
      'منظمة شنغهاي للتعاون', 'منظمة شنغهاي', 'شنغهاي للتعاون', 'قمة شنغهاي', 'مجموعة شنغهاي',
      'shanghai cooperation organisation', 'shanghai cooperation organization',
    ],
    org: 'sco',
  },
  {
    forms: ['رابطة الدول المستقلة', 'كومنولث الدول المستقلة', 'commonwealth of independent states'],
    org: 'cis',
  },
  { forms: ['بريكس', 'البريكس', 'مجموعة بريكس', 'brics'], org: 'brics' },
  {
    forms: [
      'مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'مجلس التعاون لدول الخليج',
      'دول مجلس التعاون', 'gulf cooperation council', 'gcc',
    ],
    org: 'gcc',
    regions: ['gulf'],
  },
  {
    forms: [
      'الأمم المتحدة', 'هيئة الأمم المتحدة', 'مجلس الأمن الدولي', 'الجمعية العامة للأمم المتحدة', 'غوتيريش',
      'غوتيريس', 'اليونسكو', 'اليونيسف', 'منظمة الصحة العالمية', 'برنامج الأغذية العالمي', 'مفوضية اللاجئين',
      'الوكالة الدولية للطاقة الذرية', 'الأونروا', 'الفاو', 'برنامج الأمم المتحدة الإنمائي', 'united nations',
      'security council', 'world health organization', 'unesco', 'unicef', 'unhcr', 'unrwa', 'iaea',
      'guterres', 'undp',
    ],
    org: 'un',
  },
  {
    forms: [
      'الاتحاد الأوروبي', 'الاتحاد الاوروبي', 'المفوضية الأوروبية', 'البرلمان الأوروبي', 'المجلس الأوروبي',
      'european union', 'european commission', 'european parliament',
    ],
    org: 'eu',
    regions: ['europe'],
  },
  {
    forms: [
      'حلف الناتو', 'الناتو', 'حلف شمال الأطلسي', 'الحلف الأطلسي', 'حلف الأطلسي', 'حلف شمال الاطلسي', 'nato',
      'north atlantic treaty organization',
    ],
    org: 'nato',
  },
  { forms: ['جامعة الدول العربية', 'الجامعة العربية', 'arab league'], org: 'arab-league' },
  {
    forms: [
      'الاتحاد الاقتصادي الأوراسي', 'الاتحاد الأوراسي', 'اللجنة الاقتصادية الأوراسية', 'الاقتصادي الأوراسي',
      'eurasian economic union', 'eaeu',
    ],
    org: 'eaeu',
  },
  {
    forms: [
      'منظمة الدول التركية', 'الدول التركية', 'منظمة الدول الناطقة بالتركية',
      'مجلس التعاون للدول الناطقة بالتركية', 'المجلس التركي', 'organization of turkic states',
      'organisation of turkic states', 'turkic council',
    ],
    org: 'ots',
  },
  {
    forms: [
      'منظمة التعاون الإسلامي', 'منظمة المؤتمر الإسلامي', 'التعاون الإسلامي',
      'organisation of islamic cooperation', 'organization of islamic cooperation', 'oic',
    ],
    org: 'oic',
  },
  { forms: ['مجموعة السبع', 'مجموعة الدول السبع', 'مجموعة الدول الصناعية السبع', 'g7'], org: 'g7' },
  { forms: ['مجموعة العشرين', 'مجموعة الدول العشرين', 'g20'], org: 'g20' },
  { forms: ['صندوق النقد الدولي', 'صندوق النقد', 'international monetary fund', 'imf'], org: 'imf' },
  { forms: ['البنك الدولي', 'مجموعة البنك الدولي', 'world bank'], org: 'world-bank' },
  {
    forms: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'african union'],
    org: 'african-union',
    regions: ['africa'],
  },
  {
    forms: ['آسيان', 'الآسيان', 'رابطة دول جنوب شرق آسيا', 'رابطة دول جنوب شرقي آسيا', 'asean'],
    org: 'asean',
    regions: ['southeast-asia'],
  },
];

/**
 * Token sequences that look like a place but are not one (or are another one). Longest match wins, so these
 * shadow the shorter names inside them.
 */
// prettier-ignore
export const NOT_PLACES: string[] = [
  'المحيط الهندي', 'الهنود الحمر', 'صلاة المغرب', 'أذان المغرب', 'بعد المغرب', 'العالم التركي',
  'الشعوب التركية', 'اللغات التركية', 'الشعوب التركمانية', 'الأمير تركي', 'تركي الفيصل', 'تركي آل',
  'الاتحاد السوفيتي', 'الاتحاد السوفياتي', 'مجلس الأمن القومي', 'مجلس الأمن الوطني', 'الأمريكتين',
  'الأمريكيتين', 'الأميركتين', 'الأميركيتين', 'القارة الأمريكية', 'الجامعة الأمريكية', 'الجامعة الأميركية',
  'البحر الأسود', 'indian ocean', 'native american', 'native americans', 'guinea pig', 'new england',
  'jersey', 'reunion', 'national security council', 'wild turkey',
];

/** The desk's English acronyms for countries and organisations, matched case-sensitively on the raw text. */
export const ACRONYMS: { pattern: RegExp; country?: string; org?: Organisation }[] = [
  { pattern: /\b(?:US|USA|U\.S\.A?\.?)(?![\w.])/g, country: 'US' },
  { pattern: /\bUK\b/g, country: 'GB' },
  { pattern: /\bUAE\b/g, country: 'AE' },
  { pattern: /\bDPRK\b/g, country: 'KP' },
  { pattern: /\bPRC\b/g, country: 'CN' },
  { pattern: /\bUN\b/g, org: 'un' },
  { pattern: /\bWHO\b/g, org: 'un' },
  { pattern: /\bEU\b/g, org: 'eu' },
  { pattern: /\bCIS\b/g, org: 'cis' },
  { pattern: /\bSCO\b/g, org: 'sco' },
];
