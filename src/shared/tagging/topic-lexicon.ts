import type { Organisation, Topic } from './codes.ts';

/**
 * The topic lexicon: cue words and phrases with weights, written as they appear in copy and stemmed at load
 * with the search stemmer (so one entry covers its clitic and suffix forms: الاقتصادية, واقتصاديا, …).
 * Weights: 2 = one occurrence in a headline is enough to tag; 1 = supporting (two of them tag); 0.5 = weak
 * (only counts next to others). Negative weights correct a phrase whose words mislead (الدفاع المدني is
 * disaster relief, not defence).
 *
 * What the topics mean on this desk (the dev set is annotated by the same definitions):
 * - politics: domestic power: elections, parliament, government, presidency, parties, constitution,
 *   sovereignty and reforms, coups, protests against power, appointments to office with no sector of their own.
 * - diplomacy: relations between states: visits, talks, summits and international forums, ambassadors,
 *   agreements and memoranda between governments, bilateral cooperation, mediation and truce proposals,
 *   sanctions, international organisations' statements, cases between states at the ICJ.
 * - defense: armies, weapons, troop movements, military cooperation, border clashes, war, strikes from the air,
 *   terrorism, armed movements' fighting, security forces.
 * - economy: trade, investment, finance, banks, currency, prices, industry, agriculture, mining, jobs.
 * - energy: oil, gas, OPEC, electricity, power plants, renewables, nuclear power, pipelines, fuel.
 * - transport: rail, roads, shipping and ports, aviation, corridors, logistics, transit.
 * - tourism: tourists, visas for visitors, hotels, resorts, travel.
 * - climate: climate change, environment, water resources, desertification, drought, pollution.
 * - health, sport, technology (incl. space and digital), disaster (natural disasters, accidents, rescue; an
 *   accident of a train, plane or passenger bus is transport too), society (education, migration, labour
 *   migrants, strikes, women, youth, courts and their rulings, crime, religion in society, refugees and
 *   humanitarian relief), culture (heritage, arts, festivals, language, history).
 */
