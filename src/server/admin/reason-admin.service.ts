import type { Kysely } from 'kysely';
import type { AdminReason, ReasonCreateInput, ReasonPatchInput } from '../../common/schemas/admin.schema.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertNational } from '../access/admin-scope.ts';
import { adminErrors } from './admin.errors.ts';
import type { ReasonAdminRepository } from './reason-admin.repository.ts';

/**
 * The national list of reasons a case may be rejected with (national coordinator). A reason is never
 * deleted — rejected cases keep naming it — only deactivated, which hides it from new rejections.
 */
export class ReasonAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: ReasonAdminRepository,
    private readonly audit: AuditRepository,
  ) {}

  private async rows(db: Kysely<DB>, code?: string): Promise<AdminReason[]> {
    const rows = await this.repo.list(db, code);
    return rows.map((r) => ({ code: r.code, name: { ar: r.name_ar, en: r.name_en }, active: r.active, position: r.position }));
  }

  /** The active reasons, in their order: what staff may reject with, and what citizens are shown. */
  async active(): Promise<{ code: string; name: { ar: string; en: string } }[]> {
    return (await this.rows(this.db)).filter((r) => r.active).map((r) => ({ code: r.code, name: r.name }));
  }

  async list(actor: Actor): Promise<AdminReason[]> {
    assertNational(await adminScope(actor, this.db), 'rejection reasons');
    return this.rows(this.db);
  }

  async create(actor: Actor, input: ReasonCreateInput): Promise<AdminReason> {
    const scope = await adminScope(actor, this.db);
    assertNational(scope, 'rejection reasons');
    return this.db.transaction().execute(async (tx) => {
      if ((await this.rows(tx, input.code)).length) throw adminErrors.taken('code', 'reason code');
      // A new reason goes last unless placed.
      const position = input.position ?? ((await this.repo.lastPosition(tx)) ?? 0) + 1;
      await this.repo.insert(tx, { code: input.code, name_ar: input.name.ar, name_en: input.name.en, position });
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'rejection_reason.create', targetType: 'rejection_reason', targetId: input.code, after: input }, tx);
      return (await this.rows(tx, input.code))[0]!;
    });
  }

  async update(actor: Actor, code: string, patch: ReasonPatchInput): Promise<AdminReason> {
    const scope = await adminScope(actor, this.db);
    assertNational(scope, 'rejection reasons');
    return this.db.transaction().execute(async (tx) => {
      const [before] = await this.rows(tx, code);
      if (!before) throw errors.notFound('rejection reason');
      await this.repo.update(tx, code, {
        ...(patch.name ? { name_ar: patch.name.ar, name_en: patch.name.en } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
      });
      const action = patch.active === false && before.active ? 'rejection_reason.deactivate' : patch.active === true && !before.active ? 'rejection_reason.activate' : 'rejection_reason.update';
      await this.audit.record({ actorStaffId: scope.actor.id, action, targetType: 'rejection_reason', targetId: code, before, after: patch }, tx);
      return (await this.rows(tx, code))[0]!;
    });
  }
}
