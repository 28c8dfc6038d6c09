/**
 * The service suggester's model: pure, no I/O. A service is a TF-IDF centroid of its catalogue
 * words (names, search words, description, group, questions) blended with the mean of its confirmed
 * cases, so it works on day one and learns as staff confirm services. Features are the stems of the
 * one text pipeline (common/arabic.ts) plus character trigrams of each stem, which carry a typo or
 * an unseen form of a word part of the way.
 */
import { textStems } from '../../common/arabic.ts';

/** What the model reads of a catalogue service. */
export interface CatalogueEntry {
  code: string;
  name: { ar: string; en: string };
  description: { ar: string; en: string };
  keywords: string[];
  groupName: { ar: string; en: string };
  /** The labels of its extra questions. */
  questions: string[];
}

/** A case whose service staff confirmed. */
export interface ConfirmedCase {
  serviceCode: string;
  text: string;
}

export interface Suggestion {
  code: string;
  /** Confidence in [0, 1]: a softmax over the services' similarities. */
  score: number;
}

type Vector = Map<string, number>;

/** How much a catalogue field weighs in its service's words. */
const FIELD_WEIGHTS = { name: 3, keyword: 2, description: 1, group: 0.5, question: 0.5 } as const;
/** The share of a word's weight carried by its trigrams (together). */
const TRIGRAM_SHARE = 0.5;
/** Cases a service needs before its history weighs as much as its catalogue words. */
const HISTORY_HALF = 10;
/**
 * The catalogue's words keep at least this share of a service's centroid however many cases it has:
 * the catalogue names what sets a service apart from its neighbours, where cases of one group share
 * most of their words.
 */
const CATALOGUE_FLOOR = 0.5;
/** Softmax temperature over cosine similarities: lower is more decisive. */
const TEMPERATURE = 0.08;

/** The features of a text: stems, and the trigrams of each stem (sharing half a word's weight). */
export function features(text: string): Vector {
  const v: Vector = new Map();
  for (const stem of textStems(text)) {
    add(v, `w:${stem}`, 1);
    const padded = `^${stem}$`;
    const grams = [...padded];
    const n = grams.length - 2;
    for (let i = 0; i < n; i++) add(v, `c:${grams[i]}${grams[i + 1]}${grams[i + 2]}`, TRIGRAM_SHARE / n);
  }
  return v;
}

function add(v: Vector, key: string, weight: number): void {
  v.set(key, (v.get(key) ?? 0) + weight);
}

function addInto(target: Vector, source: Vector, factor: number): void {
  for (const [k, w] of source) add(target, k, w * factor);
}

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm === 0) return v;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/** The weighted words of a service's catalogue entry. */
function catalogueWords(e: CatalogueEntry): Vector {
  const v: Vector = new Map();
  addInto(v, features(`${e.name.ar} ${e.name.en}`), FIELD_WEIGHTS.name);
  for (const k of e.keywords) addInto(v, features(k), FIELD_WEIGHTS.keyword);
  addInto(v, features(`${e.description.ar} ${e.description.en}`), FIELD_WEIGHTS.description);
  addInto(v, features(`${e.groupName.ar} ${e.groupName.en}`), FIELD_WEIGHTS.group);
  for (const q of e.questions) addInto(v, features(q), FIELD_WEIGHTS.question);
  return v;
}

/** A trained suggester. Build with {@link SuggestModel.train}. */
export class SuggestModel {
  private constructor(
    private readonly codes: string[],
    private readonly centroids: Vector[],
    private readonly idf: Map<string, number>,
    /** Confirmed cases per service code that trained it. */
    readonly casesPerService: ReadonlyMap<string, number>,
  ) {}