// prettier-ignore
export const LEXICON: Record<Topic, [weight: number, words: string[]][]> = {
  politics: [
    [1.5, ['استقالة', 'يستقيل']],
    [
      // Protests against power: one is enough for a short headline (احتجاجات في بشكيك).
      2,
      [
        'الاحتجاجات', 'احتجاجات', 'احتجاج', 'احتجاجا', 'مظاهرات', 'المظاهرات', 'مظاهرة', 'تظاهرة', 'يتظاهرون',
        'المتظاهرين', 'متظاهرين', 'المتظاهرون', 'protests', 'protest', 'protesters', 'demonstrators',
        'demonstrations',
      ],
    ],
    [
      // Parliaments by name, cabinets, reshuffles and laws signed: the desk's domestic politics.
      2,
      [
        'التعديل الوزاري', 'النيابية', 'النيابي', 'مجلس الوزراء', 'يوقع قانونا', 'الاستشارات النيابية',
        'reshuffle',
      ],
    ],
    [1.5, ['الكنيست', 'البوندستاغ', 'الدوما', 'الكونغرس', 'الكونجرس', 'knesset', 'bundestag', 'congress']],
    [
      2,
      [
        'انتخابات', 'الانتخابات', 'انتخابية', 'الانتخابي', 'الناخبين', 'اقتراع', 'الاقتراع', 'استفتاء',
        'البرلمان', 'برلمان', 'البرلمانية', 'البرلماني', 'برلمانية', 'مجلس النواب', 'مجلس الشيوخ', 'الدستور',
        'دستوري', 'الدستورية', 'المعارضة', 'الأحزاب', 'حزب', 'حزبي', 'الرئاسية', 'رئاسية', 'الرئاسة',
        'السيادة', 'سيادة', 'انقلاب', 'الانقلاب', 'تنصيب', 'اليمين الدستورية', 'ينتخب', 'ينتخبون', 'انتخاب',
        'تنتخب', 'مشروع قانون', 'صناديق الاقتراع', 'الحزب الحاكم', 'الائتلاف', 'النواب', 'المرشح', 'المرشحين',
        'ولاية رئاسية', 'election', 'elections', 'parliament', 'parliamentary', 'constitution',
        'constitutional', 'referendum', 'opposition', 'coup', 'inauguration', 'sovereignty', 'politics',
        'senate', 'lawmakers', 'ballot',
      ],
    ],
    [
      1,
      [
        'الحكومة', 'حكومة', 'حكومي', 'الحكومية', 'السياسي', 'السياسية', 'سياسي', 'سياسية', 'السياسة',
        'الإصلاحات', 'إصلاحات', 'الإصلاح', 'يصوت', 'يصوتون', 'التصويت', 'يقر', 'مرسوم', 'تعيين', 'يعين',
        'رئيس الوزراء', 'رئيس الحكومة', 'الفساد', 'أولويات', 'الديمقراطية', 'government',
        'political', 'reform', 'reforms', 'resigns', 'resignation', 'decree', 'cabinet', 'prime minister',
        'democracy', 'priorities',
      ],
    ],
    [
      0.5,
      [
        'الحكم', 'الرئيس', 'رئيس', 'الوزير', 'الدولة', 'السلطة', 'السلطات', 'قانون', 'القانون', 'president',
        'minister', 'law',
      ],
    ],
  ],
  diplomacy: [
    [
      // Proposals, mediators, peace plans, receptions, recognition, inspections of a nuclear programme.
      1.5,
      [
        'الوسطاء', 'وسطاء', 'الوسيط', 'استقبال', 'البرنامج النووي', 'اليورانيوم المخصب', 'mediators',
        'mediator', 'recognise', 'recognises', 'recognising', 'recognize', 'recognizes', 'recognizing',
        'recognition',
      ],
    ],
    [2, ['خطة السلام', 'مراسم استقبال', 'مجلس وزراء الخارجية', 'peace plan']],
    [1, ['مقترح', 'المقترح', 'مقترحا', 'الاقتراح', 'اقتراح', 'المفتشين', 'التفتيش', 'proposal', 'inspectors']],
    [
      2,
      [
        'مباحثات', 'محادثات', 'مفاوضات', 'قمة', 'القمة', 'قمتها', 'قمته', 'قمتهم', 'السفير', 'سفير', 'سفارة',
        'السفارة', 'دبلوماسي', 'الدبلوماسية', 'دبلوماسية', 'وزير الخارجية', 'وزراء الخارجية',
        'وزارة الخارجية', 'نظيره', 'نظيرها', 'نظيريه', 'المبعوث', 'مبعوث', 'يتوسط', 'تتوسط', 'وحدة أراضي',
        'تطبيع', 'التطبيع', 'العلاقات الثنائية', 'اتصال هاتفي', 'اتصالا هاتفيا', 'عقوبات', 'العقوبات',
        'زيارة رسمية', 'زيارة دولة', 'مذكرة تفاهم', 'مذكرات تفاهم', 'السفارات', 'القنصلية',
        'الشراكة الاستراتيجية', 'talks', 'summit', 'ambassador', 'embassy', 'diplomatic', 'diplomacy',
        'foreign minister', 'foreign ministers', 'envoy', 'mediation', 'sanctions', 'bilateral',
        'normalisation', 'normalization',
      ],
    ],
    [
      1.5,
      [
        'وساطة', 'الوساطة', 'وفدا', 'تتفقان', 'يتفقان', 'اتفقا', 'زيارة', 'يزور', 'تزور', 'يستقبل', 'استقبل',
        'تستقبل', 'يلتقي', 'تلتقي', 'التقى', 'يبحث', 'تبحث', 'يبحثان', 'تبحثان', 'بحث', 'يبحثون', 'وفد',
        'الوفد', 'العلاقات', 'علاقات', 'الخارجية', 'وقف إطلاق النار', 'هدنة', 'الهدنة', 'السلام',
        'عملية السلام', 'تسوية', 'المصالحة', 'تدين', 'يدين', 'إدانة', 'يهنئ', 'تهنئة', 'اعتراف', 'visit',
        'visits', 'meets', 'met', 'relations', 'delegation', 'ceasefire', 'truce', 'peace', 'condemns',
        'treaty', 'agreement',
      ],
    ],
    [
      1,
      [
        'نظيره', 'نظيرها', 'نظيريه', 'توقيع', 'توقعان', 'يوقعان', 'وقعا', 'وقعت', 'يوقع', 'تجمد', 'تجميد',
        'انسحاب', 'العضوية', 'التعاون', 'تعاون', 'الشراكة', 'شراكة', 'اتفاقية', 'اتفاقيات', 'اتفاق',
        'الاتفاق', 'قلق', 'قلقة', 'لقاء', 'منتدى', 'المنتدى', 'وثائق', 'بيان مشترك', 'الخلافات',
        'التعاون الأمني', 'الطرفين', 'دعوات', 'التوتر', 'سبل', 'ترسيم', 'الاستراتيجية', 'الاستراتيجي',
        'cooperation', 'partnership', 'tensions', 'joint statement', 'counterpart', 'sign', 'signs', 'agree',
        'agrees',
      ],
    ],
    [
      0.5,
      ['اجتماع', 'مؤتمر', 'المؤتمر', 'رسالة', 'بيان', 'البيان', 'الحدود', 'التوجه', 'meeting', 'conference'],
    ],
  ],
  defense: [
    [
      2,
      [
        'عسكري', 'العسكرية', 'عسكرية', 'العسكريين', 'عسكريا', 'الجيش', 'جيش', 'القوات المسلحة', 'دفاعي',
        'الدفاعية', 'وزارة الدفاع', 'وزير الدفاع', 'أسلحة', 'الأسلحة', 'سلاح', 'التعاون الأمني', 'صواريخ',
        'صاروخ', 'صاروخي', 'دبابات', 'المدفعية', 'اشتباكات', 'اشتباك', 'قصف', 'غارة', 'غارات', 'الحرب', 'حرب',
        'حروب', 'الحروب', 'إرهاب', 'الإرهاب', 'إرهابي', 'الإرهابية', 'داعش', 'مناورات', 'مناورة',
        'تدريبات عسكرية', 'جنود', 'الجنود', 'جندي', 'المسلحين', 'مسلحون', 'الضربة', 'ضربة عسكرية', 'باليستي',
        'إسقاط', 'تفجير', 'تفجيرات', 'الطائرات المسيرة', 'طائرات مسيرة', 'مسيرة مفخخة', 'الاستخبارات',
        'حفظ السلام', 'قاعدة عسكرية', 'الحرس', 'قوات', 'القوات', 'حاملة طائرات', 'حاملة الطائرات',
        'حاملات الطائرات', 'مدمرة', 'سفينة حربية', 'سفن حربية', 'بارجة', 'military', 'army', 'troops',
        'soldiers', 'defence', 'defense', 'rocket', 'rockets', 'destroyer', 'warship', 'warships',
        'weapons', 'missile', 'missiles', 'clashes', 'shelling', 'airstrike', 'airstrikes', 'war',
        'terrorism', 'terrorist', 'militants', 'artillery', 'drills', 'armed forces',
      ],
    ],
    [
      1.5,
      [
        'الدفاع', 'هجوم', 'الهجوم', 'مسلح', 'مسلحة', 'النزاع', 'الصراع', 'نزاع', 'صراع', 'التصعيد', 'تصعيد',
        'تدريبات', 'مقتل', 'قتلى', 'وقف إطلاق النار', 'هدنة', 'الأجهزة الأمنية', 'الوضع الأمني', 'التسلح',
        'مسيرات', 'الحدودية', 'الهجمات', 'هجمات', 'البنتاغون', 'البنتاجون', 'pentagon', 'deploy', 'deploys',
        'deployment', 'deployed', 'fighters', 'drone', 'drones', 'attack', 'attacks', 'strike', 'strikes',
        'conflict',
        'ceasefire', 'security forces', 'killed',
      ],
    ],
    [
      1,
      [
        'يستهدف', 'تستهدف', 'استهداف', 'يستهدفون', 'جرحى', 'التوتر', 'الحدودي', 'حدودي', 'نووي', 'النووية',
        'border', 'nuclear', 'tensions', 'patriot', 'نقطة تفتيش',
      ],
    ],
    [0.5, ['الحدود', 'حدود', 'ضحايا', 'الأمن', 'الأمني', 'الأمنية', 'security']],
  ],
  economy: [
    [
      2,
      [
        'اقتصاد', 'الاقتصاد', 'اقتصادي', 'الاقتصادية', 'اقتصاديا', 'تجارة', 'التجارة', 'تجاري', 'التجارية',
        'التبادل التجاري', 'استثمار', 'الاستثمار', 'استثمارات', 'استثماري', 'استثمارية', 'المستثمرين',
        'مستثمرين', 'الصادرات', 'صادرات', 'التضخم', 'الناتج المحلي', 'الموازنة', 'البنك المركزي', 'البورصة',
        'الأسهم', 'الضرائب', 'ضريبة', 'رسوم جمركية', 'الرسوم الجمركية', 'الركود', 'مدفوعات', 'المدفوعات',
        'الإيرادات', 'إيرادات', 'العجز', 'عجز', 'مصنع', 'مصانع', 'العمالة', 'التعريفات', 'القروض', 'قرض',
        'الديون', 'ديون', 'الدعم المالي', 'رفع الأسعار', 'الليرة', 'اليوان', 'التينغي', 'الدينار', 'الروبية',
        'أسعار الذهب', 'مناجم الذهب', 'احتياطيات الذهب', 'العملة الوطنية', 'العملة المحلية', 'سعر الصرف',
        'أسعار الصرف', 'العملات الأجنبية', 'معدل البطالة', 'نسبة البطالة', 'رجال الأعمال', 'المنطقة الحرة',
        'مناطق حرة', 'خصخصة', 'النمو الاقتصادي', 'economy', 'economic', 'trade', 'investment', 'investments',
        'investors', 'exports', 'inflation', 'gdp', 'currency', 'stocks', 'tariff', 'tariffs', 'loan',
        'loans', 'debt', 'mining', 'unemployment', 'budget', 'tax', 'taxes', 'recession',
      ],
    ],
    [
      1.5,
      [
        'الصناعة', 'الصناعي', 'الصناعية', 'صناعي', 'صناعية', 'الزراعة', 'عقود', 'الخبز', 'الزراعي',
        'الزراعية', 'زراعي', 'القمح', 'القطن', 'السلع', 'أسعار', 'الأسعار', 'الأسواق', 'البنك', 'بنك',
        'المصرف', 'المصارف', 'تمويل', 'التمويل', 'المالية', 'مالي', 'استيراد', 'تصدير', 'المعادن', 'النحاس',
        'الوظائف', 'منجم', 'مناجم', 'المناجم', 'فرص العمل', 'الأجور', 'الرواتب', 'المنتجات', 'الشركات',
        'صندوق', 'السوق', 'الجمارك', 'البنية التحتية', 'التكامل', 'تحويلات', 'imports', 'bank', 'banks',
        'prices', 'market', 'markets', 'industry', 'industrial', 'agriculture', 'wheat', 'cotton', 'finance',
        'financial', 'jobs', 'fund', 'companies', 'infrastructure',
      ],
    ],
    [
      1,
      [
        'الواردات', 'واردات', 'الميزانية', 'شركة', 'شركات', 'إنتاج', 'الإنتاج', 'إنتاجها', 'دولار', 'الدولار',
        'الروبل', 'روبل', 'التنمية', 'تنمية', 'المعرض', 'معرض', 'اليورانيوم', 'الأعمال', 'فرص', 'العمالة',
        'company', 'business', 'growth', 'gold', 'uranium', 'dollar', 'production',
      ],
    ],
    [
      0.5,
      ['مليار', 'مليون', 'ملايين', 'ارتفاع', 'انخفاض', 'تراجع', 'تتراجع', 'يتراجع', 'billion', 'million'],
    ],
  ],
  energy: [
    [
      2,
      [
        'النفط', 'نفط', 'نفطي', 'النفطية', 'الغاز', 'غاز', 'الطاقة', 'طاقة', 'الكهرباء', 'كهرباء',
        'الكهربائية', 'كهربائي', 'الطاقة المتجددة', 'محطات رياح', 'محطة رياح', 'طاقة الرياح', 'مزارع الرياح',
        'الطاقة الشمسية', 'الطاقة النظيفة', 'محطة كهرباء', 'محطات الكهرباء', 'محطة نووية', 'محطة كهروذرية',
        'الكهرومائية', 'كهرومائية', 'الفحم', 'خط أنابيب', 'خطوط الأنابيب', 'أنابيب', 'الأنابيب', 'مصفاة',
        'المصافي', 'البنزين', 'الوقود', 'برميل', 'براميل', 'الهيدروكربونات', 'الهيدروجين', 'المحروقات',
        'الطاقوي', 'الطاقوية', 'oil', 'gas', 'energy', 'electricity', 'power plant', 'renewable',
        'renewables', 'coal', 'pipeline', 'pipelines', 'refinery', 'fuel', 'barrel', 'barrels', 'crude',
        'hydropower', 'lng', 'petroleum', 'gasoline',
      ],
    ],
    [
      1.5,
      [
        'حقل', 'حقول', 'التنقيب', 'إمدادات', 'الإمدادات', 'توربينات', 'الشمسية', 'النووية السلمية', 'الذرية',
        'حصص', 'solar', 'hydrogen', 'supplies', 'output',
      ],
    ],
    [
      1,
      [
        'الخام', 'سد', 'السدود', 'محطة', 'المحطة', 'محطات', 'نووي', 'النووية', 'اليورانيوم', 'إنتاج',
        'الإنتاج', 'nuclear', 'dam',
      ],
    ],
    [0.5, ['الرياح', 'wind', 'power']],
  ],
  transport: [
    [
      2,
      [
        'السكك الحديدية', 'سكة حديد', 'سكك حديدية', 'سكة', 'السكة', 'سكك', 'القطار', 'قطار', 'قطارات',
        'القطارات', 'سككي', 'النقل', 'الموانئ', 'ميناء', 'الميناء', 'الملاحة', 'الطيران', 'رحلات جوية',
        'مطار', 'المطار', 'المطارات', 'الخطوط الجوية', 'شركة طيران', 'الترانزيت', 'اللوجستية', 'لوجستي',
        'اللوجستي', 'الحاويات', 'الشاحنات', 'الممر الأوسط', 'ممر النقل', 'ممرات النقل', 'طريق الحرير',
        'الطرق السريعة', 'المترو', 'ممر', 'الممر', 'ممرات', 'rail', 'railway', 'railways', 'train', 'trains',
        'freight', 'shipping', 'transport', 'port', 'ports', 'airline', 'airlines', 'airport', 'aviation', 'bus',
        'buses',
        'logistics', 'cargo', 'flights',
      ],
    ],
    [
      1.5,
      [
        'نقل', 'شحن', 'الشحن', 'السفن', 'سفينة', 'طائرة', 'طائرات', 'العبور', 'طريق سريع', 'شبكة الطرق',
        'انقلاب حافلة', 'انقلاب قطار', 'خروج قطار',
        'الطريق السريع', 'شاحنة', 'المسافرين', 'حافلات', 'transit', 'corridor', 'ship', 'ships', 'road',
        'roads', 'trucks', 'highway',
      ],
    ],
    [
      1,
      [
        'الرحلات', 'رحلات', 'بحري', 'البحري', 'السيارات', 'سيارات', 'الجسر', 'جسر', 'البنية التحتية', 'محطة',
        'infrastructure',
      ],
    ],
  ],
  tourism: [
    [
      2,
      [
        'السياحة', 'سياحة', 'سياحي', 'السياحية', 'سياحية', 'السياح', 'سياح', 'سائح', 'السائحين', 'الفنادق',
        'فندق', 'فنادق', 'المنتجعات', 'منتجع', 'الوجهات السياحية', 'tourism', 'tourist', 'tourists', 'hotel',
        'hotels', 'resort', 'resorts',
      ],
    ],
    [1.5, ['تأشيرة', 'تأشيرات', 'التأشيرة', 'الزوار', 'زوار', 'visa', 'visitors']],
    [1, ['السفر', 'المسافرين', 'الحج', 'travel', 'travellers', 'travelers', 'pilgrims']],
  ],
  climate: [
    [
      2,
      [
        'المناخ', 'مناخ', 'المناخي', 'المناخية', 'مناخية', 'تغير المناخ', 'التغير المناخي',
        'الاحتباس الحراري', 'الانبعاثات', 'انبعاثات', 'الكربون', 'البيئة', 'بيئة', 'البيئي', 'البيئية',
        'بيئية', 'التلوث', 'التصحر', 'الجفاف', 'جفاف', 'الموارد المائية', 'وزراء المياه', 'وزارة المياه',
        'وزير المياه', 'شح المياه', 'ندرة المياه', 'بحر آرال', 'بحر الآرال', 'آرال', 'الأنهار الجليدية',
        'التنوع البيولوجي', 'التشجير', 'الاستدامة', 'كوب29', 'مؤتمر الأطراف', 'climate', 'environment',
        'environmental', 'emissions', 'carbon', 'pollution', 'desertification', 'drought', 'glaciers',
        'biodiversity', 'aral', 'cop29', 'sustainability',
      ],
    ],
    [
      1.5,
      [
        'المياه', 'مياه', 'المائية', 'مائي', 'النفايات', 'المستدامة', 'الحياة البرية', 'water', 'forests',
        'sustainable',
      ],
    ],
    [
      1,
      [
        'الأنهار', 'نهر', 'الأمطار', 'الجليد', 'الخضراء', 'أخضر', 'green', 'river', 'rivers',
        'الطاقة المتجددة',
      ],
    ],
  ],
  health: [
    [
      2,
      [
        'الصحة', 'صحة', 'الصحي', 'الصحية', 'صحي', 'صحية', 'المستشفى', 'مستشفى', 'المستشفيات', 'مستشفيات',
        'الأطباء', 'أطباء', 'طبيب', 'الطبي', 'الطبية', 'طبية', 'الأدوية', 'أدوية', 'دواء', 'اللقاح', 'لقاح',
        'لقاحات', 'اللقاحات', 'التطعيم', 'وباء', 'الوباء', 'الأوبئة', 'جائحة', 'الجائحة', 'كورونا', 'كوفيد',
        'المرض', 'مرض', 'الأمراض', 'أمراض', 'الحمى', 'السرطان', 'الكوليرا', 'الحصبة', 'المرضى', 'الإيدز',
        'الرعاية الصحية', 'health', 'hospital', 'hospitals', 'doctors', 'medical', 'medicine', 'medicines',
        'vaccine', 'vaccines', 'vaccination', 'epidemic', 'pandemic', 'covid19', 'coronavirus', 'disease',
        'diseases', 'cancer', 'patients', 'cholera', 'measles',
      ],
    ],
    [1.5, ['فيروس', 'الفيروس', 'العلاج', 'علاج', 'virus', 'treatment']],
    [2, ['سوء التغذية', 'malnutrition']],
    [0.5, ['إصابات', 'إصابة']],
  ],
  sport: [
    [
      2,
      [
        'كرة القدم', 'كرة السلة', 'المنتخب', 'منتخب', 'بطولة العالم', 'بطولة آسيا', 'الدوري الممتاز',
        'دوري أبطال', 'دوري الأبطال', 'كأس', 'الأولمبية', 'الأولمبياد', 'أولمبي', 'الألعاب الأولمبية',
        'رياضي', 'الرياضة', 'الرياضية', 'رياضية', 'مباراة', 'المباراة', 'مباريات', 'اللاعب', 'لاعب', 'لاعبين',
        'اللاعبين', 'المدرب', 'مدرب', 'ميدالية', 'ميداليات', 'الفيفا', 'فيفا', 'الملاكمة', 'المصارعة',
        'الجودو', 'التنس', 'الشطرنج', 'الفورمولا', 'الماراثون', 'بطل العالم', 'كأس العالم',
        'الألعاب الآسيوية', 'football', 'soccer', 'league', 'championship', 'olympic', 'olympics', 'sport',
        'sports', 'player', 'players', 'coach', 'medal', 'medals', 'fifa', 'tournament', 'wrestling',
        'boxing', 'tennis', 'chess', 'marathon',
      ],
    ],
    [1.5, ['كرة', 'سباق', 'نادي', 'النادي', 'بذهبية', 'الميدالية الذهبية', 'match', 'cup', 'club']],
    [2, ['cricket', 'trophy']],
    [1, ['يتغلب', 'تغلب']],
    [1, ['البطولة', 'بطولة', 'بطولات', 'بطل', 'الفريق', 'فريق', 'team', 'champion']],
  ],
  technology: [
    [
      2,
      [
        'التكنولوجيا', 'تكنولوجيا', 'التكنولوجي', 'التكنولوجية', 'تكنولوجية', 'الرقمنة', 'التحول الرقمي',
        'الاقتصاد الرقمي', 'الخدمات الرقمية', 'المنصات الرقمية', 'الحكومة الرقمية', 'مراكز البيانات',
        'البيانات الضخمة', 'العملات الرقمية', 'التواصل الاجتماعي', 'الذكاء الاصطناعي', 'الإنترنت', 'إنترنت',
        'الأقمار الصناعية', 'قمر صناعي', 'أقمار صناعية', 'الابتكار', 'ابتكار', 'الابتكارات',
        'الشركات الناشئة', 'البرمجيات', 'السيبراني', 'السيبرانية', 'الأمن السيبراني', 'الحوسبة',
        'أشباه الموصلات', 'الرقائق', 'الجيل الخامس', 'مسبار', 'مركز بيانات', 'مركز البيانات', 'الفضاء',
        'فضائي', 'رائد فضاء', 'تقنيات', 'التقنيات', 'العملات المشفرة', 'الإلكترونية', 'الحكومة الإلكترونية',
        'روبوت', 'الروبوتات', 'technology', 'tech', 'digital', 'ai', 'artificial intelligence', 'internet',
        'telecom', 'satellite', 'satellites', 'innovation', 'startup', 'startups', 'software', 'cyber',
        'cybersecurity', 'semiconductors', 'chips', '5g', 'smartphone', 'smartphones', 'space',
      ],
    ],
    [1.5, ['التقنية', 'تقنية', 'الاتصالات', 'الهواتف', 'الهاتف المحمول', 'إلكتروني', 'العلوم', 'science']],
    [1, ['منصة', 'الباحثين', 'بحثي', 'research', 'data', 'platform']],
  ],
  disaster: [
    [
      2,
      [
        'زلزال', 'الزلزال', 'زلازل', 'هزة أرضية', 'الفيضانات', 'فيضانات', 'فيضان', 'السيول', 'سيول',
        'انهيارات أرضية', 'انهيار أرضي', 'انهيارات ثلجية', 'حريق', 'الحريق', 'حرائق', 'الحرائق', 'إعصار',
        'الإعصار', 'عاصفة', 'العاصفة', 'كارثة', 'الكارثة', 'الكوارث', 'كوارث', 'الإنقاذ', 'فرق الإنقاذ',
        'تحطم', 'غرق', 'الدفاع المدني', 'الطوارئ', 'حالة الطوارئ', 'يودي بحياة', 'أودى بحياة', 'مصرع',
        'حادث سير', 'انهيار ثلجي', 'earthquake', 'quake', 'flood', 'floods', 'flooding', 'landslide',
        'mudslide', 'wildfire', 'wildfires', 'storm', 'hurricane', 'cyclone', 'disaster', 'rescue',
        'rescuers', 'avalanche', 'crash',
      ],
    ],
    [2, ['انفجار', 'الانفجار', 'explosion']],
    [
      // Accidents: an overturned bus is not a coup (انقلاب), a gas leak not an energy story.
      2,
      [
        'اصطدام', 'تصادم', 'انقلاب حافلة', 'انقلاب سيارة', 'انقلاب شاحنة', 'انقلاب قطار', 'انهيار مبنى',
        'تسرب غاز', 'خروج قطار', 'collision', 'derailment', 'derails',
      ],
    ],
    [
      1.5,
      [
        'موجة حر', 'موجة الحر', 'انهيار', 'حادث', 'الحادث', 'حوادث', 'منكوبة', 'emergency', 'accident',
        'fire', 'fires',
      ],
    ],
    [1, ['ضحايا', 'الضحايا', 'الجفاف', 'القتلى', 'drought', 'victims']],
  ],
  society: [
    [
      2,
      [
        'التعليم', 'تعليم', 'التعليمي', 'التعليمية', 'المدارس', 'مدارس', 'مدرسة', 'الطلاب', 'طلاب',
        'الجامعات', 'الهجرة', 'هجرة', 'المهاجرين', 'مهاجرين', 'المهاجرون', 'العمال المهاجرين', 'اللاجئين',
        'لاجئين', 'اللاجئون', 'المرأة', 'النساء', 'الفقر', 'حقوق الإنسان', 'المحكمة', 'محكمة', 'محاكمة',
        'جريمة', 'الجرائم', 'جرائم', 'المخدرات', 'السجن', 'الزواج', 'الأطفال', 'أطفال', 'الشباب', 'المجاعة',
        'مجاعة', 'التعداد السكاني', 'المعاشات', 'الإسكان', 'الرعاية الاجتماعية', 'الحماية الاجتماعية',
        'الشؤون الاجتماعية', 'العدالة الاجتماعية', 'الضمان الاجتماعي', 'الخدمات الاجتماعية', 'education',
        'schools', 'school', 'students', 'migration', 'migrants', 'refugees', 'women', 'poverty', 'social',
        'human rights', 'court', 'trial', 'crime', 'drugs', 'children', 'youth', 'population', 'housing',
      ],
    ],
    [
      1.5,
      [
        'السكان', 'سكان', 'اعتقال', 'اعتقالات', 'الفساد', 'الجامعة', 'جامعة', 'رمضان', 'police', 'arrested',
        'corruption', 'university',
      ],
    ],
    [2, ['العمالة']],
    [
      // Strikes (labour, hunger), the displaced and relief, sentences and the crimes courts try.
      2,
      [
        'إضراب', 'الإضراب', 'إضرابا', 'إضرابات', 'المضربين', 'المضربون', 'الإضراب عن الطعام', 'النازحين',
        'نازحين', 'النازحون', 'المساعدات الإنسانية', 'مساعدات إنسانية', 'قافلة مساعدات',
        'شاحنات المساعدات', 'شاحنات مساعدات', 'الإعدام', 'إعدام',
        'غسل الأموال', 'الرشوة', 'رشوة', 'جرائم حرب', 'strikers', 'walkout', 'displaced', 'famine',
        'humanitarian aid', 'executes', 'executed', 'execution', 'convicted', 'sentences', 'sentenced',
        'jailed', 'war crimes',
      ],
    ],
    [1.5, ['القضاء', 'يبرئ', 'تبرئة', 'الإغاثة', 'إغاثة', 'حماية المدنيين', 'humanitarian', 'hunger']],
    [1, ['تهم', 'بتهمة', 'المفقودين', 'مفقودين', 'النزوح', 'aid']],
    // Aid alone leans to relief; after a disaster it is the disaster's story, and military aid is defence's.
    [0.5, ['المساعدات', 'مساعدات']],
    [
      1,
      [
        'الشرطة', 'المساجد', 'المسجد', 'مسجد', 'المصلين', 'المسلمين', 'المسلمون', 'مسلمو', 'العيد',
        'religion',
      ],
    ],
  ],
  culture: [
    [
      2,
      [
        'الثقافة', 'ثقافة', 'الثقافي', 'الثقافية', 'ثقافي', 'ثقافية', 'التراث', 'تراث', 'مهرجان', 'المهرجان',
        'مهرجانات', 'السينما', 'سينمائي', 'فيلم', 'أفلام', 'الموسيقى', 'موسيقي', 'الفنون', 'الفن', 'المتحف',
        'متحف', 'متاحف', 'الأدب', 'أدبي', 'المواقع الأثرية', 'موقع أثري', 'اكتشاف أثري', 'علماء الآثار',
        'الفنان', 'الفنانين', 'فنانين', 'الشاعر', 'شاعر', 'المسرح', 'مسرحي', 'الأبجدية', 'نوروز', 'النوروز',
        'الحضارة', 'حضارة', 'المخطوطات', 'الحرف اليدوية', 'المطبخ', 'culture', 'cultural', 'heritage',
        'festival', 'film', 'cinema', 'music', 'museum', 'literature', 'poetry', 'theatre', 'theater',
        'alphabet',
      ],
    ],
    [
      1.5,
      [
        'اللغة', 'لغة', 'اللغات', 'الكتاب', 'كتاب', 'رواية', 'تاريخي', 'التاريخية', 'التاريخ', 'art', 'arts',
        'language', 'book', 'history',
      ],
    ],
    [1, ['معرض', 'تسمية', 'exhibition']],
    [
      // Heritage work, libraries and architecture, the periods of history.
      1.5,
      [
        'ترميم', 'مكتبة', 'المكتبة', 'العمارة', 'للغة', 'العباسي', 'العباسية', 'الأموي', 'الأموية',
        'العثماني', 'العثمانية', 'library', 'libraries', 'architecture', 'architects',
      ],
    ],
    [1, ['ندوة']],
  ],
};

