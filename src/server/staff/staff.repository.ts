import type { Insertable, Kysely, Updateable } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { DB, StaffUsersTable } from '../db/schema.ts';

/** SQL of the staff directory and accounts; no rules. */
export class StaffRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The id of the entity (or unit) with this code, if there is one. */
  async entityIdByCode(code: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('entities').select('id').where('code', '=', code).executeTakeFirst();
    return row?.id;
  }

  /** The id of the unit with this code directly under the entity, if there is one. */
  async unitIdUnder(entityId: number, code: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('entities').select('id').where('code', '=', code).where('parent_id', '=', entityId).executeTakeFirst();
    return row?.id;
  }

  /** Whether a staff account (active or not) has this email. */
  async emailTaken(email: string): Promise<boolean> {
    const row = await this.db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
    return row !== undefined;
  }

  /** Adds a staff account; answers its id. */
  async insertStaff(values: Insertable<StaffUsersTable>): Promise<number> {
    const row = await this.db.insertInto('staff_users').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** Changes the account with this email; answers its id, or undefined when there is none. */
  async updateStaffByEmail(email: string, values: Updateable<StaffUsersTable>): Promise<number | undefined> {
    const row = await this.db.updateTable('staff_users').set(values).where('email', '=', email).returning('id').executeTakeFirst();
    return row?.id;
  }

  /** Ends every live session of a staff member. */
  async revokeSessions(staffId: number, at: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('staff_id', '=', staffId).where('revoked_at', 'is', null).execute();
  }

  /** Active staff of the given entities, by name; with `roles`, only those roles. */
  directory(entityIds: number[], roles?: StaffRole[]) {
    return this.db
      .selectFrom('staff_users as u')
      .innerJoin('entities as e', 'e.id', 'u.entity_id')
      .select(['u.id', 'u.name', 'u.role', 'e.code as entity'])
      .where('u.active', '=', true)
      .where('u.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .$if(roles !== undefined, (q) => q.where('u.role', 'in', roles!))
      .orderBy('u.name')
      .execute();
  }

  /** The active rejection reasons, in their order. */
  activeRejectionReasons() {
    return this.db.selectFrom('rejection_reasons').select(['code', 'name_ar', 'name_en']).where('active', '=', true).orderBy('position').execute();
  }
}
