import { sql, type Kysely } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** A staff account's place as the mapping decides it. */
export interface StaffPlace {
  role: StaffRole;
  entityId: number;
  unitId: number | null;
}

/** Sign-ins in progress and the accounts linked to the identity provider; no rules. */
export class SsoRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insertSignIn(row: { id: string; state: string; nonce: string; codeVerifier: string; nextPath: string; expiresAt: Date }) {
    return this.db
      .insertInto('sso_sign_ins')
      .values({ id: row.id, state: row.state, nonce: row.nonce, code_verifier: row.codeVerifier, next_path: row.nextPath, expires_at: row.expiresAt })
      .execute();
  }

  /** Uses a live sign-in in progress once, answering what it holds; undefined when there is none. */
  useSignIn(id: string) {
    return this.db
      .updateTable('sso_sign_ins')
      .set({ used_at: sql`now()` })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['state', 'nonce', 'code_verifier', 'next_path'])
      .executeTakeFirst();
  }

  /** An active entity by code, and the active unit of it with `unitCode` when one is asked for. */
  async place(entityCode: string, unitCode: string | undefined) {
    const entity = await this.db.selectFrom('entities').select(['id']).where('code', '=', entityCode).where('active', '=', true).executeTakeFirst();
    if (!entity || unitCode === undefined) return entity ? { entityId: entity.id, unitId: null, unitFound: unitCode === undefined } : undefined;
    const unit = await this.db
      .selectFrom('entities')
      .select(['id'])
      .where('code', '=', unitCode)
      .where('parent_id', '=', entity.id)
      .where('kind', '=', 'unit')
      .where('active', '=', true)
      .executeTakeFirst();
    return { entityId: entity.id, unitId: unit?.id ?? null, unitFound: unit !== undefined };
  }

  linkedStaff(issuer: string, subject: string) {
    return this.db
      .selectFrom('staff_users')
      .select(['id', 'email', 'name', 'role', 'entity_id', 'unit_id', 'active'])
      .where('sso_issuer', '=', issuer)
      .where('sso_subject', '=', subject)
      .executeTakeFirst();
  }

  emailTaken(email: string, exceptId?: number) {
    return this.db
      .selectFrom('staff_users')
      .select('id')
      .where('email', '=', email)
      .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
      .executeTakeFirst();
  }

  /** A new account linked to the provider, with no password. */
  insertStaff(row: { issuer: string; subject: string; email: string; name: string; place: StaffPlace }) {
    return this.db
      .insertInto('staff_users')
      .values({
        sso_issuer: row.issuer,
        sso_subject: row.subject,
        email: row.email,
        name: row.name,
        role: row.place.role,
        entity_id: row.place.entityId,
        unit_id: row.place.unitId,
        password_hash: null,
      })
      .returning(['id', 'entity_id'])
      .executeTakeFirstOrThrow();
  }

  updateStaff(id: number, row: { email: string; name: string; place: StaffPlace }) {
    return this.db
      .updateTable('staff_users')
      .set({ email: row.email, name: row.name, role: row.place.role, entity_id: row.place.entityId, unit_id: row.place.unitId })
      .where('id', '=', id)
      .execute();
  }

  disableStaff(id: number) {
    return this.db.updateTable('staff_users').set({ active: false }).where('id', '=', id).execute();
  }

  /** Whether a staff account is linked to the provider (its sign-out goes through the provider too). */
  async isLinked(staffId: number): Promise<boolean> {
    const row = await this.db.selectFrom('staff_users').select('id').where('id', '=', staffId).where('sso_subject', 'is not', null).executeTakeFirst();
    return row !== undefined;
  }
}