/** Phrases whose words mislead on their own. */
export const CORRECTIONS: { phrase: string; weights: Partial<Record<Topic, number>> }[] = [
  { phrase: 'الدفاع المدني', weights: { defense: -1.5 } },
  { phrase: 'الأمن الغذائي', weights: { economy: 2, society: 1, defense: -0.5 } },
  { phrase: 'أمن الطاقة', weights: { energy: 2, defense: -0.5 } },
  { phrase: 'الأمن الجماعي', weights: { defense: 1 } },
  { phrase: 'جامعة الدول', weights: { society: -1.5 } },
  { phrase: 'المعرض الدولي', weights: { economy: 1 } },
  { phrase: 'السيارات الكهربائية', weights: { energy: -2, technology: 0.5 } },
  { phrase: 'الدولة المرشحة', weights: { politics: -2, diplomacy: 1 } },
  // A merchant ship named in an attack is not by itself a shipping story.
  { phrase: 'سفينة تجارية', weights: { economy: -2 } },
  { phrase: 'السفن التجارية', weights: { economy: -2 } },
  { phrase: 'الطاقة الاستيعابية', weights: { energy: -2 } },
  { phrase: 'طائرة مسيرة', weights: { transport: -1.5, defense: 1.5 } },
  { phrase: 'طائرات مسيرة', weights: { transport: -1.5 } },
  { phrase: 'الطائرات المسيرة', weights: { transport: -1.5 } },
  { phrase: 'طائرات حربية', weights: { transport: -1.5, defense: 2 } },
  { phrase: 'الطيران الحربي', weights: { transport: -2, defense: 2 } },
  { phrase: 'قوات الأمن', weights: { defense: 1.5 } },
  { phrase: 'الأمن القومي', weights: { defense: 1.5 } },
  { phrase: 'الأمن الإقليمي', weights: { defense: 1, diplomacy: 0.5 } },
  { phrase: 'تغير المناخ', weights: { climate: 1 } },
  { phrase: 'حقوق الإنسان', weights: { politics: 0.5 } },
  { phrase: 'فرص العمل', weights: { society: 0.5 } },
  { phrase: 'البحث العلمي', weights: { technology: 1, diplomacy: -1.5 } },
  { phrase: 'بحث علمي', weights: { technology: 1, diplomacy: -1.5 } },
  { phrase: 'عملية عسكرية', weights: { defense: 1 } },
  { phrase: 'انفجار يستهدف', weights: { disaster: -2, defense: 1 } },
  { phrase: 'انفجار استهدف', weights: { disaster: -2, defense: 1 } },
  { phrase: 'النقل الجوي', weights: { transport: 1 } },
  { phrase: 'وقف الحروب', weights: { diplomacy: 1 } },
  { phrase: 'حرب تجارية', weights: { defense: -2, economy: 2 } },
  { phrase: 'الحرب التجارية', weights: { defense: -2, economy: 2 } },
  { phrase: 'trade war', weights: { defense: -2, economy: 1 } },
  { phrase: 'power plant', weights: { energy: 1 } },
  { phrase: 'security council', weights: { diplomacy: 1.5, defense: -0.5 } },
  // A border dispute argued in court or at talks is diplomacy; border clashes are still defence.
  { phrase: 'النزاع الحدودي', weights: { defense: -1.5, diplomacy: 0.5 } },
  // Listing or delisting a group as terrorist is an act between states, not a fight.
  { phrase: 'المنظمات الإرهابية', weights: { defense: -1, diplomacy: 1.5 } },
  // The Iraqi Kataib Hezbollah is an armed group, not a party (its name is a place name here: see IQ).
  { phrase: 'كتائب حزب الله', weights: { politics: -2, defense: 2 } },
];

