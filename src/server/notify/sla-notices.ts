import type { Kysely } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import { localDateTimeText } from '../../common/zoned-time.ts';
import { enqueue, type OutboxMessage, type Recipient } from './outbox.ts';
import { OutboxRepository } from './outbox.repository.ts';

/** One escalation step the SLA sweeper fired (sla/sla.sweeper.ts `EscalationListener`). */
export interface FiredStep {
  caseId: number;
  entityId: number;
  assigneeId: number | null;
  atPercent: number;
  notifyRoles: string[];
  level: number;
}

const entityRoles: StaffRole[] = ['officer', 'supervisor', 'entity_admin'];

function localTime(at: Date | null, timeZone: string): string {
  return at ? localDateTimeText(new Date(at), timeZone) : '';
}

/**
 * Makes the SLA sweeper's escalation listener: each fired step becomes urgent notices — a warning
 * below 100% of the target, an escalation from 100% — to the roles the step names: the assignee,
 * the officers / supervisors / administrators of the entity holding the case, and coordinators of
 * that entity or any entity above it. Runs inside the sweeper's transaction.
 */
export function slaEscalationNotices(timeZone: string) {
  return async (tx: Kysely<DB>, fired: FiredStep[]): Promise<void> => {
    const cases = new Map((await new OutboxRepository(tx).casesForSla(tx, [...new Set(fired.map((f) => f.caseId))])).map((c) => [c.id, c]));
    const messages: OutboxMessage[] = [];
    for (const step of fired) {
      const c = cases.get(step.caseId);
      if (!c) continue;
      const recipients: Recipient[] = [];
      const warning = step.atPercent < 100;
      // A case nearing its target is its assignee's to act on: they are told of it themselves, whatever roles the step names.
      if ((warning || step.notifyRoles.includes('assignee')) && step.assigneeId !== null) recipients.push({ kind: 'staff', staffId: step.assigneeId });
      const roles = entityRoles.filter((r) => step.notifyRoles.includes(r));
      if (roles.length) recipients.push({ kind: 'entity_staff', entityIds: [c.entity_id], roles });
      if (step.notifyRoles.includes('coordinator')) recipients.push({ kind: 'entity_staff', entityIds: c.entity_chain, roles: ['coordinator'] });
      for (const recipient of recipients) {
        messages.push({
          recipient,
          template: warning ? 'staff_sla_warning' : 'staff_escalated',
          params: { dueAt: localTime(c.resolution_due_at, timeZone), level: String(step.level) },
          caseId: c.id,
          reference: c.reference,
          entityId: c.entity_id,
          urgent: true,
        });
      }
    }
    await enqueue(tx, messages);
  };
}
