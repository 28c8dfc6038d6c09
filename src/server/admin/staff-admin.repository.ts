import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { DB, StaffUsersTable } from '../db/schema.ts';

/** Filters of one page of staff; every one optional but the administered entities and the size. */
export interface StaffFilter {
  /** The entities whose accounts may be listed. */
  entityIds: number[];
  /** Only accounts held at this entity or in this unit. */
  placedIn?: number;
  role?: StaffRole;
  active?: boolean;
  /** A substring of the name (any case) or of the email address. */
  text?: string;
  /** Only accounts after this id (the page cursor). */
  afterId?: number;
  limit: number;
}

/** `like` pattern matching a literal substring. */
function contains(s: string): string {
  return `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One staff account as the administration pages show it. */
export type StaffView = Awaited<ReturnType<StaffAdminRepository['getView']>>;

/** SQL of staff administration: accounts, their placement and their sessions; no rules. */
export class StaffAdminRepository {
  private view(db: Kysely<DB>) {
    return db
      .selectFrom('staff_users as u')
      .innerJoin('entities as e', 'e.id', 'u.entity_id')
      .leftJoin('entities as un', 'un.id', 'u.unit_id')
      .select([
        'u.id',
        'u.email',
        'u.name',
        'u.role',
        'u.entity_id',
        'e.code as entity',
        'un.code as unit',
        'u.language',
        'u.active',
        'u.locked_until',
        'u.created_at',
        (eb) => eb('u.password_hash', 'is not', null).as('has_password'),
      ]);
  }

  /** Accounts matching the filter, oldest first, at most `limit`. */
  listViews(db: Kysely<DB>, f: StaffFilter) {
    return this.view(db)
      .where('u.entity_id', 'in', f.entityIds)
      .$if(f.placedIn !== undefined, (q) => q.where((eb) => eb.or([eb('u.entity_id', '=', f.placedIn!), eb('u.unit_id', '=', f.placedIn!)])))
      .$if(f.role !== undefined, (q) => q.where('u.role', '=', f.role!))
      .$if(f.active !== undefined, (q) => q.where('u.active', '=', f.active!))
      .$if(f.text !== undefined, (q) => q.where((eb) => eb.or([eb(eb.fn('lower', ['u.name']), 'like', contains(f.text!)), eb('u.email', 'like', contains(f.text!))])))
      .$if(f.afterId !== undefined, (q) => q.where('u.id', '>', f.afterId!))
      .orderBy('u.id')
      .limit(f.limit)
      .execute();
  }

  findView(db: Kysely<DB>, id: number) {
    return this.view(db).where('u.id', '=', id).executeTakeFirst();
  }

  /** An account that must exist (just written). */
  getView(db: Kysely<DB>, id: number) {
    return this.view(db).where('u.id', '=', id).executeTakeFirstOrThrow();
  }

  /** Whether an account already uses the address. */
  async emailTaken(db: Kysely<DB>, email: string): Promise<boolean> {
    return (await db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
  }

  async insert(tx: Transaction<DB>, values: Insertable<StaffUsersTable>): Promise<number> {
    const row = await tx.insertInto('staff_users').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** What a password link needs: the address, the entity and the state. */
  findContact(db: Kysely<DB>, id: number) {
    return db.selectFrom('staff_users').select(['id', 'email', 'entity_id', 'active']).where('id', '=', id).executeTakeFirst();
  }

  /** The fields an edit may change, as they are. */
  findEditable(db: Kysely<DB>, id: number) {
    return db.selectFrom('staff_users').select(['id', 'name', 'role', 'entity_id', 'unit_id', 'language', 'active']).where('id', '=', id).executeTakeFirst();
  }

  async update(tx: Transaction<DB>, id: number, values: Updateable<StaffUsersTable>): Promise<void> {
    await tx.updateTable('staff_users').set(values).where('id', '=', id).execute();
  }

  /** Ends every open session of an account. */
  async revokeSessions(tx: Transaction<DB>, staffId: number): Promise<void> {
    await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('staff_id', '=', staffId).where('revoked_at', 'is', null).execute();
  }

  /** An entity by code, with its state. */
  findEntity(db: Kysely<DB>, code: string) {
    return db.selectFrom('entities').select(['id', 'active']).where('code', '=', code).executeTakeFirst();
  }

  /** Any entity by code directly under the given one (the command line's placement), with its state. */
  findChildOf(db: Kysely<DB>, parentId: number, code: string) {
    return db.selectFrom('entities').select(['id', 'active']).where('code', '=', code).where('parent_id', '=', parentId).executeTakeFirst();
  }

  /** Changes the account with this address; answers its id, or undefined when there is none. */
  async updateByEmail(tx: Transaction<DB>, email: string, values: Updateable<StaffUsersTable>): Promise<number | undefined> {
    const row = await tx.updateTable('staff_users').set(values).where('email', '=', email).returning('id').executeTakeFirst();
    return row?.id;
  }

  /** Active staff of the given entities, by name (the workspace's directory); with `roles`, only those roles. */
  directory(db: Kysely<DB>, entityIds: number[], roles?: StaffRole[]) {
    return db
      .selectFrom('staff_users as u')
      .innerJoin('entities as e', 'e.id', 'u.entity_id')
      .select(['u.id', 'u.name', 'u.role', 'e.code as entity'])
      .where('u.active', '=', true)
      .where('u.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .$if(roles !== undefined, (q) => q.where('u.role', 'in', roles!))
      .orderBy('u.name')
      .execute();
  }

  /** A unit by code directly under the given entity, with its state. */
  findUnitOf(db: Kysely<DB>, entityId: number, code: string) {
    return db.selectFrom('entities').select(['id', 'active']).where('code', '=', code).where('parent_id', '=', entityId).where('kind', '=', 'unit').executeTakeFirst();
  }
}