/**
 * Exact tokens (normalised; their proclitic forms are generated) whose stem collides with a cue word and that
 * must be read as themselves: الرياض (Riyadh) is not الرياضة, طاقته (its capacity) is not الطاقة, شرط (a
 * condition) is not الشرطة, bare سيول (Seoul, or torrents) is only a weak disaster cue, عمال (workers) is not
 * العمالة, الدوري (the league) is not دور, and سلامة (safety) is not السلام.
 */
// prettier-ignore
export const SURFACE_OVERRIDES: { tokens: string[]; weights: Partial<Record<Topic, number>> }[] = [
  { tokens: ['الرياض'], weights: {} },
  { tokens: ['طاقته', 'طاقتها', 'طاقتهم', 'طاقاتها', 'طاقاته', 'طاقتنا'], weights: {} },
  { tokens: ['شرط', 'شرطا'], weights: {} },
  { tokens: ['سيول'], weights: { disaster: 1 } },
  // عمال (workers) shares its stem with العمالة (the labour force, a full economy and society cue).
  { tokens: ['عمال', 'العمال', 'عمالا'], weights: { economy: 1, society: 1 } },
  // الدوري (the league) shares its stem with دور (a role: دور قطر في الوساطة).
  { tokens: ['الدوري'], weights: { sport: 1.5 } },
  // سلامة (safety) shares its stem with السلام (peace).
  { tokens: ['سلامة', 'السلامة'], weights: {} },
];

