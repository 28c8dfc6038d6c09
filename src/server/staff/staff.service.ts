import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { staffRoles, type Language, type StaffRole } from '../../common/enums.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import type { DB } from '../db/schema.ts';

/** Raised for a request the staff directory refuses (unknown entity, duplicate email, weak password…). */
export class StaffError extends Error {}

export interface NewStaff {
  email: string;
  name: string;
  role: StaffRole;
  entityCode: string;
  unitCode?: string;
  language?: Language;
  password?: string;
}

/** Adds staff, sets passwords and disables accounts; every change is audited. */
export class StaffService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly audit: AuditRepository,
  ) {}

  /** A random password people can type: 16 characters from an unambiguous alphabet. */
  static generatePassword(): string {
    const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (;;) {
      const pw = [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
      if (!passwordProblem(pw)) return pw;
    }
  }

  async add(input: NewStaff, actorLabel: string): Promise<{ id: number; password: string }> {
    if (!staffRoles.includes(input.role)) throw new StaffError(`role must be one of ${staffRoles.join(', ')}`);
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new StaffError('not an email address');
    const entity = await this.db.selectFrom('entities').select('id').where('code', '=', input.entityCode).executeTakeFirst();
    if (!entity) throw new StaffError(`no entity ${input.entityCode}`);
    const unit = input.unitCode
      ? await this.db.selectFrom('entities').select('id').where('code', '=', input.unitCode).where('parent_id', '=', entity.id).executeTakeFirst()
      : undefined;
    if (input.unitCode && !unit) throw new StaffError(`no unit ${input.unitCode} under ${input.entityCode}`);
    const password = input.password ?? StaffService.generatePassword();
    const problem = passwordProblem(password, { email });
    if (problem) throw new StaffError(`weak_password: ${problem}`);
    const exists = await this.db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
    if (exists) throw new StaffError(`${email} already exists`);
    const row = await this.db
      .insertInto('staff_users')
      .values({
        email,
        name: input.name,
        role: input.role,
        entity_id: entity.id,
        unit_id: unit?.id ?? null,
        language: input.language ?? 'ar',
        password_hash: await hashPassword(password),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.audit.record({ actorLabel, action: 'staff.add', targetType: 'staff_user', targetId: String(row.id), after: { email, role: input.role, entity: input.entityCode } });
    return { id: row.id, password };
  }

  async setPassword(emailInput: string, password: string | undefined, actorLabel: string): Promise<string> {
    const email = emailInput.trim().toLowerCase();
    const pw = password ?? StaffService.generatePassword();
    const problem = passwordProblem(pw, { email });
    if (problem) throw new StaffError(`weak_password: ${problem}`);
    const row = await this.db
      .updateTable('staff_users')
      .set({ password_hash: await hashPassword(pw), failed_logins: 0, locked_until: null })
      .where('email', '=', email)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new StaffError(`no staff member ${email}`);
    await this.db.updateTable('sessions').set({ revoked_at: new Date() }).where('staff_id', '=', row.id).where('revoked_at', 'is', null).execute();
    await this.audit.record({ actorLabel, action: 'staff.password', targetType: 'staff_user', targetId: String(row.id) });
    return pw;
  }

  async disable(emailInput: string, actorLabel: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const row = await this.db.updateTable('staff_users').set({ active: false }).where('email', '=', email).returning('id').executeTakeFirst();
    if (!row) throw new StaffError(`no staff member ${email}`);
    await this.db.updateTable('sessions').set({ revoked_at: new Date() }).where('staff_id', '=', row.id).where('revoked_at', 'is', null).execute();
    await this.audit.record({ actorLabel, action: 'staff.disable', targetType: 'staff_user', targetId: String(row.id), after: { active: false } });
  }

  /** Active staff of the given entities; with `assignable`, only officers and supervisors. */
  directory(entityIds: number[], assignable: boolean) {
    return this.db
      .selectFrom('staff_users as u')
      .innerJoin('entities as e', 'e.id', 'u.entity_id')
      .select(['u.id', 'u.name', 'u.role', 'e.code as entity'])
      .where('u.active', '=', true)
      .where('u.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .$if(assignable, (q) => q.where('u.role', 'in', ['officer', 'supervisor']))
      .orderBy('u.name')
      .execute();
  }

  /** The active rejection reasons, in their order. */
  async rejectionReasons() {
    const rows = await this.db.selectFrom('rejection_reasons').select(['code', 'name_ar', 'name_en']).where('active', '=', true).orderBy('position').execute();
    return rows.map((r) => ({ code: r.code, name: { ar: r.name_ar, en: r.name_en } }));
  }
}
