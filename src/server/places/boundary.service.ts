import type { Kysely } from 'kysely';
import type { BoundaryImportInput, BoundarySet } from '../../common/schemas/places.schema.ts';
import type { Governorate } from '../../common/enums.ts';
import { adminScope, assertNational } from '../access/admin-scope.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { AppError, errors } from '../http/errors.ts';
import { BoundaryIndex, type PointPlace } from './boundary-index.ts';
import type { BoundaryRepository } from './boundary.repository.ts';
import { parseBoundaryGeoJson } from './geojson.ts';

/** The active set as loaded: its label and its index. */
export interface LoadedBoundaries {
  set: { id: number; name: string; version: number } | null;
  index: BoundaryIndex;
}

type SetRow = Awaited<ReturnType<BoundaryRepository['listSets']>>[number];
const present = (r: SetRow): BoundarySet => ({
  id: Number(r.id),
  name: r.name,
  version: r.version,
  description: r.description,
  source: r.source,
  licence: r.licence,
  importedAt: new Date(r.imported_at).toISOString(),
  active: r.active,
  areaCount: r.area_count,
});

/**
 * Boundary sets: import (validated, one transaction, audited), activation, and the active set held
 * in memory as a spatial index. The index is rebuilt here at once when a set is imported or
 * activated, and other processes notice within `checkMs` (one small query, at most that often).
 */
export class BoundaryService {
  #loaded: LoadedBoundaries | undefined;
  #loading: Promise<LoadedBoundaries> | undefined;
  #checkedAt = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: BoundaryRepository,
    private readonly audit: AuditRepository,
    private readonly checkMs = 30_000,
  ) {}

  /** The active set and its index, reloaded when another process changed which set is active. */
  async current(): Promise<LoadedBoundaries> {
    const loaded = this.#loaded;
    if (loaded && Date.now() - this.#checkedAt < this.checkMs) return loaded;
    if (loaded) {
      this.#checkedAt = Date.now();
      const active = await this.repo.activeSet();
      if ((active ? Number(active.id) : null) === (loaded.set?.id ?? null)) return loaded;
    }
    return this.reload();
  }

  /** Where a point falls in the active set. */
  async locate(lat: number, lng: number, nearMetres: number): Promise<{ set: LoadedBoundaries['set']; place: PointPlace }> {
    const { set, index } = await this.current();
    return { set, place: index.lookup(lat, lng, nearMetres) };
  }

  /** Reads the active set into a new index (concurrent callers share one load). */
  reload(): Promise<LoadedBoundaries> {
    this.#loading ??= (async () => {
      try {
        const active = await this.repo.activeSet();
        const rows = active ? await this.repo.areasOf(Number(active.id)) : [];
        const index = new BoundaryIndex(
          rows.map((r) => ({
            id: Number(r.id),
            layer: r.layer,
            code: r.code,
            name: { ar: r.name_ar, en: r.name_en },
            governorate: r.governorate as Governorate | null,
            geometry: typeof r.geometry === 'string' ? JSON.parse(r.geometry) : r.geometry,
          })),
        );
        const loaded = { set: active ? { id: Number(active.id), name: active.name, version: active.version } : null, index };
        this.#loaded = loaded;
        this.#checkedAt = Date.now();
        return loaded;
      } finally {
        this.#loading = undefined;
      }
    })();
    return this.#loading;
  }

  async list(actor: Actor): Promise<BoundarySet[]> {
    assertNational(await adminScope(actor, this.db, 'boundary', 'read'), 'boundaries');
    return (await this.repo.listSets()).map(present);
  }

  async get(actor: Actor, id: number) {
    assertNational(await adminScope(actor, this.db, 'boundary', 'read'), 'boundaries');
    const set = await this.repo.findSet(id);
    if (!set) throw errors.notFound('boundary set');
    const areas = await this.repo.areaSummaries(id);
    return {
      ...present(set),
      areas: areas.map((a) => ({ layer: a.layer, code: a.code, name: { ar: a.name_ar, en: a.name_en }, governorate: a.governorate as Governorate | null })),
    };
  }

  /** Imports a set from the administration (national coordinator). */
  async importFromAdmin(actor: Actor, input: BoundaryImportInput): Promise<BoundarySet> {
    const scope = await adminScope(actor, this.db, 'boundary', 'write');
    assertNational(scope, 'boundaries');
    return this.importSet(input, { staffId: scope.actor.id });
  }

  /**
   * Validates and stores a set with its areas, records it in the audit trail, and (by default) makes
   * it the active set — all in one transaction: a refused or failed import leaves nothing behind.
   * `by` names who imported it (a staff id, or a label such as "cli").
   */
  async importSet(input: BoundaryImportInput, by: { staffId?: number; label?: string }): Promise<BoundarySet> {
    const parsed = parseBoundaryGeoJson(input.geojson);
    if ('errors' in parsed) throw new AppError(422, 'validation_failed', 'The GeoJSON cannot be imported as boundaries.', parsed.errors);
    const activate = input.activate ?? true;
    const id = await this.db.transaction().execute(async (tx) => {
      const meta = { name: input.name, description: input.description || null, source: input.source, licence: input.licence, importedByStaffId: by.staffId ?? null };
      const created = await this.repo.insertSet(tx, meta, parsed.areas);
      if (activate) await this.repo.activate(tx, created.id);
      const layers = [...new Set(parsed.areas.map((a) => a.layer))];
      await this.audit.record(
        {
          actorStaffId: by.staffId ?? null,
          actorLabel: by.label,
          action: 'boundary_set.import',
          targetType: 'boundary_set',
          targetId: String(created.id),
          after: { name: meta.name, version: created.version, source: meta.source, licence: meta.licence, areas: parsed.areas.length, layers, active: activate },
        },
        tx,
      );
      return created.id;
    });
    if (activate) await this.reload();
    return present((await this.repo.findSet(id))!);
  }

  /** Makes an earlier (or another) set the active one. */
  async activate(actor: Actor, id: number): Promise<BoundarySet> {
    const scope = await adminScope(actor, this.db, 'boundary', 'write');
    assertNational(scope, 'boundaries');
    await this.db.transaction().execute(async (tx) => {
      const set = await this.repo.findSet(id, tx);
      if (!set) throw errors.notFound('boundary set');
      const before = await this.repo.activeSet(tx);
      await this.repo.activate(tx, id);
      await this.audit.record(
        { actorStaffId: scope.actor.id, action: 'boundary_set.activate', targetType: 'boundary_set', targetId: String(id), before: before ?? null, after: { id, name: set.name, version: set.version } },
        tx,
      );
    });
    await this.reload();
    return present((await this.repo.findSet(id))!);
  }
}