/**
 * What naming an organisation says about the topic. The words of its name are not read as cues (الطاقة in the
 * IAEA's name is not an energy story, حزب in Hezbollah's not party politics): this is all the name says. 2 tags
 * on its own (the WHO is a health story); less only leans (the Red Cross is relief when nothing says otherwise,
 * but a Red Crescent medic killed in shelling is defence). An organisation the item only implies (the UN behind
 * one of its agencies) says nothing here.
 */
export const ORGANISATION_TOPICS: Partial<Record<Organisation, Partial<Record<Topic, number>>>> = {
  opec: { energy: 2 },
  // The CSTO's and the cooperation councils' names used to add their own words' weight (الأمن الجماعي,
  // التعاون); that weight is here now, for every form of the name (CSTO, قمة شنغهاي) alike.
  csto: { defense: 3, diplomacy: 1 },
  nato: { defense: 1.5, diplomacy: 0.5 },
  sco: { diplomacy: 2.5 },
  cis: { diplomacy: 1.5 },
  brics: { diplomacy: 1.5, economy: 0.5 },
  gcc: { diplomacy: 2.5 },
  'arab-league': { diplomacy: 1.5 },
  ots: { diplomacy: 2.5 },
  oic: { diplomacy: 2.5 },
  un: { diplomacy: 1.5 },
  eu: { diplomacy: 1 },
  eaeu: { economy: 2, diplomacy: 0.5 },
  g7: { diplomacy: 1, economy: 1 },
  g20: { diplomacy: 1, economy: 1 },
  imf: { economy: 2 },
  'world-bank': { economy: 2 },
  'african-union': { diplomacy: 1.5 },
  asean: { diplomacy: 1.5 },
  who: { health: 2 },
  iaea: { diplomacy: 1.5 },
  unhcr: { society: 2 },
  unicef: { society: 1.5 },
  wfp: { society: 2 },
  unesco: { culture: 1.5 },
  unrwa: { society: 2 },
  wto: { economy: 2 },
  icc: { society: 2 },
  icj: { society: 2, diplomacy: 1.5 },
  icrc: { society: 1 },
  // Hamas is named daily in truce talks (its fighting has its own cues: قصف, صواريخ); the others in fighting.
  hamas: { diplomacy: 1 },
  hezbollah: { defense: 1.5 },
  houthis: { defense: 1.5 },
  isis: { defense: 2 },
  pkk: { defense: 1.5 },
};

