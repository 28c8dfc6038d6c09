import { describe, expect, it } from 'vitest';
import { caseActions } from '../../src/server/cases/workflow.ts';
import { acknowledgement, notificationsFor, slaNotifications, type NoticeCase } from '../../src/server/notify/case-notices.ts';
import { channelsFor } from '../../src/server/notify/outbox.ts';

const row: NoticeCase = {
  id: 7,
  reference: '26-0000042-5',
  entity_id: 3,
  entity_name_ar: 'بلدية المحرق',
  entity_name_en: 'Muharraq Municipality',
  assignee_id: 11,
  citizen_id: null,
  contact_phone: '+97336001234',
  contact_email: null,
  language: 'ar',
  priority: 'normal',
};
const citizen = { kind: 'contact', phone: '+97336001234', email: null, citizenId: null, relay: null };
const none = { changes: {}, events: [] };

describe('which action tells whom', () => {
  const expected: Record<string, { template: string; to: unknown }[]> = {
    assign: [{ template: 'staff_assigned', to: { kind: 'staff', staffId: 12 } }],
    start: [],
    reply: [{ template: 'entity_replied', to: citizen }],
    note: [],
    'request-info': [{ template: 'info_requested', to: citizen }],
    'citizen-reply': [{ template: 'staff_citizen_replied', to: { kind: 'staff', staffId: 11 } }],
    resolve: [{ template: 'case_resolved', to: citizen }],
    reject: [{ template: 'case_rejected', to: citizen }],
    close: [],
    priority: [],
    transfer: [{ template: 'staff_transferred', to: { kind: 'entity_staff', entityIds: [4], roles: ['supervisor'] } }],
    'change-service': [{ template: 'staff_transferred', to: { kind: 'entity_staff', entityIds: [4], roles: ['supervisor'] } }],
    merge: [{ template: 'case_merged', to: citizen }],
    rate: [],
    reopen: [
      { template: 'case_reopened', to: citizen },
      { template: 'staff_case_reopened', to: { kind: 'staff', staffId: 11 } },
    ],
    study: [{ template: 'suggestion_under_study', to: citizen }],
    accept: [{ template: 'suggestion_accepted', to: citizen }],
    implement: [{ template: 'suggestion_implemented', to: citizen }],
    decline: [{ template: 'suggestion_declined', to: citizen }],
  };
  const effects: Record<string, Parameters<typeof notificationsFor>[2]> = {
    assign: { changes: { assignee_id: 12 }, events: [] },
    transfer: { changes: { entity_id: 4 }, events: [{ kind: 'transferred', data: { reason: 'خارج النطاق' } }] },
    'change-service': { changes: { entity_id: 4 }, events: [{ kind: 'service_changed', body: 'خدمة أخرى', data: { from: 'a', to: 'b' } }] },
    merge: { changes: {}, events: [{ kind: 'merged', data: { into: '26-0000017-7' } }] },
    reject: { changes: {}, events: [{ kind: 'status_changed', data: { reason: { ar: 'مكرر', en: 'Duplicate' } } }] },
    decline: { changes: {}, events: [{ kind: 'status_changed', body: 'لا تتوفر ميزانية', data: { to: 'declined', reason: { ar: 'مكرر', en: 'Duplicate' } } }] },
    accept: {
      changes: {},
      events: [{ kind: 'status_changed', body: 'إنارة', data: { to: 'accepted', plan: 'إنارة', ownerUnit: { code: 'capital', name: { ar: 'العاصمة', en: 'Capital' } }, targetDate: '2027-03-31' } }],
    },
  };
  for (const action of caseActions) {
    it(action, () => {
      const effect = effects[action] ?? { changes: {}, events: [{ kind: 'public_reply', body: 'النص' }] };
      const got = notificationsFor(action, row, effect, 99);
      expect(got.map((m) => ({ template: m.template, to: m.recipient }))).toEqual(expected[action]);
      for (const m of got) expect(m).toMatchObject({ caseId: 7, reference: '26-0000042-5' });
    });
  }

  it('carries the reply text, the master reference and the rejection reason', () => {
    expect(notificationsFor('reply', row, { changes: {}, events: [{ kind: 'public_reply', body: 'تم الإصلاح' }] })[0]!.params).toEqual({ message: 'تم الإصلاح' });
    expect(notificationsFor('merge', row, effects.merge!)[0]!.params).toEqual({ master: '26-0000017-7' });
    expect(notificationsFor('reject', row, effects.reject!)[0]!.params).toMatchObject({ reason: { ar: 'مكرر', en: 'Duplicate' } });
  });

  it("carries a suggestion's plan, and its decline's reason and words", () => {
    expect(notificationsFor('accept', row, effects.accept!)[0]!.params).toEqual({ plan: 'إنارة', unit: { ar: 'العاصمة', en: 'Capital' }, targetDate: '2027-03-31' });
    expect(notificationsFor('decline', row, effects.decline!)[0]!.params).toEqual({ reason: { ar: 'مكرر', en: 'Duplicate' }, message: 'لا تتوفر ميزانية' });
  });

  it('writes to the citizen in the case language, from the entity holding the case', () => {
    const [m] = notificationsFor('resolve', { ...row, language: 'en' }, { changes: {}, events: [{ kind: 'public_reply', body: 'Fixed' }] });
    expect(m).toMatchObject({ language: 'en', entityId: 3 });
  });

  it('sends the transfer notice in the wording of the receiving entity', () => {
    const [m] = notificationsFor('transfer', row, effects.transfer!);
    expect(m).toMatchObject({ entityId: 4, params: { fromEntity: { ar: 'بلدية المحرق', en: 'Muharraq Municipality' }, reason: 'خارج النطاق' } });
  });

  it('tells nobody about their own action; an anonymous case tells only its followers, of public steps', () => {
    expect(notificationsFor('assign', row, { changes: { assignee_id: 99 }, events: [] }, 99)).toEqual([]);
    expect(notificationsFor('citizen-reply', { ...row, assignee_id: null }, none)).toEqual([]);
    expect(notificationsFor('reply', { ...row, contact_phone: null }, none).map((m) => m.recipient)).toEqual([{ kind: 'followers' }]);
    expect(notificationsFor('request-info', { ...row, contact_phone: null }, none)).toEqual([]);
    expect(notificationsFor('change-service', row, { changes: { entity_id: 3 }, events: [] })).toEqual([]);
  });

  it('marks staff notices of high and urgent cases urgent (they skip the digest)', () => {
    expect(notificationsFor('assign', { ...row, priority: 'urgent' }, effects.assign!)[0]!.urgent).toBe(true);
    expect(notificationsFor('assign', row, effects.assign!)[0]!.urgent).toBe(false);
  });

  it('acknowledges a new case with its tracking link', () => {
    const [m] = acknowledgement(row, 'https://x/track/26-0000042-5?token=t', { ar: 'بلدية المحرق', en: 'Muharraq Municipality' });
    expect(m).toMatchObject({ template: 'case_acknowledged', recipient: citizen, language: 'ar', params: { trackingUrl: 'https://x/track/26-0000042-5?token=t' } });
  });

  it('sends SLA warnings and escalations urgently, once per person', () => {
    const got = slaNotifications(row, 'escalation', [11, 11, 15], { dueAt: '2026-12-01 13:00', level: 2 });
    expect(got.map((m) => [m.template, m.recipient, m.urgent])).toEqual([
      ['staff_escalated', { kind: 'staff', staffId: 11 }, true],
      ['staff_escalated', { kind: 'staff', staffId: 15 }, true],
    ]);
  });
});

describe('channelsFor', () => {
  it('uses every channel of the contact without an account, and the account preference with one', () => {
    expect(channelsFor({ phone: '+97336001234', email: 'a@b.example' })).toEqual(['sms', 'email']);
    expect(channelsFor({ phone: '+97336001234', email: null })).toEqual(['sms']);
    expect(channelsFor({ phone: '+97336001234', email: 'a@b.example' }, { notifySms: false, notifyEmail: true })).toEqual(['email']);
    expect(channelsFor({ phone: null, email: 'a@b.example' }, { notifySms: true, notifyEmail: false })).toEqual([]);
    expect(channelsFor({ phone: null, email: null })).toEqual([]);
  });
});
