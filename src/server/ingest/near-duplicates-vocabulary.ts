/**
 * The near-duplicate detector's vocabulary (data only; the algorithm is near-duplicates.ts): concepts that
 * agencies paraphrase, frequent wire words of low weight, and words that say nothing about which story a report
 * tells. Like the gazetteer's data, this is what a desk edits when its copy says things differently.
 */

/** Weight of a feature that says little about which story it is (generic words, some concepts). */
export const GENERIC_WEIGHT = 0.3;

/**
 * Concepts agencies paraphrase. Arabic forms are written as wire copy writes them and matched on their light
 * stem (built once below); English forms are lower-case words. Kept to event vocabulary: names are the
 * gazetteer's job, and every concept here must mean one thing in a headline.
 */
// prettier-ignore
export const CONCEPTS: Record<string, { ar: string[]; en: string[]; weight?: number }> = {
  // Not وقع/وقعت: "وقعت هزة" is "a quake occurred".
  SIGN: { ar: ['توقع', 'توقعان', 'يوقع', 'يوقعان', 'توقيع', 'وقعا', 'يوقعون', 'أبرم', 'تبرمان', 'يبرم', 'إبرام', 'أبرمت'], en: ['sign', 'signs', 'signed', 'signing', 'ink', 'inks', 'seal', 'seals'] },
  AGREEMENT: { ar: ['اتفاق', 'اتفاقية', 'اتفاقيات', 'اتفاقا', 'صفقة', 'معاهدة', 'مذكرة تفاهم', 'تتفقان', 'يتفقان', 'تتفق', 'اتفقت'], en: ['deal', 'deals', 'agreement', 'agreements', 'accord', 'pact', 'treaty', 'agree', 'agrees', 'agreed'] },
  ENERGY: { ar: ['طاقة', 'الطاقة', 'كهرباء', 'الكهرباء', 'كهربائي', 'الكهربائية', 'التيار الكهربائي'], en: ['energy', 'power', 'electricity', 'grid'] },
  GAS: { ar: ['غاز', 'الغاز'], en: ['gas'] },
  OIL: { ar: ['نفط', 'النفط', 'برميل'], en: ['oil', 'crude', 'barrels'] },
  PIPELINE: { ar: ['أنابيب', 'خط أنابيب'], en: ['pipeline', 'pipelines'] },
  QUAKE: { ar: ['زلزال', 'زلازل', 'هزة', 'الهزة', 'هزة أرضية'], en: ['earthquake', 'quake', 'tremor'] },
  MAGNITUDE: { ar: ['بقوة', 'قوتها', 'درجات', 'ريختر'], en: ['magnitude'], weight: GENERIC_WEIGHT },
  STRIKE: { ar: ['يضرب', 'ضرب', 'تضرب', 'يهز', 'هزت'], en: ['strikes', 'struck', 'hits', 'hit', 'shakes', 'jolts'], weight: GENERIC_WEIGHT },
  FLOOD: { ar: ['سيول', 'فيضانات', 'فيضان', 'انهيارات طينية', 'طينية'], en: ['flood', 'floods', 'flooding', 'mudslide', 'mudslides'] },
  CRASH: { ar: ['تحطم', 'سقوط', 'سقطت', 'تحطمت'], en: ['crash', 'crashes', 'crashed'] },
  PLANE: { ar: ['طائرة', 'الطائرة', 'طائرات', 'الخطوط الجوية'], en: ['plane', 'aircraft', 'airliner', 'jet', 'airlines'] },
  DEAD: { ar: ['قتلى', 'مقتل', 'ضحايا', 'حتفهم', 'وفاة', 'تودي بحياة', 'يودي بحياة'], en: ['dead', 'killed', 'kills', 'death', 'toll'] },
  // Not rally/rallied: markets rally too.
  PROTEST: { ar: ['متظاهرين', 'المتظاهرين', 'تظاهرات', 'احتجاجات', 'احتجاجا', 'مظاهرات'], en: ['protest', 'protests', 'protesters', 'demonstrators', 'demonstration'] },
  FOREIGN: { ar: ['أجنبي', 'الأجنبي', 'الأجانب', 'أجنبية', 'الأجنبية'], en: ['foreign'] },
  LAW: { ar: ['قانون', 'مشروع قانون'], en: ['law', 'bill'] },
  ADOPT: { ar: ['يقر', 'أقر', 'إقرار', 'يصادق', 'صادق', 'مصادقة', 'يوافق', 'وافق'], en: ['adopts', 'adopted', 'passes', 'passed', 'approves', 'approved', 'ratifies'] },
  PARLIAMENT: { ar: ['برلمان', 'البرلمان', 'مجلس النواب'], en: ['parliament', 'lawmakers'] },
  VOTE: { ar: ['استفتاء', 'يصوتون', 'تصويت', 'انتخابات', 'الانتخابات', 'الناخبون', 'الانتخابية', 'التشريعية', 'الرئاسية'], en: ['vote', 'votes', 'referendum', 'election', 'elections', 'electoral', 'voters'] },
  NUCLEAR: { ar: ['نووية', 'النووية', 'نووي'], en: ['nuclear'] },
  PLANT: { ar: ['محطة', 'محطات'], en: ['plant', 'plants', 'station'] },
  RAILWAY: { ar: ['سكة حديد', 'سكك حديدية', 'السكك الحديدية', 'قطار'], en: ['railway', 'rail', 'railroad', 'train'] },
  CONSTRUCTION: { ar: ['بناء', 'تشييد', 'إنشاء', 'مد'], en: ['construction', 'build', 'builds', 'building'] },
  START: { ar: ['انطلاق', 'بدء', 'تبدأ', 'يبدأ', 'تنطلق', 'ينطلق', 'إطلاق', 'أطلقت', 'تطلق'], en: ['launch', 'launches', 'launched', 'begin', 'begins', 'start', 'starts'], weight: GENERIC_WEIGHT },
  BORDER: { ar: ['حدود', 'الحدود', 'حدودهما', 'الحدودية', 'ترسيم'], en: ['border', 'borders', 'frontier'] },
  PEACE: { ar: ['سلام', 'السلام'], en: ['peace'] },
  TALKS: { ar: ['محادثات', 'مفاوضات', 'مباحثات', 'جولة'], en: ['talks', 'negotiations'] },
  DISCUSS: { ar: ['يبحث', 'تبحث', 'يبحثان', 'تبحثان', 'بحث', 'يناقش', 'يناقشان', 'تناقشان', 'ناقش'], en: ['discuss', 'discusses', 'discussed'], weight: 0.5 },
  SHOOTING: { ar: ['إطلاق النار', 'إطلاق نار', 'قصف'], en: ['shooting', 'gunfire', 'shelling'] },
  RATE: { ar: ['فائدة', 'الفائدة'], en: ['rate', 'rates'] },
  // Not المركزي alone: its stem is that of مركز (centre), as in مركز رصد الزلازل.
  CENTRAL_BANK: { ar: ['البنك المركزي', 'المصرف المركزي', 'البنك الوطني'], en: ['central bank'] },
  // Not holds: "holds talks".
  HOLD: { ar: ['يبقي', 'يثبت', 'تثبيت', 'إبقاء'], en: ['keeps', 'unchanged'] },
  INFLATION: { ar: ['تضخم', 'التضخم'], en: ['inflation'] },
  WHEAT: { ar: ['قمح', 'القمح', 'حبوب', 'الحبوب'], en: ['wheat', 'grain'] },
  EXPORT: { ar: ['تصدير', 'صادرات'], en: ['export', 'exports'] },
  BAN: { ar: ['حظر', 'قيود'], en: ['ban', 'curbs', 'restrictions'] },
  HARVEST: { ar: ['محصول', 'حصاد'], en: ['harvest', 'crop'] },
  WIN: { ar: ['يفوز', 'تفوز', 'فوز', 'يتغلب', 'تتغلب', 'تكتسح', 'تهزم', 'يهزم', 'يحسم', 'حسم'], en: ['beat', 'beats', 'win', 'wins', 'won', 'defeat', 'defeats', 'stun', 'stuns', 'clinch', 'clinches'] },
  TEAM: { ar: ['منتخب', 'المنتخب'], en: ['team', 'squad'], weight: GENERIC_WEIGHT },
  QUALIFIER: { ar: ['تصفيات', 'مونديال', 'كأس العالم'], en: ['qualifier', 'qualifiers', 'world cup'] },
  YOUTH: { ar: ['للشباب', 'الشباب', 'الأولمبي', 'تحت 23', 'الناشئين'], en: ['u23', 'u-23', 'youth', 'olympic'] },
  SUMMIT: { ar: ['قمة', 'القمة'], en: ['summit'] },
  VISIT: { ar: ['زيارة', 'يزور', 'تزور', 'يصل', 'وصل'], en: ['visit', 'visits', 'arrives', 'arrived'] },
  MEET: { ar: ['يلتقي', 'التقى', 'يستقبل', 'استقبل'], en: ['meets', 'met', 'meet', 'receives', 'hosts'], weight: GENERIC_WEIGHT },
  FOREIGN_MINISTER: { ar: ['وزير الخارجية', 'وزيرا خارجية', 'وزير خارجية'], en: ['foreign minister', 'foreign ministers'] },
  PRIME_MINISTER: { ar: ['رئيس الوزراء', 'رئيسا للوزراء', 'رئيس الحكومة', 'رئيس حكومة'], en: ['prime minister', 'premier'] },
  DISMISS: { ar: ['يقيل', 'إقالة', 'يعفي', 'أعفى'], en: ['dismisses', 'sacks', 'fires'] },
  SPACE: { ar: ['سويوز', 'الفضاء', 'الفضائية', 'فضائي'], en: ['soyuz', 'space'] },
  ROCKET: { ar: ['صاروخ', 'مركبة', 'المركبة'], en: ['rocket', 'spacecraft'] },
  OUTAGE: { ar: ['انقطاع', 'الظلام'], en: ['outage', 'blackout'] },
  RESERVES: { ar: ['احتياطيات', 'الاحتياطيات'], en: ['reserves'] },
  GOLD: { ar: ['ذهب', 'الذهب'], en: ['gold'] },
  MINE: { ar: ['منجم', 'مناجم'], en: ['mine', 'mining'] },
  FINANCING: { ar: ['تمويل', 'تمويلا', 'قرض', 'منحة'], en: ['financing', 'funding', 'loan'] },
  DAM: { ar: ['سد', 'الكهرومائية', 'كهرومائية'], en: ['dam', 'hydropower'] },
  TURBINE: { ar: ['توربين', 'وحدة', 'الوحدة'], en: ['turbine', 'unit'] },
  TRANSPORT: { ar: ['نقل', 'النقل', 'ممرات', 'عبور', 'شحن'], en: ['transport', 'transit', 'corridor', 'freight'] },
  TRADE: { ar: ['تجارة', 'التجارة', 'التبادل التجاري', 'التجاري'], en: ['trade'] },
  INCREASE: { ar: ['زيادة', 'ارتفاع', 'ارتفع', 'رفع', 'يرتفع', 'ترتفع', 'ارتفعت', 'قفزة', 'صعود'], en: ['increase', 'rise', 'rose', 'hike', 'boost', 'top', 'tops', 'up', 'jump', 'surge', 'climb'], weight: 0.5 },
  OUTPUT: { ar: ['إنتاج', 'الإنتاج'], en: ['output', 'production'] },
  QUOTA: { ar: ['حصة', 'حصتها'], en: ['quota'] },
  EXCHANGE_RATE: { ar: ['صرف', 'أسعار صرف'], en: ['exchange'] },
  // General wire vocabulary, by domain (economy, politics, security, disasters, transport, sport, society).
  DECLINE: { ar: ['تراجع', 'يتراجع', 'تتراجع', 'انخفاض', 'انخفض', 'تنخفض', 'ينخفض', 'هبوط', 'تهبط', 'يهبط', 'تقلص', 'يتقلص'], en: ['fall', 'fell', 'drop', 'decline', 'down', 'slump', 'plunge', 'slide'] },
  CUT: { ar: ['خفض', 'يخفض', 'تخفض', 'تخفيض', 'تخفيضات', 'خصم'], en: ['cut', 'cuts', 'lower', 'reduce', 'discount', 'rebate'] },
  GROWTH: { ar: ['نمو', 'النمو', 'الناتج المحلي'], en: ['growth', 'gdp'] },
  REVENUE: { ar: ['إيرادات', 'عائدات', 'مداخيل', 'الإيرادات', 'العائدات'], en: ['revenue', 'revenues', 'income', 'receipts'] },
  PROFIT: { ar: ['أرباح', 'ربح', 'الأرباح', 'صافي الربح'], en: ['profit', 'profits', 'earnings'] },
  LOSS: { ar: ['خسارة', 'خسائر', 'الخسارة'], en: ['loss', 'losses'] },
  QUARTER: { ar: ['الربع', 'فصلية', 'الفصلية', 'الفصلي'], en: ['quarter', 'quarterly'] },
  BUDGET: { ar: ['موازنة', 'ميزانية', 'الموازنة', 'الميزانية'], en: ['budget'] },
  DEBT: { ar: ['ديون', 'الديون', 'مستحقات', 'المستحقات'], en: ['debt', 'debts', 'arrears'] },
  PRICE: { ar: ['أسعار', 'سعر', 'الأسعار'], en: ['price', 'prices'], weight: 0.5 },
  INVESTMENT: { ar: ['استثمار', 'استثمارات', 'الاستثمار', 'الاستثمارات'], en: ['investment', 'investments', 'invest'] },
  SHIPPING: { ar: ['سفن', 'السفن', 'سفينة', 'ملاحة', 'الملاحة', 'الشحن البحري', 'حاويات'], en: ['ship', 'ships', 'shipping', 'vessels', 'container'] },
  FEE: { ar: ['رسوم', 'الرسوم', 'تعرفة'], en: ['fee', 'fees', 'tolls', 'tariff', 'tariffs'] },
  TOURISM: { ar: ['السياحة', 'سياحة', 'سياح', 'السياح'], en: ['tourism', 'tourists'] },
  VISA: { ar: ['تأشيرة', 'تأشيرات', 'التأشيرات'], en: ['visa', 'visas'] },
  ELECTION_RUNOFF: { ar: ['جولة الإعادة', 'الدورة الثانية'], en: ['runoff', 'run-off'] },
  POLLS: { ar: ['اقتراع', 'الاقتراع', 'صناديق الاقتراع', 'الأصوات', 'أصوات'], en: ['polls', 'ballot', 'ballots'] },
  TURNOUT: { ar: ['نسبة المشاركة', 'إقبال', 'الإقبال'], en: ['turnout'] },
  RESULTS: { ar: ['نتائج', 'النتائج', 'فرز'], en: ['results', 'count', 'tally'] },
  PARTY: { ar: ['حزب', 'الحزب', 'أحزاب'], en: ['party', 'parties'] },
  RULING: { ar: ['الحاكم', 'الحاكمة', 'الحزب الحاكم'], en: ['ruling', 'incumbent'] },
  OPPOSITION: { ar: ['المعارضة', 'معارضة', 'المعارض'], en: ['opposition'] },
  APPOINT: { ar: ['تعيين', 'يعين', 'تعين', 'عين'], en: ['appoint', 'appoints', 'appointed', 'nominate', 'nominates'] },
  RESIGN: { ar: ['استقالة', 'يستقيل', 'استقال', 'تستقيل', 'استقالته'], en: ['resign', 'resigns', 'resigned', 'resignation', 'quits'] },
  SWORN_IN: { ar: ['اليمين', 'اليمين الدستورية', 'تنصيب'], en: ['sworn', 'inauguration'] },
  DECREE: { ar: ['مرسوم', 'مرسوما', 'المرسوم'], en: ['decree', 'decrees'] },
  ALLOCATE: { ar: ['تخصيص', 'يخصص', 'تخصص', 'خصص'], en: ['allocate', 'allocates', 'allocated', 'earmark', 'earmarks'] },
  AID: { ar: ['تعويض', 'تعويضات', 'مساعدات', 'إغاثة', 'لتعويض'], en: ['compensation', 'aid', 'relief', 'assistance'] },
  REFORM: { ar: ['إصلاح', 'إصلاحات'], en: ['reform', 'reforms'] },
  COURT: { ar: ['محكمة', 'المحكمة', 'القضاء'], en: ['court', 'ruling', 'verdict', 'trial'] },
  PRISON: { ar: ['سجن', 'بالسجن', 'السجن'], en: ['prison', 'jail', 'jailed', 'sentenced'] },
  ARREST: { ar: ['اعتقال', 'القبض', 'توقيف', 'احتجاز', 'اعتقلت'], en: ['arrest', 'arrests', 'arrested', 'detained', 'detains'] },
  SANCTIONS: { ar: ['عقوبات', 'العقوبات'], en: ['sanctions'] },
  CEASEFIRE: { ar: ['وقف إطلاق النار', 'هدنة', 'الهدنة'], en: ['ceasefire', 'truce'] },
  ATTACK: { ar: ['هجوم', 'هجمات', 'اعتداء', 'هجوما', 'الهجمات', 'الهجوم'], en: ['attack', 'attacks', 'attacked', 'raid', 'raids'] },
  EXPLOSION: { ar: ['انفجار', 'تفجير', 'انفجارات'], en: ['explosion', 'blast', 'bombing'] },
  DRONE: { ar: ['طائرة مسيرة', 'مسيرة', 'مسيرات', 'درون'], en: ['drone', 'drones'] },
  CLASHES: { ar: ['اشتباكات', 'مواجهات'], en: ['clashes', 'clash', 'fighting'] },
  WOUNDED: { ar: ['جرحى', 'مصابين', 'جريح', 'إصابة'], en: ['injured', 'wounded', 'injuries'] },
  ARMY: { ar: ['الجيش', 'جيش', 'القوات', 'قوات'], en: ['army', 'troops', 'forces', 'military'], weight: 0.5 },
  REFUGEES: { ar: ['لاجئين', 'اللاجئين', 'مهاجرين', 'المهاجرين'], en: ['refugees', 'migrants'] },
  STORM: { ar: ['عاصفة', 'عواصف', 'العاصفة', 'غبار', 'الغبار', 'ترابية', 'رملية'], en: ['storm', 'sandstorm', 'dust', 'duststorm'] },
  HEAT: { ar: ['موجة حر', 'الحرارة', 'حرارة'], en: ['heatwave', 'heat', 'temperatures'] },
  FIRE: { ar: ['حريق', 'حرائق', 'الحريق', 'النيران'], en: ['fire', 'fires', 'wildfire', 'blaze'] },
  DROUGHT: { ar: ['جفاف', 'الجفاف', 'شح المياه'], en: ['drought'] },
  EVACUATE: { ar: ['إجلاء', 'أجلت', 'يجلي', 'نزوح', 'النزوح', 'إخلاء'], en: ['evacuate', 'evacuates', 'evacuated', 'evacuation', 'displaced'] },
  SUSPEND: { ar: ['تعليق', 'علقت', 'يعلق', 'تعلق', 'إيقاف'], en: ['suspend', 'suspends', 'suspended', 'halt', 'halts', 'halted', 'grounded'] },
  CLOSE: { ar: ['إغلاق', 'تغلق', 'يغلق', 'أغلقت'], en: ['close', 'closes', 'closed', 'shut', 'shuts', 'closure'] },
  RESUME: { ar: ['استئناف', 'يستأنف', 'تستأنف', 'استأنفت'], en: ['resume', 'resumes', 'resumed'] },
  FLIGHTS: { ar: ['مطار', 'مطارات', 'المطار', 'رحلات', 'الرحلات', 'الرحلات الجوية', 'الطيران'], en: ['airport', 'airports', 'flight', 'flights', 'aviation'] },
  OPEN: { ar: ['افتتاح', 'يفتتح', 'تفتتح', 'افتتح', 'افتتحت', 'تدشين', 'يدشن', 'تدشن', 'دشن', 'دشنت'], en: ['open', 'opens', 'opened', 'inaugurate', 'inaugurates', 'inaugurated', 'unveil', 'unveils'] },
  CONFERENCE: { ar: ['مؤتمر', 'المؤتمر', 'منتدى', 'المنتدى'], en: ['conference', 'forum'] },
  CLIMATE: { ar: ['المناخ', 'مناخ', 'المناخية'], en: ['climate'] },
  HEALTH: { ar: ['لقاح', 'تطعيم', 'تفشي', 'وباء', 'مستشفى', 'المستشفيات'], en: ['vaccine', 'vaccination', 'outbreak', 'epidemic', 'hospital'] },
  DRAW: { ar: ['تعادل', 'يتعادل', 'تتعادل'], en: ['draw', 'draws', 'drew'] },
  LOSE: { ar: ['يخسر', 'تخسر', 'خسر'], en: ['lose', 'loses', 'lost'] },
  CHAMPIONSHIP: { ar: ['بطولة', 'البطولة', 'كأس', 'دوري'], en: ['championship', 'cup', 'league', 'tournament'] },
  GOAL: { ar: ['هدف', 'هدفين', 'أهداف', 'بهدف'], en: ['goal', 'goals'], weight: GENERIC_WEIGHT },
};

