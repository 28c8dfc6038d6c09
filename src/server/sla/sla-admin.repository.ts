import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type {
  CalendarHolidaysTable,
  CalendarOverridesTable,
  CalendarsTable,
  DB,
  SlaEscalationStepsTable,
  SlaPoliciesTable,
  SlaTargetsTable,
} from '../db/schema.ts';

/** The columns of a policy a save sets (its code aside). */
export type PolicyWrite = Omit<Insertable<SlaPoliciesTable>, 'code' | 'id' | 'created_at'>;

/** SQL of the calendar and SLA policy administration; no rules. */
export class SlaAdminRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The id of the calendar with this code, if there is one. */
  async calendarIdByCode(code: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('calendars').select('id').where('code', '=', code).executeTakeFirst();
    return row?.id;
  }

  /** Every calendar, holiday (by date) and override (by start). */
  async calendarsWithDays() {
    const [calendars, holidays, overrides] = await Promise.all([
      this.db.selectFrom('calendars').selectAll().orderBy('id').execute(),
      this.db.selectFrom('calendar_holidays').selectAll().orderBy('date').execute(),
      this.db.selectFrom('calendar_overrides').selectAll().orderBy('from_date').execute(),
    ]);
    return { calendars, holidays, overrides };
  }

  async insertCalendar(values: Insertable<CalendarsTable>): Promise<void> {
    await this.db.insertInto('calendars').values(values).execute();
  }

  async updateCalendar(id: number, values: Updateable<CalendarsTable>): Promise<void> {
    await this.db.updateTable('calendars').set(values).where('id', '=', id).execute();
  }

  /** Adds a holiday, or renames the calendar's holiday on that date (its hours stay). */
  async upsertHoliday(values: Insertable<CalendarHolidaysTable>): Promise<void> {
    await this.db
      .insertInto('calendar_holidays')
      .values(values)
      .onConflict((oc) => oc.columns(['calendar_id', 'date']).doUpdateSet({ name_ar: values.name_ar, name_en: values.name_en, lunar: values.lunar }))
      .execute();
  }

  /** Adds holidays; a date the calendar has already is left as it is. */
  async insertHolidaysKeepingExisting(rows: Insertable<CalendarHolidaysTable>[]): Promise<void> {
    await this.db
      .insertInto('calendar_holidays')
      .values(rows)
      .onConflict((oc) => oc.columns(['calendar_id', 'date']).doNothing())
      .execute();
  }

  /** Removes the calendar's holiday on a date; answers whether there was one. */
  async deleteHoliday(calendarId: number, date: string): Promise<boolean> {
    const res = await this.db.deleteFrom('calendar_holidays').where('calendar_id', '=', calendarId).where('date', '=', date).executeTakeFirst();
    return res.numDeletedRows > 0n;
  }

  async insertOverride(values: Insertable<CalendarOverridesTable>): Promise<void> {
    await this.db.insertInto('calendar_overrides').values(values).execute();
  }

  /** Every policy, target, escalation step (by percent) and calendar code. */
  async policiesWithRules() {
    const [policies, targets, steps, calendars] = await Promise.all([
      this.db.selectFrom('sla_policies').selectAll().orderBy('id').execute(),
      this.db.selectFrom('sla_targets').selectAll().execute(),
      this.db.selectFrom('sla_escalation_steps').selectAll().orderBy('at_percent').execute(),
      this.db.selectFrom('calendars').select(['id', 'code']).execute(),
    ]);
    return { policies, targets, steps, calendars };
  }

  async policyIdByCode(code: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('sla_policies').select('id').where('code', '=', code).executeTakeFirst();
    return row?.id;
  }

  /** No policy is the default any more. */
  async clearDefaultPolicy(tx: Transaction<DB>): Promise<void> {
    await tx.updateTable('sla_policies').set({ is_default: false }).where('is_default', '=', true).execute();
  }

  /** Inserts the policy, or updates the one with the same code; answers its id. */
  async upsertPolicy(tx: Transaction<DB>, code: string, values: PolicyWrite): Promise<number> {
    const row = await tx
      .insertInto('sla_policies')
      .values({ code, ...values })
      .onConflict((oc) => oc.column('code').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Replaces the policy's targets with these. */
  async replaceTargets(tx: Transaction<DB>, policyId: number, targets: Omit<Insertable<SlaTargetsTable>, 'policy_id'>[]): Promise<void> {
    await tx.deleteFrom('sla_targets').where('policy_id', '=', policyId).execute();
    await tx
      .insertInto('sla_targets')
      .values(targets.map((t) => ({ policy_id: policyId, ...t })))
      .execute();
  }

  /**
   * Makes the policy's ladder these steps: steps at other percents go, a step at a percent already
   * there is updated in place (so its id stays, and a case that has fired it does not fire it again).
   */
  async replaceSteps(tx: Transaction<DB>, policyId: number, steps: Omit<Insertable<SlaEscalationStepsTable>, 'policy_id'>[]): Promise<void> {
    const kept = steps.map((s) => s.at_percent);
    await tx.deleteFrom('sla_escalation_steps').where('policy_id', '=', policyId).$if(kept.length > 0, (q) => q.where('at_percent', 'not in', kept)).execute();
    for (const s of steps) {
      await tx
        .insertInto('sla_escalation_steps')
        .values({ policy_id: policyId, ...s })
        .onConflict((oc) => oc.columns(['policy_id', 'at_percent']).doUpdateSet({ notify_roles: s.notify_roles, raise_level_to: s.raise_level_to }))
        .execute();
    }
  }

  /** The service with this code and its current policy, if there is one. */
  serviceByCode(code: string) {
    return this.db.selectFrom('services').select(['id', 'sla_policy_id']).where('code', '=', code).executeTakeFirst();
  }

  async setServicePolicy(serviceId: number, policyId: number, at: Date): Promise<void> {
    await this.db.updateTable('services').set({ sla_policy_id: policyId, updated_at: at }).where('id', '=', serviceId).execute();
  }
}
