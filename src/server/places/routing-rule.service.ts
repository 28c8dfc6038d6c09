import type { Kysely } from 'kysely';
import type { CaseType } from '../../common/enums.ts';
import type { RoutingRule, RoutingRuleCreateInput, RoutingRulePatchInput } from '../../common/schemas/places.schema.ts';
import { adminScope, assertNational } from '../access/admin-scope.ts';
import { adminErrors } from '../admin/admin.errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { EntityRef } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import type { RoutingRuleRepository } from './routing-rule.repository.ts';

/** A rule as the router holds it. */
export interface LoadedRule {
  id: number;
  name: string;
  serviceId: number | null;
  groupCode: string | null;
  areaCode: string | null;
  caseType: CaseType | null;
  fromMinute: number | null;
  toMinute: number | null;
  target: EntityRef & { unitId: number | null };
  unitCode: string | null;
}

/** What a case offers a rule to match. */
export interface RuleFacts {
  serviceId: number;
  groupCode: string;
  /** Codes of the areas that decidedly hold the point (none when the point is outside or ambiguous). */
  areaCodes: ReadonlySet<string>;
  type: CaseType;
  /** Local minute of the day (0–1439). */
  minute: number;
}

/** Whether a rule's every condition holds; a window whose start is after its end wraps midnight. */
export function ruleMatches(r: LoadedRule, f: RuleFacts): boolean {
  if (r.serviceId !== null && r.serviceId !== f.serviceId) return false;
  if (r.groupCode !== null && r.groupCode !== f.groupCode) return false;
  if (r.areaCode !== null && !f.areaCodes.has(r.areaCode)) return false;
  if (r.caseType !== null && r.caseType !== f.type) return false;
  if (r.fromMinute !== null && r.toMinute !== null) {
    const inside = r.fromMinute <= r.toMinute ? f.minute >= r.fromMinute && f.minute < r.toMinute : f.minute >= r.fromMinute || f.minute < r.toMinute;
    if (!inside) return false;
  }
  return true;
}

const toClock = (m: number | null) => (m === null ? null : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const toMinute = (c: string | null | undefined) => (c ? Number(c.slice(0, 2)) * 60 + Number(c.slice(3, 5)) : null);

type Row = Awaited<ReturnType<RoutingRuleRepository['list']>>[number];
const present = (r: Row): RoutingRule => ({
  id: Number(r.id),
  position: r.position,
  name: r.name,
  active: r.active,
  serviceCode: r.service_code ?? null,
  groupCode: r.group_code ?? null,
  areaCode: r.area_code,
  caseType: r.case_type,
  from: toClock(r.from_minute),
  to: toClock(r.to_minute),
  entity: { code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en } },
  unit: r.unit_code ?? null,
});

/**
 * The ordered routing rules: administration (national coordinator, every change audited) and the
 * active rules held in memory for intake, reloaded at once after a change here and within `ttlMs`
 * after a change in another process.
 */