/** Frequent words of wire copy that say little about which story it is: features of low weight. */
// prettier-ignore
export const GENERIC_WORDS = [
  'رئيس', 'الرئيس', 'وزير', 'وزارة', 'حكومة', 'الحكومة', 'تعاون', 'التعاون', 'تعزيز', 'مجال', 'سبل', 'قال', 'أعلن',
  'أعلنت', 'جديد', 'جديدة', 'رسمي', 'رسمية', 'اليوم', 'أمس', 'دولة', 'البلدين', 'الثنائية', 'مشترك', 'المشتركة',
  'عام', 'العام', 'أول', 'الأول', 'الثاني', 'الثالثة', 'الثالث', 'أكثر', 'نحو', 'عبر', 'وفق', 'بحسب', 'مسؤولون',
  'مدينة', 'منطقة', 'ولاية', 'مقاطعة', 'شرق', 'غرب', 'شمال', 'جنوب', 'شرقي', 'غربي', 'جنوبي', 'شمالي', 'العاصمة',
  'نظيره', 'الجانبان', 'مشاريع', 'مشروع', 'خطة', 'new', 'says', 'said', 'president', 'minister', 'government',
  'first', 'second', 'third', 'on', 'over', 'after', 'amid', 'its', 'his', 'her', 'their', 'first', 'eastern',
  'western', 'northern', 'southern', 'near', 'city', 'province', 'region', 'capital', 'official', 'officials',
  'again', 'another', 'more', 'than', 'into', 'as', 'up',
];

/** Words that are not stopwords for search but carry nothing for "which story". */
// prettier-ignore
export const IGNORED_WORDS = [
  'الي', 'علي', 'امام', 'ضد', 'دون', 'مع', 'بين', 'عند', 'اجل', 'the', 'a', 'an', 'of', 'in', 'to', 'for', 'and',
  'with', 'by', 'at', 'from', 'against', 'no', 'not', 'per', 'such', 'about', 'his', 'her', 'its', 'their', 'has',
  'have', 'had', 'will', 'would', 'be', 'been', 'were', 'was', 'is', 'are', 'this', 'that', 'which', 'who',
];
