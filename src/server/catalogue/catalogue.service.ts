import type { AttributeDatatype, Bilingual, CasePriority, CaseType, Governorate } from '../../common/enums.ts';
import { normalizeForIndex, searchTermGroups } from '../../common/arabic.ts';
import type { AttributeValueRow } from '../db/schema.ts';
import type { CatalogueRepository } from './catalogue.repository.ts';

/** An extra question of a service (an Open311 attribute). */
export interface ServiceAttribute {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  order: number;
  name: Bilingual;
  description: Bilingual;
  values: AttributeValueRow[];
}

/** A reference to an entity as clients see it. */
export interface EntityRef {
  id: number;
  code: string;
  name: Bilingual;
}

/** A catalogue service with everything intake needs to route and validate a case. */
export interface Service {
  id: number;
  code: string;
  group: { code: string; name: Bilingual; position: number };
  name: Bilingual;
  description: Bilingual;
  types: CaseType[];
  anonymousAllowed: boolean;
  defaultPriority: CasePriority;
  keywords: string[];
  slaPolicyId: number | null;
  entity: EntityRef;
  routes: Map<Governorate, EntityRef & { unitId: number | null }>;
  attributes: ServiceAttribute[];
  /** Names, descriptions and search words through the text pipeline (`serviceSearchText`). */
  searchText: string;
}

interface Snapshot {
  loadedAt: number;
  services: Service[];
  byCode: Map<string, Service>;
}

/**
 * The service catalogue, read through a short-lived in-memory snapshot: intake looks a service up
 * on every case, and the catalogue changes rarely. A code not in the snapshot triggers a reload, so a
 * service added in another process is usable at once; edits elsewhere show within `ttlMs`.
 */
export class CatalogueService {
  #snapshot: Snapshot | undefined;
  #loading: Promise<Snapshot> | undefined;
  #generation = 0;

  constructor(
    private readonly repo: CatalogueRepository,
    private readonly ttlMs = 10_000,
  ) {}

  /** Drops the snapshot; call after changing the catalogue. */
  invalidate(): void {
    this.#snapshot = undefined;
    // A load already under way may have read the tables before the change: it must not be kept.
    this.#loading = undefined;
    this.#generation++;
  }

  /**
   * The catalogue, or the services a query finds: those matching every word of it, best first; when
   * none does, those matching any word, the most words first.
   */
  async list(q?: string): Promise<Service[]> {
    const { services } = await this.snapshot();
    const groups = q ? searchTermGroups(q) : [];
    if (groups.length === 0) return services;
    const scored = services.map((s) => ({ s, ...score(s, groups) })).filter((x) => x.matched > 0);
    const every = scored.filter((x) => x.matched === groups.length);
    return (every.length > 0 ? every : scored).sort((a, b) => b.matched - a.matched || b.weight - a.weight).map((x) => x.s);
  }

  async get(code: string): Promise<Service | undefined> {
    const snap = await this.snapshot();
    const hit = snap.byCode.get(code);
    if (hit) return hit;
    if (Date.now() - snap.loadedAt < 250) return undefined;
    this.invalidate();
    return (await this.snapshot()).byCode.get(code);
  }

  entities() {
    return this.repo.entities();
  }

  private async snapshot(): Promise<Snapshot> {
    const snap = this.#snapshot;
    if (snap && Date.now() - snap.loadedAt < this.ttlMs) return snap;
    this.#loading ??= this.load().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  private async load(): Promise<Snapshot> {
    const generation = this.#generation;
    const [rows, attrs, routes] = await Promise.all([this.repo.services(), this.repo.attributes(), this.repo.routes()]);
    const byId = new Map<number, Service>();
    const services = rows.map((r): Service => {
      const s: Service = {
        id: r.id,
        code: r.code,
        group: { code: r.group_code, name: { ar: r.group_name_ar, en: r.group_name_en }, position: r.group_position },
        name: { ar: r.name_ar, en: r.name_en },
        description: { ar: r.description_ar, en: r.description_en },
        types: r.types,
        anonymousAllowed: r.anonymous_allowed,
        defaultPriority: r.default_priority,
        keywords: r.keywords,
        slaPolicyId: r.sla_policy_id,
        entity: { id: r.entity_id, code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en } },
        routes: new Map(),
        attributes: [],
        // Recomputed rather than read from the stored column, so rows written before the text
        // pipeline learnt stems are searched like new ones.
        searchText: serviceSearchText({ name: { ar: r.name_ar, en: r.name_en }, description: { ar: r.description_ar, en: r.description_en }, keywords: r.keywords }),
      };
      byId.set(s.id, s);
      return s;
    });
    for (const a of attrs) {
      byId.get(a.service_id)?.attributes.push({
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        order: a.position,
        name: { ar: a.name_ar, en: a.name_en },
        description: { ar: a.description_ar, en: a.description_en },
        values: typeof a.values === 'string' ? (JSON.parse(a.values) as AttributeValueRow[]) : a.values,
      });
    }
    for (const r of routes) {
      byId.get(r.service_id)?.routes.set(r.governorate, {
        id: r.entity_id,
        code: r.entity_code,
        name: { ar: r.name_ar, en: r.name_en },
        unitId: r.unit_id,
      });
    }
    const snap = { loadedAt: Date.now(), services, byCode: new Map(services.map((s) => [s.code, s])) };
    if (generation === this.#generation) this.#snapshot = snap;
    return snap;
  }
}

/**
 * How well a service answers a query: how many of its words it holds (by any alternative), and a
 * weight that puts matches in the name first.
 */
function score(s: Service, groups: string[][]): { matched: number; weight: number } {
  const name = normalizeForIndex(`${s.name.ar} ${s.name.en}`);
  let matched = 0;
  let weight = 0;
  for (const alternatives of groups) {
    if (holds(name, alternatives)) weight += 3;
    else if (!holds(s.searchText, alternatives)) continue;
    else weight += 1;
    matched++;
  }
  return { matched, weight };
}

/** The word as typed matches inside a word (a search while typing); a stem only as a whole word. */
function holds(text: string, [typed, ...stems]: string[]): boolean {
  if (text.includes(typed!)) return true;
  const words = ` ${text} `;
  return stems.some((stem) => words.includes(` ${stem} `));
}

/** The text a service is searched by: names, descriptions and keywords, normalised. */
export function serviceSearchText(s: { name: Bilingual; description: Bilingual; keywords: string[] }): string {
  return normalizeForIndex([s.name.ar, s.name.en, s.description.ar, s.description.en, ...s.keywords].join(' '));
}