  /** A model from the catalogue alone, or with confirmed cases (cases of unknown services are ignored). */
  static train(catalogue: readonly CatalogueEntry[], history: readonly ConfirmedCase[] = []): SuggestModel {
    const index = new Map(catalogue.map((e, i) => [e.code, i]));
    const raw = catalogue.map(catalogueWords);
    const caseVectors = catalogue.map((): Vector[] => []);
    for (const c of history) {
      const i = index.get(c.serviceCode);
      if (i !== undefined) caseVectors[i]!.push(features(c.text));
    }
    // Document frequency over services: a word every service uses tells none of them apart.
    const df = new Map<string, number>();
    raw.forEach((v, i) => {
      const seen = new Set(v.keys());
      for (const cv of caseVectors[i]!) for (const k of cv.keys()) seen.add(k);
      for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
    });
    const n = catalogue.length;
    const idf = new Map([...df].map(([k, d]) => [k, Math.log(1 + n / d)]));
    const weigh = (v: Vector): Vector => {
      const out: Vector = new Map();
      for (const [k, w] of v) out.set(k, Math.sqrt(w) * (idf.get(k) ?? 0));
      return normalise(out);
    };
    const centroids = raw.map((v, i) => {
      const cases = caseVectors[i]!;
      const own = weigh(v);
      if (cases.length === 0) return own;
      const mean: Vector = new Map();
      for (const cv of cases) addInto(mean, weigh(cv), 1 / cases.length);
      const alpha = Math.max(CATALOGUE_FLOOR, HISTORY_HALF / (HISTORY_HALF + cases.length));
      const blended: Vector = new Map();
      addInto(blended, own, alpha);
      addInto(blended, normalise(mean), 1 - alpha);
      return normalise(blended);
    });
    const counts = new Map(catalogue.map((e, i) => [e.code, caseVectors[i]!.length]));
    return new SuggestModel(
      catalogue.map((e) => e.code),
      centroids,
      idf,
      counts,
    );
  }

  /** The `limit` most likely services for a text, best first; empty when no word is known. */
  suggest(text: string, limit = 3): Suggestion[] {
    const q: Vector = new Map();
    for (const [k, w] of features(text)) {
      const idf = this.idf.get(k);
      if (idf) q.set(k, w * idf);
    }
    if (q.size === 0) return [];
    normalise(q);
    const sims = this.centroids.map((c) => {
      let dot = 0;
      for (const [k, w] of q) dot += w * (c.get(k) ?? 0);
      return dot;
    });
    if (Math.max(...sims) <= 0) return [];
    const exps = sims.map((s) => Math.exp(s / TEMPERATURE));
    const total = exps.reduce((a, b) => a + b, 0);
    return sims
      .map((_, i) => ({ code: this.codes[i]!, score: exps[i]! / total }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

/** Top-1 and top-3 accuracy, and per-service precision and recall of the first choice, on labelled texts. */
export function evaluate(model: SuggestModel, items: readonly ConfirmedCase[]): Evaluation {
  const perService: Record<string, ServiceFigures> = {};
  const figures = (code: string) => (perService[code] ??= { heldOut: 0, predicted: 0, correct: 0, precision: null, recall: null });
  let top1 = 0;
  let top3 = 0;
  for (const item of items) {
    const ranked = model.suggest(item.text, 3).map((s) => s.code);
    figures(item.serviceCode).heldOut++;
    if (ranked[0]) figures(ranked[0]).predicted++;
    if (ranked[0] === item.serviceCode) {
      top1++;
      figures(item.serviceCode).correct++;
    }
    if (ranked.includes(item.serviceCode)) top3++;
  }
  for (const f of Object.values(perService)) {
    f.precision = f.predicted > 0 ? f.correct / f.predicted : null;
    f.recall = f.heldOut > 0 ? f.correct / f.heldOut : null;
  }
  const n = items.length;
  return { count: n, top1: n ? top1 / n : null, top3: n ? top3 / n : null, perService };
}

export interface ServiceFigures {
  heldOut: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export interface Evaluation {
  count: number;
  top1: number | null;
  top3: number | null;
  perService: Record<string, ServiceFigures>;
}
