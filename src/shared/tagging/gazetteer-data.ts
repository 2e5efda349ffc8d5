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
 *   list dates: review it when governments change. Seats of government, palaces and parliaments (الكرملين,
 *   داوننغ ستريت, الكي دورسيه, قصر بعبدا, قصر الاتحادية, البوندستاغ) are names of the country itself.
 * - Armed movements are organisations (ORGANISATIONS below), and those that hold or fight over one country's
 *   territory also name it: حماس → PS, حزب الله → LB, الحوثيون → YE, طالبان → AF.
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
      'كاراغندا', 'قاراغندي', 'أكتاو', 'آقتاو', 'أتيراو', 'أكتوبي', 'آقتوبه', 'بافلودار', 'تاراز',
      'قيزيلوردا', 'كيزيلوردا', 'سيميبالاتينسك', 'أوست كامينوغورسك', 'كوستاناي', 'بايكونور', 'بايقونور',
      'تنغيز', 'تنجيز', 'كاشاغان', 'كاراتشاغاناك', 'كازموناي غاز', 'كازموناي', 'كازاتومبروم', 'مانغيستاو',
      'مانغستاو', 'أكوردا', 'آق أوردا',
    ],
    nisba: ['كازاخستاني', 'كازاخي', 'قازاقي', 'قزاقي', 'كزاخي', 'قازاقستاني'],
    people: ['كازاخ', 'قازاق'],
    en: [
      'kazakhstan', 'kazakh', 'kazakhs', 'kazakhstani', 'astana', 'almaty', 'nur sultan', 'shymkent',
      'tengiz', 'kashagan', 'baikonur', 'kazmunaygas', 'akorda',
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
      'سيفاستوبول', 'دنيبرو', 'بانكوفا',
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
      'غازي عنتاب', 'أضنة', 'ديار بكر', 'هاتاي', 'بيشتبه', 'قصر دولمة بهجة', 'قصر دولما بهجة',
      'قصر تشانكايا',
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
      'مجلس الشورى الإسلامي', 'قصر سعد آباد',
    ],
    nisba: ['إيراني'],
    en: ['iran', 'iranian', 'iranians', 'tehran', 'isfahan', 'tabriz', 'hormuz', 'natanz', 'fordow', 'irgc'],
    persons: [
      'خامنئي', 'علي خامنئي', 'بزشكيان', 'مسعود بزشكيان', 'عراقجي', 'عباس عراقجي', 'khamenei', 'pezeshkian',
      'araghchi',
    ],
  },
  IQ: {
    ar: [
      'العراق', 'بغداد', 'أربيل', 'البصرة', 'الموصل', 'كركوك', 'النجف', 'كربلاء', 'الفلوجة', 'الأنبار',
      'السليمانية', 'دهوك', 'إقليم كردستان', 'كردستان العراق', 'تركمان العراق', 'الحشد الشعبي',
      'المنطقة الخضراء', 'كتائب حزب الله', 'حزب الله العراقي',
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
    ar: [
      'لبنان', 'بيروت', 'صيدا', 'بعلبك', 'الضاحية الجنوبية', 'جنوب لبنان', 'قصر بعبدا', 'بعبدا',
      'السراي الحكومي', 'السراي الكبير', 'عين التينة',
    ],
    nisba: ['لبناني'],
    en: ['lebanon', 'lebanese', 'beirut', 'baabda'],
  },
  JO: {
    ar: ['الأردن', 'المملكة الأردنية', 'الزرقاء', 'إربد', 'العقبة', 'الديوان الملكي الهاشمي', 'قصر الحسينية'],
    nisba: ['أردني'],
    en: ['jordan', 'jordanian', 'amman'],
  },
  PS: {
    ar: [
      'فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية', 'غزة', 'قطاع غزة', 'الضفة الغربية', 'رام الله', 'نابلس',
      'جنين', 'الخليل', 'رفح', 'خان يونس', 'بيت لحم', 'السلطة الفلسطينية',
    ],
    nisba: ['فلسطيني'],
    en: ['palestine', 'palestinian', 'palestinians', 'gaza', 'west bank', 'ramallah'],
  },
  IL: {
    ar: ['إسرائيل', 'تل أبيب', 'حيفا', 'إيلات', 'الكنيست'],
    nisba: ['إسرائيلي'],
    en: ['israel', 'israeli', 'israelis', 'tel aviv', 'haifa', 'eilat', 'knesset'],
    persons: ['نتنياهو', 'بنيامين نتنياهو', 'netanyahu'],
  },
  EG: {
    ar: [
      'مصر', 'جمهورية مصر العربية', 'القاهرة', 'الإسكندرية', 'السويس', 'قناة السويس', 'بورسعيد', 'الأقصر',
      'أسوان', 'شرم الشيخ', 'الجيزة', 'سيناء', 'العلمين', 'العاصمة الإدارية', 'قصر الاتحادية', 'قصر عابدين',
      'قصر القبة',
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
      'المدينة المنورة', 'الدمام', 'الظهران', 'نيوم', 'تبوك', 'أبها', 'أرامكو', 'قصر اليمامة',
    ],
    nisba: ['سعودي'],
    en: ['saudi arabia', 'saudi', 'saudis', 'riyadh', 'jeddah', 'mecca', 'medina', 'neom', 'aramco'],
    persons: ['محمد بن سلمان', 'الملك سلمان', 'فيصل بن فرحان'],
  },
  AE: {
    ar: [
      'الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات', 'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'عجمان',
      'رأس الخيمة', 'الفجيرة', 'أم القيوين', 'قصر الوطن',
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
  KW: {
    ar: ['الكويت', 'دولة الكويت', 'قصر بيان', 'قصر السيف'],
    nisba: ['كويتي'],
    en: ['kuwait', 'kuwaiti'],
  },
  BH: {
    ar: ['البحرين', 'مملكة البحرين', 'المنامة', 'قصر الصخير', 'قصر القضيبية'],
    nisba: ['بحريني'],
    en: ['bahrain', 'bahraini', 'manama'],
  },
  OM: {
    ar: ['سلطنة عمان', 'مسقط', 'صلالة', 'ظفار', 'الدقم', 'قصر العلم'],
    nisba: ['عماني'],
    en: ['oman', 'omani', 'muscat', 'salalah'],
  },
  YE: {
    ar: ['اليمن', 'صنعاء', 'عدن', 'الحديدة', 'مأرب', 'تعز', 'حضرموت', 'قصر معاشيق'],
    nisba: ['يمني'],
    en: ['yemen', 'yemeni', 'sanaa', 'aden', 'hodeidah'],
  },
  // --- Maghreb ------------------------------------------------------------------------------------------
  LY: {
    ar: ['ليبيا', 'بنغازي', 'مصراتة', 'سرت', 'طبرق'],
    nisba: ['ليبي'],
    en: ['libya', 'libyan', 'benghazi', 'misrata'],
  },
  TN: {
    ar: ['تونس', 'صفاقس', 'سوسة', 'قرطاج', 'قصر قرطاج'],
    nisba: ['تونسي'],
    en: ['tunisia', 'tunisian', 'tunis'],
  },
  DZ: {
    ar: ['الجزائر', 'وهران', 'قسنطينة', 'عنابة', 'قصر المرادية', 'المرادية'],
    nisba: ['جزائري'],
    en: ['algeria', 'algerian', 'algiers', 'oran', 'el mouradia'],
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
      'تيانجين', 'تشونغتشينغ', 'شيآن', 'هانغتشو', 'هواوي', 'قاعة الشعب الكبرى', 'تشونغنانهاي',
    ],
    nisba: ['صيني'],
    en: [
      'china', 'chinese', 'beijing', 'shanghai', 'xinjiang', 'urumqi', 'kashgar', 'tibet', 'guangzhou',
      'shenzhen', 'wuhan', 'zhongnanhai', 'great hall of the people',
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
      'كوريا الجنوبية', 'جمهورية كوريا', 'سول', 'بوسان', 'سامسونغ', 'البيت الأزرق', 'كوري جنوبي', 'كورية جنوبية',
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
      'جوادر', 'راولبندي', 'خيبر بختونخوا',
    ],
    nisba: ['باكستاني'],
    en: ['pakistan', 'pakistani', 'islamabad', 'karachi', 'lahore', 'gwadar', 'rawalpindi'],
    persons: ['شهباز شريف'],
  },
  AF: {
    ar: ['أفغانستان', 'كابل', 'كابول', 'قندهار', 'هرات', 'مزار شريف'],
    nisba: ['أفغاني', 'أفغانستاني'],
    people: ['أفغان'],
    en: ['afghanistan', 'afghan', 'afghans', 'kabul', 'kandahar'],
  },
  BD: { ar: ['بنغلاديش', 'بنغلادش', 'دكا'], nisba: ['بنغالي'], en: ['bangladesh', 'bangladeshi', 'dhaka'] },
  ID: { ar: ['إندونيسيا', 'جاكرتا'], en: ['indonesia', 'indonesian', 'jakarta'] },
  MY: { ar: ['ماليزيا', 'كوالالمبور', 'كوالا لمبور'], en: ['malaysia', 'malaysian', 'kuala lumpur'] },
  // --- Europe -------------------------------------------------------------------------------------------
  GB: {
    ar: [
      'بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى', 'إنجلترا', 'إنكلترا', 'انجلترا', 'اسكتلندا',
      'إسكتلندا', 'أيرلندا الشمالية', 'إيرلندا الشمالية', 'لندن', 'مانشستر', 'داونينغ ستريت', 'داوننغ ستريت',
      'داونينج ستريت', 'داوننج ستريت', 'وستمنستر', 'ويستمنستر', 'وايتهول', 'قصر باكنغهام', 'قصر بكنغهام', 'ويلز',
    ],
    nisba: ['بريطاني', 'إنجليزي', 'إنكليزي', 'اسكتلندي'],
    people: ['إنجليز', 'إنكليز'],
    en: [
      'united kingdom', 'britain', 'great britain', 'british', 'england', 'english', 'scotland', 'scottish',
      'london', 'downing street', 'whitehall', 'westminster', 'buckingham palace',
    ],
    persons: ['ستارمر', 'كير ستارمر', 'starmer'],
  },
  FR: {
    ar: [
      'فرنسا', 'باريس', 'مرسيليا', 'الإليزيه', 'قصر الإليزيه', 'الكي دورسيه', 'كي دورسيه', 'الكيه دورسيه',
      'قصر ماتينيون', 'ماتينيون',
    ],
    nisba: ['فرنسي'],
    en: ['france', 'french', 'paris', 'elysee', 'élysée', 'quai d orsay', 'matignon'],
    persons: ['ماكرون', 'إيمانويل ماكرون', 'macron'],
  },
  DE: {
    ar: ['ألمانيا', 'برلين', 'ميونخ', 'ميونيخ', 'فرانكفورت', 'هامبورغ', 'البوندستاغ', 'البوندستاج', 'الرايخستاغ'],
    nisba: ['ألماني'],
    people: ['ألمان'],
    en: ['germany', 'german', 'germans', 'berlin', 'munich', 'frankfurt', 'bundestag', 'reichstag'],
    persons: ['شولتس', 'ميرتس', 'merz', 'scholz'],
  },
  IT: {
    ar: ['إيطاليا', 'روما', 'ميلانو', 'نابولي', 'قصر كيجي', 'قصر كيغي', 'قصر الكويرينالي'],
    nisba: ['إيطالي'],
    en: ['italy', 'italian', 'rome', 'milan', 'palazzo chigi', 'quirinale'],
    persons: ['ميلوني', 'meloni'],
  },
  ES: {
    ar: ['إسبانيا', 'اسبانيا', 'مدريد', 'برشلونة', 'قصر مونكلوا', 'مونكلوا'],
    nisba: ['إسباني'],
    people: ['إسبان'],
    en: ['spain', 'spanish', 'madrid', 'barcelona', 'moncloa'],
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
      'المكتب البيضاوي', 'الكابيتول', 'كابيتول هيل', 'فوغي بوتوم', 'كامب ديفيد',
      'كاليفورنيا', 'تكساس', 'فلوريدا', 'لوس أنجلوس', 'شيكاغو', 'ألاسكا', 'هاواي', 'ولاية جورجيا',
      'نيو مكسيكو', 'الاحتياطي الفيدرالي', 'الاحتياطي الفدرالي', 'وكالة ناسا', 'ناسا',
    ],
    nisba: ['أمريكي', 'أميركي'],
    people: ['أمريكان', 'أميركان'],
    en: [
      'united states', 'united states of america', 'america', 'american', 'americans', 'washington',
      'white house', 'pentagon', 'state department', 'oval office', 'capitol hill', 'foggy bottom',
      'camp david', 'new york', 'congress', 'wall street', 'california', 'texas', 'florida', 'new jersey', 'u s',
      'nasa',
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
  // طراز (Taraz) is also "model, type": طائرات من طراز إف 16.
  { forms: ['طراز'], codes: ['KZ'] },
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

/**
 * One organisation's names. `countries` and `regions` are what the name also says: the EU is a European story
 * even when no country is named, and a movement that holds or fights over one country's territory (Hamas,
 * Hezbollah, the Houthis, the Taliban) is a story about that country, as its name was before it was an
 * organisation here. ISIS and the PKK operate across borders and name no country. `notBeforeDual`: the name is
 * also a common dual noun (طالبان "two students"), so it does not count before a dual adjective or verb.
 */
export interface OrganisationNames {
  forms: string[];
  org: Organisation;
  countries?: string[];
  regions?: Region[];
  notBeforeDual?: boolean;
}

/**
 * Agencies, programmes and courts of the UN system: an item naming one also carries 'un', so a desk following
 * the UN as a whole keeps seeing them. The WTO, the ICC and the Red Cross are not of the UN system.
 */
export const ORGANISATION_PARENTS: Partial<Record<Organisation, Organisation>> = {
  who: 'un',
  iaea: 'un',
  unhcr: 'un',
  unicef: 'un',
  wfp: 'un',
  unesco: 'un',
  unrwa: 'un',
  icj: 'un',
};

/** Organisations, with the countries and regions they imply. */
// prettier-ignore
export const ORGANISATIONS: OrganisationNames[] = [
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
    // The UN itself and the bodies of it that have no id of their own (FAO, UNDP, IOM, the human rights office).
    forms: [
      'الأمم المتحدة', 'هيئة الأمم المتحدة', 'مجلس الأمن الدولي', 'الجمعية العامة للأمم المتحدة', 'غوتيريش',
      'غوتيريس', 'الفاو', 'منظمة الأغذية والزراعة', 'برنامج الأمم المتحدة الإنمائي', 'المنظمة الدولية للهجرة',
      'منظمة الهجرة الدولية', 'international organization for migration',
      'المفوضية السامية لحقوق الإنسان', 'مفوضية الأمم المتحدة لحقوق الإنسان', 'مجلس حقوق الإنسان',
      'united nations', 'security council', 'guterres', 'undp', 'human rights council',
    ],
    org: 'un',
  },
  // --- UN agencies and world bodies ---------------------------------------------------------------------
  {
    // الصحة العالمية alone is how headlines shorten the WHO; "global health" in construct is in NOT_ORGANISATIONS.
    forms: [
      'منظمة الصحة العالمية', 'منظمة الصحة', 'الصحة العالمية', 'غيبريسوس', 'تيدروس أدهانوم غيبريسوس', 'تيدروس أدهانوم',
      'تيدروس', 'world health organization', 'world health organisation', 'tedros',
    ],
    org: 'who',
  },
  {
    // Not the IEA (الوكالة الدولية للطاقة), not Iran's own agency (منظمة الطاقة الذرية الإيرانية).
    forms: [
      'الوكالة الدولية للطاقة الذرية', 'وكالة الطاقة الذرية', 'وكالة الطاقة الذرية الدولية', 'الوكالة الذرية',
      'الطاقة الذرية الدولية', 'غروسي', 'رافائيل غروسي', 'international atomic energy agency', 'iaea', 'grossi',
      'un nuclear watchdog',
    ],
    org: 'iaea',
  },
  {
    // Not the human rights office (المفوضية السامية لحقوق الإنسان), which is 'un' alone.
    forms: [
      'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية الأمم المتحدة السامية لشؤون اللاجئين',
      'مفوضية الأمم المتحدة لشؤون اللاجئين', 'مفوضية الأمم المتحدة للاجئين', 'المفوضية الأممية للاجئين',
      'المفوضية الأممية لشؤون اللاجئين', 'المفوضية السامية لشؤون اللاجئين', 'مفوضية شؤون اللاجئين',
      'مفوضية اللاجئين', 'وكالة الأمم المتحدة للاجئين', 'unhcr', 'un refugee agency',
      'united nations high commissioner for refugees',
    ],
    org: 'unhcr',
  },
  {
    forms: [
      'اليونيسف', 'يونيسف', 'اليونيسيف', 'يونيسيف', 'منظمة اليونيسف', 'منظمة الأمم المتحدة للطفولة',
      'صندوق الأمم المتحدة للطفولة', 'unicef',
    ],
    org: 'unicef',
  },
  {
    // الأغذية العالمي: the masculine adjective cannot agree with الأغذية, so it is the programme's. الغذاء العالمي
    // alone is "the world's food" (أزمة الغذاء العالمي) and is left out.
    forms: [
      'برنامج الأغذية العالمي', 'برنامج الغذاء العالمي', 'برنامج الأغذية', 'الأغذية العالمي',
      'world food programme', 'world food program', 'wfp',
    ],
    org: 'wfp',
  },
  {
    forms: [
      'اليونسكو', 'يونسكو', 'منظمة اليونسكو', 'منظمة الأمم المتحدة للتربية والعلم والثقافة', 'unesco',
    ],
    org: 'unesco',
  },
  { forms: ['الأونروا', 'أونروا', 'وكالة الأونروا', 'وكالة الغوث', 'unrwa'], org: 'unrwa' },
  {
    // The full names say whose refugees they serve.
    forms: [
      'وكالة غوث وتشغيل اللاجئين الفلسطينيين', 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين',
      'وكالة غوث اللاجئين الفلسطينيين',
    ],
    org: 'unrwa',
    countries: ['PS'],
  },
  {
    // Not التجارة العالمية alone: that is world trade.
    forms: [
      'منظمة التجارة العالمية', 'منظمة التجارة', 'world trade organization', 'world trade organisation', 'wto',
    ],
    org: 'wto',
  },
  // --- Courts and the Red Cross -------------------------------------------------------------------------
  {
    forms: [
      'المحكمة الجنائية الدولية', 'الجنائية الدولية', 'محكمة الجنايات الدولية', 'international criminal court',
    ],
    org: 'icc',
  },
  {
    forms: [
      'محكمة العدل الدولية', 'العدل الدولية', 'international court of justice', 'world court', 'icj',
    ],
    org: 'icj',
  },
  {
    // The movement as a whole: the ICRC, the IFRC and every national Red Cross or Red Crescent society.
    forms: [
      'اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر', 'الصليب الأحمر الدولي', 'الهلال الأحمر',
      'جمعية الهلال الأحمر', 'جمعية الصليب الأحمر', 'الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر',
      'red cross', 'red crescent', 'icrc', 'ifrc',
    ],
    org: 'icrc',
  },
  // --- Armed movements ----------------------------------------------------------------------------------
  {
    // حماس is also "enthusiasm": the phrases that mean that are in NOT_ORGANISATIONS (الحماس never is the movement).
    forms: [
      'حماس', 'حركة حماس', 'حركة المقاومة الإسلامية', 'كتائب القسام', 'كتائب عز الدين القسام', 'القسام',
      'hamas', 'qassam brigades',
    ],
    org: 'hamas',
    countries: ['PS'],
  },
  {
    // The Iraqi كتائب حزب الله is another group: see IQ in COUNTRY_NAMES.
    forms: ['حزب الله', 'حزب الله اللبناني', 'hezbollah', 'hizbollah', 'hizbullah', 'hizballah'],
    org: 'hezbollah',
    countries: ['LB'],
  },
  {
    forms: [
      'الحوثيون', 'الحوثيين', 'حوثيون', 'حوثيين', 'الحوثي', 'حوثي', 'الحوثية', 'حوثية', 'حوثيا',
      'جماعة الحوثي', 'جماعة الحوثيين', 'أنصار الله', 'جماعة أنصار الله', 'houthi', 'houthis',
      'ansar allah', 'ansarallah',
    ],
    org: 'houthis',
    countries: ['YE'],
  },
  { forms: ['طالبان'], org: 'taliban', countries: ['AF'], notBeforeDual: true },
  { forms: ['حركة طالبان', 'حكومة طالبان', 'taliban'], org: 'taliban', countries: ['AF'] },
  {
    // The Pakistani Taliban (TTP): another organisation under the same name, and a Pakistani story.
    forms: [
      'طالبان باكستان', 'حركة طالبان باكستان', 'طالبان الباكستانية', 'pakistani taliban',
      'tehrik i taliban pakistan',
    ],
    org: 'taliban',
    countries: ['PK'],
  },
  {
    // الدولة الإسلامية alone is also the Islamic state of history and political thought: only with تنظيم or
    // its full name is it the group.
    forms: [
      'داعش', 'تنظيم داعش', 'الدواعش', 'داعشي', 'الداعشي', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية',
      'الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية في العراق وسوريا', 'ولاية خراسان', 'داعش خراسان',
      'isis', 'isil', 'daesh', 'islamic state',
    ],
    org: 'isis',
  },
  { forms: ['ولاية سيناء'], org: 'isis', countries: ['EG'] },
  { forms: ['ولاية غرب أفريقيا', 'ولاية غرب إفريقيا'], org: 'isis', regions: ['africa'] },
  {
    forms: [
      'حزب العمال الكردستاني', 'العمال الكردستاني', 'بي كا كا', 'بي كي كي', 'pkk', 'kurdistan workers party',
    ],
    org: 'pkk',
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
 * Names shared by several organisations: resolved to the one the item names some other way, or else to the
 * one whose cue words (matched on stems anywhere in the item) it uses; left untagged when neither settles it.
 * محكمة لاهاي is the ICC in a story of warrants and war crimes, the ICJ in one of disputes between states.
 */
// prettier-ignore
export const AMBIGUOUS_ORGANISATIONS: {
  forms: string[];
  candidates: { org: Organisation; cues: string[] }[];
}[] = [
  {
    forms: ['محكمة لاهاي', 'محكمة لاهاي الدولية', 'المحكمة الدولية في لاهاي', 'hague court'],
    candidates: [
      {
        org: 'icc',
        cues: [
          'توقيف', 'اعتقال', 'مذكرة', 'مذكرات', 'جرائم', 'جريمة', 'جنائية', 'المدعي', 'المدعية', 'متهم',
          'محاكمة', 'warrant', 'arrest', 'prosecutor', 'crimes',
        ],
      },
      {
        org: 'icj',
        cues: [
          'دعوى', 'دعاوى', 'النزاع', 'نزاع', 'الحدودي', 'رأيا', 'استشاري', 'استشاريا', 'تدابير', 'dispute',
          'advisory', 'lawsuit',
        ],
      },
    ],
  },
];

/**
 * Token sequences that contain an organisation's name but are something else: "enthusiasm" (حماس), global
 * health (الصحة العالمية in construct, or as what something threatens or is about), other courts and other
 * ways of saying "Islamic State". Longest match wins, so these shadow the names inside them.
 */
// prettier-ignore
export const NOT_ORGANISATIONS: string[] = [
  'بحماس', 'وبحماس', 'حماس كبير', 'حماس شديد', 'حماس بالغ', 'حماس واضح', 'حماس لافت', 'حماس منقطع',
  'حماس جماهيري', 'حماس شعبي', 'حماس الجماهير', 'حماس الجمهور', 'حماس المشجعين', 'حماس الشباب',
  'حماس اللاعبين', 'حماس الناخبين', 'حماس المستثمرين', 'حماس الأسواق', 'فتور الحماس',
  'تحديات الصحة العالمية', 'قمة الصحة العالمية', 'أمن الصحة العالمية', 'مجال الصحة العالمية',
  'قضايا الصحة العالمية', 'على الصحة العالمية', 'حول الصحة العالمية', 'تهديد للصحة العالمية',
  'تهديدا للصحة العالمية', 'يهدد الصحة العالمية', 'تهدد الصحة العالمية', 'العدالة الجنائية الدولية',
  'المحكمة الجنائية الدولية ليوغوسلافيا', 'المحكمة الجنائية الدولية لرواندا', 'إعادة تنظيم الدولة',
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
  'jersey', 'reunion', 'national security council', 'wild turkey', 'pentagon shaped',
];

/**
 * The desk's English acronyms for countries and organisations, matched case-sensitively on the raw text. Only
 * those that are also English words or other bodies' names are here; the rest (UNICEF, IAEA, PKK…) are
 * ordinary lowercase forms in the lists above.
 */
export const ACRONYMS: { pattern: RegExp; country?: string; org?: Organisation; notShouted?: boolean }[] = [
  { pattern: /\b(?:US|USA|U\.S\.A?\.?)(?![\w.])/g, country: 'US' },
  { pattern: /\bUK\b/g, country: 'GB' },
  { pattern: /\bUAE\b/g, country: 'AE' },
  { pattern: /\bDPRK\b/g, country: 'KP' },
  { pattern: /\bPRC\b/g, country: 'CN' },
  { pattern: /\bUN\b/g, org: 'un' },
  // Not in text set all in capitals, where it is as likely the pronoun ("WHO WILL LEAD …").
  { pattern: /\bWHO\b/g, org: 'who', notShouted: true },
  // The International Cricket Council shares the acronym.
  {
    pattern:
      /\bICC\b(?!\s+(?:Champions|World|T20|Cricket|Men|Women|Under|U19|Test|ODI|rankings|chief executive))/g,
    org: 'icc',
  },
  { pattern: /\bEU\b/g, org: 'eu' },
  { pattern: /\bCIS\b/g, org: 'cis' },
  { pattern: /\bSCO\b/g, org: 'sco' },
];
