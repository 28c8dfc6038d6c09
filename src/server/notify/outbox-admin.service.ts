import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { presentParked } from './notify.presenter.ts';
import type { OutboxRepository } from './outbox.repository.ts';

/**
 * What administrators do with messages that could not be delivered: see the parked ones of their
 * entity (and its units; a coordinator at the root also sees messages of no entity, such as
 * sign-in codes) and put one back in the queue.
 */
export class OutboxAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: OutboxRepository,
    private readonly access: AccessService,
    private readonly audit: AuditRepository,
  ) {}

  /** The entities whose messages the actor manages; undefined: all of them. */
  private async scope(actor: StaffActor): Promise<number[] | undefined> {
    const ids = await this.access.entities(actor, 'parked_outbox', 'write');
    return ids === 'all' ? undefined : ids;
  }

  async parked(actor: StaffActor, limit = 100) {
    return (await this.repo.parked(await this.scope(actor), limit)).map(presentParked);
  }

  async retry(actor: StaffActor, id: number): Promise<void> {
    const scope = await this.scope(actor);
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.retry(id, scope, new Date(), tx))) throw errors.notFound('parked message');
      await this.audit.record({ actorStaffId: actor.id, action: 'notification.retry', targetType: 'notification_outbox', targetId: String(id) }, tx);
    });
  }
}
