import type { Kysely, Transaction } from 'kysely';
import type { AdminStaff, StaffCreateInput, StaffPatchInput, StaffQuery } from '../../common/schemas/admin.schema.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ClientInfo } from '../http/client-info.ts';
import { assertPasswordAcceptable, hashPassword } from '../auth/password.ts';
import type { DB } from '../db/schema.ts';
import type { StaffRole } from '../../common/enums.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertEntity, assertRoleGrantable, scopeIds, type AdminScope } from '../access/admin-scope.ts';
import { requireStaff, type AccessService } from '../access/access.service.ts';
import { adminErrors, isUniqueViolation } from './admin.errors.ts';
import type { StaffAdminRepository, StaffView } from './staff-admin.repository.ts';

/** The roles a case can be assigned to. */
const assignableRoles: StaffRole[] = ['officer', 'supervisor'];

/** Staff accounts of the entities an administrator administers, every change audited; and the workspace's directory of colleagues. */
export class StaffAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: StaffAdminRepository,
    private readonly audit: AuditRepository,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  /**
   * The workspace's directory: active staff of the entities the actor's role reaches
   * (access.policy.ts, `staff_directory`); with `assignable`, only those a case can be assigned to.
   */
  async directory(actor: Actor, assignable: boolean) {
    const staff = requireStaff(actor, 'staff_directory');
    const ids = await this.access.entityIds(staff, 'staff_directory', 'read');
    return this.repo.directory(this.db, ids, assignable ? assignableRoles : undefined);
  }

  /** One page of staff, oldest account first; filters by entity (or unit), role, state and name/email. */
  async list(actor: Actor, query: StaffQuery): Promise<{ items: AdminStaff[]; nextCursor: string | null }> {
    const scope = await adminScope(actor, this.db);
    const limit = query.limit;
    let filterId: number | undefined;
    if (query.entity) {
      filterId = scope.tree.find((n) => n.code === query.entity)?.id;
      if (filterId === undefined) throw errors.notFound('entity');
      assertEntity(scope, filterId);
    }
    // One more than the page, to know whether another follows.
    const rows = await this.repo.listViews(this.db, {
      entityIds: scopeIds(scope),
      placedIn: filterId,
      role: query.role,
      active: query.active === undefined ? undefined : query.active === 'true',
      text: query.q?.trim() || undefined,
      afterId: query.cursor === undefined ? undefined : Number(query.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return { items: page.map(presentStaff), nextCursor: rows.length > limit ? String(page.at(-1)!.id) : null };
  }

  async get(actor: Actor, id: number): Promise<AdminStaff> {
    const scope = await adminScope(actor, this.db);
    const row = await this.repo.findView(this.db, id);
    if (!row) throw errors.notFound('staff member');
    assertEntity(scope, row.entity_id, 'staff member');
    return presentStaff(row);
  }

  /**
   * Adds a staff member with an initial password, or without one: then they are emailed a link to
   * set it (the password-reset flow), sent once the account is committed.
   */
  async create(actor: Actor, input: StaffCreateInput, client: ClientInfo): Promise<{ staff: AdminStaff; invited: boolean }> {
    const scope = await adminScope(actor, this.db);
    assertRoleGrantable(scope, input.role);
    if (input.password !== undefined) assertPasswordAcceptable(input.password, { email: input.email });
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    const staff = await this.db
      .transaction()
      .execute(async (tx) => {
        const { entityId, unitId } = await this.placement(tx, scope, input.entity, input.unit ?? null);
        assertRoleGrantable(scope, input.role, entityId);
        if (await this.repo.emailTaken(tx, input.email)) throw adminErrors.taken('email', 'email address');
        const id = await this.repo.insert(tx, {
          email: input.email,
          name: input.name,
          role: input.role,
          entity_id: entityId,
          unit_id: unitId,
          language: input.language ?? 'ar',
          password_hash: passwordHash,
        });
        const { password: _secret, ...shown } = input;
        await this.audit.record(
          {
            actorStaffId: scope.actor.id,
            action: 'staff.create',
            targetType: 'staff_user',
            targetId: String(id),
            entityId,
            after: { ...shown, invited: passwordHash === null },
          },
          tx,
        );
        return presentStaff(await this.repo.getView(tx, id));
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw adminErrors.taken('email', 'email address');
        throw error;
      });
    const invited = passwordHash === null && (await this.invite(staff.email, client));
    return { staff, invited };
  }

  /** Emails a staff member a link to (re)set their password. */
  async sendPasswordLink(actor: Actor, id: number, client: ClientInfo): Promise<void> {
    const scope = await adminScope(actor, this.db);
    const row = await this.repo.findContact(this.db, id);
    if (!row) throw errors.notFound('staff member');
    assertEntity(scope, row.entity_id, 'staff member');
    if (!row.active) throw adminErrors.invalid('active', 'inactive', 'The account is disabled; activate it first.');
    await this.auth.requestPasswordReset(row.email, client);
    await this.audit.record({ actorStaffId: scope.actor.id, action: 'staff.password_link', targetType: 'staff_user', targetId: String(id), entityId: row.entity_id });
  }

  /**
   * Removes a staff member's second factor (a lost phone, recovery codes gone), audited; at their
   * next sign-in they enrol again if their role requires it. An entity's administrator does not
   * reset accounts that reach beyond the entity.
   */
  async resetSecondFactor(actor: Actor, id: number): Promise<void> {
    const scope = await adminScope(actor, this.db);
    const row = await this.repo.findEditable(this.db, id);
    if (!row) throw errors.notFound('staff member');
    assertEntity(scope, row.entity_id, 'staff member');
    assertRoleGrantable(scope, row.role, row.entity_id);
    const removed = await this.auth.resetSecondFactor(id);
    await this.audit.record({ actorStaffId: scope.actor.id, action: 'staff.second_factor_reset', targetType: 'staff_user', targetId: String(id), entityId: row.entity_id, after: { removed } });
  }

  /** Changes name, role, entity, unit, language or state; disabling ends the account's sessions. */
  async update(actor: Actor, id: number, patch: StaffPatchInput): Promise<AdminStaff> {
    const scope = await adminScope(actor, this.db);
    return this.db.transaction().execute(async (tx) => {
      const before = await this.repo.findEditable(tx, id);
      if (!before) throw errors.notFound('staff member');
      assertEntity(scope, before.entity_id, 'staff member');
      // An entity's administrator does not manage the accounts that reach beyond the entity.
      assertRoleGrantable(scope, before.role, before.entity_id);
      if (patch.role !== undefined) assertRoleGrantable(scope, patch.role);
      if (before.id === scope.actor.id) {
        if (patch.role !== undefined && patch.role !== before.role) throw adminErrors.invalid('role', 'self', 'You cannot change your own role.');
        if (patch.active === false) throw adminErrors.invalid('active', 'self', 'You cannot disable your own account.');
        if (patch.entity !== undefined && patch.entity !== scope.tree.find((n) => n.id === before.entity_id)?.code) {
          throw adminErrors.invalid('entity', 'self', 'You cannot move your own account to another entity.');
        }
      }
      const currentEntity = scope.tree.find((n) => n.id === before.entity_id)!.code;
      const currentUnit = scope.tree.find((n) => n.id === before.unit_id)?.code ?? null;
      const entityCode = patch.entity ?? currentEntity;
      // A move to another entity leaves the old unit behind unless a new one is named.
      const unitCode = patch.unit !== undefined ? patch.unit : patch.entity !== undefined ? null : currentUnit;
      // Only a real move is checked as one: the account of a deactivated unit can still be edited.
      const moving = entityCode !== currentEntity || unitCode !== currentUnit;
      const place = moving ? await this.placement(tx, scope, entityCode, unitCode) : { entityId: before.entity_id, unitId: before.unit_id };
      assertRoleGrantable(scope, patch.role ?? before.role, place.entityId);
      await this.repo.update(tx, id, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.language !== undefined ? { language: patch.language } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        // Enabling an account again also clears a lock-out from before it was disabled.
        ...(patch.active === true && !before.active ? { failed_logins: 0, locked_until: null } : {}),
        entity_id: place.entityId,
        unit_id: place.unitId,
      });
      if (patch.active === false && before.active) await this.repo.revokeSessions(tx, id);
      const action = patch.active === false && before.active ? 'staff.disable' : patch.active === true && !before.active ? 'staff.enable' : 'staff.update';
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action,
          targetType: 'staff_user',
          targetId: String(id),
          entityId: place.entityId,
          before: { name: before.name, role: before.role, entityId: before.entity_id, unitId: before.unit_id, language: before.language, active: before.active },
          after: patch,
        },
        tx,
      );
      return presentStaff(await this.repo.getView(tx, id));
    });
  }

  /** Resolves an entity code and an optional unit code under it, both administered by the actor. */
  private async placement(tx: Transaction<DB>, scope: AdminScope, entityCode: string, unitCode: string | null) {
    const entity = await this.repo.findEntity(tx, entityCode);
    if (!entity) throw adminErrors.unknown('entity', 'entity');
    assertEntity(scope, entity.id);
    if (!entity.active) throw adminErrors.invalid('entity', 'inactive', 'The entity is deactivated.');
    if (unitCode === null) return { entityId: entity.id, unitId: null };
    const unit = await this.repo.findUnitOf(tx, entity.id, unitCode);
    if (!unit) throw adminErrors.invalid('unit', 'not_a_unit', `There is no unit ${unitCode} in ${entityCode}.`);
    if (!unit.active) throw adminErrors.invalid('unit', 'inactive', 'The unit is deactivated.');
    return { entityId: entity.id, unitId: unit.id };
  }

  // A failed invitation (mail throttled, transport down) leaves the account; the admin can resend.
  private async invite(email: string, client: ClientInfo): Promise<boolean> {
    try {
      await this.auth.requestPasswordReset(email, client);
      return true;
    } catch {
      return false;
    }
  }
}

function presentStaff(r: StaffView): AdminStaff {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    entity: r.entity,
    unit: r.unit,
    language: r.language,
    active: r.active,
    hasPassword: Boolean(r.has_password),
    lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
