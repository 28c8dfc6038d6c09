import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffActor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';
import type { RelayOutRepository } from './relay-out.repository.ts';
import type { webhookCreateSchema } from './relay-out.schema.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type Endpoint = Awaited<ReturnType<RelayOutRepository['endpoints']>>[number];

function present(e: Endpoint) {
  return { id: Number(e.id), url: e.url, events: e.events, entityCode: e.entity_code, active: e.active, createdAt: iso(e.created_at)!, disabledAt: iso(e.disabled_at) };
}

/**
 * Integration endpoints: administrators register a URL for case events, of every case (national:
 * those who reach every entity) or of one entity they administer. The secret is made here and
 * shown once; it is kept as is (HMAC needs it), never answered again.
 */
export class WebhookService {
  constructor(
    private readonly repo: RelayOutRepository,
    private readonly access: AccessService,
    private readonly audit: AuditRepository,
  ) {}

  private async scope(actor: StaffActor): Promise<number[] | 'all'> {
    return this.access.entities(actor, 'api_key', 'write');
  }

  async list(actor: StaffActor) {
    const scope = await this.scope(actor);
    const all = await this.repo.endpoints();
    return all.filter((e) => scope === 'all' || (e.entity_id !== null && scope.includes(Number(e.entity_id)))).map(present);
  }

  async create(actor: StaffActor, input: z.infer<typeof webhookCreateSchema>) {
    const scope = await this.scope(actor);
    let entityId: number | null = null;
    if (input.entityCode !== undefined) {
      const entity = await this.repo.entityId(input.entityCode);
      if (!entity || (scope !== 'all' && !scope.includes(Number(entity.id)))) throw errors.field('entityCode', 'unknown_entity', 'No entity with this code that you administer');
      entityId = Number(entity.id);
    } else if (scope !== 'all') {
      throw errors.field('entityCode', 'required', 'Name the entity whose cases the endpoint receives');
    }
    const secret = randomBytes(32).toString('base64url');
    const id = await this.repo.createEndpoint({ url: input.url, secret, entity_id: entityId, events: [...new Set(input.events)], created_by: actor.id });
    await this.audit.record({ actorStaffId: actor.id, action: 'webhook.create', targetType: 'webhook_endpoint', targetId: String(id) });
    const made = (await this.repo.endpoints()).find((e) => Number(e.id) === id)!;
    return { ...present(made), secret };
  }

  async disable(actor: StaffActor, id: number): Promise<void> {
    const visible = await this.list(actor);
    if (!visible.some((e) => e.id === id && e.active)) throw errors.notFound('webhook endpoint');
    if (!(await this.repo.disableEndpoint(id, new Date()))) throw errors.notFound('webhook endpoint');
    await this.audit.record({ actorStaffId: actor.id, action: 'webhook.disable', targetType: 'webhook_endpoint', targetId: String(id) });
  }
}
