import type { Kysely } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';

interface EntityNode {
  id: number;
  parentId: number | null;
  kind: string;
  code: string;
}

/** Roles whose view spans every entity below theirs (at the root: the whole country). */
const nationalRoles: StaffRole[] = ['coordinator', 'analyst'];

/**
 * The one place that decides what staff may see. Scope is a set of entity ids, applied in SQL:
 * most roles see their entity and its units; coordinators and analysts see everything below their
 * entity (at the ministry: every entity); a contact-centre agent at the root entity serves callers
 * of every entity. Personal data is for staff of the entity that holds the case (and agents, who
 * speak with the caller).
 */
export class AccessService {
  #tree: { at: number; nodes: EntityNode[] } | undefined;

  constructor(private readonly db: Kysely<DB>) {}

  invalidate(): void {
    this.#tree = undefined;
  }

  // `db` lets a caller inside a transaction read through it (PGlite has one connection).
  private async nodes(db: Kysely<DB> = this.db): Promise<EntityNode[]> {
    if (this.#tree && Date.now() - this.#tree.at < 30_000) return this.#tree.nodes;
    const rows = await db.selectFrom('entities').select(['id', 'parent_id', 'kind', 'code']).execute();
    const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, code: r.code }));
    this.#tree = { at: Date.now(), nodes };
    return nodes;
  }

  private async below(rootId: number, onlyUnits: boolean, db?: Kysely<DB>): Promise<number[]> {
    const nodes = await this.nodes(db);
    const out = [rootId];
    for (let i = 0; i < out.length; i++) {
      for (const n of nodes) if (n.parentId === out[i] && (!onlyUnits || n.kind === 'unit')) out.push(n.id);
    }
    return out;
  }

  /** Entities whose cases the actor may see. */
  async visibleEntityIds(actor: StaffActor, db?: Kysely<DB>): Promise<number[]> {
    const nodes = await this.nodes(db);
    const atRoot = nodes.find((n) => n.id === actor.entityId)?.parentId === null;
    const wide = nationalRoles.includes(actor.role) || (actor.role === 'agent' && atRoot);
    return this.below(actor.entityId, !wide, db);
  }

  /** Entities whose cases show the citizen's personal data to this actor. */
  async personalDataEntityIds(actor: StaffActor, db?: Kysely<DB>): Promise<number[]> {
    return actor.role === 'agent' ? this.visibleEntityIds(actor, db) : this.below(actor.entityId, true, db);
  }

  async entityByCode(code: string, db?: Kysely<DB>): Promise<EntityNode | undefined> {
    return (await this.nodes(db)).find((n) => n.code === code);
  }
}
