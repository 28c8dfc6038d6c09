import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** TOTP secrets, recovery codes and the sign-in challenges between password and code; no rules. */
export class SecondFactorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  totpOf(staffId: number) {
    return this.db.selectFrom('staff_totp').select(['secret', 'confirmed_at', 'last_step']).where('staff_id', '=', staffId).executeTakeFirst();
  }

  /** Starts (or restarts) an enrolment with a new secret; a confirmed second factor is left alone. */
  async saveUnconfirmed(staffId: number, secret: string): Promise<boolean> {
    const row = await this.db
      .insertInto('staff_totp')
      .values({ staff_id: staffId, secret })
      .onConflict((oc) => oc.column('staff_id').doUpdateSet({ secret, created_at: sql`now()` }).where('staff_totp.confirmed_at', 'is', null))
      .returning('staff_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Confirms an enrolment with the step of its first code, and stores its recovery codes, in one transaction. */
  confirm(staffId: number, step: number, recoveryHashes: string[]): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const done = await tx
        .updateTable('staff_totp')
        .set({ confirmed_at: sql`now()`, last_step: step })
        .where('staff_id', '=', staffId)
        .where('confirmed_at', 'is', null)
        .executeTakeFirst();
      if (!done.numUpdatedRows) return false;
      await tx.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
      await tx
        .insertInto('staff_recovery_codes')
        .values(recoveryHashes.map((code_hash) => ({ staff_id: staffId, code_hash })))
        .execute();
      return true;
    });
  }

  /** Accepts a code's time step once: only when it is later than every step accepted before (one statement). */
  async useStep(staffId: number, step: number): Promise<boolean> {
    const done = await this.db
      .updateTable('staff_totp')
      .set({ last_step: step })
      .where('staff_id', '=', staffId)
      .where('confirmed_at', 'is not', null)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .executeTakeFirst();
    return done.numUpdatedRows > 0n;
  }

  unusedRecoveryCodes(staffId: number) {
    return this.db.selectFrom('staff_recovery_codes').select(['id', 'code_hash']).where('staff_id', '=', staffId).where('used_at', 'is', null).orderBy('id').execute();
  }

  async useRecoveryCode(id: number): Promise<boolean> {
    const done = await this.db.updateTable('staff_recovery_codes').set({ used_at: sql`now()` }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
    return done.numUpdatedRows > 0n;
  }

  /** Removes a staff member's second factor and recovery codes; answers whether there was one. */
  remove(staffId: number): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
      const gone = await tx.deleteFrom('staff_totp').where('staff_id', '=', staffId).executeTakeFirst();
      return gone.numDeletedRows > 0n;
    });
  }

  insertChallenge(row: { tokenHash: string; staffId: number; step: 'code' | 'enrol'; expiresAt: Date }) {
    return this.db.insertInto('sign_in_challenges').values({ token_hash: row.tokenHash, staff_id: row.staffId, step: row.step, expires_at: row.expiresAt }).execute();
  }

  /** A live challenge with its active staff member, without using it. */
  liveChallenge(tokenHash: string) {
    return this.db
      .selectFrom('sign_in_challenges as c')
      .innerJoin('staff_users as u', 'u.id', 'c.staff_id')
      .select(['c.step', 'u.id as staff_id', 'u.email', 'u.role', 'u.active'])
      .where('c.token_hash', '=', tokenHash)
      .where('c.expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  }

  /** Uses a live challenge up (one statement, so two requests cannot both use it). */
  async takeChallenge(tokenHash: string): Promise<boolean> {
    const gone = await this.db.deleteFrom('sign_in_challenges').where('token_hash', '=', tokenHash).where('expires_at', '>', sql<Date>`now()`).executeTakeFirst();
    return gone.numDeletedRows > 0n;
  }
}
