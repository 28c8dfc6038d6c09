import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaEscalationNotices } from '../../src/server/notify/sla-notices.ts';
import { forceState } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;

describe('SLA notices (the sweeper’s escalation listener)', () => {
  it('warns the assignee, escalates to the roles named, coordinators up the tree included, all urgent', async () => {
    const receipt = await buildCase(t.app);
    await forceState(t.ctx, receipt.reference, { status: 'in_progress', assigneeEmail: 'officer@muharraq.demo' });
    const c = await db().selectFrom('cases').select(['id', 'entity_id', 'assignee_id']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    await db().updateTable('cases').set({ resolution_due_at: new Date('2026-12-01T10:00:00Z') }).where('id', '=', c.id).execute();
    await db().updateTable('staff_users').set({ notify_mode: 'digest' }).where('email', '=', 'supervisor@muharraq.demo').execute();

    const listener = slaEscalationNotices('Asia/Bahrain');
    await db()
      .transaction()
      .execute((tx) =>
        listener(tx, [
          { caseId: c.id, entityId: c.entity_id, assigneeId: c.assignee_id, atPercent: 75, notifyRoles: ['assignee'], level: 0 },
          { caseId: c.id, entityId: c.entity_id, assigneeId: c.assignee_id, atPercent: 150, notifyRoles: ['assignee', 'officer', 'supervisor', 'coordinator'], level: 2 },
        ]),
      );

    const rows = await db().selectFrom('notification_outbox').select(['address', 'template', 'status', 'urgent', 'params', 'reference']).where('case_id', '=', c.id).where('template', 'like', 'staff_%').orderBy('id').execute();
    expect(rows.map((r) => `${r.template} ${r.address}`).sort()).toEqual([
      'staff_escalated coordinator@ministry.demo',
      'staff_escalated coordinator@muharraq.demo',
      'staff_escalated officer@muharraq.demo', // once, though both the assignee and an officer
      'staff_escalated supervisor@muharraq.demo',
      'staff_sla_warning officer@muharraq.demo',
    ]);
    for (const r of rows) expect(r).toMatchObject({ status: 'pending', urgent: true, reference: receipt.reference }); // urgent: past the digest
    expect(rows.find((r) => r.template === 'staff_sla_warning')!.params).toEqual({ dueAt: '2026-12-01 13:00', level: '0' });

    const rendered = await t.ctx.notify.templates.render({ template: 'staff_escalated', language: 'ar', entityId: c.entity_id, params: rows.find((r) => r.template === 'staff_escalated')!.params as Record<string, string>, reference: receipt.reference });
    expect(rendered.subject).toBe(`تصعيد البلاغ ${receipt.reference}`);
    expect(rendered.text).toContain('مستوى التصعيد: 2');
  });
});
