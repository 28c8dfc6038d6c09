/**
 * "Already reported?" scoring — pure functions, no I/O. A candidate is an open case near the new
 * report (or, for suggestions and inquiries, any open one of the same kind); its score in [0, 1]
 * combines how close it is (for the same service, or a related one of the same group), how recent,
 * and how alike the two texts are after the shared Arabic pipeline (common/arabic.ts).
 */
import { textStems } from '../../common/arabic.ts';

/** A candidate at or above this score is offered. */
export const DEFAULT_THRESHOLD = 0.5;
/** Open cases created within this many days are candidates. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The radius of a service that has not set its own, and of a report without a service. */
export const DEFAULT_RADIUS_M = 250;

/** Words that say nothing about the problem (written as people write them; normalised at load). */
const STOPWORDS_RAW = `في من على الى إلى عن مع هذا هذه ذلك تلك التي الذي اللي هناك هنا عند عندنا منذ من قبل بعد كل او أو و ثم لا ما لم لن قد
  هو هي هم انا أنا نحن احنا إحنا يا يرجى الرجاء رجاء نرجو ارجو أرجو اتمنى نتمنى شكرا شكراً لو سمحتوا سمحت وايد جدا جداً كثير مره مرة
  بيت منزل بيتي منزلي بيتنا منزلنا امام أمام جنب قرب قريب بالقرب المنطقة منطقة فريج الفريج مجمع طريق شارع الشارع سكة سكه
  يوم ايام أيام اسبوع أسبوع شهر الان الآن اليوم امس أمس من فضلكم فيه فيها عليه عليها له لها لنا لهم بين حتى كان كانت يكون صار صارت
  the a an of in on at to is are was were be been and or for with near there this that it its my our your please we i has have
  since from by not no very too still again also any some there's it's there is just days day week weeks month road street area block house home`;

/**
 * Words for the same thing in Modern Standard Arabic, Gulf Arabic and English, so that "ليت طافي",
 * "عمود الإنارة مطفأ" and "street light out" share something. Problems and the objects they happen
 * to, not places (a road is where most things happen).
 */
const CONCEPTS_RAW: Record<string, string> = {
  light: 'انارة إنارة اناره اضاءة إضاءة ضوء اضواء أضواء ليت ليتات لايت مصباح مصابيح لمبة لمبه لمبات كشاف كشافات light lights lamp lamps streetlight streetlights bulb lighting',
  dark: 'مطفأ مطفا مطفي مطفية طافي طافية طافيه منطفئ منطفي مظلم مظلمة ظلام ظلمة عطلان عطلانة خربان خربانة معطل معطلة dark darkness off out broken faulty',
  daytime: 'نهار النهار بالنهار الظهر شغال شغالة مشتغل مضاء daytime day-time daylight',
  pole: 'عمود اعمدة أعمدة عامود pole poles post lamppost',
  fallen: 'ساقط ساقطة سقط سقطت طايح طايحة طاح طاحت مائل مايل منحني fallen fell collapsed leaning knocked toppled',
  pothole: 'حفرة حفره حفر جورة جوره جور نقرة هبوط انهيار تكسر تشقق متكسر pothole potholes hole holes crater cave sinkhole cracked',
  garbage: 'قمامة قمامه زبالة زباله نفايات مخلفات قاذورات وساخة وسخ اوساخ أوساخ كراتين اكياس أكياس garbage rubbish trash waste litter refuse dirt',
  bin: 'حاوية حاويه حاويات برميل براميل سلة سلات تانكي bin bins container containers dumpster skip',
  overflow: 'ممتلئة ممتلئ مليانة مليانه مليان فايضة فايض طافحة متكدسة تكدس متراكمة تراكم overflowing overflow full piled pile heap',
  collection: 'جمع رفع ترفع يرفعون يشيلون شيل تشيل مر مرت سيارة_القمامة collection collected collect pickup picked emptied',
  water: 'ماء مياه ماي ماية تسرب تسريب يتسرب تهريب يهرب انفجار ماسورة ماسوره انبوب أنبوب بايب water leak leaking leaks burst pipe',
  sewage: 'مجاري المجاري صرف بالوعة بالوعه بلاعة منهول مناهل طفح طافح فيضان sewage sewer drain drains manhole overflowing',
  flood: 'مطر امطار أمطار تجمع بركة بركه مستنقع غرق غرقانة rain rainwater flood flooded flooding puddle pond standing',
  tree: 'شجرة شجره اشجار أشجار شجر نخلة نخله نخيل نخل غصن اغصان أغصان tree trees palm palms branch branches',
  trim: 'تقليم تشذيب قص trim trimming prune pruning overgrown',
  car: 'سيارة سياره سيارات مركبة مركبه موتر موترات car cars vehicle vehicles',
  abandoned: 'مهجورة مهجور متروكة متروك مهملة مهمل سكراب خردة abandoned derelict dumped scrap wreck',
  animal: 'كلب كلاب قطط قطاوة ضالة ضاله سايبة سائبة dog dogs stray strays cats',
  pest: 'حشرات صراصير صرصور فئران فار فأر جرذان جرذ بعوض ناموس ذباب قوارض pests insects cockroaches cockroach rats rat mice mosquitoes flies rodents',
  smell: 'رائحة رائحه ريحة ريحه روائح روايح كريهة نتنة smell smells odor odour stink stench',
  noise: 'ازعاج إزعاج ضوضاء صوت اصوات أصوات ضجة noise noisy loud',
  wires: 'اسلاك أسلاك سلك كيبل كيبلات مكشوفة عارية كهرباء wire wires cable cables exposed electric electrical',
  pavement: 'رصيف ارصفة أرصفة بلاط انترلوك sidewalk sidewalks pavement footpath kerb curb tiles',
  hump: 'مطب مطبات hump humps bump bumps',
  markings: 'خطوط تخطيط دهان علامات ممسوحة markings lines paint faded',
  playground: 'العاب ألعاب لعبة مراجيح زحليقة ملعب playground swings slide equipment',
  park: 'حديقة حديقه حدائق منتزه ممشى ممشي بستان park parks garden walkway',
  building: 'مبنى مبني عمارة عماره بناية بنايه building buildings',
  danger: 'آيل ايل متصدع تصدع تشققات خطر خطير dangerous unsafe danger cracks crumbling',
  debris: 'انقاض أنقاض ركام رمل طابوق مخلفات_بناء debris rubble sand bricks',
  graffiti: 'كتابات رسومات رسوم شخابيط خربشة graffiti scribbles',
  construction: 'بناء انشاء إنشاء انشاءات إنشاءات ورشة حفريات حفريه construction works site excavation digging',
  parking: 'مواقف موقف باركن parking',
  beach: 'شاطئ شاطي ساحل بحر beach shore seaside',
  food: 'مطعم مطاعم اكل أكل طعام منتهية فاسد فاسدة تسمم restaurant food expired spoiled poisoning',
  signal: 'اشارة إشارة اشاره سيقنال signal traffic-light trafficlight',
};

