import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  calendarInputSchema,
  calendarPatchSchema,
  holidayInputSchema,
  overrideInputSchema,
  PolicyInput,
} from '../../common/schemas/sla-admin.schema.ts';
import type { AccessAction } from '../access/access.policy.ts';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { AppError, errors } from '../http/errors.ts';
import { IcsDateError, parseIcsHolidays } from './ics.ts';
import type { SlaAdminRepository } from './sla-admin.repository.ts';
import type { SlaService } from './sla.service.ts';

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Calendars and SLA policies for the national coordinator; every change audited. */
export class SlaAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly audit: AuditRepository,
    private readonly sla: SlaService,
    private readonly catalogue: CatalogueService,
    private readonly access: AccessService,
    private readonly repo: SlaAdminRepository,
  ) {}

  /** Calendars and policies are national: read by those who work with them, written at the root (access.policy.ts). */
  private authorise(actor: StaffActor, thing: 'calendar' | 'sla_policy', action: AccessAction): Promise<void> {
    return this.access.assert(actor, thing, action);
  }

  private async calendarId(code: string): Promise<number> {
    const id = await this.repo.calendarIdByCode(code);
    if (id === undefined) throw errors.notFound('calendar');
    return id;
  }

  private async changed(actor: StaffActor, action: string, targetType: string, targetId: string, after?: unknown, before?: unknown) {
    await this.audit.record({ actorStaffId: actor.id, action, targetType, targetId, after, before });
    this.sla.invalidate();
  }

  async listCalendars(actor: StaffActor) {
    await this.authorise(actor, 'calendar', 'read');
    const { calendars, holidays, overrides } = await this.repo.calendarsWithDays();
    return calendars.map((c) => ({
      code: c.code,
      name: { ar: c.name_ar, en: c.name_en },
      timeZone: c.time_zone,
      week: json(c.week),
      holidays: holidays
        .filter((h) => h.calendar_id === c.id)
        .map((h) => ({ date: h.date, name: { ar: h.name_ar, en: h.name_en }, lunar: h.lunar, offIntervals: h.off_intervals ? json(h.off_intervals) : null })),
      overrides: overrides
        .filter((o) => o.calendar_id === c.id)
        .map((o) => ({ from: o.from_date, to: o.to_date, name: { ar: o.name_ar, en: o.name_en }, week: json(o.week) })),
    }));
  }

  async createCalendar(actor: StaffActor, input: z.infer<typeof calendarInputSchema>) {
    await this.authorise(actor, 'calendar', 'write');
    if ((await this.repo.calendarIdByCode(input.code)) !== undefined) throw new AppError(409, 'validation_failed', `A calendar ${input.code} exists`, [{ path: 'code', code: 'taken', message: 'Taken' }]);
    await this.repo.insertCalendar({ code: input.code, name_ar: input.name.ar, name_en: input.name.en, time_zone: input.timeZone, week: JSON.stringify(input.week) });
    await this.changed(actor, 'calendar.create', 'calendar', input.code, input);
  }

  async updateCalendar(actor: StaffActor, code: string, patch: z.infer<typeof calendarPatchSchema>) {
    await this.authorise(actor, 'calendar', 'write');
    const id = await this.calendarId(code);
    await this.repo.updateCalendar(id, {
      ...(patch.name ? { name_ar: patch.name.ar, name_en: patch.name.en } : {}),
      ...(patch.timeZone ? { time_zone: patch.timeZone } : {}),
      ...(patch.week ? { week: JSON.stringify(patch.week) } : {}),
    });
    await this.changed(actor, 'calendar.update', 'calendar', code, patch);
  }

  async addHoliday(actor: StaffActor, code: string, h: z.infer<typeof holidayInputSchema>) {
    await this.authorise(actor, 'calendar', 'write');
    const id = await this.calendarId(code);
    await this.repo.upsertHoliday({
      calendar_id: id,
      date: h.date,
      name_ar: h.name.ar,
      name_en: h.name.en,
      lunar: h.lunar ?? false,
      off_intervals: h.offIntervals ? JSON.stringify(h.offIntervals) : null,
    });
    await this.changed(actor, 'calendar.holiday.add', 'calendar', code, h);
  }

  async removeHoliday(actor: StaffActor, code: string, date: string) {
    await this.authorise(actor, 'calendar', 'write');
    const id = await this.calendarId(code);
    if (!(await this.repo.deleteHoliday(id, date))) throw errors.notFound('holiday');
    await this.changed(actor, 'calendar.holiday.remove', 'calendar', code, undefined, { date });
  }

  async addOverride(actor: StaffActor, code: string, o: z.infer<typeof overrideInputSchema>) {
    await this.authorise(actor, 'calendar', 'write');
    const id = await this.calendarId(code);
    await this.repo.insertOverride({ calendar_id: id, from_date: o.from, to_date: o.to, name_ar: o.name.ar, name_en: o.name.en, week: JSON.stringify(o.week) });
    await this.changed(actor, 'calendar.override.add', 'calendar', code, o);
  }

  /** Adds the all-day events of an .ics file as holidays (named in both languages by the event's summary). */
  async importIcs(actor: StaffActor, code: string, text: string, lunar: boolean) {
    await this.authorise(actor, 'calendar', 'write');
    const id = await this.calendarId(code);
    let parsed: ReturnType<typeof parseIcsHolidays>;
    try {
      parsed = parseIcsHolidays(text);
    } catch (e) {
      if (e instanceof IcsDateError) throw errors.validation([{ path: 'body', code: 'invalid_date', message: e.message }], e.message);
      throw e;
    }
    const { holidays, skipped } = parsed;
    if (!holidays.length) throw errors.field('body', 'no_holidays', 'The file has no all-day events');
    await this.repo.insertHolidaysKeepingExisting(
      holidays.map((h) => ({ calendar_id: id, date: h.date, name_ar: h.name.slice(0, 200), name_en: h.name.slice(0, 200), lunar, off_intervals: null })),
    );
    await this.changed(actor, 'calendar.holiday.import', 'calendar', code, { count: holidays.length, skipped });
    return { imported: holidays.length, skipped };
  }

  async listPolicies(actor: StaffActor) {
    await this.authorise(actor, 'sla_policy', 'read');
    const { policies, targets, steps, calendars: cals } = await this.repo.policiesWithRules();
    return policies.map((p) => ({
      code: p.code,
      name: { ar: p.name_ar, en: p.name_en },
      calendarCode: cals.find((c) => c.id === p.calendar_id)?.code ?? null,
      pauseStatuses: p.pause_statuses,
      onTransfer: p.on_transfer,
      onReopen: p.on_reopen,
      isDefault: p.is_default,
      targets: targets
        .filter((t) => t.policy_id === p.id)
        .map((t) => ({ caseType: t.case_type, priority: t.priority, unit: t.unit, firstResponseTarget: t.first_response_target, resolutionTarget: t.resolution_target })),
      steps: steps.filter((s) => s.policy_id === p.id).map((s) => ({ atPercent: s.at_percent, notifyRoles: s.notify_roles, raiseLevelTo: s.raise_level_to })),
    }));
  }

  /** Creates a policy, or replaces one with the same code (its targets and ladder too). */
  async savePolicy(actor: StaffActor, input: PolicyInput) {
    await this.authorise(actor, 'sla_policy', 'write');
    const calendarId = await this.calendarId(input.calendarCode);
    const keys = input.targets.map((t) => `${t.caseType ?? '*'}/${t.priority ?? '*'}`);
    if (new Set(keys).size !== keys.length) throw errors.field('targets', 'duplicate', 'One target per case type and priority');
    if (new Set(input.steps.map((s) => s.atPercent)).size !== input.steps.length) throw errors.field('steps', 'duplicate', 'One step per percent');
    const before = (await this.listPolicies(actor)).find((p) => p.code === input.code);
    await this.db.transaction().execute(async (tx) => {
      if (input.isDefault) await this.repo.clearDefaultPolicy(tx);
      const values = {
        name_ar: input.name.ar,
        name_en: input.name.en,
        calendar_id: calendarId,
        pause_statuses: input.pauseStatuses ?? ['awaiting_citizen'],
        on_transfer: input.onTransfer ?? 'keep',
        on_reopen: input.onReopen ?? 'fresh',
        ...(input.isDefault !== undefined ? { is_default: input.isDefault } : {}),
      };
      const policyId = await this.repo.upsertPolicy(tx, input.code, values);
      await this.repo.replaceTargets(
        tx,
        policyId,
        input.targets.map((t) => ({
          case_type: t.caseType,
          priority: t.priority,
          unit: t.unit ?? 'working_minutes',
          first_response_target: t.firstResponseTarget,
          resolution_target: t.resolutionTarget,
        })),
      );
      // Steps are matched by percent so escalations already fired keep their meaning.
      await this.repo.replaceSteps(
        tx,
        policyId,
        input.steps.map((s) => ({ at_percent: s.atPercent, notify_roles: s.notifyRoles, raise_level_to: s.raiseLevelTo })),
      );
    });
    await this.changed(actor, before ? 'sla_policy.update' : 'sla_policy.create', 'sla_policy', input.code, input, before);
  }

  /** Puts a service under a policy; cases created from now on use it. */
  async assignPolicy(actor: StaffActor, serviceCode: string, policyCode: string) {
    await this.authorise(actor, 'sla_policy', 'write');
    const policyId = await this.repo.policyIdByCode(policyCode);
    if (policyId === undefined) throw errors.field('policyCode', 'unknown_policy', 'No such policy');
    const before = await this.repo.serviceByCode(serviceCode);
    if (!before) throw errors.serviceNotFound(serviceCode);
    await this.repo.setServicePolicy(before.id, policyId, new Date());
    this.catalogue.invalidate();
    await this.changed(actor, 'service.sla_policy', 'service', serviceCode, { policy: policyCode }, { policyId: before.sla_policy_id });
  }
}
