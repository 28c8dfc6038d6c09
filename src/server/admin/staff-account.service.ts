import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { staffRoles, type Language, type StaffRole } from '../../common/enums.ts';
import { isEmail, normalizeEmail } from '../../common/email.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../http/errors.ts';
import type { StaffAdminRepository } from './staff-admin.repository.ts';

/** A refusal of `tawasul user`: the command prints its message. */
const refused = (message: string) => new AppError(400, 'validation_failed', message);

export interface NewStaff {
  email: string;
  name: string;
  role: StaffRole;
  entityCode: string;
  unitCode?: string;
  language?: Language;
  password?: string;
}

/**
 * Staff accounts from the command line (`tawasul user`), run by whoever holds the server: adds
 * staff, sets passwords and disables accounts, every change audited under the system user's name.
 */
export class StaffAccountService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: StaffAdminRepository,
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
    if (!staffRoles.includes(input.role)) throw refused(`role must be one of ${staffRoles.join(', ')}`);
    const email = normalizeEmail(input.email);
    if (!isEmail(email)) throw refused('not an email address');
    const entityId = (await this.repo.findEntity(this.db, input.entityCode))?.id;
    if (entityId === undefined) throw refused(`no entity ${input.entityCode}`);
    const unitId = input.unitCode ? (await this.repo.findChildOf(this.db, entityId, input.unitCode))?.id : undefined;
    if (input.unitCode && unitId === undefined) throw refused(`no unit ${input.unitCode} under ${input.entityCode}`);
    const password = input.password ?? StaffAccountService.generatePassword();
    const problem = passwordProblem(password, { email });
    if (problem) throw refused(`weak_password: ${problem}`);
    if (await this.repo.emailTaken(this.db, email)) throw refused(`${email} already exists`);
    const passwordHash = await hashPassword(password);
    const id = await this.db.transaction().execute(async (tx) => {
      const id = await this.repo.insert(tx, {
        email,
        name: input.name,
        role: input.role,
        entity_id: entityId,
        unit_id: unitId ?? null,
        language: input.language ?? 'ar',
        password_hash: passwordHash,
      });
      await this.audit.record({ actorLabel, action: 'staff.add', targetType: 'staff_user', targetId: String(id), after: { email, role: input.role, entity: input.entityCode } }, tx);
      return id;
    });
    return { id, password };
  }

  async setPassword(emailInput: string, password: string | undefined, actorLabel: string): Promise<string> {
    const email = normalizeEmail(emailInput);
    const pw = password ?? StaffAccountService.generatePassword();
    const problem = passwordProblem(pw, { email });
    if (problem) throw refused(`weak_password: ${problem}`);
    const passwordHash = await hashPassword(pw);
    // A new password also lifts a lockout, and ends the sessions opened with the old one.
    await this.change(email, { password_hash: passwordHash, failed_logins: 0, locked_until: null }, actorLabel, 'staff.password');
    return pw;
  }

  async disable(emailInput: string, actorLabel: string): Promise<void> {
    await this.change(normalizeEmail(emailInput), { active: false }, actorLabel, 'staff.disable', { active: false });
  }

  /** Changes the account with this address, ends its sessions and audits it, all at once. */
  private async change(email: string, values: Parameters<StaffAdminRepository['updateByEmail']>[2], actorLabel: string, action: string, after?: object) {
    await this.db.transaction().execute(async (tx) => {
      const id = await this.repo.updateByEmail(tx, email, values);
      if (id === undefined) throw refused(`no staff member ${email}`);
      await this.repo.revokeSessions(tx, id);
      await this.audit.record({ actorLabel, action, targetType: 'staff_user', targetId: String(id), ...(after ? { after } : {}) }, tx);
    });
  }
}