/**
 * A text's words as the pipeline stems them (textStems: normalised, article, conjunction and
 * suffixes dropped, broken plurals and Gulf words mapped, its stopwords gone) — the same function
 * reads the lists below, so a list word and a citizen's word meet at one stem.
 */
const norm = (words: string): string[] => textStems(words.replace(/_/g, ' '));
const STOPWORDS = new Set(norm(STOPWORDS_RAW));
/** Normalised word → its concepts (a word may name more than one). */
const CONCEPT_OF = new Map<string, string[]>();
for (const [concept, words] of Object.entries(CONCEPTS_RAW)) {
  for (const w of norm(words)) CONCEPT_OF.set(w, [...(CONCEPT_OF.get(w) ?? []), concept]);
}

/** What the comparison needs of one text. */
export interface TextFeatures {
  words: ReadonlySet<string>;
  concepts: ReadonlySet<string>;
  trigrams: ReadonlySet<string>;
}

/** The words (pipeline stems without stopwords), concepts and character trigrams of a text. */
export function textFeatures(text: string | null | undefined): TextFeatures {
  const words = new Set<string>();
  const concepts = new Set<string>();
  const trigrams = new Set<string>();
  for (const w of norm(text ?? '')) {
    if (STOPWORDS.has(w)) continue;
    for (const c of CONCEPT_OF.get(w) ?? []) concepts.add(c);
    words.add(w);
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return { words, concepts, trigrams };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const both = overlap(a, b);
  return a.size + b.size - both === 0 ? 0 : both / (a.size + b.size - both);
};
const dice = (a: ReadonlySet<string>, b: ReadonlySet<string>) => (a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size));

/** Whether a text has anything to compare (after stopwords). */
export function hasText(f: TextFeatures): boolean {
  return f.words.size > 0;
}

/**
 * How alike two texts are, in [0, 1]: the better of their wording (stems and character trigrams,
 * which forgive typos and affixes) and their concepts (which bridge dialect and language).
 */
export function textSimilarity(a: TextFeatures, b: TextFeatures): number {
  const lexical = 0.5 * jaccard(a.words, b.words) + 0.5 * dice(a.trigrams, b.trigrams);
  const conceptual = a.concepts.size && b.concepts.size ? 0.9 * jaccard(a.concepts, b.concepts) : 0;
  return Math.max(lexical, conceptual);
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The latitude and longitude box around a point that holds the circle of `radiusM`. */
export function boundingBox(p: { lat: number; lng: number }, radiusM: number) {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.max(0.01, Math.cos((p.lat * Math.PI) / 180)));
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng };
}

/** The facts one candidate is scored on. */
export interface ScoreInput {
  /** Metres from the new report; null when either has no point (or the match is by text alone). */
  distanceM: number | null;
  radiusM: number;
  /** Same service as the new report; false for a related service (same group) or an unknown one. */
  sameService: boolean;
  ageDays: number;
  windowDays: number;
  /** Text similarity, or null when either side has no words to compare. */
  text: number | null;
}

/**
 * The score in [0, 1]. Place is 1 on the spot falling to 0 at the radius (three quarters of that for
 * a related service); text counts fully from a similarity of 0.4 and not at all below 0.1; with
 * both, text weighs 0.6 and place 0.4, so a neighbour's different problem stays below the
 * threshold; age takes off up to a quarter.
 */
export function similarityScore(s: ScoreInput): number {
  const recency = 0.75 + 0.25 * Math.max(0, 1 - s.ageDays / s.windowDays);
  const place =
    s.distanceM === null ? null : (s.sameService ? 1 : 0.75) * Math.max(0, 1 - (s.distanceM / Math.max(1, s.radiusM)) ** 2);
  const text = s.text === null ? null : Math.min(1, Math.max(0, (s.text - 0.1) / 0.3));
  let score: number;
  if (place !== null && text !== null) score = 0.4 * place + 0.6 * text;
  else score = place ?? text ?? 0;
  return Math.round(score * recency * 1000) / 1000;
}
