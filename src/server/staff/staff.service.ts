import { randomBytes } from 'node:crypto';
import { staffRoles, type Language, type StaffRole } from '../../common/enums.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import type { StaffRepository } from './staff.repository.ts';
import { AppError } from '../http/errors.ts';

/** Raised for a request the staff directory refuses (unknown entity, duplicate email, weak password…). */
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

/** The roles a case can be assigned to. */
const assignableRoles: StaffRole[] = ['officer', 'supervisor'];

/** Adds staff, sets passwords and disables accounts; every change is audited. */
export class StaffService {
  constructor(
    private readonly repo: StaffRepository,
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
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw refused('not an email address');
    const entityId = await this.repo.entityIdByCode(input.entityCode);
    if (entityId === undefined) throw refused(`no entity ${input.entityCode}`);
    const unitId = input.unitCode ? await this.repo.unitIdUnder(entityId, input.unitCode) : undefined;
    if (input.unitCode && unitId === undefined) throw refused(`no unit ${input.unitCode} under ${input.entityCode}`);
    const password = input.password ?? StaffService.generatePassword();
    const problem = passwordProblem(password, { email });
    if (problem) throw refused(`weak_password: ${problem}`);
    if (await this.repo.emailTaken(email)) throw refused(`${email} already exists`);
    const id = await this.repo.insertStaff({
      email,
      name: input.name,
      role: input.role,
      entity_id: entityId,
      unit_id: unitId ?? null,
      language: input.language ?? 'ar',
      password_hash: await hashPassword(password),
    });
    await this.audit.record({ actorLabel, action: 'staff.add', targetType: 'staff_user', targetId: String(id), after: { email, role: input.role, entity: input.entityCode } });
    return { id, password };
  }

  async setPassword(emailInput: string, password: string | undefined, actorLabel: string): Promise<string> {
    const email = emailInput.trim().toLowerCase();
    const pw = password ?? StaffService.generatePassword();
    const problem = passwordProblem(pw, { email });
    if (problem) throw refused(`weak_password: ${problem}`);
    // A new password also lifts a lockout, and ends the sessions opened with the old one.
    const id = await this.repo.updateStaffByEmail(email, { password_hash: await hashPassword(pw), failed_logins: 0, locked_until: null });
    if (id === undefined) throw refused(`no staff member ${email}`);
    await this.repo.revokeSessions(id, new Date());
    await this.audit.record({ actorLabel, action: 'staff.password', targetType: 'staff_user', targetId: String(id) });
    return pw;
  }

  async disable(emailInput: string, actorLabel: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const id = await this.repo.updateStaffByEmail(email, { active: false });
    if (id === undefined) throw refused(`no staff member ${email}`);
    await this.repo.revokeSessions(id, new Date());
    await this.audit.record({ actorLabel, action: 'staff.disable', targetType: 'staff_user', targetId: String(id), after: { active: false } });
  }

  /** Active staff of the given entities; with `assignable`, only officers and supervisors. */
  directory(entityIds: number[], assignable: boolean) {
    return this.repo.directory(entityIds, assignable ? assignableRoles : undefined);
  }

  /** The active rejection reasons, in their order. */
  async rejectionReasons() {
    const rows = await this.repo.activeRejectionReasons();
    return rows.map((r) => ({ code: r.code, name: { ar: r.name_ar, en: r.name_en } }));
  }
}