export class RoutingRuleService {
  #cache: { at: number; rules: LoadedRule[] } | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: RoutingRuleRepository,
    private readonly audit: AuditRepository,
    private readonly ttlMs = 30_000,
  ) {}

  /** The active rules in order. */
  async active(): Promise<LoadedRule[]> {
    const c = this.#cache;
    if (c && Date.now() - c.at < this.ttlMs) return c.rules;
    const rows = await this.repo.list();
    const rules = rows
      .filter((r) => r.active)
      .map((r) => ({
        id: Number(r.id),
        name: r.name,
        serviceId: r.service_id === null ? null : Number(r.service_id),
        groupCode: r.group_code ?? null,
        areaCode: r.area_code,
        caseType: r.case_type,
        fromMinute: r.from_minute,
        toMinute: r.to_minute,
        target: { id: Number(r.entity_id), code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en }, unitId: r.unit_id === null ? null : Number(r.unit_id) },
        unitCode: r.unit_code ?? null,
      }));
    this.#cache = { at: Date.now(), rules };
    return rules;
  }

  async list(actor: Actor): Promise<RoutingRule[]> {
    assertNational(await adminScope(actor, this.db, 'routing_rule', 'read'), 'routing rules');
    return (await this.repo.list()).map(present);
  }

  async create(actor: Actor, input: RoutingRuleCreateInput): Promise<RoutingRule> {
    const scope = await adminScope(actor, this.db, 'routing_rule', 'write');
    assertNational(scope, 'routing rules');
    const id = await this.db.transaction().execute(async (tx) => {
      const refs = await this.resolve(tx, input);
      const position = input.position ?? (await this.repo.lastPosition(tx)) + 1;
      const newId = await this.repo.insert(tx, { name: input.name, active: input.active ?? true, position, ...refs });
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'routing_rule.create', targetType: 'routing_rule', targetId: String(newId), after: input }, tx);
      return newId;
    });
    this.#cache = undefined;
    return present((await this.repo.list(this.db, id))[0]!);
  }

  async update(actor: Actor, id: number, patch: RoutingRulePatchInput): Promise<RoutingRule> {
    const scope = await adminScope(actor, this.db, 'routing_rule', 'write');
    assertNational(scope, 'routing rules');
    await this.db.transaction().execute(async (tx) => {
      const [row] = await this.repo.list(tx, id);
      if (!row) throw errors.notFound('routing rule');
      const before = present(row);
      const merged = {
        serviceCode: before.serviceCode,
        groupCode: before.groupCode,
        areaCode: before.areaCode,
        caseType: before.caseType,
        from: before.from,
        to: before.to,
        entity: before.entity.code,
        unit: before.unit,
        ...patch,
      };
      const refs = await this.resolve(tx, merged as RoutingRuleCreateInput);
      await this.repo.update(tx, id, {
        ...refs,
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updated_at: new Date(),
      });
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'routing_rule.update', targetType: 'routing_rule', targetId: String(id), before, after: patch }, tx);
    });
    this.#cache = undefined;
    return present((await this.repo.list(this.db, id))[0]!);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const scope = await adminScope(actor, this.db, 'routing_rule', 'write');
    assertNational(scope, 'routing rules');
    await this.db.transaction().execute(async (tx) => {
      const [row] = await this.repo.list(tx, id);
      if (!row) throw errors.notFound('routing rule');
      await this.repo.remove(tx, id);
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'routing_rule.delete', targetType: 'routing_rule', targetId: String(id), before: present(row) }, tx);
    });
    this.#cache = undefined;
  }

  /** Puts every rule in the order given (the list must name each rule once). */
  async reorder(actor: Actor, ids: number[]): Promise<RoutingRule[]> {
    const scope = await adminScope(actor, this.db, 'routing_rule', 'write');
    assertNational(scope, 'routing rules');
    await this.db.transaction().execute(async (tx) => {
      const rows = await this.repo.list(tx);
      const known = new Set(rows.map((r) => Number(r.id)));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i))) {
        throw adminErrors.invalid('ids', 'invalid_value', 'Name every routing rule exactly once.');
      }
      for (const [i, ruleId] of ids.entries()) await this.repo.update(tx, ruleId, { position: i + 1 });
      await this.audit.record(
        { actorStaffId: scope.actor.id, action: 'routing_rule.reorder', targetType: 'routing_rule', before: rows.map((r) => Number(r.id)), after: ids },
        tx,
      );
    });
    this.#cache = undefined;
    return this.list(actor);
  }

  /** The ids a rule names, refused with the field at fault when one does not exist. */
  private async resolve(db: Kysely<DB>, input: RoutingRuleCreateInput) {
    if (input.serviceCode && input.groupCode) throw adminErrors.invalid('groupCode', 'invalid_value', 'Name a service or a group, not both.');
    if ((input.from ?? null) === null !== ((input.to ?? null) === null)) throw adminErrors.invalid('to', 'required', 'Give both ends of the time window, or neither.');
    if (input.from === '24:00') throw adminErrors.invalid('from', 'invalid_value', 'A window starts before 24:00.');
    const found = await this.repo.idsByCode(db, {
      entities: [input.entity, ...(input.unit ? [input.unit] : [])],
      services: input.serviceCode ? [input.serviceCode] : [],
      groups: input.groupCode ? [input.groupCode] : [],
    });
    const entity = found.entities.find((e) => e.code === input.entity);
    if (!entity) throw adminErrors.unknown('entity', 'entity');
    const unit = input.unit ? found.entities.find((e) => e.code === input.unit) : undefined;
    if (input.unit && (!unit || unit.kind !== 'unit' || Number(unit.parent_id) !== Number(entity.id))) throw adminErrors.unknown('unit', 'unit of that entity');
    const service = input.serviceCode ? found.services[0] : undefined;
    if (input.serviceCode && !service) throw adminErrors.unknown('serviceCode', 'service');
    const group = input.groupCode ? found.groups[0] : undefined;
    if (input.groupCode && !group) throw adminErrors.unknown('groupCode', 'service group');
    return {
      entity_id: Number(entity.id),
      unit_id: unit ? Number(unit.id) : null,
      service_id: service ? Number(service.id) : null,
      group_id: group ? Number(group.id) : null,
      area_code: input.areaCode ?? null,
      case_type: input.caseType ?? null,
      from_minute: toMinute(input.from),
      to_minute: toMinute(input.to),
    };
  }
}
