import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { adminScope, assertEntity } from '../access/admin-scope.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { CatalogueService, Service } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { evaluate, SuggestModel, type CatalogueEntry, type ConfirmedCase, type ServiceFigures } from './suggest.model.ts';
import type { SuggestRepository, SuggestVersionRow } from './suggest.repository.ts';

/** At most this many confirmed cases (the newest) train a model. */
const MAX_TRAINING_CASES = 20_000;
/** How often a process looks for a newer version or a changed catalogue. */
const CHECK_EVERY_MS = 60_000;
/** One confirmed case in this many is held out to measure precision. */
const HOLD_OUT_EVERY = 5;

interface Loaded {
  model: SuggestModel;
  version: number;
  fingerprint: string;
}

/** A suggested service with its confidence. */
export interface ServiceSuggestion {
  service: Service;
  score: number;
}

/** A service chosen without a person, and why: what the case's creation event records. */
export interface AutoChoice {
  service: Service;
  score: number;
  /** The suggester version that chose it (0: the catalogue alone). */
  version: number;
  /** The service's threshold the score reached. */
  threshold: number;
}

/** What a channel without a person needs of the suggester. */
export type AutoChooser = Pick<SuggestService, 'autoChoose'>;

/** The facts a creation event records of an auto-choice. */
export function autoChoiceEvent(c: AutoChoice) {
  const unanswered = c.service.attributes.filter((a) => a.required).map((a) => a.code);
  return {
    autoChosen: { service: c.service.code, suggesterVersion: c.version, score: c.score, threshold: c.threshold, ...(unanswered.length ? { unanswered } : {}) },
  };
}

/**
 * Whether a service can take a report filed without a person: a contact when the service does not
 * take anonymous reports. (Its required questions were asked of nobody: the intake is told so with
 * `questionsUnasked`, and staff ask them when they need the answers.)
 */
export function takesUnattended(service: Service, hasContact: boolean): boolean {
  return hasContact || service.anonymousAllowed;
}

/**
 * The service suggester: a model held in memory by each process, rebuilt from the catalogue and the
 * confirmed cases of the newest stored version (the worker trains and stores versions: `train`).
 */
export class SuggestService {
  #loaded: Loaded | undefined;
  #building: Promise<Loaded> | undefined;
  #checkedAt = 0;

