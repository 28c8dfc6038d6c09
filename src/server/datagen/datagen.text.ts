import type { CaseType } from '../../common/enums.ts';
import type { Random } from './datagen.random.ts';

/** Arabic complaint openings by service group; {b} block, {r} road, {n} days. */
const complaintsAr: Record<string, string[]> = {
  cleanliness: [
    'تراكم النفايات بجانب الحاويات في مجمع {b} منذ {n} أيام والروائح مزعجة للسكان',
    'الحاوية في الطريق {r} ممتلئة ولم تفرغ منذ {n} أيام وتتطاير المخلفات في الشارع',
    'مخلفات بناء مرمية في أرض فضاء بمجمع {b} وتجذب الحشرات',
  ],
  roads: [
    'حفرة كبيرة في الطريق {r} بمجمع {b} تسبب خطرًا على السيارات والمارة',
    'الرصيف متكسر أمام المنازل في الطريق {r} ولا يصلح لمرور كبار السن والأطفال',
    'تشققات وهبوط في الإسفلت عند تقاطع الطريق {r} منذ {n} أيام',
  ],
  lighting: [
    'أعمدة الإنارة في الطريق {r} مطفأة منذ {n} أيام والشارع مظلم ليلًا',
    'عمود إنارة مائل وأسلاكه مكشوفة قرب مدرسة في مجمع {b}',
    'الإنارة تعمل نهارًا وتنطفئ ليلًا في الطريق {r}',
  ],
  parks: [
    'ألعاب الأطفال في حديقة مجمع {b} مكسورة وتحتاج إلى صيانة عاجلة',
    'الحديقة العامة في مجمع {b} بلا ري منذ {n} أيام والأشجار تذبل',
    'دورات المياه في الممشى غير نظيفة ومغلقة معظم الوقت',
  ],
  buildings: [
    'أعمال بناء مخالفة دون ترخيص في الطريق {r} بمجمع {b}',
    'مبنى مهجور آيل للسقوط في مجمع {b} يشكل خطرًا على المارة',
    'تأخر إصدار رخصة البناء المقدمة منذ {n} يومًا دون رد',
  ],
  markets: [
    'محل في مجمع {b} يبيع مواد غذائية منتهية الصلاحية',
    'عدم نظافة سوق السمك وتراكم المخلفات حول البسطات',
    'مطعم في الطريق {r} لا يلتزم باشتراطات النظافة',
  ],
  pests: [
    'انتشار الكلاب السائبة قرب المدرسة في مجمع {b} وخوف الأطفال منها',
    'انتشار البعوض والحشرات بسبب المياه الراكدة في الطريق {r}',
    'انتشار القوارض في الأزقة بمجمع {b} منذ {n} أيام',
  ],
  drainage: [
    'تجمع مياه الأمطار في الطريق {r} وإغلاقه أمام السيارات',
    'طفح مياه الصرف الصحي أمام المنازل في مجمع {b} منذ {n} أيام',
    'غطاء فتحة تصريف مفقود في الطريق {r} ويشكل خطرًا',
  ],
  advertising: [
    'لوحة إعلانية متضررة وآيلة للسقوط في الطريق {r}',
    'لافتات عشوائية تحجب الرؤية عند التقاطع في مجمع {b}',
  ],
  cemeteries: ['المقبرة في مجمع {b} تحتاج إلى تنظيف وصيانة الإنارة', 'تلف السور الخارجي للمقبرة منذ {n} أيام'],
  planning: [
    'تأخر الرد على طلب تصنيف أرض في مجمع {b} منذ {n} يومًا',
    'تعديات على أرض مخصصة للخدمات العامة في مجمع {b}',
  ],
  health_environment: [
    'دخان حرق مخلفات في أرض فضاء بمجمع {b} يضايق السكان',
    'روائح كريهة منبعثة من ورشة في الطريق {r}',
  ],
  general: ['تأخر الرد على مراجعتي السابقة لدى البلدية منذ {n} أيام', 'سوء تعامل في مكتب خدمة العملاء'],
};

