/**
 * Mixed-direction strings as the desk meets them: Arabic copy that opens with a Latin name, a number, a URL, an
 * @mention, a percentage, quotes or parentheses; English copy with Arabic names; and wire text carrying bidi
 * controls. `dir` is the direction a reader expects (the text's language, or its dominant script).
 */
export interface BidiCase {
  text: string;
  dir: 'rtl' | 'ltr';
}

const RLO = '\u202e';
const LRE = '\u202a';
const RLI = '\u2067';
const PDI = '\u2069';

export const BIDI_CORPUS: readonly BidiCase[] = [
  { dir: 'rtl', text: 'Apple تفتتح أول متجر لها في باكو بالشراكة مع شركة Azercell' },
  { dir: 'rtl', text: 'Gazprom توقع اتفاقية لتوريد الغاز إلى أوزبكستان حتى 2030' },
  { dir: 'rtl', text: '2025 عام قياسي لصادرات النفط الكازاخستانية' },
  { dir: 'rtl', text: '15% زيادة في حجم التبادل التجاري بين تركيا وأذربيجان' },
  { dir: 'rtl', text: '@huda المصدر: https://kabar.kg/news/12345' },
  { dir: 'rtl', text: 'المصدر: https://www.trend.az/business/energy.html' },
  { dir: 'rtl', text: '"Caspian Pipeline Consortium" يعلن استئناف الضخ عبر ميناء نوفوروسيسك' },
  { dir: 'rtl', text: '(رويترز) - قالت شركة BP إن إنتاج حقل أذري جيراغ جونشلي تراجع' },
  { dir: 'rtl', text: 'SOCAR: صادرات الغاز الأذربيجاني إلى أوروبا ترتفع 7.5%' },
  { dir: 'rtl', text: 'iPhone 17 يصل إلى متاجر طشقند الأسبوع المقبل' },
  { dir: 'rtl', text: 'UNICEF تحذر من نقص المياه في جنوب طاجيكستان' },
  { dir: 'rtl', text: 'COP29 في باكو: الدول النامية تطالب بتمويل أكبر' },
  { dir: 'rtl', text: 'Tesla وBYD تتنافسان على سوق السيارات الكهربائية في كازاخستان' },
  { dir: 'rtl', text: '3 قتلى في انهيار أرضي شرق قرغيزستان' },
  { dir: 'rtl', text: 'www.akorda.kz ينشر نص مرسوم رئاسي جديد حول الضرائب' },
  { dir: 'rtl', text: 'info@kabar.kg عنوان المراسلة الجديد لوكالة كابار' },
  { dir: 'rtl', text: 'report_2025.pdf يكشف تراجع الاستثمار الأجنبي في تركمانستان' },
  { dir: 'rtl', text: 'Microsoft و Google تفتتحان مراكز بيانات في أستانا' },
  { dir: 'rtl', text: 'الرئيس Tokayev يستقبل وفد البنك الدولي World Bank في أستانا' },
  { dir: 'rtl', text: '"نحن مستعدون للحوار" – Pashinyan في مؤتمر صحفي بيريفان' },
  { dir: 'rtl', text: 'KazMunayGas ترفع إنتاجها بنسبة 4% في الربع الثالث' },
  { dir: 'rtl', text: 'F-16 أمريكية تصل إلى قاعدة إنجرليك التركية' },
  { dir: 'rtl', text: 'A1 طريق سريع جديد يربط باكو بالحدود الجورجية' },
  { dir: 'rtl', text: '1,200 ميغاواط قدرة محطة روغون بعد اكتمال المرحلة الثانية' },
  { dir: 'rtl', text: `${RLO}Reuters العنوان المعكوس اختبار للمحررين` },
  { dir: 'rtl', text: `Reuters${RLO} تقرير عن صادرات الغاز في تركمانستان` },
  { dir: 'rtl', text: `${RLI}Kabar${PDI} تنقل عن وزير الخارجية القرغيزي تصريحات جديدة` },
  { dir: 'rtl', text: 'BBC عربي: انتخابات مبكرة في أرمينيا (تقرير)' },
  { dir: 'rtl', text: 'NATO تجري مناورات قرب حدود جورجيا [بيان]' },
  { dir: 'rtl', text: 'Wizz Air تطلق رحلات مباشرة من أبوظبي إلى ألماتي' },
  { dir: 'rtl', text: '«Astana Hub» تستضيف مسابقة للشركات الناشئة في آسيا الوسطى' },
  { dir: 'ltr', text: 'Talks in Baku with الهلال الأحمر officials ended on Monday' },
  { dir: 'ltr', text: 'Al Jazeera quotes الرئيس علييف as saying talks will resume' },
  { dir: 'ltr', text: 'The slogan "باكو تنتظركم" appeared on billboards across the city' },
  { dir: 'ltr', text: 'Reuters: Uzbekistan raises gas prices by 20% (الغاز)' },
  { dir: 'ltr', text: '2025 budget approved by the parliament of Kyrgyzstan, says وزير المالية' },
  { dir: 'ltr', text: '@reporter filed the Tashkent story, source: https://uza.uz/en' },
  { dir: 'ltr', text: 'OPEC+ output talks: Kazakhstan compensates overproduction' },
  { dir: 'ltr', text: 'Azerbaijan’s SOCAR and Türkiye’s BOTAŞ extend their gas contract' },
  { dir: 'ltr', text: `${RLO}Reversed? No: the wire sent a control character here` },
  { dir: 'ltr', text: `Flights from Dubai (دبي) to Almaty ${LRE}resume next week` },
  { dir: 'ltr', text: 'Emir of قطر visits Bishkek for the first time since 2019' },
];