/**
 * The last word on a headline nothing else gives a topic: event nouns a reader files under a topic when the
 * headline says no more (منتدى أستانا الدولي is diplomacy, يعين رئيسا للوزراء politics), but which would be
 * noise next to a sector word (منتدى الاستثمار is economy, تعيين سفير diplomacy). Same weights and stemming as
 * LEXICON; read only when LEXICON and the organisations leave the item without a topic.
 */
// prettier-ignore
export const FALLBACK: Record<Topic, [weight: number, words: string[]][]> = {
  politics: [[2, ['يعين', 'تعين', 'تعيين', 'يعيّن', 'appoints', 'appointed', 'appointment']]],
  diplomacy: [[2, ['منتدى', 'المنتدى', 'منتديات', 'forum']]],
  defense: [],
  economy: [],
  energy: [],
  transport: [],
  tourism: [],
  climate: [],
  health: [],
  sport: [],
  technology: [],
  disaster: [],
  society: [],
  culture: [],
};

/** Feed categories that name a topic outright (Arabic and English desk names). */
// prettier-ignore
export const CATEGORY_TOPICS: Record<Topic, string[]> = {
  politics: ['سياسة', 'سياسي', 'السياسة', 'شؤون سياسية', 'politics', 'political', 'elections'],
  diplomacy: [
    'دبلوماسية', 'علاقات دولية', 'شؤون دولية', 'العلاقات الدولية', 'diplomacy', 'international relations',
    'foreign affairs',
  ],
  defense: ['عسكري', 'دفاع', 'الدفاع', 'أمن ودفاع', 'عسكرية', 'defense', 'defence', 'military', 'security'],
  economy: [
    'اقتصاد', 'الاقتصاد', 'اقتصادي', 'أعمال', 'مال وأعمال', 'أسواق', 'economy', 'business', 'finance',
    'markets',
  ],
  energy: ['طاقة', 'الطاقة', 'نفط', 'نفط وغاز', 'energy', 'oil', 'oil and gas'],
  transport: ['نقل', 'النقل', 'مواصلات', 'transport', 'transportation', 'logistics'],
  tourism: ['سياحة', 'السياحة', 'سفر', 'tourism', 'travel'],
  climate: ['بيئة', 'البيئة', 'مناخ', 'المناخ', 'climate', 'environment'],
  health: ['صحة', 'الصحة', 'طب', 'health', 'medicine'],
  sport: ['رياضة', 'الرياضة', 'رياضي', 'sport', 'sports'],
  technology: ['تكنولوجيا', 'تقنية', 'علوم', 'علوم وتكنولوجيا', 'technology', 'tech', 'science'],
  disaster: ['كوارث', 'حوادث', 'disaster', 'disasters', 'accidents'],
  society: ['مجتمع', 'المجتمع', 'منوعات', 'تعليم', 'society', 'education'],
  culture: ['ثقافة', 'الثقافة', 'فن', 'فنون', 'ثقافة وفن', 'culture', 'arts', 'entertainment'],
};
