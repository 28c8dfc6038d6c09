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

  /**
   * A live session with its staff member or citizen: not revoked, not expired, and for staff not
   * idle longer than `staffIdleMinutes`.
   */
  findLive(id: string, staffIdleMinutes: number) {
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
      .where((eb) => eb.or([eb('s.staff_id', 'is', null), eb('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${staffIdleMinutes})`)]))
      .executeTakeFirst();
  }

  /** Records that a session was used, at most once a minute (one write per minute, not per request). */
  touch(id: string) {
    return this.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now()` })
      .where('id', '=', id)
      .where('last_seen_at', '<', sql<Date>`now() - interval '1 minute'`)
      .execute();
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

  insertOtp(row: { channel: 'phone' | 'email'; address: string; codeHash: string; expiresAt: Date; ip: string }) {
    return this.db
      .insertInto('otp_codes')
      .values({ channel: row.channel, address: row.address, code_hash: row.codeHash, expires_at: row.expiresAt, ip: row.ip })
      .execute();
  }

  /**
   * Counts one attempt against the newest live code of an address, in one statement and only while
   * it has attempts left, so concurrent guesses cannot exceed `maxAttempts`. Answers the code with
   * its count after this attempt, or undefined when there is no code or no attempt left.
   */
  claimOtpAttempt(address: string, maxAttempts: number) {
    return this.db
      .updateTable('otp_codes')
      .set({ attempts: sql`attempts + 1` })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('otp_codes as o')
          .select('o.id')
          .where('o.address', '=', address)
          .where('o.consumed_at', 'is', null)
          .where('o.expires_at', '>', sql<Date>`now()`)
          .orderBy('o.id', 'desc')
          .limit(1),
      )
      .where('attempts', '<', maxAttempts)
      .where('consumed_at', 'is', null)
      .returning(['id', 'code_hash', 'attempts'])
      .executeTakeFirst();
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

  /** The staff member a live, unused reset token belongs to, without using it. */
  passwordResetOwner(tokenHash: string) {
    return this.db
      .selectFrom('password_resets as r')
      .innerJoin('staff_users as u', 'u.id', 'r.staff_id')
      .select(['u.id', 'u.email'])
      .where('r.token_hash', '=', tokenHash)
      .where('r.used_at', 'is', null)
      .where('r.expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
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