  constructor(
    private readonly repo: SuggestRepository,
    private readonly catalogue: CatalogueService,
    private readonly db: Kysely<DB>,
    private readonly audit: AuditRepository,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** The most likely services for a description, best first. */
  async suggest(text: string, limit = 3): Promise<{ version: number; items: ServiceSuggestion[] }> {
    const loaded = await this.current();
    const byCode = new Map((await this.catalogue.list()).map((s) => [s.code, s]));
    const items = loaded.model
      .suggest(text, limit)
      .flatMap((s) => (byCode.has(s.code) ? [{ service: byCode.get(s.code)!, score: s.score }] : []));
    return { version: loaded.version, items };
  }

  /**
   * The service to file a description under without a person choosing (a relay, an Open311 request
   * without a service code): the first suggestion, when its confidence reaches that service's
   * threshold (null: never) and the channel can file there (`fits`, e.g. a service that needs a
   * contact the message lacks); otherwise none, and the caller keeps its own fallback.
   */
  async autoChoose(text: string, fits: (service: Service) => boolean = () => true): Promise<AutoChoice | undefined> {
    const { version, items } = await this.suggest(text, 1);
    const best = items[0];
    if (!best) return undefined;
    const row = await this.repo.service(best.service.code);
    const threshold = row?.suggest_auto_threshold ?? null;
    if (threshold === null || best.score < threshold || !fits(best.service)) return undefined;
    return { service: best.service, score: best.score, version, threshold };
  }

  /**
   * Trains and stores a new version when confirmed cases changed since the last one: precision
   * per service measured on held-out cases, then the version's mark. Answers the new version, or
   * null when nothing changed. Run by the worker (suggest.loops.ts).
   */
  async train(): Promise<number | null> {
    const [latest, mark] = await Promise.all([this.repo.latest(), this.repo.confirmedMark()]);
    if (latest && latest.through_case_id === mark.maxId && latest.case_count === Math.min(mark.count, MAX_TRAINING_CASES)) return null;
    if (!latest && mark.count === 0) return null;
    const entries = catalogueEntries(await this.catalogue.list());
    const rows = await this.repo.confirmedCases(mark.maxId, MAX_TRAINING_CASES);
    const cases = rows.map((r) => ({ id: Number(r.id), serviceCode: r.serviceCode, text: caseText(r) }));
    const heldOut = cases.filter((c) => c.id % HOLD_OUT_EVERY === 0);
    const e = evaluate(SuggestModel.train(entries, cases.filter((c) => c.id % HOLD_OUT_EVERY !== 0)), heldOut);
    const counts = countBy(cases);
    const perService = Object.fromEntries(entries.map((s) => [s.code, { cases: counts.get(s.code) ?? 0, ...(e.perService[s.code] ?? emptyFigures()) }]));
    const version = await this.repo.insert({
      through_case_id: mark.maxId,
      case_count: cases.length,
      held_out_count: heldOut.length,
      top1: e.top1,
      top3: e.top3,
      per_service: perService,
    });
    this.#checkedAt = 0;
    return version;
  }

  /** The newest version's figures and each service's threshold, for the services the actor administers. */
  async report(actor: Actor) {
    const scope = await adminScope(actor, this.db, 'service', 'read');
    const [latest, thresholds] = await Promise.all([this.repo.latest(), this.repo.thresholds()]);
    return {
      version: latest?.version ?? 0,
      trainedAt: latest?.trained_at ?? null,
      caseCount: latest?.case_count ?? 0,
      heldOutCount: latest?.held_out_count ?? 0,
      top1: latest?.top1 ?? null,
      top3: latest?.top3 ?? null,
      services: thresholds
        .filter((t) => scope.entityIds.has(t.entity_id))
        .map((t) => ({ code: t.code, name: { ar: t.name_ar, en: t.name_en }, autoThreshold: t.suggest_auto_threshold, ...figuresOf(latest, t.code) })),
    };
  }

  /** Sets (or clears, with null) the confidence at which a service is chosen without a person. Audited. */
  async setThreshold(actor: Actor, code: string, threshold: number | null): Promise<{ code: string; autoThreshold: number | null }> {
    const scope = await adminScope(actor, this.db, 'service', 'write');
    const service = await this.repo.service(code);
    if (!service) throw errors.serviceNotFound(code);
    assertEntity(scope, service.entity_id, 'service');
    await this.db.transaction().execute(async (tx) => {
      await this.repo.setThreshold(code, threshold, tx);
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: 'service.suggest_threshold',
          targetType: 'service',
          targetId: code,
          before: { autoThreshold: service.suggest_auto_threshold },
          after: { autoThreshold: threshold },
        },
        tx,
      );
    });
    return { code, autoThreshold: threshold };
  }

  /** The model in memory, rebuilt when a newer version was stored or the catalogue changed. */
  private async current(): Promise<Loaded> {
    const loaded = this.#loaded;
    if (loaded && Date.now() - this.#checkedAt < CHECK_EVERY_MS) return loaded;
    if (!this.#building) {
      this.#building = this.refresh(loaded).finally(() => (this.#building = undefined));
      // With a model in hand nobody waits for this rebuild, so its failure (the database unavailable
      // for a moment) is caught here, once — unhandled, it would end the process — and the model in
      // hand serves until the next check tries again.
      if (loaded) {
        this.#building.catch((error: unknown) => {
          this.#checkedAt = Date.now();
          this.log.warn({ err: error }, 'the service suggester could not look for a newer model; the one in hand keeps answering');
        });
      }
    }
    // While a rebuild runs, the model in hand keeps answering.
    return loaded ?? this.#building;
  }

  private async refresh(previous: Loaded | undefined): Promise<Loaded> {
    const [latest, services] = await Promise.all([this.repo.latest(), this.catalogue.list()]);
    const entries = catalogueEntries(services);
    const fingerprint = JSON.stringify(entries);
    const version = latest?.version ?? 0;
    this.#checkedAt = Date.now();
    if (previous && previous.version === version && previous.fingerprint === fingerprint) return previous;
    const history: ConfirmedCase[] = latest
      ? (await this.repo.confirmedCases(latest.through_case_id, MAX_TRAINING_CASES)).map((r) => ({ serviceCode: r.serviceCode, text: caseText(r) }))
      : [];
    const next = { model: SuggestModel.train(entries, history), version, fingerprint };
    this.#loaded = next;
    return next;
  }
}

/** What the model reads of the catalogue. */
export function catalogueEntries(services: readonly Service[]): CatalogueEntry[] {
  return services.map((s) => ({
    code: s.code,
    name: s.name,
    description: s.description,
    keywords: s.keywords,
    groupName: s.group.name,
    questions: s.attributes.flatMap((a) => [a.name.ar, a.name.en]),
  }));
}

const caseText = (r: { title: string | null; description: string }) => `${r.title ?? ''} ${r.description}`;

function countBy(cases: readonly { serviceCode: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cases) m.set(c.serviceCode, (m.get(c.serviceCode) ?? 0) + 1);
  return m;
}

const emptyFigures = (): ServiceFigures => ({ heldOut: 0, predicted: 0, correct: 0, precision: null, recall: null });

function figuresOf(latest: SuggestVersionRow | undefined, code: string) {
  const f = (latest?.per_service[code] ?? {}) as Partial<ServiceFigures & { cases: number }>;
  return { cases: f.cases ?? 0, heldOut: f.heldOut ?? 0, precision: f.precision ?? null, recall: f.recall ?? null };
}
