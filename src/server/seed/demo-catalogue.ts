/**
 * The demo service catalogue: pure data, no I/O.
 *
 * It models the municipal services of Bahrain's Ministry of Works, Municipalities Affairs and Urban
 * Planning (entity `ministry`) and its four municipalities (`capital`, `muharraq`, `northern`,
 * `southern`). Services with `owner: 'municipal'` are routed by governorate to the municipality;
 * services with `owner: 'ministry'` are handled centrally by the ministry.
 */
import type { AttributeDatatype, Bilingual, CaseType } from '../../common/enums.ts';

/** One choice of a single- or multi-value list attribute; `key` is ASCII snake case. */
export interface DemoAttributeValue {
  key: string;
  name: Bilingual;
}

/** An extra question asked when a case is filed against a service (an Open311 attribute). */
export interface DemoAttribute {
  /** ASCII, lower snake case, unique within its service. */
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** The question, e.g. "Light pole number". */
  name: Bilingual;
  /** Help text shown under the question. */
  description: Bilingual;
  /** Present (two or more values) exactly for `singlevaluelist` and `multivaluelist`. */
  values?: DemoAttributeValue[];
}

/** A heading of the catalogue that groups related services. */
export interface DemoGroup {
  code: string;
  name: Bilingual;
}

/** One service of the demo catalogue. */
export interface DemoService {
  /** ASCII lower snake case, unique, at most 40 characters. */
  code: string;
  /** A `DemoGroup` code. */
  group: string;
  name: Bilingual;
  /** One or two sentences. */
  description: Bilingual;
  /** Allowed case types; non-empty. */
  types: CaseType[];
  anonymousAllowed: boolean;
  /** A few search words, Arabic and English mixed. */
  keywords: string[];
  /** `municipal`: routed to the municipality of the governorate; `ministry`: handled centrally. */
  owner: 'municipal' | 'ministry';
  /** True for urgent safety hazards. */
  hazard?: boolean;
  attributes?: DemoAttribute[];
}

/** The groups of the demo catalogue, in display order. */
export const demoGroups: DemoGroup[] = [
  { code: 'cleanliness', name: { ar: 'النظافة والمخلفات', en: 'Cleanliness and waste' } },
  { code: 'roads', name: { ar: 'الطرق والأرصفة', en: 'Roads and pavements' } },
  { code: 'lighting', name: { ar: 'الإنارة العامة', en: 'Street lighting' } },
  { code: 'parks', name: { ar: 'الحدائق والسواحل', en: 'Parks and beaches' } },
  { code: 'buildings', name: { ar: 'المباني والتراخيص', en: 'Buildings and permits' } },
  { code: 'markets', name: { ar: 'الأسواق وسلامة الغذاء', en: 'Markets and food safety' } },
  { code: 'pests', name: { ar: 'مكافحة الحشرات والحيوانات السائبة', en: 'Pests and stray animals' } },
  { code: 'drainage', name: { ar: 'تصريف مياه الأمطار والصرف الصحي', en: 'Drainage and rain water' } },
  { code: 'advertising', name: { ar: 'الإعلانات واللافتات', en: 'Advertising and signage' } },
  { code: 'cemeteries', name: { ar: 'المقابر', en: 'Cemeteries' } },
  { code: 'planning', name: { ar: 'الأراضي والتخطيط العمراني', en: 'Land and urban planning' } },
  {
    code: 'health_environment',
    name: { ar: 'الصحة العامة والبيئة والضوضاء', en: 'Public health, environment and noise' },
  },
  {
    code: 'general',
    name: { ar: 'الخدمات العامة والمجلس البلدي', en: 'General services and municipal council' },
  },
];

// ---------------------------------------------------------------------------------------------
// Cleanliness and waste
// ---------------------------------------------------------------------------------------------

