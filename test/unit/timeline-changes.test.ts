import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/common/enums.ts';
import { changeText, eventChanges, type Change } from '../../src/web/features/staff/case/timeline-changes.ts';
import { coreResources } from '../../src/web/i18n/resources.ts';

/** The staff timeline says what each event changed, from → to, in both languages, from the data events carry. */
const t: Record<Language, TFunction> = {} as Record<Language, TFunction>;
beforeAll(async () => {
  for (const lng of ['ar', 'en'] as const) {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { [lng]: { translation: coreResources[lng] } }, interpolation: { escapeValue: false } });
    t[lng] = i.t;
  }
});

const entities: Record<string, string> = { capital: 'Capital Municipality', muharraq: 'Muharraq Municipality' };
const names = (language: Language) => ({ entity: (code: string) => entities[code] ?? code, language });
const texts = (lng: Language, kind: string, data: Record<string, unknown>) => eventChanges({ kind, data } as never).map((c) => changeText(t[lng], c, names(lng)));

describe('what an event changed', () => {
  it.each<[string, Record<string, unknown>, Change[]]>([
    ['status_changed', { from: 'new', to: 'in_progress' }, [{ field: 'status', from: 'new', to: 'in_progress' }]],
    ['info_requested', { from: 'in_progress', to: 'awaiting_citizen' }, [{ field: 'status', from: 'in_progress', to: 'awaiting_citizen' }]],
    ['assigned', { from: 3, fromName: 'Huda', to: 4, toName: 'Ali' }, [{ field: 'assignee', from: 'Huda', to: 'Ali' }]],
    ['assigned', { from: null, to: 4, toName: 'Ali' }, [{ field: 'assignee', from: null, to: 'Ali' }]],
    // An assignment recorded before the previous assignee's name was kept.
    ['assigned', { from: 3, to: 4, toName: 'Ali' }, [{ field: 'assignee', from: undefined, to: 'Ali' }]],
    ['priority_changed', { from: 'normal', to: 'urgent' }, [{ field: 'priority', from: 'normal', to: 'urgent' }]],
    ['transferred', { fromEntity: 'capital', toEntity: 'muharraq', reason: 'x' }, [{ field: 'entity', from: 'capital', to: 'muharraq' }]],
    [
      'service_changed',
      { from: 'lights', to: 'roads', fromEntity: 'capital', toEntity: 'muharraq' },
      [
        { field: 'service', from: 'lights', to: 'roads' },
        { field: 'entity', from: 'capital', to: 'muharraq' },
      ],
    ],
    ['service_changed', { from: 'lights', to: 'roads', fromEntity: 'capital', toEntity: 'capital' }, [{ field: 'service', from: 'lights', to: 'roads' }]],
    [
      'sla_resumed',
      { pausedWorkingMinutes: 30, fromResolutionDueAt: '2026-12-01T08:00:00Z', resolutionDueAt: '2026-12-02T08:30:00Z' },
      [{ field: 'dueDate', from: '2026-12-01T08:00:00Z', to: '2026-12-02T08:30:00Z' }],
    ],
    ['escalated', { atPercent: 100, fromLevel: 0, level: 1 }, [{ field: 'escalation', from: 0, to: 1 }]],
    ['internal_note', {}, []],
    ['status_changed', { from: 'new', to: 'new' }, []],
    ['rated', { rating: 4 }, []],
  ])('%s %j', (kind, data, expected) => {
    expect(eventChanges({ kind, data } as never)).toEqual(expected);
  });
});

describe('the change in words', () => {
  it('names both ends in English', () => {
    expect(texts('en', 'status_changed', { from: 'new', to: 'in_progress' })).toEqual(['Status: New → In progress']);
    expect(texts('en', 'assigned', { from: null, to: 4, toName: 'Ali' })).toEqual(['Assignee: nobody → Ali']);
    expect(texts('en', 'assigned', { from: 3, fromName: 'Huda', to: 4, toName: 'Ali' })).toEqual(['Assignee: Huda → Ali']);
    expect(texts('en', 'assigned', { from: 3, to: 4, toName: 'Ali' })).toEqual(['Assignee: not recorded → Ali']);
    expect(texts('en', 'priority_changed', { from: 'normal', to: 'urgent' })).toEqual(['Priority: Normal → Urgent']);
    expect(texts('en', 'transferred', { fromEntity: 'capital', toEntity: 'muharraq' })).toEqual(['Entity: Capital Municipality → Muharraq Municipality']);
    expect(texts('en', 'escalated', { level: 2, fromLevel: 1 })).toEqual(['Escalation level: 1 → 2']);
    const [due] = texts('en', 'sla_resumed', { fromResolutionDueAt: '2026-12-01T08:00:00Z', resolutionDueAt: '2026-12-02T08:30:00Z' });
    expect(due).toMatch(/^Due: .*2026.* → .*2026/);
    // Local times of the platform's formatting: the day before and after the arrow.
    expect(due).toMatch(/1 Dec 2026.* → 2 Dec 2026/);
  });

  it('names both ends in Arabic', () => {
    const [status] = texts('ar', 'status_changed', { from: 'new', to: 'in_progress' });
    expect(status).toMatch(/^الحالة: .+ ← .+$/);
    expect(status).toContain(t.ar('staff.status.new'));
    expect(status).toContain(t.ar('staff.status.in_progress'));
    expect(texts('ar', 'assigned', { from: null, to: 4, toName: 'علي' })).toEqual(['المُسنَد إليه: لا أحد ← علي']);
    const [priority] = texts('ar', 'priority_changed', { from: 'normal', to: 'urgent' });
    expect(priority).toBe(`الأولوية: ${t.ar('case.priority.normal')} ← ${t.ar('case.priority.urgent')}`);
    expect(priority).not.toContain('normal');
    expect(texts('ar', 'escalated', { level: 1 })).toEqual(['مستوى التصعيد: غير مسجّل ← 1']);
  });
});
