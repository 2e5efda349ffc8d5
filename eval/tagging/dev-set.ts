import type { Topic } from '#shared/tagging/codes.ts';

/**
 * The development set for the tagger: headlines written for this purpose in the style of the desk's wire copy
 * (Central Asia, the Caucasus, Russia, China, Iran, Turkey, the Gulf, the Levant, Iraq, Egypt, the Maghreb,
 * the big powers), none copied from the seed files. They vary clitics (و ف ب ك ل ال لل on names), demonyms and
 * adjectives, capitals and metonyms, spelling variants, diacritics and missing hamza, organisation names,
 * several countries or none, a few English headlines and a few items with a summary and body.
 *
 * Gold countries are the countries the item is about or names as places (ISO alpha-2, order irrelevant);
 * organisation names are not their host country. Gold topics follow the definitions in topic-lexicon.ts; a
 * cooperation story gets its sector's topic, and diplomacy only when a diplomatic act is reported (visit,
 * talks, signing between governments, summit, sanctions, mediation).
 */
export interface DevItem {
  headline: string;
  summary?: string;
  body?: string;
  countries: string[];
  topics: Topic[];
}

export const DEV_SET: DevItem[] = [
  // --- Central Asia -----------------------------------------------------------------------------------
  { headline: 'طشقند تستضيف منتدى الاستثمار الدولي بمشاركة 40 دولة', countries: ['UZ'], topics: ['economy'] },
  {
    headline: 'الرئيس الأوزبكي يوقع مرسوما لإصلاح قطاع الطاقة',
    countries: ['UZ'],
    topics: ['energy', 'politics'],
  },
  {
    headline: 'وزير الخارجية الكازاخستاني يبحث مع نظيره الصيني تطوير العلاقات الثنائية',
    countries: ['KZ', 'CN'],
    topics: ['diplomacy'],
  },
  {
    headline: 'بكازاخستان.. افتتاح أكبر محطة للطاقة الشمسية في آسيا الوسطى',
    countries: ['KZ'],
    topics: ['energy'],
  },
  {
    headline: 'قيرغيزستان وأوزبكستان توقعان اتفاقية نهائية لترسيم الحدود',
    countries: ['KG', 'UZ'],
    topics: ['diplomacy'],
  },
  {
    headline: 'اشتباكات على الحدود القرغيزية الطاجيكية تسفر عن قتلى',
    countries: ['KG', 'TJ'],
    topics: ['defense'],
  },
  { headline: 'دوشنبه تسرع العمل في سد روغون لتوليد الكهرباء', countries: ['TJ'], topics: ['energy'] },
  {
    headline: 'تركمانستان تزيد صادرات الغاز إلى الصين عبر خط أنابيب آسيا الوسطى',
    countries: ['TM', 'CN'],
    topics: ['energy', 'economy'],
  },
  { headline: 'عشق آباد تستضيف معرضا دوليا للنفط والغاز', countries: ['TM'], topics: ['energy'] },
  {
    headline: 'سمرقند وبخارى تستقبلان أعدادا قياسية من السياح الأجانب',
    countries: ['UZ'],
    topics: ['tourism'],
  },
  { headline: 'الطاجيك يحتفلون بعيد نوروز وسط أجواء تراثية', countries: ['TJ'], topics: ['culture'] },
  {
    headline: 'المنتخب الأوزبكي يتأهل إلى نهائيات كأس العالم لأول مرة',
    countries: ['UZ'],
    topics: ['sport'],
  },
  { headline: 'زلزال بقوة 5.8 درجات يضرب جنوب قرغيزستان', countries: ['KG'], topics: ['disaster'] },
  {
    headline: 'البنك الدولي يمنح طاجيكستان قرضا بقيمة 50 مليون دولار',
    countries: ['TJ'],
    topics: ['economy'],
  },
  {
    headline: 'أستانا تحتضن قمة منظمة شنغهاي للتعاون الشهر المقبل',
    countries: ['KZ'],
    topics: ['diplomacy'],
  },
  {
    headline: 'ألماتي: ارتفاع معدل التضخم في كازاخستان إلى 9 بالمئة',
    countries: ['KZ'],
    topics: ['economy'],
  },
  { headline: 'تنغيز يسجل إنتاجا قياسيا من النفط رغم قيود أوبك+', countries: ['KZ'], topics: ['energy'] },
  {
    headline: 'الكازاخستانيون ينتخبون برلمانا جديدا وسط إقبال متوسط',
    countries: ['KZ'],
    topics: ['politics'],
  },
  { headline: 'قرغيزيا تعتمد دستورا جديدا بعد استفتاء شعبي', countries: ['KG'], topics: ['politics'] },
  {
    headline: 'ممر النقل عبر بحر قزوين يربط الصين بأوروبا مرورا بكازاخستان وأذربيجان',
    countries: ['CN', 'KZ', 'AZ'],
    topics: ['transport'],
  },
  {
    headline: 'أوزبكستان تطلق أول قمر صناعي للاتصالات بالتعاون مع روسيا',
    countries: ['UZ', 'RU'],
    topics: ['technology'],
  },
  {
    headline: 'جفاف بحر آرال يهدد حياة آلاف السكان في قره قلباقستان',
    countries: ['UZ'],
    topics: ['climate'],
  },
  {
    headline: 'طاجيكستان تحذر من تسارع ذوبان الأنهار الجليدية بسبب تغير المناخ',
    countries: ['TJ'],
    topics: ['climate'],
  },
  {
    headline: 'وزراء خارجية دول آسيا الوسطى يجتمعون في بيشكيك لبحث الأمن الإقليمي',
    countries: ['KG'],
    topics: ['diplomacy'],
  },
  {
    headline: 'الرئيس التركماني يستقبل وفدا من رجال الأعمال الإماراتيين',
    countries: ['TM', 'AE'],
    topics: ['diplomacy', 'economy'],
  },
  { headline: 'انطلاق أول رحلة قطار شحن من شيآن إلى طشقند', countries: ['CN', 'UZ'], topics: ['transport'] },
  { headline: 'احتجاجات في بيشكيك للمطالبة باستقالة الحكومة', countries: ['KG'], topics: ['politics'] },
  { headline: 'كازاخستان تبدأ تشييد أول محطة نووية لتوليد الكهرباء', countries: ['KZ'], topics: ['energy'] },
  {
    headline: 'أوزبكستان تتوسع في زراعة القطن العضوي لزيادة الصادرات',
    countries: ['UZ'],
    topics: ['economy'],
  },
  {
    headline: 'قرغيزستان تستقطب استثمارات صينية في قطاع التعدين',
    countries: ['KG', 'CN'],
    topics: ['economy'],
  },
  { headline: 'تركمانستان تفتتح مطارا دوليا جديدا في عشق اباد', countries: ['TM'], topics: ['transport'] },
  {
    headline: 'الخطوط الجوية الأوزبكية تطلق رحلات مباشرة إلى جدة',
    countries: ['UZ', 'SA'],
    topics: ['transport'],
  },
  {
    headline: 'دون تأشيرة: قرغيزستان تعفي مواطني 60 دولة من التأشيرة لتشجيع السياحة',
    countries: ['KG'],
    topics: ['tourism'],
  },
  {
    headline: 'قازاقستان تسجل نموا في عدد السياح القادمين من الهند',
    countries: ['KZ', 'IN'],
    topics: ['tourism'],
  },
  { headline: 'الكازاخستانية غولنارا تفوز بذهبية بطولة آسيا للمصارعة', countries: ['KZ'], topics: ['sport'] },
  {
    headline: 'المنتخب الطاجيكي يهزم نظيره الإيراني في تصفيات كأس آسيا',
    countries: ['TJ', 'IR'],
    topics: ['sport'],
  },
  {
    headline: 'مهرجان الموسيقى التقليدية يجمع فنانين من آسيا الوسطى في سمرقند',
    countries: ['UZ'],
    topics: ['culture'],
  },
  { headline: 'اكتشاف موقع أثري يعود إلى عصر القوافل قرب بخارى', countries: ['UZ'], topics: ['culture'] },
  {
    headline: 'اليونسكو تدرج مدينة خيوة التاريخية على قائمة التراث العالمي',
    countries: ['UZ'],
    topics: ['culture'],
  },
  { headline: 'كازاخستان تنتقل إلى الأبجدية اللاتينية بحلول 2031', countries: ['KZ'], topics: ['culture'] },
  {
    headline: 'قرغيزستان: الحكم بسجن رئيس سابق 11 عاما بتهم فساد',
    countries: ['KG'],
    topics: ['politics', 'society'],
  },
  {
    headline: 'تحويلات العمال المهاجرين الطاجيك من روسيا تسجل تراجعا',
    countries: ['TJ', 'RU'],
    topics: ['economy', 'society'],
  },
  { headline: 'أوزبكستان تبني أول مصنع لإنتاج السيارات الكهربائية', countries: ['UZ'], topics: ['economy'] },
  {
    headline: 'الذكاء الاصطناعي يدخل المدارس في كازاخستان',
    countries: ['KZ'],
    topics: ['technology', 'society'],
  },
  {
    headline: 'شركة صينية تبني مركز بيانات ضخما في أوزبكستان',
    countries: ['CN', 'UZ'],
    topics: ['technology'],
  },
  {
    headline: 'الأمطار الغزيرة تتسبب في انهيارات أرضية شرق طاجيكستان',
    countries: ['TJ'],
    topics: ['disaster'],
  },
  { headline: 'انهيار منجم للفحم في كازاخستان يودي بحياة 30 عاملا', countries: ['KZ'], topics: ['disaster'] },
  { headline: 'تحطم طائرة ركاب قرب مطار أكتاو', countries: ['KZ'], topics: ['disaster', 'transport'] },
  { headline: 'حادث سير مروع يودي بحياة 12 شخصا في أوزبكستان', countries: ['UZ'], topics: ['disaster'] },
  { headline: 'كازاخستان تعلن إصابات جديدة بالحمى النزفية', countries: ['KZ'], topics: ['health'] },
  { headline: 'لقاحات جديدة ضد الحصبة تصل إلى طاجيكستان', countries: ['TJ'], topics: ['health'] },
  {
    headline: 'الأوزبكيون يتوافدون على صناديق الاقتراع لاختيار رئيسهم',
    countries: ['UZ'],
    topics: ['politics'],
  },
  {
    headline: 'أنباء عن تعديل وزاري مرتقب في الحكومة الكازاخستانية',
    countries: ['KZ'],
    topics: ['politics'],
  },
  {
    headline: 'الهيئة الأوزبكية للإحصاء: نمو الناتج المحلي 6 بالمئة',
    countries: ['UZ'],
    topics: ['economy'],
  },
  {
    headline: 'ميناء أكتاو يضاعف طاقته لاستيعاب الحاويات القادمة من الصين',
    countries: ['KZ', 'CN'],
    topics: ['transport'],
  },
  {
    headline: 'قرغيزستان وطاجيكستان تفتحان جميع المعابر بعد اتفاق الترسيم',
    countries: ['KG', 'TJ'],
    topics: ['diplomacy'],
  },
  { headline: 'مصرع 5 أشخاص في انهيار ثلجي بجبال بامير', countries: ['TJ'], topics: ['disaster'] },
  { headline: 'الأمن يعتقل عصابة لتهريب المخدرات في طشقند', countries: ['UZ'], topics: ['society'] },
  {
    headline: 'الرئيس الصيني يصل إلى سمرقند للمشاركة في قمة منظمة شنغهاي',
    countries: ['CN', 'UZ'],
    topics: ['diplomacy'],
  },
  {
    headline: 'أفغانستان وأوزبكستان تبحثان مشروع سكة حديد عابرة لأفغانستان',
    countries: ['AF', 'UZ'],
    topics: ['transport', 'diplomacy'],
  },
  { headline: 'نور سلطان نزارباييف يظهر لأول مرة منذ استقالته', countries: ['KZ'], topics: ['politics'] },
  {
    headline: 'وللمرة الثالثة.. التركمان يحيون مهرجان الحصان الأخال تكه',
    countries: ['TM'],
    topics: ['culture'],
  },
  {
    headline: 'ارتفاع أسعار اللحوم في بيشكيك يثير غضب السكان',
    countries: ['KG'],
    topics: ['economy', 'society'],
  },
  // --- South Caucasus ------------------------------------------------------------------------------------
  {
    headline: 'أذربيجان تستضيف مؤتمر الأطراف كوب29 للتغير المناخي في باكو',
    countries: ['AZ'],
    topics: ['climate'],
  },
  {
    headline: 'باكو ويريفان تقتربان من توقيع اتفاق سلام تاريخي',
    countries: ['AZ', 'AM'],
    topics: ['diplomacy'],
  },
  {
    headline: 'الجيش الأذربيجاني يعلن إحباط هجوم قرب الحدود مع أرمينيا',
    countries: ['AZ', 'AM'],
    topics: ['defense'],
  },
  {
    headline: 'رئيس الوزراء الأرميني يدعو إلى انتخابات برلمانية مبكرة',
    countries: ['AM'],
    topics: ['politics'],
  },
  {
    headline: 'جورجيا: الآلاف يتظاهرون في تبليسي رفضا لقانون العملاء الأجانب',
    countries: ['GE'],
    topics: ['politics'],
  },
  {
    headline: 'الاتحاد الأوروبي يمنح جورجيا صفة الدولة المرشحة للعضوية',
    countries: ['GE'],
    topics: ['diplomacy'],
  },
  {
    headline: 'خط أنابيب باكو - تبليسي - جيهان التركي ينقل مليون برميل يوميا',
    countries: ['AZ', 'GE', 'TR'],
    topics: ['energy'],
  },
  { headline: 'سلطات ناغورنو قره باغ السابقة تسلم أسلحتها الثقيلة', countries: ['AZ'], topics: ['defense'] },
  {
    headline: 'أرمينيا تجمد مشاركتها في منظمة معاهدة الأمن الجماعي',
    countries: ['AM'],
    topics: ['diplomacy', 'defense'],
  },
  {
    headline: 'ممر زنغزور يعود إلى طاولة المفاوضات بين باكو ويريفان',
    countries: ['AZ', 'AM'],
    topics: ['transport', 'diplomacy'],
  },
  {
    headline: 'شركة سوكار الأذربيجانية توقع عقدا لتوريد الغاز إلى رومانيا',
    countries: ['AZ', 'RO'],
    topics: ['energy'],
  },
  { headline: 'مهرجان يريفان السينمائي الدولي يفتتح دورته العشرين', countries: ['AM'], topics: ['culture'] },
  {
    headline: 'مقتل جنديين أرمينيين بنيران أذربيجانية على الحدود',
    countries: ['AM', 'AZ'],
    topics: ['defense'],
  },
  {
    headline: 'وزير الطاقة الاذربيجاني يزور ابوظبي لبحث التعاون في مجال الطاقة النظيفة',
    countries: ['AZ', 'AE'],
    topics: ['energy', 'diplomacy'],
  },
  { headline: 'حرائق غابات تلتهم آلاف الهكتارات في جورجيا', countries: ['GE'], topics: ['disaster'] },
  { headline: 'الجورجيون يصوتون في انتخابات بلدية وسط استقطاب حاد', countries: ['GE'], topics: ['politics'] },
  { headline: 'الأذريون يحتفلون بعودة الحياة إلى مدينة شوشا', countries: ['AZ'], topics: [] },
  { headline: 'أرمينية تطلب دعما أوروبيا لتحديث جيشها', countries: ['AM'], topics: ['defense'] },
  // --- Russia, China, Iran, Turkey -------------------------------------------------------------------------
  {
    headline: 'بوتين يستقبل علييف في الكرملين لبحث التعاون الاقتصادي',
    countries: ['RU', 'AZ'],
    topics: ['diplomacy', 'economy'],
  },
  {
    headline: 'روسيا تعلن إسقاط مسيرات أوكرانية فوق مقاطعة بيلغورود',
    countries: ['RU', 'UA'],
    topics: ['defense'],
  },
  {
    headline: 'موسكو تستضيف قمة الاتحاد الاقتصادي الأوراسي',
    countries: ['RU'],
    topics: ['diplomacy', 'economy'],
  },
  {
    headline: 'الروبل الروسي يتراجع أمام الدولار لأدنى مستوى منذ عام',
    countries: ['RU'],
    topics: ['economy'],
  },
  {
    headline: 'غازبروم تستأنف ضخ الغاز إلى الصين عبر خط قوة سيبيريا',
    countries: ['RU', 'CN'],
    topics: ['energy'],
  },
  { headline: 'لافروف: العلاقات مع طهران تمر بأفضل مراحلها', countries: ['RU', 'IR'], topics: ['diplomacy'] },
  {
    headline: 'الصين تطلق مركبة فضائية مأهولة إلى محطتها المدارية',
    countries: ['CN'],
    topics: ['technology'],
  },
  {
    headline: 'بكين تفرض رسوما جمركية جديدة على الواردات الأمريكية',
    countries: ['CN', 'US'],
    topics: ['economy'],
  },
  {
    headline: 'شي جين بينغ يزور أستانا في جولة تشمل دوشنبه',
    countries: ['CN', 'KZ', 'TJ'],
    topics: ['diplomacy'],
  },
  {
    headline: 'فيضانات عارمة تجتاح جنوب الصين وتجبر الآلاف على النزوح',
    countries: ['CN'],
    topics: ['disaster'],
  },
  { headline: 'ووهان تستضيف بطولة العالم للتنس', countries: ['CN'], topics: ['sport'] },
  {
    headline: 'طهران وموسكو توقعان اتفاقية لبناء محطات نووية جديدة',
    countries: ['IR', 'RU'],
    topics: ['energy', 'diplomacy'],
  },
  { headline: 'الحرس الثوري يجري مناورات بحرية في مضيق هرمز', countries: ['IR'], topics: ['defense'] },
  {
    headline: 'إيرانيون يصطفون أمام محطات الوقود بعد رفع الأسعار',
    countries: ['IR'],
    topics: ['energy', 'economy'],
  },
  { headline: 'أردوغان يلتقي رئيس الوزراء العراقي في أنقرة', countries: ['TR', 'IQ'], topics: ['diplomacy'] },
  { headline: 'الليرة التركية تهبط إلى مستوى قياسي جديد', countries: ['TR'], topics: ['economy'] },
  {
    headline: 'إسطنبول تستضيف جولة جديدة من المحادثات الروسية الأوكرانية',
    countries: ['TR', 'RU', 'UA'],
    topics: ['diplomacy'],
  },
  { headline: 'منظمة الدول التركية تعقد قمتها في بودابست', countries: ['HU'], topics: ['diplomacy'] },
  {
    headline: 'وزارة الدفاع الروسية: قواتنا سيطرت على بلدة في دونيتسك',
    countries: ['RU', 'UA'],
    topics: ['defense'],
  },
  { headline: 'مُسْلِمُو روسيا يستعدون لاستقبال شهر رمضان', countries: ['RU'], topics: ['society'] },
  { headline: 'تراجع حاد في أعداد السياح الروس إلى تركيا', countries: ['RU', 'TR'], topics: ['tourism'] },
  { headline: 'وبكين تؤكد دعمها لوحدة أراضي كازاخستان', countries: ['CN', 'KZ'], topics: ['diplomacy'] },
  {
    headline: 'لطهران حق الرد.. إيران تتوعد بعد الضربة الإسرائيلية',
    countries: ['IR', 'IL'],
    topics: ['defense'],
  },
  {
    headline: 'بالأرقام: حجم التبادل التجاري بين روسيا والصين يتجاوز 200 مليار دولار',
    countries: ['RU', 'CN'],
    topics: ['economy'],
  },
  {
    headline: 'الشركات التركية تفوز بعقود لبناء طرق سريعة في تركمانستان',
    countries: ['TR', 'TM'],
    topics: ['economy', 'transport'],
  },
  {
    headline: 'الشيشان: افتتاح مسجد جديد في غروزني بحضور آلاف المصلين',
    countries: ['RU'],
    topics: ['society'],
  },
  {
    headline: 'مجلس الأمن الروسي يناقش تهديدات الإرهاب في آسيا الوسطى',
    countries: ['RU'],
    topics: ['defense'],
  },
  {
    headline: 'الاقتصاد الصيني ينمو بأسرع من المتوقع في الربع الثالث',
    countries: ['CN'],
    topics: ['economy'],
  },
  { headline: 'أنقرة تعلن عن اكتشاف جديد للغاز في البحر الأسود', countries: ['TR'], topics: ['energy'] },
  { headline: 'زيلينسكي يطالب الغرب بمزيد من أنظمة الدفاع الجوي', countries: ['UA'], topics: ['defense'] },
  { headline: 'الأمير تركي الفيصل يلقي محاضرة في الرياض', countries: ['SA'], topics: [] },
  // --- Gulf ------------------------------------------------------------------------------------------------
  { headline: 'السعودية تخفض إنتاجها النفطي طوعا بمقدار مليون برميل', countries: ['SA'], topics: ['energy'] },
  { headline: 'الرياض تستضيف معرضا دوليا للصناعات العسكرية', countries: ['SA'], topics: ['defense'] },
  {
    headline: 'ولي العهد السعودي يلتقي الرئيس الأمريكي في البيت الأبيض',
    countries: ['SA', 'US'],
    topics: ['diplomacy'],
  },
  {
    headline: 'الإمارات وكازاخستان توقعان مذكرة تفاهم في مجال الطاقة المتجددة',
    countries: ['AE', 'KZ'],
    topics: ['energy', 'diplomacy'],
  },
  { headline: 'دبي تستقبل 17 مليون زائر خلال عام وفنادقها ممتلئة', countries: ['AE'], topics: ['tourism'] },
  { headline: 'قطر تستضيف جولة مفاوضات جديدة بشأن غزة', countries: ['QA', 'PS'], topics: ['diplomacy'] },
  {
    headline: 'الدوحة: توقيع اتفاق لتزويد باكستان بالغاز المسال',
    countries: ['QA', 'PK'],
    topics: ['energy'],
  },
  { headline: 'الكويت تقر ميزانية جديدة بعجز متوقع في الإيرادات', countries: ['KW'], topics: ['economy'] },
  { headline: 'البحرين والإمارات تعززان التعاون العسكري', countries: ['BH', 'AE'], topics: ['defense'] },
  { headline: 'سلطنة عمان تتوسط لإطلاق سراح محتجزين', countries: ['OM'], topics: ['diplomacy'] },
  {
    headline: 'مسقط تستضيف محادثات غير مباشرة بين واشنطن وطهران',
    countries: ['OM', 'US', 'IR'],
    topics: ['diplomacy'],
  },
  {
    headline: 'الحوثيون يستهدفون سفينة تجارية في البحر الأحمر بصاروخ',
    countries: ['YE'],
    topics: ['defense'],
  },
  { headline: 'فالكويت والسعودية تنسقان مواقفهما داخل أوبك', countries: ['KW', 'SA'], topics: ['energy'] },
  {
    headline: 'كالعادة.. الأسواق الخليجية تتأثر بتقلبات أسعار النفط',
    countries: [],
    topics: ['economy', 'energy'],
  },
  {
    headline: 'للمرة الأولى.. الإمارات ترسل مسبارا إلى حزام الكويكبات',
    countries: ['AE'],
    topics: ['technology'],
  },
  {
    headline: 'اتفاق بين الرياض وطهران على إعادة فتح السفارات',
    countries: ['SA', 'IR'],
    topics: ['diplomacy'],
  },
  { headline: 'كأس آسيا: المنتخب السعودي يتأهل إلى ربع النهائي', countries: ['SA'], topics: ['sport'] },
  {
    headline: 'المملكة العربية السعودية تطلق تأشيرة سياحية للمقيمين في دول الخليج',
    countries: ['SA'],
    topics: ['tourism'],
  },
  {
    headline: 'دول الخليج تبحث إنشاء شبكة ربط كهربائي موحدة',
    countries: [],
    topics: ['energy', 'diplomacy'],
  },
  { headline: 'العمانيون يستعدون لموسم الخريف في صلالة', countries: ['OM'], topics: [] },
  { headline: 'قطري يفوز بلقب بطولة العالم للرماية', countries: ['QA'], topics: ['sport'] },
  // --- Levant, Iraq, Egypt ---------------------------------------------------------------------------------
  {
    headline: 'العراق يوقع عقدا مع توتال لتطوير حقول الغاز في البصرة',
    countries: ['IQ'],
    topics: ['energy'],
  },
  {
    headline: 'بغداد وأربيل تتفقان على استئناف تصدير نفط إقليم كردستان',
    countries: ['IQ'],
    topics: ['energy'],
  },
  {
    headline: 'انتخابات مجالس المحافظات في العراق تشهد مشاركة واسعة',
    countries: ['IQ'],
    topics: ['politics'],
  },
  { headline: 'الأردن يطلق استراتيجية وطنية لمواجهة شح المياه', countries: ['JO'], topics: ['climate'] },
  {
    headline: 'عمّان تستضيف مؤتمرا دوليا لدعم اللاجئين السوريين',
    countries: ['JO', 'SY'],
    topics: ['society'],
  },
  {
    headline: 'الأردن: عمان تحتضن اجتماعا تنسيقيا لوزراء المياه العرب',
    countries: ['JO'],
    topics: ['climate'],
  },
  {
    headline: 'لبنان: البرلمان يفشل مجددا في انتخاب رئيس للجمهورية',
    countries: ['LB'],
    topics: ['politics'],
  },
  {
    headline: 'الاحتلال الإسرائيلي يشن غارات جديدة على قطاع غزة',
    countries: ['IL', 'PS'],
    topics: ['defense'],
  },
  { headline: 'سوريا ترفع أسعار الخبز والمحروقات', countries: ['SY'], topics: ['economy', 'energy'] },
  { headline: 'إعادة افتتاح متحف حلب الوطني بعد ترميمه', countries: ['SY'], topics: ['culture'] },
  {
    headline: 'مصر تطرح مناقصة دولية لإنشاء محطات رياح في خليج السويس',
    countries: ['EG'],
    topics: ['energy'],
  },
  {
    headline: 'إيرادات قناة السويس تتراجع بسبب هجمات البحر الأحمر على السفن',
    countries: ['EG'],
    topics: ['transport', 'economy'],
  },
  {
    headline: 'القاهرة تستضيف اجتماعا لوزراء الخارجية العرب بشأن السودان',
    countries: ['EG', 'SD'],
    topics: ['diplomacy'],
  },
  {
    headline: 'السودان: معارك عنيفة في الفاشر بين الجيش والدعم السريع',
    countries: ['SD'],
    topics: ['defense'],
  },
  {
    headline: 'منظمة الصحة العالمية تعلن انتهاء تفشي الكوليرا في اليمن',
    countries: ['YE'],
    topics: ['health'],
  },
  { headline: 'مستشفيات غزة تعاني نقصا حادا في الأدوية', countries: ['PS'], topics: ['health'] },
  { headline: 'ندرة المياه تهدد الزراعة في بلاد الشام', countries: [], topics: ['climate'] },
  { headline: 'المصريون يتابعون بقلق ارتفاع أسعار السلع الأساسية', countries: ['EG'], topics: ['economy'] },
  {
    headline: 'الجيش اللبناني ينتشر في الجنوب بعد اتفاق وقف إطلاق النار',
    countries: ['LB'],
    topics: ['defense'],
  },
  { headline: 'الخرطوم: المجاعة تهدد ملايين السودانيين', countries: ['SD'], topics: ['society'] },
  // --- Maghreb ---------------------------------------------------------------------------------------------
  {
    headline: 'الجزائر وإيطاليا توقعان اتفاقيات لزيادة إمدادات الغاز',
    countries: ['DZ', 'IT'],
    topics: ['energy', 'diplomacy'],
  },
  {
    headline: 'المغرب يفوز بتنظيم كأس العالم 2030 بالشراكة مع إسبانيا والبرتغال',
    countries: ['MA', 'ES', 'PT'],
    topics: ['sport'],
  },
  { headline: 'تونس: ارتفاع نسبة البطالة بين الشباب', countries: ['TN'], topics: ['economy', 'society'] },
  { headline: 'ليبيا: فيضانات درنة تخلف آلاف الضحايا', countries: ['LY'], topics: ['disaster'] },
  { headline: 'موريتانيا تبدأ تصدير أول شحنة من الغاز المسال', countries: ['MR'], topics: ['energy'] },
  { headline: 'الجزائر تحتضن المهرجان الدولي للفيلم العربي', countries: ['DZ'], topics: ['culture'] },
  { headline: 'ليبيا: اشتباكات مسلحة في طرابلس بين فصائل متنافسة', countries: ['LY'], topics: ['defense'] },
  { headline: 'هجوم إرهابي في مالي يستهدف قاعدة عسكرية', countries: ['ML'], topics: ['defense'] },
  { headline: 'المغاربة يصوتون في انتخابات تشريعية', countries: ['MA'], topics: ['politics'] },
  // --- Europe, Americas, Asia --------------------------------------------------------------------------------
  {
    headline: 'فرنسا وألمانيا تدعوان إلى تعزيز الدفاع الأوروبي',
    countries: ['FR', 'DE'],
    topics: ['defense'],
  },
  { headline: 'بريطانيا تفرض عقوبات جديدة على شركات روسية', countries: ['GB', 'RU'], topics: ['diplomacy'] },
  { headline: 'واشنطن تعلن حزمة مساعدات عسكرية جديدة لكييف', countries: ['US', 'UA'], topics: ['defense'] },
  {
    headline: 'الكونغرس يقر مشروع قانون الميزانية الدفاعية',
    countries: ['US'],
    topics: ['politics', 'defense'],
  },
  { headline: 'ترامب يفرض رسوما جمركية على السلع الصينية', countries: ['US', 'CN'], topics: ['economy'] },
  { headline: 'الهند تطلق مسبارا لاستكشاف القمر', countries: ['IN'], topics: ['technology'] },
  { headline: 'باكستان: انفجار يستهدف قافلة عسكرية في بلوشستان', countries: ['PK'], topics: ['defense'] },
  { headline: 'طالبان تحظر تعليم الفتيات في الجامعات', countries: ['AF'], topics: ['society'] },
  {
    headline: 'اليابان وكوريا الجنوبية تتفقان على تعزيز التعاون الأمني',
    countries: ['JP', 'KR'],
    topics: ['defense', 'diplomacy'],
  },
  { headline: 'كوريا الشمالية تطلق صاروخا باليستيا جديدا', countries: ['KP'], topics: ['defense'] },
  {
    headline: 'سيول: ارتفاع صادرات أشباه الموصلات إلى مستوى قياسي',
    countries: ['KR'],
    topics: ['economy', 'technology'],
  },
  {
    headline: 'منغوليا تعلن حالة الطوارئ بعد شتاء قاس نفقت فيه ملايين المواشي',
    countries: ['MN'],
    topics: ['disaster'],
  },
  {
    headline: 'رئيس الوزراء الهندي يزور موسكو في أول رحلة خارجية',
    countries: ['IN', 'RU'],
    topics: ['diplomacy'],
  },
  { headline: 'ناسا تختار رائد فضاء إماراتيا لمهمة جديدة', countries: ['US', 'AE'], topics: ['technology'] },
  {
    headline: 'الدعم المالي الأمريكي لأوكرانيا يثير جدلا في واشنطن',
    countries: ['US', 'UA'],
    topics: ['economy'],
  },
  { headline: 'إعصار قوي يتشكل في المحيط الهندي', countries: [], topics: ['disaster'] },
  {
    headline: 'مجلس الأمن القومي الأمريكي يجتمع لبحث التصعيد مع إيران',
    countries: ['US', 'IR'],
    topics: ['defense'],
  },
  {
    headline: 'البرازيل والأرجنتين تتفقان على عملة مشتركة للتجارة',
    countries: ['BR', 'AR'],
    topics: ['economy', 'diplomacy'],
  },
  // --- No country -----------------------------------------------------------------------------------------
  { headline: 'ارتفاع أسعار الذهب إلى مستويات قياسية', countries: [], topics: ['economy'] },
  { headline: 'انخفاض أسعار النفط مع تزايد المخاوف من الركود', countries: [], topics: ['energy', 'economy'] },
  { headline: 'دراسة: تغير المناخ يضاعف موجات الحر', countries: [], topics: ['climate'] },
  { headline: 'عاجل: انقطاع واسع للتيار الكهربائي في عدة مدن', countries: [], topics: ['energy'] },
  { headline: 'منظمة أوبك تبقي على توقعاتها للطلب العالمي على النفط', countries: [], topics: ['energy'] },
  { headline: 'حلف الناتو يجري أكبر مناورات عسكرية منذ الحرب الباردة', countries: [], topics: ['defense'] },
  { headline: 'مجلس الأمن يصوت على قرار لوقف إطلاق النار', countries: [], topics: ['diplomacy'] },
  { headline: 'الاتحاد الأوروبي يدرس حزمة عقوبات جديدة', countries: [], topics: ['diplomacy'] },
  { headline: 'صندوق النقد الدولي يخفض توقعاته لنمو الاقتصاد العالمي', countries: [], topics: ['economy'] },
  { headline: 'قمة بريكس تناقش إنشاء نظام مدفوعات مشترك', countries: [], topics: ['diplomacy', 'economy'] },
  { headline: 'الأمن الغذائي على رأس أولويات القمة', countries: [], topics: ['economy', 'diplomacy'] },
  // --- English ---------------------------------------------------------------------------------------------
  { headline: 'Kazakhstan boosts oil output despite OPEC+ quotas', countries: ['KZ'], topics: ['energy'] },
  {
    headline: 'Uzbekistan and Tajikistan sign border agreement',
    countries: ['UZ', 'TJ'],
    topics: ['diplomacy'],
  },
  {
    headline: 'Azerbaijan, Armenia agree on peace treaty text',
    countries: ['AZ', 'AM'],
    topics: ['diplomacy'],
  },
  {
    headline: 'Russian drone strikes hit Ukrainian energy facilities',
    countries: ['RU', 'UA'],
    topics: ['defense', 'energy'],
  },
  { headline: "China's exports to Central Asia surge 30%", countries: ['CN'], topics: ['economy'] },
  { headline: 'Kyrgyz parliament approves new tax code', countries: ['KG'], topics: ['politics', 'economy'] },
  {
    headline: 'Earthquake jolts eastern Turkey, no casualties reported',
    countries: ['TR'],
    topics: ['disaster'],
  },
  {
    headline: 'Saudi Arabia and UAE announce joint investment fund',
    countries: ['SA', 'AE'],
    topics: ['economy'],
  },
  {
    headline: 'US imposes sanctions on Iranian oil shipments',
    countries: ['US', 'IR'],
    topics: ['diplomacy', 'energy'],
  },
  { headline: "Georgia's ruling party wins disputed election", countries: ['GE'], topics: ['politics'] },
  {
    headline: 'BREAKING: Explosion reported at Tehran refinery',
    countries: ['IR'],
    topics: ['disaster', 'energy'],
  },
  // --- Diacritics, missing hamza, clitics -------------------------------------------------------------------
  { headline: 'رئيسُ طاجيكستانَ يستقبلُ سفيرَ الصينِ الجديدَ', countries: ['TJ', 'CN'], topics: ['diplomacy'] },
  {
    headline: 'اذربيجان وتركيا تجريان مناورات عسكرية مشتركة قرب نخجوان',
    countries: ['AZ', 'TR'],
    topics: ['defense'],
  },
  {
    headline: 'ايران والامارات تبحثان رفع حجم التبادل التجاري',
    countries: ['IR', 'AE'],
    topics: ['economy', 'diplomacy'],
  },
  { headline: 'وللكويت دور في الوساطة بين الفرقاء اليمنيين', countries: ['KW', 'YE'], topics: ['diplomacy'] },
  {
    headline: 'بالتعاون مع الصينيين.. كازاخستان تبني مصنعا للبطاريات',
    countries: ['CN', 'KZ'],
    topics: ['economy'],
  },
  { headline: 'كالعراق، تعاني سوريا من أزمة كهرباء خانقة', countries: ['IQ', 'SY'], topics: ['energy'] },
  {
    headline: 'والسعوديون يتصدرون قائمة المستثمرين الأجانب في مصر',
    countries: ['SA', 'EG'],
    topics: ['economy'],
  },
  {
    headline: 'للأوزبكيين نصيب كبير من العمالة الموسمية في روسيا',
    countries: ['UZ', 'RU'],
    topics: ['society', 'economy'],
  },
  { headline: 'فبأذربيجان أكبر احتياطي غاز في حوض قزوين', countries: ['AZ'], topics: ['energy'] },
  {
    headline: 'التركمانيون يستقبلون رئيسهم الجديد بعد فوزه في الانتخابات',
    countries: ['TM'],
    topics: ['politics'],
  },
  // --- Items with summary and body --------------------------------------------------------------------------
  {
    headline: 'تعاون جديد في مجال النقل',
    summary:
      'وقعت أوزبكستان وتركمانستان اتفاقية لتطوير ممر النقل الدولي عبر بحر قزوين وتوسيع حركة الشحن بالسكك الحديدية.',
    countries: ['UZ', 'TM'],
    topics: ['transport', 'diplomacy'],
  },
  {
    headline: 'مؤتمر صحفي لوزير الخارجية الطاجيكي في دوشنبه',
    summary: 'تحدث وزير الخارجية الطاجيكي عن العلاقات مع أفغانستان والوضع على الحدود المشتركة.',
    body:
      'قال وزير الخارجية الطاجيكي في مؤتمر صحفي عقده في دوشنبه إن بلاده تتابع باهتمام الوضع على حدودها مع أفغانستان. ' +
      'وأضاف أن الحوار مع كابل مستمر عبر القنوات الدبلوماسية، مشيرا إلى اجتماع مرتقب لوزراء خارجية دول الجوار. ' +
      'وأكد الوزير أن طاجيكستان تدعم جهود المجتمع الدولي لتحقيق الاستقرار في المنطقة.',
    countries: ['TJ', 'AF'],
    topics: ['diplomacy'],
  },
  {
    headline: 'انطلاق أعمال المنتدى الاقتصادي في باكو',
    summary: 'انطلقت في العاصمة الأذربيجانية أعمال المنتدى الاقتصادي بمشاركة مستثمرين من عشرين دولة.',
    body:
      'افتتح في باكو اليوم المنتدى الاقتصادي الذي يناقش فرص الاستثمار في قطاعات الطاقة والنقل والزراعة. ' +
      'وأشار المتحدثون إلى أهمية ممر النقل الأوسط في ربط آسيا بأوروبا، وإلى نمو التجارة بين أذربيجان ودول آسيا الوسطى. ' +
      'ويشارك في المنتدى ممثلون عن شركات من تركيا وكازاخستان والصين، إلى جانب مؤسسات مالية دولية. ' +
      'وتأمل الحكومة الأذربيجانية في جذب استثمارات جديدة بقيمة مليار دولار خلال العام المقبل.',
    countries: ['AZ'],
    topics: ['economy'],
  },
  {
    headline: 'فيضانات تضرب شمال كازاخستان',
    summary: 'أعلنت السلطات الكازاخستانية حالة الطوارئ في عدد من المقاطعات الشمالية بعد فيضانات واسعة.',
    body:
      'أعلنت وزارة الطوارئ في كازاخستان إجلاء أكثر من ثلاثين ألف شخص من منازلهم بعد ارتفاع منسوب الأنهار. ' +
      'وتعمل فرق الإنقاذ على مدار الساعة لتعزيز السدود الترابية، فيما عرضت روسيا تقديم المساعدة. ' +
      'وقال خبراء إن ذوبان الثلوج المبكر وارتفاع درجات الحرارة زادا من حدة الفيضانات هذا العام.',
    countries: ['KZ'],
    topics: ['disaster'],
  },
  {
    headline: 'Kyrgyzstan opens new railway link to China',
    summary: 'The first freight train crossed the border on Monday, cutting transit time to Europe.',
    countries: ['KG', 'CN'],
    topics: ['transport'],
  },
];
