import type { Kysely } from 'kysely';
import type { StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { subtree } from './access.policy.ts';
import type { AccessService } from './access.service.ts';
import { EntityTreeRepository } from './entity-tree.repository.ts';

export interface EntityInfo {
  id: number;
  code: string;
  kind: string;
  parentId: number | null;
  name: { ar: string; en: string };
}

/** Which roll-up rows and which open cases a staff member's figures may count. */
export interface KpiScope {
  /** Roll-up rows to read: [0] (the national total) when the scope is every entity. */
  rows: number[];
  /** Entity ids for the live counts, or 'any'. */
  live: number[] | 'any';
  /** Entities the actor may see. */
  visible: Set<number>;
  entities: EntityInfo[];
}

/** Entity list and scope, one place: coordinators and analysts at the root see all, others their own. */
export class KpiScopes {
  private readonly tree = new EntityTreeRepository();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly access: AccessService,
  ) {}

  async entities(): Promise<EntityInfo[]> {
    const rows = await this.tree.all(this.db);
    return rows.map((r) => ({ id: r.id, code: r.code, kind: r.kind, parentId: r.parent_id, name: { ar: r.name_ar, en: r.name_en } }));
  }

  /**
   * The actor's scope, narrowed to one entity (and the units below it) when `entityCode` is given.
   * An entity outside the scope answers "not found", as a case of another entity does.
   */
  async of(actor: StaffActor, entityCode?: string): Promise<KpiScope> {
    const [entities, visibleIds] = await Promise.all([this.entities(), this.access.entityIds(actor, 'indicator', 'read')]);
    const visible = new Set(visibleIds);
    if (entityCode !== undefined) {
      const e = entities.find((x) => x.code === entityCode);
      if (!e || !visible.has(e.id)) throw errors.notFound('entity');
      return narrow(entities, visible, e.id);
    }
    const national = entities.every((e) => visible.has(e.id));
    return national
      ? { rows: [0], live: 'any', visible, entities }
      : { rows: [...visible], live: [...visible], visible, entities };
  }

  /** One entity and the units below it, as its own staff see it (for reports sent to it). */
  async forEntity(entityId: number): Promise<KpiScope> {
    const entities = await this.entities();
    return narrow(entities, new Set(entities.map((e) => e.id)), entityId);
  }
}

function narrow(entities: EntityInfo[], visible: Set<number>, rootId: number): KpiScope {
  const ids = subtree(entities, rootId, false).filter((id) => visible.has(id));
  return { rows: ids, live: ids, visible: new Set(ids), entities };
}