const cleanliness: DemoService[] = [
  {
    code: 'waste_accumulation',
    group: 'cleanliness',
    name: { ar: 'تراكم المخلفات', en: 'Accumulated waste' },
    description: {
      ar: 'الإبلاغ عن تراكم المخلفات أو القمامة في الأحياء والطرق والأماكن العامة.',
      en: 'Report waste or rubbish piling up in neighbourhoods, on roads or in public places.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['مخلفات', 'قمامة', 'نفايات', 'زبالة', 'waste', 'rubbish', 'garbage', 'trash'],
    owner: 'municipal',
    attributes: [
      {
        code: 'waste_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع المخلفات', en: 'Kind of waste' },
        description: {
          ar: 'اختر النوع الغالب على المخلفات المتراكمة.',
          en: 'Choose the main kind of the accumulated waste.',
        },
        values: [
          { key: 'household', name: { ar: 'مخلفات منزلية', en: 'Household waste' } },
          { key: 'construction', name: { ar: 'مخلفات بناء', en: 'Construction debris' } },
          { key: 'garden', name: { ar: 'مخلفات زراعية وأشجار', en: 'Garden and tree waste' } },
          { key: 'bulky', name: { ar: 'أثاث وأجهزة قديمة', en: 'Old furniture and appliances' } },
          { key: 'other', name: { ar: 'أخرى', en: 'Other' } },
        ],
      },
    ],
  },
  {
    code: 'bin_overflow',
    group: 'cleanliness',
    name: { ar: 'امتلاء حاويات القمامة', en: 'Overflowing rubbish bins' },
    description: {
      ar: 'حاويات القمامة ممتلئة وتفيض منها المخلفات إلى الطريق أو الرصيف.',
      en: 'Rubbish bins are full and waste is spilling onto the road or pavement.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['حاوية', 'حاويات', 'امتلاء', 'قمامة', 'زبالة', 'تانكي الزبالة', 'bin', 'skip', 'overflowing'],
    owner: 'municipal',
  },
  {
    code: 'bin_request',
    group: 'cleanliness',
    name: { ar: 'طلب حاوية قمامة', en: 'Request for a rubbish bin' },
    description: {
      ar: 'طلب توفير حاوية قمامة جديدة أو إضافية لمنزل أو حي سكني.',
      en: 'Ask for a new or additional rubbish bin for a home or a residential area.',
    },
    types: ['inquiry', 'suggestion', 'complaint'],
    anonymousAllowed: false,
    keywords: ['حاوية جديدة', 'طلب حاوية', 'برميل قمامة', 'new bin', 'bin request'],
    owner: 'municipal',
    attributes: [
      {
        code: 'bin_count',
        datatype: 'number',
        required: false,
        name: { ar: 'عدد الحاويات المطلوبة', en: 'Number of bins needed' },
        description: {
          ar: 'العدد التقريبي للحاويات التي يحتاجها الموقع.',
          en: 'The approximate number of bins the location needs.',
        },
      },
    ],
  },
  {
    code: 'damaged_bin',
    group: 'cleanliness',
    name: { ar: 'حاوية قمامة تالفة', en: 'Damaged rubbish bin' },
    description: {
      ar: 'حاوية قمامة مكسورة أو بلا غطاء أو عجلات وتحتاج إلى إصلاح أو استبدال.',
      en: 'A rubbish bin that is broken or missing its lid or wheels and needs repair or replacement.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['حاوية تالفة', 'حاوية مكسورة', 'غطاء الحاوية', 'broken bin', 'damaged bin'],
    owner: 'municipal',
  },
  {
    code: 'missed_collection',
    group: 'cleanliness',
    name: { ar: 'عدم جمع القمامة', en: 'Missed rubbish collection' },
    description: {
      ar: 'لم تُجمع القمامة في الموعد المعتاد من المنزل أو الشارع.',
      en: 'Rubbish was not collected on the usual day from a home or street.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['جمع القمامة', 'شركة النظافة', 'لم تجمع', 'ما شالوا الزبالة', 'سيارة الزبالة', 'missed collection', 'rubbish collection'],
    owner: 'municipal',
    attributes: [
      {
        code: 'last_collection_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ آخر جمع للقمامة', en: 'Last collection date' },
        description: {
          ar: 'متى جُمعت القمامة آخر مرة بحسب علمك.',
          en: 'When the rubbish was last collected, as far as you know.',
        },
      },
    ],
  },
  {
    code: 'construction_debris',
    group: 'cleanliness',
    name: { ar: 'رمي مخلفات البناء', en: 'Dumping of construction debris' },
    description: {
      ar: 'رمي مخلفات البناء والهدم في الأراضي الفضاء أو على جوانب الطرق.',
      en: 'Building and demolition debris dumped on empty plots or at the roadside.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['مخلفات بناء', 'أنقاض', 'ردم', 'رمي عشوائي', 'debris', 'fly-tipping', 'rubble'],
    owner: 'municipal',
  },
  {
    code: 'abandoned_vehicle',
    group: 'cleanliness',
    name: { ar: 'سيارة مهملة', en: 'Abandoned vehicle' },
    description: {
      ar: 'سيارة أو مركبة متروكة لفترة طويلة في مكان عام وتشوّه المظهر العام.',
      en: 'A car or other vehicle left for a long time in a public place, spoiling the area.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['سيارة مهملة', 'سيارة متروكة', 'مركبة مهجورة', 'abandoned car', 'abandoned vehicle'],
    owner: 'municipal',
    attributes: [
      {
        code: 'plate_number',
        datatype: 'string',
        required: false,
        name: { ar: 'رقم اللوحة', en: 'Plate number' },
        description: {
          ar: 'رقم لوحة المركبة إن وُجد.',
          en: 'The vehicle plate number, if there is one.',
        },
      },
      {
        code: 'vehicle_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع المركبة', en: 'Vehicle type' },
        description: { ar: 'اختر نوع المركبة المهملة.', en: 'Choose the type of the abandoned vehicle.' },
        values: [
          { key: 'car', name: { ar: 'سيارة', en: 'Car' } },
          { key: 'pickup', name: { ar: 'سيارة نقل (بيك أب)', en: 'Pickup' } },
          { key: 'truck', name: { ar: 'شاحنة', en: 'Lorry' } },
          { key: 'boat', name: { ar: 'قارب', en: 'Boat' } },
          { key: 'trailer', name: { ar: 'مقطورة', en: 'Trailer' } },
        ],
      },
    ],
  },
  {
    code: 'street_sweeping',
    group: 'cleanliness',
    name: { ar: 'نظافة الشوارع', en: 'Street cleaning' },
    description: {
      ar: 'ملاحظات على مستوى نظافة الشوارع والأحياء وكنس الطرق.',
      en: 'Comments on how clean streets and neighbourhoods are kept and on road sweeping.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['نظافة', 'كنس', 'عمال النظافة', 'street cleaning', 'sweeping'],
    owner: 'municipal',
  },
  {
    code: 'bulky_waste_pickup',
    group: 'cleanliness',
    name: { ar: 'رفع المخلفات الكبيرة', en: 'Bulky waste collection' },
    description: {
      ar: 'طلب رفع الأثاث والأجهزة القديمة والمخلفات الكبيرة من أمام المنزل.',
      en: 'Ask for old furniture, appliances and other bulky items to be collected from outside your home.',
    },
    types: ['inquiry', 'complaint'],
    anonymousAllowed: false,
    keywords: ['أثاث قديم', 'مخلفات كبيرة', 'رفع', 'bulky waste', 'furniture', 'appliances'],
    owner: 'municipal',
    attributes: [
      {
        code: 'items',
        datatype: 'text',
        required: true,
        name: { ar: 'وصف المخلفات', en: 'Items to collect' },
        description: {
          ar: 'اذكر الأغراض المطلوب رفعها وعددها التقريبي.',
          en: 'List the items to be collected and roughly how many.',
        },
      },
    ],
  },
  {
    code: 'graffiti',
    group: 'cleanliness',
    name: { ar: 'الكتابة على الجدران', en: 'Graffiti' },
    description: {
      ar: 'كتابات أو رسومات مشوّهة على جدران المباني العامة والأسوار.',
      en: 'Writing or drawings defacing the walls of public buildings and fences.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['كتابة على الجدران', 'تشويه', 'رسومات', 'graffiti', 'vandalism'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Roads and pavements
// ---------------------------------------------------------------------------------------------

const roads: DemoService[] = [
  {
    code: 'pothole',
    group: 'roads',
    name: { ar: 'حفرة في الطريق', en: 'Pothole in the road' },
    description: {
      ar: 'حفرة أو تكسّر في الإسفلت يشكّل خطرًا على المركبات والمارة.',
      en: 'A hole or broken asphalt in the road surface that endangers vehicles and pedestrians.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['حفرة', 'حفر', 'الإسفلت', 'تكسر الطريق', 'pothole', 'road damage', 'asphalt'],
    owner: 'municipal',
    attributes: [
      {
        code: 'approx_size_cm',
        datatype: 'number',
        required: false,
        name: { ar: 'القطر التقريبي للحفرة (سم)', en: 'Approximate size (cm)' },
        description: {
          ar: 'تقدير عرض الحفرة بالسنتيمتر.',
          en: 'An estimate of the width of the pothole in centimetres.',
        },
      },
      {
        code: 'lanes_affected',
        datatype: 'multivaluelist',
        required: false,
        name: { ar: 'المسارات المتأثرة', en: 'Lanes affected' },
        description: {
          ar: 'اختر كل المسارات التي تقع فيها الحفرة.',
          en: 'Choose every lane the pothole is in.',
        },
        values: [
          { key: 'right_lane', name: { ar: 'المسار الأيمن', en: 'Right lane' } },
          { key: 'middle_lane', name: { ar: 'المسار الأوسط', en: 'Middle lane' } },
          { key: 'left_lane', name: { ar: 'المسار الأيسر', en: 'Left lane' } },
          { key: 'shoulder', name: { ar: 'كتف الطريق', en: 'Hard shoulder' } },
          { key: 'junction', name: { ar: 'التقاطع أو الدوار', en: 'Junction or roundabout' } },
        ],
      },
    ],
  },
  {
    code: 'road_cave_in',
    group: 'roads',
    name: { ar: 'هبوط أو انهيار في الطريق', en: 'Road subsidence or cave-in' },
    description: {
      ar: 'هبوط مفاجئ أو انهيار في سطح الطريق يهدد سلامة مستخدميه ويستدعي التدخل الفوري.',
      en: 'A sudden sinking or collapse of the road surface that endangers road users and needs urgent action.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['هبوط', 'انهيار', 'انخساف', 'حفرة كبيرة', 'cave-in', 'sinkhole', 'subsidence'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'damaged_pavement',
    group: 'roads',
    name: { ar: 'رصيف متضرر', en: 'Damaged pavement' },
    description: {
      ar: 'بلاط أو حجر رصيف مكسور أو مرتفع يعيق المشاة ويعرضهم للتعثر.',
      en: 'Broken or raised paving or kerb stones that obstruct pedestrians and cause trips.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['رصيف', 'أرصفة', 'بلاط', 'انترلوك', 'pavement', 'sidewalk', 'kerb'],
    owner: 'municipal',
  },
  {
    code: 'pavement_obstruction',
    group: 'roads',
    name: { ar: 'إشغال الرصيف', en: 'Obstruction of the pavement' },
    description: {
      ar: 'استغلال الرصيف أو الطريق العام ببضائع أو مواد بناء أو مركبات دون ترخيص.',
      en: 'Goods, building materials or vehicles occupying the pavement or public road without a permit.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['إشغال', 'إشغال الطريق', 'تعدي على الرصيف', 'obstruction', 'blocked pavement'],
    owner: 'municipal',
  },
  {
    code: 'speed_hump_request',
    group: 'roads',
    name: { ar: 'طلب مطب صناعي', en: 'Speed hump request' },
    description: {
      ar: 'طلب إنشاء مطب صناعي أو وسيلة لتهدئة السرعة في شارع سكني.',
      en: 'Ask for a speed hump or other traffic calming measure on a residential street.',
    },
    types: ['suggestion', 'inquiry', 'complaint'],
    anonymousAllowed: true,
    keywords: ['مطب', 'مطبات', 'همبر', 'تهدئة السرعة', 'speed hump', 'speed bump', 'traffic calming'],
    owner: 'municipal',
    attributes: [
      {
        code: 'reason',
        datatype: 'text',
        required: false,
        name: { ar: 'سبب الطلب', en: 'Reason for the request' },
        description: {
          ar: 'صف حركة المرور في الشارع ووجود مدارس أو مساجد أو أطفال.',
          en: 'Describe the traffic on the street and any schools, mosques or children nearby.',
        },
      },
    ],
  },
  {
    code: 'road_markings',
    group: 'roads',
    name: { ar: 'تلاشي خطوط الطريق', en: 'Faded road markings' },
    description: {
      ar: 'خطوط الطريق أو علامات المشاة باهتة أو غير واضحة وتحتاج إلى إعادة طلاء.',
      en: 'Lane lines or pedestrian markings are faded or unclear and need repainting.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['خطوط الطريق', 'علامات أرضية', 'طلاء', 'road markings', 'lane lines'],
    owner: 'municipal',
  },
  {
    code: 'unpaved_road',
    group: 'roads',
    name: { ar: 'رصف طريق غير مرصوف', en: 'Paving an unpaved road' },
    description: {
      ar: 'طلب رصف طريق ترابي أو الاستفسار عن موعد رصفه.',
      en: 'Ask for a dirt road to be paved or when it is scheduled to be.',
    },
    types: ['suggestion', 'inquiry', 'complaint'],
    anonymousAllowed: true,
    keywords: ['رصف', 'طريق ترابي', 'سفلتة', 'unpaved road', 'dirt road', 'paving'],
    owner: 'municipal',
  },
  {
    code: 'unfinished_excavation',
    group: 'roads',
    name: { ar: 'أعمال حفر غير مكتملة', en: 'Unfinished excavation works' },
    description: {
      ar: 'حفريات في الطريق أو الرصيف تُركت دون ردم أو حواجز أو لوحات تحذيرية.',
      en: 'Trenches in a road or pavement left open without backfilling, barriers or warning signs.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['حفريات', 'أعمال حفر', 'ردم', 'excavation', 'trench', 'roadworks'],
    owner: 'municipal',
  },
  {
    code: 'pedestrian_crossing',
    group: 'roads',
    name: { ar: 'طلب ممر مشاة', en: 'Pedestrian crossing request' },
    description: {
      ar: 'اقتراح إنشاء ممر مشاة أو جسر مشاة في موقع تكثر فيه حركة المارة.',
      en: 'Suggest a pedestrian crossing or footbridge where many people cross the road.',
    },
    types: ['suggestion', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['ممر مشاة', 'عبور', 'جسر مشاة', 'pedestrian crossing', 'zebra crossing'],
    owner: 'municipal',
  },
  {
    code: 'public_parking',
    group: 'roads',
    name: { ar: 'المواقف العامة', en: 'Public car parks' },
    description: {
      ar: 'ملاحظات على المواقف العامة من حيث العدد والتنظيم والصيانة.',
      en: 'Comments on public car parks: their number, organisation and upkeep.',
    },
    types: ['complaint', 'suggestion', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['مواقف', 'موقف سيارات', 'باركينج', 'parking', 'car park'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Street lighting
// ---------------------------------------------------------------------------------------------

const lighting: DemoService[] = [
  {
    code: 'street_light_fault',
    group: 'lighting',
    name: { ar: 'عطل في الإنارة العامة', en: 'Street light fault' },
    description: {
      ar: 'عمود إنارة لا يعمل أو يعمل بشكل متقطع في طريق أو حي سكني.',
      en: 'A street light that is out or working intermittently on a road or in a neighbourhood.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['إنارة', 'عمود إنارة', 'ضوء الشارع', 'ظلام', 'ليت', 'ليتات الشارع', 'طافي', 'لمبة', 'street light', 'lamp post', 'streetlight'],
    owner: 'municipal',
    attributes: [
      {
        code: 'pole_number',
        datatype: 'string',
        required: false,
        name: { ar: 'رقم عمود الإنارة', en: 'Light pole number' },
        description: {
          ar: 'الرقم المكتوب على عمود الإنارة إن وُجد.',
          en: 'The number written on the light pole, if any.',
        },
      },
      {
        code: 'fault_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع العطل', en: 'Kind of fault' },
        description: { ar: 'اختر ما يصف العطل بدقة.', en: 'Choose what best describes the fault.' },
        values: [
          { key: 'off', name: { ar: 'الإنارة مطفأة', en: 'Light is off' } },
          { key: 'flickering', name: { ar: 'الإنارة متقطعة', en: 'Light is flickering' } },
          { key: 'on_in_daytime', name: { ar: 'مضاءة في النهار', en: 'On in the daytime' } },
          { key: 'damaged_pole', name: { ar: 'عمود تالف أو مائل', en: 'Damaged or leaning pole' } },
          { key: 'exposed_wires', name: { ar: 'أسلاك مكشوفة', en: 'Exposed wires' } },
        ],
      },
    ],
  },
  {
    code: 'exposed_wires',
    group: 'lighting',
    name: { ar: 'أسلاك كهربائية مكشوفة', en: 'Exposed electrical wires' },
    description: {
      ar: 'أسلاك كهربائية مكشوفة أو غطاء مفتوح في عمود إنارة أو صندوق توزيع، مما يشكّل خطرًا مباشرًا.',
      en: 'Bare electrical wires or an open cover on a light pole or feeder box, posing an immediate danger.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['أسلاك مكشوفة', 'كهرباء', 'خطر', 'صعق', 'وايرات', 'كيبل', 'exposed wires', 'electric shock', 'live wire'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'fallen_light_pole',
    group: 'lighting',
    name: { ar: 'عمود إنارة مائل أو ساقط', en: 'Leaning or fallen light pole' },
    description: {
      ar: 'عمود إنارة مائل بشدة أو ساقط على الطريق أو الرصيف بسبب حادث أو تآكل.',
      en: 'A light pole leaning badly or lying on the road or pavement after an accident or corrosion.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['عمود ساقط', 'عمود مائل', 'حادث', 'fallen pole', 'leaning pole'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'unlit_area',
    group: 'lighting',
    name: { ar: 'منطقة تفتقر إلى الإنارة', en: 'Unlit area' },
    description: {
      ar: 'طريق أو ممر أو حي يفتقر إلى الإنارة العامة ويحتاج إلى أعمدة جديدة.',
      en: 'A road, path or neighbourhood without street lighting that needs new light poles.',
    },
    types: ['suggestion', 'complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['بدون إنارة', 'منطقة مظلمة', 'أعمدة جديدة', 'ظلمة', 'ما فيه ليتات', 'dark street', 'no lighting'],
    owner: 'municipal',
  },
  {
    code: 'lights_on_daytime',
    group: 'lighting',
    name: { ar: 'إنارة مضاءة في النهار', en: 'Street lights on during the day' },
    description: {
      ar: 'أعمدة إنارة تبقى مضاءة في ساعات النهار مما يهدر الطاقة.',
      en: 'Street lights that stay on during daylight hours, wasting energy.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['إنارة نهارًا', 'هدر الكهرباء', 'الليت شغال الصبح', 'lights on', 'daytime', 'energy waste'],
    owner: 'municipal',
  },
  {
    code: 'park_lighting',
    group: 'lighting',
    name: { ar: 'إنارة الحدائق والممشى', en: 'Park and walkway lighting' },
    description: {
      ar: 'أعطال أو نقص في إنارة الحدائق العامة والممشى والملاعب.',
      en: 'Faulty or insufficient lighting in public parks, walkways and playing fields.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['إنارة الحديقة', 'إنارة الممشى', 'ملعب', 'park lights', 'walkway lighting'],
    owner: 'municipal',
  },
  {
    code: 'decorative_lighting',
    group: 'lighting',
    name: { ar: 'الإنارة الزخرفية في المناسبات', en: 'Festive decorative lighting' },
    description: {
      ar: 'ملاحظات على الزينة والإنارة الزخرفية في الأعياد والمناسبات الوطنية.',
      en: 'Comments on decorations and festive lighting for Eid and national occasions.',
    },
    types: ['suggestion', 'compliment', 'complaint'],
    anonymousAllowed: true,
    keywords: ['زينة', 'إنارة زخرفية', 'العيد الوطني', 'رمضان', 'decorations', 'festive lights'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Parks and beaches
// ---------------------------------------------------------------------------------------------

const parks: DemoService[] = [
  {
    code: 'park_maintenance',
    group: 'parks',
    name: { ar: 'صيانة الحدائق العامة', en: 'Public park maintenance' },
    description: {
      ar: 'ملاحظات على نظافة الحدائق العامة وصيانة مرافقها ومقاعدها ومسطحاتها الخضراء.',
      en: 'Comments on the cleanliness of public parks and the upkeep of their facilities, benches and lawns.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['حديقة', 'حدائق', 'منتزه', 'مقاعد', 'park', 'garden', 'benches'],
    owner: 'municipal',
  },
  {
    code: 'playground_equipment',
    group: 'parks',
    name: { ar: 'ألعاب أطفال تالفة', en: 'Damaged playground equipment' },
    description: {
      ar: 'ألعاب أطفال مكسورة أو غير آمنة في حديقة أو ساحة عامة.',
      en: 'Broken or unsafe play equipment in a park or public square.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['ألعاب أطفال', 'مرجيحة', 'زحليقة', 'playground', 'swing', 'slide'],
    owner: 'municipal',
    attributes: [
      {
        code: 'equipment_kind',
        datatype: 'singlevaluelist',
        required: false,
        name: { ar: 'نوع اللعبة', en: 'Type of equipment' },
        description: { ar: 'اختر اللعبة التالفة.', en: 'Choose the damaged item.' },
        values: [
          { key: 'swing', name: { ar: 'أرجوحة', en: 'Swing' } },
          { key: 'slide', name: { ar: 'زلاقة', en: 'Slide' } },
          { key: 'seesaw', name: { ar: 'ميزان', en: 'Seesaw' } },
          { key: 'climbing_frame', name: { ar: 'لعبة تسلق', en: 'Climbing frame' } },
          { key: 'other', name: { ar: 'أخرى', en: 'Other' } },
        ],
      },
    ],
  },
  {
    code: 'fallen_tree',
    group: 'parks',
    name: { ar: 'شجرة ساقطة تعيق الطريق', en: 'Fallen tree blocking the road' },
    description: {
      ar: 'شجرة أو فرع كبير سقط على الطريق أو الرصيف ويعيق الحركة أو يهدد السلامة.',
      en: 'A tree or large branch has fallen onto the road or pavement, blocking traffic or threatening safety.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['شجرة ساقطة', 'سقوط شجرة', 'فرع', 'fallen tree', 'branch', 'blocked road'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'tree_trimming',
    group: 'parks',
    name: { ar: 'تقليم الأشجار', en: 'Tree trimming' },
    description: {
      ar: 'أشجار متدلية أو كثيفة تحجب الرؤية أو الإنارة أو تعيق المارة وتحتاج إلى تقليم.',
      en: 'Overhanging or overgrown trees blocking views, lights or pedestrians that need trimming.',
    },
    types: ['complaint', 'suggestion', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['تقليم', 'أشجار', 'تشذيب', 'tree trimming', 'pruning', 'overgrown'],
    owner: 'municipal',
  },
  {
    code: 'tree_planting',
    group: 'parks',
    name: { ar: 'طلب تشجير', en: 'Tree planting request' },
    description: {
      ar: 'اقتراح زراعة أشجار أو مسطحات خضراء في شارع أو حي سكني.',
      en: 'Suggest planting trees or green areas on a street or in a neighbourhood.',
    },
    types: ['suggestion', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['تشجير', 'زراعة', 'أشجار', 'تخضير', 'tree planting', 'greening'],
    owner: 'municipal',
  },
  {
    code: 'beach_cleanliness',
    group: 'parks',
    name: { ar: 'نظافة السواحل', en: 'Beach cleanliness' },
    description: {
      ar: 'ملاحظات على نظافة السواحل العامة وخدماتها.',
      en: 'Comments on the cleanliness of public beaches and their facilities.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['ساحل', 'سواحل', 'شاطئ', 'بحر', 'beach', 'seafront', 'coast'],
    owner: 'municipal',
  },
  {
    code: 'walkway_maintenance',
    group: 'parks',
    name: { ar: 'صيانة الممشى', en: 'Walkway maintenance' },
    description: {
      ar: 'أعطال أو أضرار في أرضية الممشى أو مرافقه أو دورات المياه التابعة له.',
      en: 'Damage to a walkway surface, its facilities or its toilets.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['ممشى', 'مماشي', 'رياضة المشي', 'walkway', 'jogging track'],
    owner: 'municipal',
  },
  {
    code: 'irrigation_leak',
    group: 'parks',
    name: { ar: 'تسرب مياه الري', en: 'Irrigation water leak' },
    description: {
      ar: 'تسرب أو كسر في شبكة الري في حديقة أو جزيرة وسطية يؤدي إلى هدر المياه.',
      en: 'A leak or broken pipe in the irrigation network of a park or central reservation, wasting water.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['ري', 'تسرب', 'رشاشات', 'هدر المياه', 'irrigation', 'sprinkler', 'water leak'],
    owner: 'municipal',
  },
  {
    code: 'new_park_suggestion',
    group: 'parks',
    name: { ar: 'اقتراح إنشاء حديقة', en: 'Suggest a new park' },
    description: {
      ar: 'اقتراح إنشاء حديقة أو ممشى أو ملعب في منطقة سكنية تفتقر إليه.',
      en: 'Suggest a new park, walkway or playing field in a neighbourhood that lacks one.',
    },
    types: ['suggestion'],
    anonymousAllowed: true,
    keywords: ['حديقة جديدة', 'ممشى جديد', 'ملعب', 'new park', 'playground'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Buildings and permits
// ---------------------------------------------------------------------------------------------

const buildings: DemoService[] = [
  {
    code: 'building_permit_inquiry',
    group: 'buildings',
    name: { ar: 'الاستفسار عن ترخيص بناء', en: 'Building permit inquiry' },
    description: {
      ar: 'الاستفسار عن حالة طلب ترخيص بناء أو اشتراطاته أو إبداء ملاحظة عليه.',
      en: 'Ask about the status or requirements of a building permit application, or comment on it.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['ترخيص بناء', 'رخصة بناء', 'تصريح بناء', 'بنايات', 'building permit', 'construction permit'],
    owner: 'municipal',
    attributes: [
      {
        code: 'permit_number',
        datatype: 'string',
        required: true,
        name: { ar: 'رقم طلب الترخيص', en: 'Permit application number' },
        description: {
          ar: 'رقم الطلب كما يظهر في نظام تراخيص البناء.',
          en: 'The application number as shown in the building permits system.',
        },
      },
      {
        code: 'details',
        datatype: 'text',
        required: false,
        name: { ar: 'تفاصيل الاستفسار', en: 'Details' },
        description: {
          ar: 'أي معلومات إضافية تساعد على الرد على استفسارك.',
          en: 'Any further information that helps us answer you.',
        },
      },
    ],
  },
  {
    code: 'building_permit_delay',
    group: 'buildings',
    name: { ar: 'تأخر إصدار ترخيص البناء', en: 'Delay in issuing a building permit' },
    description: {
      ar: 'تأخر البت في طلب ترخيص البناء عن المدة المحددة.',
      en: 'A building permit application has not been decided within the set time.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: false,
    keywords: ['تأخر الترخيص', 'ترخيص بناء', 'مدة الإصدار', 'permit delay', 'building permit'],
    owner: 'municipal',
    attributes: [
      {
        code: 'application_number',
        datatype: 'string',
        required: true,
        name: { ar: 'رقم الطلب', en: 'Application number' },
        description: { ar: 'رقم طلب ترخيص البناء.', en: 'The building permit application number.' },
      },
      {
        code: 'submitted_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ تقديم الطلب', en: 'Date submitted' },
        description: { ar: 'تاريخ تقديم الطلب.', en: 'The date the application was submitted.' },
      },
    ],
  },
  {
    code: 'unlicensed_construction',
    group: 'buildings',
    name: { ar: 'بناء مخالف أو دون ترخيص', en: 'Unlicensed or non-compliant construction' },
    description: {
      ar: 'أعمال بناء أو إضافة أو تعديل تُنفذ دون ترخيص أو بما يخالف الترخيص الصادر.',
      en: 'Building, extension or alteration work carried out without a permit or against the permit issued.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['مخالفة بناء', 'بناء بدون ترخيص', 'ملحق', 'تعدي', 'illegal construction', 'building violation'],
    owner: 'municipal',
  },
  {
    code: 'dangerous_building',
    group: 'buildings',
    name: { ar: 'مبنى آيل للسقوط', en: 'Building at risk of collapse' },
    description: {
      ar: 'مبنى متصدع أو متهالك تظهر عليه علامات الانهيار ويشكل خطرًا على السكان والمارة.',
      en: 'A cracked or dilapidated building showing signs of collapse that endangers residents and passers-by.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['آيل للسقوط', 'مبنى متهالك', 'تصدع', 'انهيار', 'collapsing building', 'unsafe building'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'construction_site_nuisance',
    group: 'buildings',
    name: { ar: 'إزعاج مواقع البناء', en: 'Construction site nuisance' },
    description: {
      ar: 'موقع بناء يسبب إزعاجًا للجيران بالضوضاء أو الغبار أو العمل خارج الأوقات المسموح بها.',
      en: 'A construction site disturbing neighbours with noise, dust or work outside permitted hours.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['موقع بناء', 'غبار', 'إزعاج', 'construction site', 'dust', 'nuisance'],
    owner: 'municipal',
    attributes: [
      {
        code: 'nuisance_kinds',
        datatype: 'multivaluelist',
        required: true,
        name: { ar: 'نوع الإزعاج', en: 'Kind of nuisance' },
        description: { ar: 'اختر كل ما ينطبق.', en: 'Choose all that apply.' },
        values: [
          { key: 'noise', name: { ar: 'ضوضاء', en: 'Noise' } },
          { key: 'dust', name: { ar: 'غبار', en: 'Dust' } },
          { key: 'debris', name: { ar: 'مخلفات في الطريق', en: 'Debris on the road' } },
          { key: 'working_hours', name: { ar: 'العمل في أوقات غير مسموحة', en: 'Work outside permitted hours' } },
          { key: 'blocked_access', name: { ar: 'إغلاق المداخل أو الطريق', en: 'Blocked access or road' } },
        ],
      },
    ],
  },
  {
    code: 'demolition_permit',
    group: 'buildings',
    name: { ar: 'ترخيص الهدم', en: 'Demolition permit' },
    description: {
      ar: 'الاستفسار عن إجراءات ترخيص هدم مبنى أو متابعة طلب قائم.',
      en: 'Ask about how to obtain a demolition permit or follow up an existing application.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['هدم', 'ترخيص هدم', 'إزالة مبنى', 'demolition', 'demolition permit'],
    owner: 'municipal',
  },
  {
    code: 'completion_certificate',
    group: 'buildings',
    name: { ar: 'شهادة إتمام البناء', en: 'Building completion certificate' },
    description: {
      ar: 'الاستفسار عن شهادة إتمام البناء أو الإبلاغ عن تأخر إصدارها.',
      en: 'Ask about a building completion certificate or report a delay in issuing it.',
    },
    types: ['inquiry', 'complaint'],
    anonymousAllowed: false,
    keywords: ['شهادة إتمام', 'إتمام البناء', 'إشغال', 'completion certificate', 'occupancy'],
    owner: 'municipal',
  },
  {
    code: 'abandoned_building',
    group: 'buildings',
    name: { ar: 'مبنى مهجور', en: 'Abandoned building' },
    description: {
      ar: 'مبنى مهجور أو غير مكتمل مفتوح يُستغل بشكل غير لائق أو تتجمع فيه المخلفات.',
      en: 'An abandoned or unfinished building left open, misused or collecting waste.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['مبنى مهجور', 'بيت مهجور', 'مبنى غير مكتمل', 'abandoned building', 'derelict'],
    owner: 'municipal',
  },
  {
    code: 'temporary_structures',
    group: 'buildings',
    name: { ar: 'ترخيص المظلات والإنشاءات المؤقتة', en: 'Shades and temporary structures permit' },
    description: {
      ar: 'الاستفسار عن ترخيص المظلات والكبائن والخيام والإنشاءات المؤقتة.',
      en: 'Ask about permits for car shades, cabins, tents and other temporary structures.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['مظلات', 'كبائن', 'خيمة', 'إنشاءات مؤقتة', 'shade', 'temporary structure', 'tent'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Markets and food safety
// ---------------------------------------------------------------------------------------------

const markets: DemoService[] = [
  {
    code: 'food_safety',
    group: 'markets',
    name: { ar: 'مخالفة سلامة الغذاء', en: 'Food safety violation' },
    description: {
      ar: 'الإبلاغ عن غذاء فاسد أو ممارسات غير صحية في محل أو مطعم أو مخبز.',
      en: 'Report spoiled food or unhygienic practice in a shop, restaurant or bakery.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['سلامة الغذاء', 'غذاء فاسد', 'تسمم', 'مطعم', 'food safety', 'food poisoning', 'hygiene'],
    owner: 'municipal',
    attributes: [
      {
        code: 'shop_name',
        datatype: 'string',
        required: true,
        name: { ar: 'اسم المحل', en: 'Shop name' },
        description: {
          ar: 'الاسم التجاري للمحل أو المطعم كما يظهر على اللافتة.',
          en: 'The trade name of the shop or restaurant as shown on its sign.',
        },
      },
      {
        code: 'purchase_date',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ الشراء', en: 'Date of purchase' },
        description: { ar: 'متى اشتريت المنتج أو تناولت الوجبة.', en: 'When you bought the product or ate the meal.' },
      },
      {
        code: 'issue_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع المخالفة', en: 'Kind of violation' },
        description: { ar: 'اختر ما يصف المخالفة.', en: 'Choose what describes the violation.' },
        values: [
          { key: 'expired', name: { ar: 'منتج منتهي الصلاحية', en: 'Expired product' } },
          { key: 'spoiled', name: { ar: 'غذاء فاسد', en: 'Spoiled food' } },
          { key: 'poor_hygiene', name: { ar: 'سوء النظافة', en: 'Poor hygiene' } },
          { key: 'pests_in_shop', name: { ar: 'حشرات أو قوارض في المحل', en: 'Insects or rodents in the shop' } },
          { key: 'no_health_certificate', name: { ar: 'عمال دون شهادة صحية', en: 'Staff without health certificate' } },
        ],
      },
    ],
  },
  {
    code: 'expired_products',
    group: 'markets',
    name: { ar: 'بيع منتجات منتهية الصلاحية', en: 'Sale of expired products' },
    description: {
      ar: 'محل يعرض أو يبيع مواد غذائية منتهية الصلاحية أو مجهولة المصدر.',
      en: 'A shop displaying or selling food that is past its expiry date or of unknown origin.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['منتهي الصلاحية', 'تاريخ الانتهاء', 'بقالة', 'expired', 'expiry date', 'grocery'],
    owner: 'municipal',
    attributes: [
      {
        code: 'product_name',
        datatype: 'string',
        required: false,
        name: { ar: 'اسم المنتج', en: 'Product name' },
        description: { ar: 'اسم المنتج وعلامته التجارية.', en: 'The product and its brand.' },
      },
      {
        code: 'expiry_date',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ انتهاء الصلاحية', en: 'Expiry date' },
        description: { ar: 'التاريخ المطبوع على العبوة.', en: 'The date printed on the package.' },
      },
    ],
  },
  {
    code: 'restaurant_hygiene',
    group: 'markets',
    name: { ar: 'نظافة المطاعم والمقاهي', en: 'Restaurant and café hygiene' },
    description: {
      ar: 'ملاحظات على نظافة المطاعم والمقاهي ومحلات الوجبات السريعة والتزامها بالاشتراطات الصحية.',
      en: 'Comments on the hygiene of restaurants, cafés and takeaways and their compliance with health rules.',
    },
    types: ['complaint', 'compliment'],
    anonymousAllowed: true,
    keywords: ['مطعم', 'مقهى', 'كافتيريا', 'نظافة', 'restaurant', 'cafe', 'takeaway'],
    owner: 'municipal',
  },
  {
    code: 'central_market',
    group: 'markets',
    name: { ar: 'السوق المركزي', en: 'Central market' },
    description: {
      ar: 'ملاحظات على خدمات السوق المركزي ونظافته ومواقفه وتنظيم المحلات فيه.',
      en: 'Comments on the services, cleanliness, parking and stall arrangements of the central market.',
    },
    types: ['complaint', 'suggestion', 'inquiry', 'compliment'],
    anonymousAllowed: true,
    keywords: ['السوق المركزي', 'سوق الخضار', 'الفواكه', 'central market', 'vegetable market'],
    owner: 'municipal',
  },
  {
    code: 'fish_market',
    group: 'markets',
    name: { ar: 'سوق السمك', en: 'Fish market' },
    description: {
      ar: 'ملاحظات على نظافة سوق السمك وتصريف مياهه وتنظيم البسطات فيه.',
      en: 'Comments on the cleanliness, drainage and stall arrangements of the fish market.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['سوق السمك', 'أسماك', 'سماكين', 'fish market', 'seafood'],
    owner: 'municipal',
  },
  {
    code: 'street_vendors',
    group: 'markets',
    name: { ar: 'الباعة الجائلون', en: 'Street vendors' },
    description: {
      ar: 'باعة جائلون أو بسطات غير مرخصة على الطرق والتقاطعات وأمام المحلات.',
      en: 'Unlicensed street vendors or stalls on roads, at junctions or outside shops.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['باعة جائلون', 'بسطات', 'بائع متجول', 'street vendor', 'hawker'],
    owner: 'municipal',
  },
  {
    code: 'slaughterhouse',
    group: 'markets',
    name: { ar: 'خدمات المسلخ', en: 'Slaughterhouse services' },
    description: {
      ar: 'ملاحظات على خدمات المسلخ ومواعيده ونظافته، خاصة في مواسم الأضاحي.',
      en: 'Comments on slaughterhouse services, hours and hygiene, especially during the Eid al-Adha season.',
    },
    types: ['complaint', 'inquiry', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['مسلخ', 'ذبح', 'أضاحي', 'slaughterhouse', 'abattoir'],
    owner: 'municipal',
  },
  {
    code: 'shop_licence',
    group: 'markets',
    name: { ar: 'الترخيص البلدي للمحلات', en: 'Municipal shop licence' },
    description: {
      ar: 'الاستفسار عن الموافقة البلدية للسجل التجاري أو تجديدها أو ملاحظة على إجراءاتها.',
      en: 'Ask about the municipal approval for a commercial registration, its renewal or its procedure.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['ترخيص بلدي', 'سجل تجاري', 'موافقة بلدية', 'shop licence', 'commercial registration'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Pests and stray animals
// ---------------------------------------------------------------------------------------------

const pests: DemoService[] = [
  {
    code: 'stray_animals',
    group: 'pests',
    name: { ar: 'حيوانات سائبة', en: 'Stray animals' },
    description: {
      ar: 'انتشار الكلاب الضالة أو القطط أو المواشي السائبة في الأحياء والطرق.',
      en: 'Stray dogs, cats or loose livestock roaming neighbourhoods and roads.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['كلاب ضالة', 'قطط', 'حيوانات سائبة', 'مواشي', 'جلاب', 'بساس', 'stray dogs', 'stray animals'],
    owner: 'municipal',
    attributes: [
      {
        code: 'animal_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع الحيوان', en: 'Kind of animal' },
        description: { ar: 'اختر نوع الحيوانات السائبة.', en: 'Choose the kind of stray animal.' },
        values: [
          { key: 'dog', name: { ar: 'كلاب', en: 'Dogs' } },
          { key: 'cat', name: { ar: 'قطط', en: 'Cats' } },
          { key: 'goat_sheep', name: { ar: 'أغنام أو ماعز', en: 'Sheep or goats' } },
          { key: 'camel', name: { ar: 'إبل', en: 'Camels' } },
          { key: 'other', name: { ar: 'أخرى', en: 'Other' } },
        ],
      },
      {
        code: 'count',
        datatype: 'number',
        required: false,
        name: { ar: 'العدد التقريبي', en: 'Approximate number' },
        description: { ar: 'كم حيوانًا شاهدت تقريبًا.', en: 'Roughly how many animals you saw.' },
      },
    ],
  },
  {
    code: 'insects',
    group: 'pests',
    name: { ar: 'انتشار الحشرات', en: 'Insect infestation' },
    description: {
      ar: 'انتشار البعوض أو الذباب أو الصراصير أو غيرها من الحشرات في منطقة سكنية.',
      en: 'Mosquitoes, flies, cockroaches or other insects spreading in a residential area.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['حشرات', 'بعوض', 'ذباب', 'صراصير', 'insects', 'mosquitoes', 'cockroaches'],
    owner: 'municipal',
    attributes: [
      {
        code: 'pest_kinds',
        datatype: 'multivaluelist',
        required: false,
        name: { ar: 'أنواع الحشرات', en: 'Kinds of insects' },
        description: { ar: 'اختر كل ما ينطبق.', en: 'Choose all that apply.' },
        values: [
          { key: 'mosquitoes', name: { ar: 'بعوض', en: 'Mosquitoes' } },
          { key: 'flies', name: { ar: 'ذباب', en: 'Flies' } },
          { key: 'cockroaches', name: { ar: 'صراصير', en: 'Cockroaches' } },
          { key: 'ants', name: { ar: 'نمل', en: 'Ants' } },
          { key: 'termites', name: { ar: 'نمل أبيض (أرضة)', en: 'Termites' } },
        ],
      },
    ],
  },
  {
    code: 'rodents',
    group: 'pests',
    name: { ar: 'انتشار القوارض', en: 'Rats and mice' },
    description: {
      ar: 'انتشار الفئران والجرذان في الطرق أو حول حاويات القمامة أو في المحلات.',
      en: 'Rats and mice seen on streets, around rubbish bins or in shops.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['قوارض', 'فئران', 'جرذان', 'rats', 'mice', 'rodents'],
    owner: 'municipal',
  },
  {
    code: 'pest_spraying_request',
    group: 'pests',
    name: { ar: 'طلب رش المبيدات', en: 'Pest control spraying request' },
    description: {
      ar: 'طلب رش المبيدات الحشرية في منزل أو حي سكني، أو ملاحظة على خدمة الرش.',
      en: 'Ask for insecticide spraying at a home or in a neighbourhood, or comment on the spraying service.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['رش', 'مبيدات', 'مكافحة', 'تعقيم', 'pest control', 'spraying', 'fumigation'],
    owner: 'municipal',
  },
  {
    code: 'dead_animal',
    group: 'pests',
    name: { ar: 'حيوان نافق', en: 'Dead animal' },
    description: {
      ar: 'حيوان نافق على الطريق أو في مكان عام يحتاج إلى رفع.',
      en: 'A dead animal on a road or in a public place that needs removing.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['حيوان نافق', 'جيفة', 'قطة ميتة', 'dead animal', 'carcass', 'roadkill'],
    owner: 'municipal',
  },
  {
    code: 'livestock_in_residential',
    group: 'pests',
    name: { ar: 'تربية المواشي في المناطق السكنية', en: 'Livestock kept in residential areas' },
    description: {
      ar: 'تربية الأغنام أو الدواجن أو الطيور في منزل أو أرض داخل منطقة سكنية بما يسبب روائح وحشرات.',
      en: 'Sheep, poultry or birds kept at a house or plot in a residential area, causing smells and insects.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['مواشي', 'حظيرة', 'دواجن', 'أغنام', 'livestock', 'poultry', 'animal pen'],
    owner: 'municipal',
  },
  {
    code: 'snakes_reptiles',
    group: 'pests',
    name: { ar: 'ظهور الثعابين والزواحف', en: 'Snakes and reptiles' },
    description: {
      ar: 'مشاهدة ثعابين أو عقارب أو زواحف في منطقة سكنية أو حديقة عامة.',
      en: 'Snakes, scorpions or other reptiles seen in a residential area or public park.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['ثعبان', 'أفعى', 'عقرب', 'زواحف', 'snake', 'scorpion', 'reptile'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Drainage and rain water
// ---------------------------------------------------------------------------------------------

const drainage: DemoService[] = [
  {
    code: 'road_flooding',
    group: 'drainage',
    name: { ar: 'تجمع مياه الأمطار في الطريق', en: 'Rain water flooding a road' },
    description: {
      ar: 'تجمع كميات كبيرة من مياه الأمطار تغمر الطريق وتعيق حركة المركبات أو تهدد المنازل.',
      en: 'Large amounts of rain water flooding a road, blocking traffic or threatening homes.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['أمطار', 'تجمع المياه', 'غرق', 'فيضان', 'flooding', 'rain water', 'flooded road'],
    owner: 'municipal',
    hazard: true,
    attributes: [
      {
        code: 'water_depth_cm',
        datatype: 'number',
        required: false,
        name: { ar: 'العمق التقريبي للمياه (سم)', en: 'Approximate water depth (cm)' },
        description: {
          ar: 'تقدير عمق المياه بالسنتيمتر.',
          en: 'An estimate of how deep the water is, in centimetres.',
        },
      },
      {
        code: 'road_passable',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'هل الطريق سالك؟', en: 'Is the road passable?' },
        description: {
          ar: 'هل تستطيع المركبات العبور؟',
          en: 'Can vehicles still get through?',
        },
        values: [
          { key: 'passable', name: { ar: 'سالك بصعوبة', en: 'Passable with difficulty' } },
          { key: 'blocked', name: { ar: 'مغلق تمامًا', en: 'Completely blocked' } },
          { key: 'homes_at_risk', name: { ar: 'المياه تهدد المنازل', en: 'Water threatens homes' } },
        ],
      },
    ],
  },
  {
    code: 'blocked_drain',
    group: 'drainage',
    name: { ar: 'انسداد فتحات تصريف مياه الأمطار', en: 'Blocked storm drain' },
    description: {
      ar: 'فتحة تصريف مياه الأمطار مسدودة بالأتربة أو المخلفات.',
      en: 'A storm drain inlet blocked with sand or rubbish.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['انسداد', 'فتحة تصريف', 'مجاري الأمطار', 'بلاعة', 'blocked drain', 'storm drain', 'gully'],
    owner: 'municipal',
  },
  {
    code: 'open_manhole',
    group: 'drainage',
    name: { ar: 'فتحة صرف مكشوفة', en: 'Open manhole' },
    description: {
      ar: 'غطاء فتحة صرف (منهول) مفقود أو مكسور في الطريق أو الرصيف، ما يشكل خطر السقوط.',
      en: 'A manhole cover missing or broken in a road or pavement, creating a risk of falling in.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['منهول', 'فتحة مكشوفة', 'غطاء مفقود', 'خطر', 'manhole', 'open manhole', 'missing cover'],
    owner: 'municipal',
    hazard: true,
  },
  {
    code: 'sewage_overflow',
    group: 'drainage',
    name: { ar: 'طفح مياه الصرف الصحي', en: 'Sewage overflow' },
    description: {
      ar: 'طفح مياه الصرف الصحي من الشبكة أو من الخزانات إلى الطريق أو بين المنازل.',
      en: 'Sewage overflowing from the network or from septic tanks onto the road or between houses.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['طفح', 'مجاري', 'صرف صحي', 'بيارة', 'sewage', 'overflow', 'septic tank'],
    owner: 'municipal',
  },
  {
    code: 'stagnant_water',
    group: 'drainage',
    name: { ar: 'مياه راكدة', en: 'Stagnant water' },
    description: {
      ar: 'مياه راكدة في أرض فضاء أو طريق لفترة طويلة تسبب الروائح وتكاثر البعوض.',
      en: 'Standing water on an empty plot or road for a long time, causing smells and mosquito breeding.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['مياه راكدة', 'مستنقع', 'بعوض', 'stagnant water', 'standing water'],
    owner: 'municipal',
  },
  {
    code: 'sewer_odour',
    group: 'drainage',
    name: { ar: 'روائح كريهة من شبكة الصرف', en: 'Sewer smells' },
    description: {
      ar: 'روائح كريهة تنبعث من فتحات الصرف الصحي أو محطات الضخ.',
      en: 'Bad smells coming from sewer openings or pumping stations.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['روائح', 'رائحة المجاري', 'محطة ضخ', 'sewer smell', 'odour'],
    owner: 'municipal',
  },
  {
    code: 'sewer_connection',
    group: 'drainage',
    name: { ar: 'توصيل الصرف الصحي', en: 'Sewer connection' },
    description: {
      ar: 'الاستفسار عن توصيل منزل أو منطقة بشبكة الصرف الصحي أو عن موعد تنفيذ المشروع.',
      en: 'Ask about connecting a house or area to the sewerage network, or when the project will be carried out.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['توصيل المجاري', 'شبكة الصرف', 'صرف صحي', 'sewer connection', 'sewerage'],
    owner: 'ministry',
  },
];

// ---------------------------------------------------------------------------------------------
// Advertising and signage
// ---------------------------------------------------------------------------------------------

const advertising: DemoService[] = [
  {
    code: 'illegal_advert',
    group: 'advertising',
    name: { ar: 'إعلان مخالف', en: 'Unlicensed advertisement' },
    description: {
      ar: 'إعلان أو لوحة إعلانية منصوبة دون ترخيص أو في موقع غير مسموح به.',
      en: 'An advertisement or billboard put up without a licence or in a place where it is not allowed.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['إعلان مخالف', 'لوحة إعلانية', 'إعلان بدون ترخيص', 'illegal advert', 'billboard'],
    owner: 'municipal',
  },
  {
    code: 'advert_licence',
    group: 'advertising',
    name: { ar: 'ترخيص الإعلانات', en: 'Advertising licence' },
    description: {
      ar: 'الاستفسار عن ترخيص إعلان أو لافتة تجارية أو تجديده أو ملاحظة على إجراءاته.',
      en: 'Ask about licensing or renewing an advertisement or shop sign, or comment on the procedure.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['ترخيص إعلان', 'لافتة', 'تجديد', 'advertising licence', 'signage permit'],
    owner: 'municipal',
    attributes: [
      {
        code: 'licence_number',
        datatype: 'string',
        required: false,
        name: { ar: 'رقم الترخيص', en: 'Licence number' },
        description: {
          ar: 'رقم ترخيص الإعلان أو رقم الطلب إن وُجد.',
          en: 'The advertising licence or application number, if you have one.',
        },
      },
      {
        code: 'advert_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع الإعلان', en: 'Kind of advertisement' },
        description: { ar: 'اختر نوع الإعلان.', en: 'Choose the kind of advertisement.' },
        values: [
          { key: 'shop_sign', name: { ar: 'لافتة محل', en: 'Shop sign' } },
          { key: 'billboard', name: { ar: 'لوحة إعلانية', en: 'Billboard' } },
          { key: 'banner', name: { ar: 'لافتة قماشية', en: 'Banner' } },
          { key: 'vehicle', name: { ar: 'إعلان على مركبة', en: 'Vehicle advertising' } },
          { key: 'temporary_event', name: { ar: 'إعلان مؤقت لفعالية', en: 'Temporary event advert' } },
        ],
      },
    ],
  },
  {
    code: 'unsafe_billboard',
    group: 'advertising',
    name: { ar: 'لوحة إعلانية تالفة', en: 'Damaged billboard' },
    description: {
      ar: 'لوحة إعلانية مكسورة أو مائلة أو متهالكة تحتاج إلى إصلاح أو إزالة.',
      en: 'A broken, leaning or dilapidated billboard that needs repair or removal.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['لوحة تالفة', 'لوحة مائلة', 'إعلان', 'damaged billboard', 'unsafe sign'],
    owner: 'municipal',
  },
  {
    code: 'fly_posting',
    group: 'advertising',
    name: { ar: 'الملصقات العشوائية', en: 'Fly-posting' },
    description: {
      ar: 'ملصقات وإعلانات ورقية عشوائية على الجدران وأعمدة الإنارة والإشارات.',
      en: 'Paper posters and flyers stuck on walls, light poles and traffic signs.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['ملصقات', 'إعلانات عشوائية', 'منشورات', 'fly-posting', 'posters', 'flyers'],
    owner: 'municipal',
  },
  {
    code: 'street_name_signs',
    group: 'advertising',
    name: { ar: 'لوحات أسماء الطرق والمجمعات', en: 'Road and block name signs' },
    description: {
      ar: 'لوحة اسم أو رقم طريق أو مجمع مفقودة أو تالفة أو خاطئة.',
      en: 'A road or block name or number sign that is missing, damaged or wrong.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['لوحة الطريق', 'رقم المجمع', 'اسم الشارع', 'street sign', 'block sign'],
    owner: 'municipal',
  },
  {
    code: 'house_number_plate',
    group: 'advertising',
    name: { ar: 'لوحة رقم المنزل', en: 'House number plate' },
    description: {
      ar: 'طلب لوحة رقم منزل جديدة أو بدل تالفة، أو الاستفسار عن العنوان.',
      en: 'Ask for a new or replacement house number plate, or about an address.',
    },
    types: ['inquiry', 'complaint'],
    anonymousAllowed: false,
    keywords: ['رقم المنزل', 'لوحة العنوان', 'عنوان', 'house number', 'address plate'],
    owner: 'municipal',
  },
  {
    code: 'non_compliant_shop_sign',
    group: 'advertising',
    name: { ar: 'لافتات محلات مخالفة', en: 'Non-compliant shop signs' },
    description: {
      ar: 'لافتات محلات مخالفة للاشتراطات في الحجم أو الإضاءة أو اللغة العربية.',
      en: 'Shop signs breaking the rules on size, lighting or the use of Arabic.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['لافتة مخالفة', 'لافتات المحلات', 'اللغة العربية', 'shop sign', 'signage'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Cemeteries
// ---------------------------------------------------------------------------------------------

const cemeteries: DemoService[] = [
  {
    code: 'cemetery_maintenance',
    group: 'cemeteries',
    name: { ar: 'صيانة المقابر', en: 'Cemetery maintenance' },
    description: {
      ar: 'ملاحظات على صيانة أسوار المقابر وممراتها ومرافقها.',
      en: 'Comments on the upkeep of cemetery walls, paths and facilities.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['مقبرة', 'مقابر', 'سور المقبرة', 'cemetery', 'graveyard'],
    owner: 'municipal',
  },
  {
    code: 'cemetery_cleanliness',
    group: 'cemeteries',
    name: { ar: 'نظافة المقابر', en: 'Cemetery cleanliness' },
    description: {
      ar: 'تراكم المخلفات أو الأعشاب في المقابر وحولها.',
      en: 'Rubbish or weeds building up in and around cemeteries.',
    },
    types: ['complaint', 'compliment'],
    anonymousAllowed: true,
    keywords: ['نظافة المقبرة', 'أعشاب', 'مقابر', 'cemetery cleaning', 'weeds'],
    owner: 'municipal',
  },
  {
    code: 'burial_services',
    group: 'cemeteries',
    name: { ar: 'خدمات الدفن', en: 'Burial services' },
    description: {
      ar: 'الاستفسار عن إجراءات الدفن وتجهيز القبور ومغاسل الموتى، أو ملاحظة على الخدمة.',
      en: 'Ask about burial procedures, grave preparation and washing facilities, or comment on the service.',
    },
    types: ['inquiry', 'complaint', 'suggestion', 'compliment'],
    anonymousAllowed: false,
    keywords: ['دفن', 'قبر', 'مغسلة الموتى', 'جنازة', 'burial', 'funeral', 'grave'],
    owner: 'municipal',
  },
  {
    code: 'cemetery_facilities',
    group: 'cemeteries',
    name: { ar: 'إنارة المقابر ومواقفها', en: 'Cemetery lighting and parking' },
    description: {
      ar: 'نقص الإنارة أو المواقف أو المظلات أو مياه الشرب في المقابر.',
      en: 'Lack of lighting, parking, shade or drinking water at cemeteries.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['إنارة المقبرة', 'مواقف المقبرة', 'مظلات', 'cemetery parking', 'cemetery lighting'],
    owner: 'municipal',
  },
  {
    code: 'grave_location_inquiry',
    group: 'cemeteries',
    name: { ar: 'الاستفسار عن موقع قبر', en: 'Grave location inquiry' },
    description: {
      ar: 'الاستفسار عن موقع قبر متوفى في إحدى المقابر العامة.',
      en: 'Ask where a deceased person is buried in one of the public cemeteries.',
    },
    types: ['inquiry'],
    anonymousAllowed: false,
    keywords: ['موقع القبر', 'رقم القبر', 'متوفى', 'grave location', 'find a grave'],
    owner: 'municipal',
    attributes: [
      {
        code: 'deceased_name',
        datatype: 'string',
        required: true,
        name: { ar: 'اسم المتوفى', en: 'Name of the deceased' },
        description: { ar: 'الاسم الكامل للمتوفى.', en: 'The full name of the deceased.' },
      },
      {
        code: 'burial_date',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ الدفن', en: 'Date of burial' },
        description: { ar: 'تاريخ الدفن ولو تقريبيًا.', en: 'The date of burial, even if approximate.' },
      },
    ],
  },
  {
    code: 'cemetery_expansion',
    group: 'cemeteries',
    name: { ar: 'اقتراح توسعة المقابر', en: 'Cemetery expansion suggestion' },
    description: {
      ar: 'اقتراح توسعة مقبرة قائمة أو تخصيص أرض لمقبرة جديدة.',
      en: 'Suggest extending an existing cemetery or allocating land for a new one.',
    },
    types: ['suggestion'],
    anonymousAllowed: true,
    keywords: ['توسعة المقبرة', 'مقبرة جديدة', 'cemetery expansion', 'new cemetery'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Land and urban planning
// ---------------------------------------------------------------------------------------------

const planning: DemoService[] = [
  {
    code: 'zoning_objection',
    group: 'planning',
    name: { ar: 'الاعتراض على تصنيف منطقة', en: 'Objection to zoning classification' },
    description: {
      ar: 'الاعتراض على التصنيف العمراني لعقار أو منطقة أو الاستفسار عن إجراءات تغييره.',
      en: 'Object to the zoning classification of a property or area, or ask how it can be changed.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: false,
    keywords: ['تصنيف', 'التصنيف العمراني', 'اعتراض', 'تغيير التصنيف', 'zoning', 'land use'],
    owner: 'ministry',
    attributes: [
      {
        code: 'plot_number',
        datatype: 'string',
        required: true,
        name: { ar: 'رقم العقار', en: 'Plot number' },
        description: {
          ar: 'رقم العقار كما في وثيقة الملكية.',
          en: 'The plot number as shown on the title deed.',
        },
      },
      {
        code: 'grounds',
        datatype: 'text',
        required: true,
        name: { ar: 'أسباب الاعتراض', en: 'Grounds for the objection' },
        description: {
          ar: 'اشرح أسباب الاعتراض والتصنيف المطلوب.',
          en: 'Explain why you object and which classification you seek.',
        },
      },
    ],
  },
  {
    code: 'planning_scheme_inquiry',
    group: 'planning',
    name: { ar: 'الاستفسار عن المخطط التفصيلي', en: 'Detailed planning scheme inquiry' },
    description: {
      ar: 'الاستفسار عن المخططات التفصيلية للمناطق ومسارات الطرق المقترحة وإبداء المقترحات عليها.',
      en: 'Ask about detailed area plans and proposed road alignments, or make suggestions about them.',
    },
    types: ['inquiry', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['مخطط تفصيلي', 'تخطيط عمراني', 'مسار طريق', 'planning scheme', 'master plan'],
    owner: 'ministry',
  },
  {
    code: 'land_encroachment',
    group: 'planning',
    name: { ar: 'التعدي على أملاك الدولة', en: 'Encroachment on public land' },
    description: {
      ar: 'التعدي على الأراضي العامة أو السواحل أو الممرات بالبناء أو التسوير أو الاستغلال.',
      en: 'Building on, fencing off or using public land, beaches or passageways without right.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['تعدي', 'أملاك الدولة', 'أرض عامة', 'تسوير', 'encroachment', 'public land'],
    owner: 'municipal',
  },
  {
    code: 'planning_certificate',
    group: 'planning',
    name: { ar: 'الإفادة التخطيطية', en: 'Planning information certificate' },
    description: {
      ar: 'الاستفسار عن الإفادة التخطيطية لعقار أو الإبلاغ عن تأخر إصدارها.',
      en: 'Ask about the planning information certificate for a property or report a delay in issuing it.',
    },
    types: ['inquiry', 'complaint'],
    anonymousAllowed: false,
    keywords: ['إفادة تخطيطية', 'اشتراطات البناء', 'ارتدادات', 'planning certificate', 'setbacks'],
    owner: 'municipal',
  },
  {
    code: 'land_acquisition',
    group: 'planning',
    name: { ar: 'استملاك الأراضي للمنفعة العامة', en: 'Land acquisition for public use' },
    description: {
      ar: 'الاستفسار عن استملاك عقار للمنفعة العامة أو التعويض عنه أو الاعتراض عليه.',
      en: 'Ask about, or object to, the acquisition of a property for public use and its compensation.',
    },
    types: ['inquiry', 'complaint'],
    anonymousAllowed: false,
    keywords: ['استملاك', 'تعويض', 'نزع ملكية', 'land acquisition', 'compensation'],
    owner: 'ministry',
  },
  {
    code: 'land_subdivision',
    group: 'planning',
    name: { ar: 'تقسيم الأراضي', en: 'Land subdivision' },
    description: {
      ar: 'الاستفسار عن طلبات تقسيم الأراضي أو دمجها أو ملاحظة على إجراءاتها.',
      en: 'Ask about applications to subdivide or merge plots, or comment on the procedure.',
    },
    types: ['inquiry', 'complaint', 'suggestion'],
    anonymousAllowed: false,
    keywords: ['تقسيم', 'دمج العقارات', 'فرز', 'subdivision', 'plot merger'],
    owner: 'ministry',
  },
  {
    code: 'neglected_plot',
    group: 'planning',
    name: { ar: 'أرض فضاء مهملة', en: 'Neglected empty plot' },
    description: {
      ar: 'أرض فضاء غير مسورة تتجمع فيها المخلفات أو المياه أو تُستخدم بشكل عشوائي.',
      en: 'An unfenced empty plot collecting rubbish or water or being used haphazardly.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['أرض فضاء', 'أرض مهملة', 'تسوير', 'empty plot', 'vacant land'],
    owner: 'municipal',
    attributes: [
      {
        code: 'plot_issues',
        datatype: 'multivaluelist',
        required: true,
        name: { ar: 'المشكلات الملاحظة', en: 'Problems seen' },
        description: { ar: 'اختر كل ما ينطبق.', en: 'Choose all that apply.' },
        values: [
          { key: 'waste', name: { ar: 'مخلفات', en: 'Rubbish' } },
          { key: 'weeds', name: { ar: 'أعشاب وحشائش', en: 'Weeds' } },
          { key: 'stagnant_water', name: { ar: 'مياه راكدة', en: 'Standing water' } },
          { key: 'no_fence', name: { ar: 'غير مسورة', en: 'No fence' } },
          { key: 'parked_vehicles', name: { ar: 'مركبات متوقفة', en: 'Parked vehicles' } },
        ],
      },
    ],
  },
  {
    code: 'area_development_suggestion',
    group: 'planning',
    name: { ar: 'اقتراح تطوير منطقة', en: 'Area development suggestion' },
    description: {
      ar: 'اقتراح مشروع لتطوير منطقة أو حي من حيث الخدمات والمرافق والطرق.',
      en: 'Suggest a project to improve an area or neighbourhood: services, facilities or roads.',
    },
    types: ['suggestion'],
    anonymousAllowed: true,
    keywords: ['تطوير', 'مشروع', 'تحسين الحي', 'development', 'regeneration'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// Public health, environment and noise
// ---------------------------------------------------------------------------------------------

const healthEnvironment: DemoService[] = [
  {
    code: 'noise',
    group: 'health_environment',
    name: { ar: 'إزعاج وضوضاء', en: 'Noise nuisance' },
    description: {
      ar: 'ضوضاء مستمرة أو متكررة من ورشة أو مولد أو فعالية أو موقع عمل تسبب إزعاجًا للسكان.',
      en: 'Continuous or repeated noise from a workshop, generator, event or worksite disturbing residents.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['ضوضاء', 'إزعاج', 'أصوات عالية', 'ضجيج', 'noise', 'loud', 'disturbance'],
    owner: 'municipal',
    attributes: [
      {
        code: 'noise_started_at',
        datatype: 'datetime',
        required: true,
        name: { ar: 'وقت بدء الإزعاج', en: 'When the noise started' },
        description: {
          ar: 'التاريخ والوقت الذي بدأ فيه الإزعاج.',
          en: 'The date and time the noise began.',
        },
      },
      {
        code: 'noise_source',
        datatype: 'singlevaluelist',
        required: false,
        name: { ar: 'مصدر الإزعاج', en: 'Source of the noise' },
        description: { ar: 'اختر مصدر الضوضاء إن كان معروفًا.', en: 'Choose the source, if known.' },
        values: [
          { key: 'construction', name: { ar: 'أعمال بناء', en: 'Construction' } },
          { key: 'workshop', name: { ar: 'ورشة أو مصنع', en: 'Workshop or factory' } },
          { key: 'event', name: { ar: 'حفلة أو فعالية', en: 'Party or event' } },
          { key: 'generator', name: { ar: 'مولد كهربائي', en: 'Generator' } },
          { key: 'vehicles', name: { ar: 'مركبات', en: 'Vehicles' } },
          { key: 'other', name: { ar: 'أخرى', en: 'Other' } },
        ],
      },
    ],
  },
  {
    code: 'workshop_in_residential',
    group: 'health_environment',
    name: { ar: 'ورش ومحلات في منطقة سكنية', en: 'Workshops in residential areas' },
    description: {
      ar: 'ورش أو مستودعات أو أنشطة تجارية تعمل داخل منطقة سكنية بما يخالف التصنيف.',
      en: 'Workshops, warehouses or businesses operating in a residential area against its zoning.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['ورشة', 'كراج', 'مستودع', 'منطقة سكنية', 'workshop', 'garage', 'warehouse'],
    owner: 'municipal',
  },
  {
    code: 'waste_burning',
    group: 'health_environment',
    name: { ar: 'حرق المخلفات والدخان', en: 'Waste burning and smoke' },
    description: {
      ar: 'حرق المخلفات أو الإطارات في الأماكن المفتوحة وانبعاث الدخان قرب المنازل.',
      en: 'Open burning of rubbish or tyres and smoke near homes.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['حرق', 'دخان', 'إطارات', 'حريق', 'burning', 'smoke', 'fire'],
    owner: 'municipal',
    attributes: [
      {
        code: 'observed_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'وقت المشاهدة', en: 'When you saw it' },
        description: { ar: 'متى شاهدت الحرق أو الدخان.', en: 'When you saw the burning or smoke.' },
      },
    ],
  },
  {
    code: 'bad_odours',
    group: 'health_environment',
    name: { ar: 'روائح كريهة', en: 'Bad smells' },
    description: {
      ar: 'روائح كريهة مصدرها منشأة أو مخلفات أو مياه في منطقة سكنية.',
      en: 'Bad smells from a facility, waste or water in a residential area.',
    },
    types: ['complaint'],
    anonymousAllowed: true,
    keywords: ['روائح', 'رائحة كريهة', 'ريحة خايسة', 'smell', 'odour', 'stench'],
    owner: 'municipal',
  },
  {
    code: 'labour_accommodation',
    group: 'health_environment',
    name: { ar: 'سكن العمال المخالف', en: 'Non-compliant labour accommodation' },
    description: {
      ar: 'سكن عمال مكتظ أو غير صحي أو داخل أحياء العائلات بما يخالف الاشتراطات.',
      en: 'Overcrowded or unhealthy workers\u2019 housing, or housing in family neighbourhoods against the rules.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['سكن العمال', 'اكتظاظ', 'سكن عزاب', 'labour accommodation', 'overcrowding'],
    owner: 'municipal',
  },
  {
    code: 'public_toilets',
    group: 'health_environment',
    name: { ar: 'دورات المياه العامة', en: 'Public toilets' },
    description: {
      ar: 'ملاحظات على نظافة دورات المياه العامة وصيانتها وتوافرها.',
      en: 'Comments on the cleanliness, upkeep and availability of public toilets.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['دورات المياه', 'حمامات عامة', 'مرافق صحية', 'public toilets', 'restrooms'],
    owner: 'municipal',
  },
  {
    code: 'dust_pollution',
    group: 'health_environment',
    name: { ar: 'الغبار والتلوث البيئي', en: 'Dust and environmental pollution' },
    description: {
      ar: 'غبار أو أتربة أو ملوثات من كسارات أو مصانع أو أراض مكشوفة تؤثر على السكان.',
      en: 'Dust, sand or pollutants from crushers, factories or bare land affecting residents.',
    },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['غبار', 'أتربة', 'تلوث', 'بيئة', 'dust', 'pollution', 'environment'],
    owner: 'municipal',
  },
  {
    code: 'salon_hygiene',
    group: 'health_environment',
    name: { ar: 'نظافة صالونات الحلاقة والتجميل', en: 'Barbershop and salon hygiene' },
    description: {
      ar: 'ممارسات غير صحية في صالون حلاقة أو تجميل، مثل عدم تعقيم الأدوات.',
      en: 'Unhygienic practice at a barbershop or beauty salon, such as tools not being sterilised.',
    },
    types: ['complaint', 'compliment'],
    anonymousAllowed: true,
    keywords: ['صالون', 'حلاق', 'تعقيم', 'تجميل', 'barbershop', 'salon', 'sterilisation'],
    owner: 'municipal',
  },
];

// ---------------------------------------------------------------------------------------------
// General: municipal council, service quality, staff conduct, compliments
// ---------------------------------------------------------------------------------------------

const general: DemoService[] = [
  {
    code: 'ministry_general_suggestion',
    group: 'general',
    name: { ar: 'مقترح عام للوزارة', en: 'General suggestion to the ministry' },
    description: {
      ar: 'مقترح لتطوير خدمات الوزارة أو سياساتها أو مشاريعها على المستوى الوطني.',
      en: 'A suggestion to improve the ministry\u2019s services, policies or projects at national level.',
    },
    types: ['suggestion'],
    anonymousAllowed: true,
    keywords: ['مقترح', 'اقتراح', 'تطوير', 'الوزارة', 'suggestion', 'idea', 'ministry'],
    owner: 'ministry',
    attributes: [
      {
        code: 'topic',
        datatype: 'singlevaluelist',
        required: false,
        name: { ar: 'مجال المقترح', en: 'Topic' },
        description: { ar: 'اختر المجال الأقرب لمقترحك.', en: 'Choose the area closest to your suggestion.' },
        values: [
          { key: 'municipal_services', name: { ar: 'الخدمات البلدية', en: 'Municipal services' } },
          { key: 'urban_planning', name: { ar: 'التخطيط العمراني', en: 'Urban planning' } },
          { key: 'roads_works', name: { ar: 'الطرق والأشغال', en: 'Roads and public works' } },
          { key: 'digital_services', name: { ar: 'الخدمات الإلكترونية', en: 'Digital services' } },
          { key: 'other', name: { ar: 'أخرى', en: 'Other' } },
        ],
      },
    ],
  },
  {
    code: 'municipal_suggestion',
    group: 'general',
    name: { ar: 'مقترح للبلدية', en: 'Suggestion to the municipality' },
    description: {
      ar: 'مقترح لتحسين الخدمات البلدية في منطقتك.',
      en: 'A suggestion to improve municipal services in your area.',
    },
    types: ['suggestion', 'inquiry'],
    anonymousAllowed: true,
    keywords: ['مقترح', 'بلدية', 'تحسين', 'suggestion', 'municipality'],
    owner: 'municipal',
  },
  {
    code: 'municipal_council',
    group: 'general',
    name: { ar: 'المجلس البلدي', en: 'Municipal council' },
    description: {
      ar: 'التواصل بشأن طلبات الدائرة لدى المجلس البلدي أو متابعة توصياته.',
      en: 'Contact about constituency requests to the municipal council or follow up its recommendations.',
    },
    types: ['inquiry', 'suggestion', 'complaint', 'compliment'],
    anonymousAllowed: true,
    keywords: ['المجلس البلدي', 'العضو البلدي', 'الدائرة', 'municipal council', 'councillor'],
    owner: 'municipal',
  },
  {
    code: 'service_centre_quality',
    group: 'general',
    name: { ar: 'جودة الخدمة في مراكز خدمة العملاء', en: 'Service quality at customer service centres' },
    description: {
      ar: 'ملاحظات على الانتظار والتعامل والإجراءات في مراكز خدمة العملاء بالبلدية.',
      en: 'Comments on waiting times, treatment and procedures at the municipality\u2019s customer service centres.',
    },
    types: ['complaint', 'suggestion', 'compliment'],
    anonymousAllowed: true,
    keywords: ['خدمة العملاء', 'انتظار', 'مركز الخدمة', 'جودة', 'customer service', 'waiting time'],
    owner: 'municipal',
    attributes: [
      {
        code: 'visit_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ الزيارة', en: 'Date of visit' },
        description: { ar: 'متى زرت مركز الخدمة.', en: 'When you visited the service centre.' },
      },
    ],
  },
  {
    code: 'municipal_staff_conduct',
    group: 'general',
    name: { ar: 'سلوك موظفي البلدية', en: 'Conduct of municipal staff' },
    description: {
      ar: 'شكوى من تعامل موظف أو مفتش بلدي أو سلوكه أثناء أداء عمله.',
      en: 'A complaint about how a municipal employee or inspector behaved while on duty.',
    },
    types: ['complaint'],
    anonymousAllowed: false,
    keywords: ['موظف', 'مفتش', 'سوء معاملة', 'سلوك', 'staff conduct', 'rude', 'inspector'],
    owner: 'municipal',
    attributes: [
      {
        code: 'employee_name',
        datatype: 'string',
        required: false,
        name: { ar: 'اسم الموظف', en: 'Employee name' },
        description: { ar: 'اسم الموظف أو رقمه إن عُرف.', en: 'The employee\u2019s name or number, if known.' },
      },
      {
        code: 'incident_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'تاريخ الواقعة', en: 'Date of the incident' },
        description: { ar: 'متى حدثت الواقعة.', en: 'When the incident happened.' },
      },
    ],
  },
  {
    code: 'ministry_staff_conduct',
    group: 'general',
    name: { ar: 'سلوك موظفي الوزارة', en: 'Conduct of ministry staff' },
    description: {
      ar: 'شكوى من تعامل موظف في الوزارة أو سلوكه أثناء أداء عمله.',
      en: 'A complaint about how a ministry employee behaved while on duty.',
    },
    types: ['complaint'],
    anonymousAllowed: false,
    keywords: ['موظف الوزارة', 'سوء معاملة', 'سلوك', 'staff conduct', 'ministry staff'],
    owner: 'ministry',
  },
  {
    code: 'staff_compliment',
    group: 'general',
    name: { ar: 'شكر وتقدير لموظف', en: 'Compliment a staff member' },
    description: {
      ar: 'توجيه الشكر لموظف أو فريق عمل على حسن التعامل أو سرعة الإنجاز.',
      en: 'Thank an employee or team for their courtesy or quick service.',
    },
    types: ['compliment'],
    anonymousAllowed: true,
    keywords: ['شكر', 'تقدير', 'إشادة', 'موظف متميز', 'thanks', 'compliment', 'praise'],
    owner: 'municipal',
    attributes: [
      {
        code: 'employee_name',
        datatype: 'string',
        required: true,
        name: { ar: 'اسم الموظف أو الفريق', en: 'Employee or team name' },
        description: {
          ar: 'اسم الموظف أو القسم الذي تود شكره.',
          en: 'The name of the employee or section you would like to thank.',
        },
      },
      {
        code: 'what_happened',
        datatype: 'text',
        required: false,
        name: { ar: 'ما الذي أعجبك؟', en: 'What did you appreciate?' },
        description: {
          ar: 'صف الموقف أو الخدمة التي تستحق الشكر.',
          en: 'Describe the situation or service that deserves thanks.',
        },
      },
    ],
  },
  {
    code: 'municipality_compliment',
    group: 'general',
    name: { ar: 'شكر للبلدية', en: 'Compliment to the municipality' },
    description: {
      ar: 'الإشادة بمشروع أو خدمة أو مبادرة قدمتها البلدية.',
      en: 'Praise a project, service or initiative delivered by the municipality.',
    },
    types: ['compliment'],
    anonymousAllowed: true,
    keywords: ['شكر', 'إشادة', 'بلدية', 'thanks', 'well done', 'municipality'],
    owner: 'municipal',
  },
  {
    code: 'eservices_issue',
    group: 'general',
    name: { ar: 'مشكلة في الموقع الإلكتروني أو الخدمات الإلكترونية', en: 'Website or e-service problem' },
    description: {
      ar: 'خلل أو صعوبة في استخدام موقع الوزارة أو خدماتها الإلكترونية أو تطبيقاتها.',
      en: 'A fault or difficulty using the ministry\u2019s website, e-services or apps.',
    },
    types: ['complaint', 'inquiry', 'suggestion'],
    anonymousAllowed: true,
    keywords: ['الموقع الإلكتروني', 'خدمة إلكترونية', 'تطبيق', 'خلل', 'website', 'e-service', 'app'],
    owner: 'ministry',
    attributes: [
      {
        code: 'eservice_name',
        datatype: 'string',
        required: false,
        name: { ar: 'اسم الخدمة الإلكترونية', en: 'E-service name' },
        description: { ar: 'الخدمة أو الصفحة التي واجهت فيها المشكلة.', en: 'The service or page where the problem occurred.' },
      },
      {
        code: 'occurred_at',
        datatype: 'datetime',
        required: false,
        name: { ar: 'وقت حدوث المشكلة', en: 'When it happened' },
        description: { ar: 'التاريخ والوقت التقريبي للمشكلة.', en: 'The approximate date and time of the problem.' },
      },
      {
        code: 'device',
        datatype: 'singlevaluelist',
        required: false,
        name: { ar: 'الجهاز المستخدم', en: 'Device used' },
        description: { ar: 'الجهاز الذي استخدمته.', en: 'The device you were using.' },
        values: [
          { key: 'computer', name: { ar: 'حاسوب', en: 'Computer' } },
          { key: 'phone', name: { ar: 'هاتف ذكي', en: 'Smartphone' } },
          { key: 'tablet', name: { ar: 'جهاز لوحي', en: 'Tablet' } },
        ],
      },
    ],
  },
  {
    code: 'transaction_delay',
    group: 'general',
    name: { ar: 'تأخر إنجاز المعاملة', en: 'Delay in processing a transaction' },
    description: {
      ar: 'تأخر إنجاز معاملة مقدمة إلى البلدية عن المدة المعلنة.',
      en: 'A transaction submitted to the municipality has taken longer than the published time.',
    },
    types: ['complaint', 'inquiry'],
    anonymousAllowed: false,
    keywords: ['تأخير', 'معاملة', 'متابعة', 'delay', 'transaction', 'follow up'],
    owner: 'municipal',
    attributes: [
      {
        code: 'transaction_number',
        datatype: 'string',
        required: true,
        name: { ar: 'رقم المعاملة', en: 'Transaction number' },
        description: { ar: 'رقم المعاملة أو الإيصال.', en: 'The transaction or receipt number.' },
      },
    ],
  },
  {
    code: 'general_inquiry',
    group: 'general',
    name: { ar: 'استفسار عام', en: 'General inquiry' },
    description: {
      ar: 'استفسار عن خدمات البلدية وإجراءاتها لا يندرج تحت خدمة محددة.',
      en: 'A question about municipal services or procedures that does not fit a specific service.',
    },
    types: ['inquiry'],
    anonymousAllowed: true,
    keywords: ['استفسار', 'سؤال', 'معلومات', 'inquiry', 'question', 'information'],
    owner: 'municipal',
  },
];

/** Every service of the demo catalogue, grouped in the order of `demoGroups`. */
export const demoServices: DemoService[] = [
  ...cleanliness,
  ...roads,
  ...lighting,
  ...parks,
  ...buildings,
  ...markets,
  ...pests,
  ...drainage,
  ...advertising,
  ...cemeteries,
  ...planning,
  ...healthEnvironment,
  ...general,
];
