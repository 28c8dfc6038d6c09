import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Sessions, one-time codes and password-reset tokens; no rules. */
export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  create(row: { id: string; staffId?: number; citizenId?: number; csrfToken: string; expiresAt: Date; ip: string; userAgent: string }) {
    return this.db
      .insertInto('sessions')
      .values({
        id: row.id,
        staff_id: row.staffId ?? null,
        citizen_id: row.citizenId ?? null,
        csrf_token: row.csrfToken,
        expires_at: row.expiresAt,
        ip: row.ip,
        user_agent: row.userAgent.slice(0, 300),
      })
      .execute();
  }

  /** A live session with its staff member or citizen. */
  findLive(id: string) {
    return this.db
      .selectFrom('sessions as s')
      .leftJoin('staff_users as u', (j) => j.onRef('u.id', '=', 's.staff_id').on('u.active', '=', true))
      .leftJoin('entities as e', 'e.id', 'u.entity_id')
      .leftJoin('citizens as c', 'c.id', 's.citizen_id')
      .select([
        's.id',
        's.csrf_token',
        's.last_seen_at',
        's.staff_id',
        's.citizen_id',
        'u.role',
        'u.entity_id',
        'u.unit_id',
        'u.name as staff_name',
        'u.email as staff_email',
        'u.language as staff_language',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        'c.phone as citizen_phone',
        'c.email as citizen_email',
        'c.name as citizen_name',
        'c.language as citizen_language',
      ])
      .where('s.id', '=', id)
      .where('s.revoked_at', 'is', null)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  }

  touch(id: string) {
    return this.db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute();
  }

  revoke(id: string) {
    return this.db.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  revokeAllOfStaff(staffId: number) {
    return this.db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('staff_id', '=', staffId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  staffByEmail(email: string) {
    return this.db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  recordLoginFailure(staffId: number, lockAfter: number, lockSeconds: number) {
    return this.db
      .updateTable('staff_users')
      .set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: sql`case when failed_logins + 1 >= ${lockAfter} then now() + make_interval(secs => ${lockSeconds}) else locked_until end`,
      })
      .where('id', '=', staffId)
      .execute();
  }

  recordLoginSuccess(staffId: number) {
    return this.db.updateTable('staff_users').set({ failed_logins: 0, locked_until: null }).where('id', '=', staffId).execute();
  }

  insertOtp(row: { channel: 'phone' | 'email'; address: string; codeHash: string; expiresAt: Date; ip: string }) {
    return this.db
      .insertInto('otp_codes')
      .values({ channel: row.channel, address: row.address, code_hash: row.codeHash, expires_at: row.expiresAt, ip: row.ip })
      .execute();
  }

  /** The newest unused, unexpired code for an address. */
  latestOtp(address: string) {
    return this.db
      .selectFrom('otp_codes')
      .selectAll()
      .where('address', '=', address)
      .where('consumed_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  countOtpAttempt(id: number) {
    return this.db.updateTable('otp_codes').set({ attempts: sql`attempts + 1` }).where('id', '=', id).execute();
  }

  consumeOtp(id: number) {
    return this.db
      .updateTable('otp_codes')
      .set({ consumed_at: sql`now()` })
      .where('id', '=', id)
      .where('consumed_at', 'is', null)
      .executeTakeFirst();
  }

  /** Finds or creates the citizen with a verified phone or email. */
  async upsertCitizen(channel: 'phone' | 'email', address: string, language: 'ar' | 'en') {
    const column = channel === 'phone' ? 'phone' : 'email';
    const existing = await this.db.selectFrom('citizens').selectAll().where(column, '=', address).executeTakeFirst();
    if (existing) return existing;
    return this.db
      .insertInto('citizens')
      .values({ [column]: address, language })
      .onConflict((oc) => oc.column(column).doUpdateSet({ language }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  insertPasswordReset(tokenHash: string, staffId: number, expiresAt: Date) {
    return this.db.insertInto('password_resets').values({ token_hash: tokenHash, staff_id: staffId, expires_at: expiresAt }).execute();
  }

  usePasswordReset(tokenHash: string) {
    return this.db
      .updateTable('password_resets')
      .set({ used_at: sql`now()` })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('staff_id')
      .executeTakeFirst();
  }

  setPassword(staffId: number, passwordHash: string) {
    return this.db
      .updateTable('staff_users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', staffId)
      .execute();
  }
}