const suggestionsAr = [
  'أقترح زيادة عدد الحاويات في مجمع {b} لكثرة السكان',
  'أقترح تخصيص ممشى وإنارة إضافية في الطريق {r}',
  'أقترح إنشاء حديقة للأطفال في الأرض الفضاء بمجمع {b}',
  'أقترح وضع مطبات لتخفيف السرعة قرب المدرسة في الطريق {r}',
];
const inquiriesAr = [
  'أرغب في الاستفسار عن موعد تنفيذ أعمال الصيانة في مجمع {b}',
  'ما هي الإجراءات والمستندات المطلوبة لهذه الخدمة؟',
  'استفسار عن حالة طلبي المقدم منذ {n} أيام',
];
const complimentsAr = [
  'أشكر فريق البلدية على سرعة الاستجابة ومعالجة البلاغ خلال يوم واحد',
  'شكرًا للموظفين على حسن التعامل والمتابعة المستمرة',
  'تحية لفريق الصيانة على إصلاح الإنارة في الطريق {r} بسرعة',
];
const endingsAr = ['', ' يرجى الإسراع في المعالجة.', ' وتكرر الأمر أكثر من مرة.', ' شكرًا لكم.', ' أرجو المتابعة والرد.'];

const english: Record<CaseType, string[]> = {
  complaint: [
    'Street lights on road {r} have been off for {n} days and the street is dark at night.',
    'Rubbish has piled up next to the bins in block {b} for {n} days.',
    'There is a large pothole on road {r} that is dangerous for cars.',
  ],
  suggestion: ['Please add more bins in block {b}.', 'A pedestrian crossing is needed near the school on road {r}.'],
  inquiry: ['When will the maintenance work in block {b} be finished?', 'What documents do I need for this service?'],
  compliment: ['Thank you for fixing the problem so quickly.', 'The team on road {r} did an excellent job.'],
};

function fill(t: string, r: Random): string {
  return t.replace('{b}', String(r.int(101, 1299))).replace('{r}', String(r.int(1, 4999))).replace('{n}', String(r.int(2, 30)));
}

/** A realistic description for a case of a type in a service group. */
export function description(type: CaseType, group: string, language: 'ar' | 'en', r: Random): string {
  if (language === 'en') return fill(r.pick(english[type]), r);
  const list =
    type === 'complaint' ? (complaintsAr[group] ?? complaintsAr.general!) : type === 'suggestion' ? suggestionsAr : type === 'inquiry' ? inquiriesAr : complimentsAr;
  return fill(r.pick(list), r) + (type === 'compliment' ? '' : r.pick(endingsAr));
}

const firstNames = ['محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'عبدالله', 'يوسف', 'إبراهيم', 'خالد', 'جاسم', 'فاطمة', 'زينب', 'مريم', 'نورة', 'سارة', 'عائشة', 'ليلى', 'هدى', 'أمينة', 'منى'];
const familyNames = ['آل خليفة', 'الدوسري', 'البنعلي', 'الجودر', 'العلوي', 'الموسوي', 'الستري', 'الحداد', 'القصاب', 'المناعي', 'السيد', 'الكعبي', 'البوعينين', 'الشيخ', 'العريض', 'الزياني'];

/** A contact: name, phone, sometimes an email and a national ID (CPR). Fictitious. */
export function contact(r: Random, serial: number): { name: string; phone: string; email: string | null; nationalId: string | null } {
  const name = `${r.pick(firstNames)} ${r.pick(firstNames)} ${r.pick(familyNames)}`;
  const phone = `+973${r.pick(['3', '3', '3', '6', '17'])}${r.digits(7)}`.slice(0, 12);
  return {
    name,
    phone,
    email: r.chance(0.3) ? `resident${serial}@example.com` : null,
    nationalId: r.chance(0.4) ? `${r.int(50, 99)}${r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])}${r.digits(5)}` : null,
  };
}
