import type { Kysely } from 'kysely';
import type { AdminApiKey, ApiKeyCreateInput } from '../../common/schemas/admin.schema.ts';
import { ApiKeyRepository } from '../apikeys/apikey.repository.ts';
import { ApiKeyService, type ApiKeySummary } from '../apikeys/apikey.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { AppError, errors } from '../http/errors.ts';
import { adminScope, assertEntity } from '../access/admin-scope.ts';
import { adminErrors } from './admin.errors.ts';

/**
 * API keys of Open311 apps and channel relays. The national coordinator manages every key; an
 * entity's administrator, the keys of their entity. The secret is answered once, at creation.
 */
export class ApiKeyAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly audit: AuditRepository,
  ) {}

  // Built per call over the handle in use, so a key and its audit row commit together.
  private keys(db: Kysely<DB>): ApiKeyService {
    return new ApiKeyService(new ApiKeyRepository(db));
  }

  async list(actor: Actor): Promise<AdminApiKey[]> {
    const scope = await adminScope(actor, this.db);
    const all = await this.keys(this.db).list();
    return all.filter((k) => scope.national || (k.entityId !== null && scope.entityIds.has(k.entityId))).map(presentKey);
  }

  async create(actor: Actor, input: ApiKeyCreateInput): Promise<{ key: string; apiKey: AdminApiKey }> {
    const scope = await adminScope(actor, this.db);
    // An entity's administrator makes keys for their entity; a national key has no entity.
    const entityCode = input.entity ?? (scope.national ? undefined : scope.actor.entityCode);
    if (entityCode !== undefined) {
      const entity = scope.tree.find((n) => n.code === entityCode);
      if (!entity) throw adminErrors.unknown('entity', 'entity');
      assertEntity(scope, entity.id);
    }
    return this.db.transaction().execute(async (tx) => {
      const keys = this.keys(tx);
      const { key, client } = await keys.create({ name: input.name, channel: input.channel, entityCode }).catch((error: unknown) => {
        if (error instanceof AppError && error.errors?.[0]?.code === 'duplicate_name') throw adminErrors.taken('name', 'key name');
        throw error;
      });
      const [summary] = await keys.list(client.id);
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: 'api_key.create',
          targetType: 'api_key',
          targetId: String(client.id),
          entityId: client.entityId,
          after: { name: client.name, channel: client.channel, entity: entityCode ?? null, prefix: summary!.prefix },
        },
        tx,
      );
      return { key, apiKey: presentKey(summary!) };
    });
  }

  async revoke(actor: Actor, id: number): Promise<AdminApiKey> {
    const scope = await adminScope(actor, this.db);
    return this.db.transaction().execute(async (tx) => {
      const keys = this.keys(tx);
      const [before] = await keys.list(id);
      if (!before) throw errors.notFound('API key');
      if (!scope.national) assertEntity(scope, before.entityId, 'API key');
      if (before.revokedAt) throw adminErrors.invalid('id', 'already_revoked', 'The key is already revoked.');
      await keys.revokeById(id);
      await this.audit.record(
        { actorStaffId: scope.actor.id, action: 'api_key.revoke', targetType: 'api_key', targetId: String(id), entityId: before.entityId, before: { name: before.name } },
        tx,
      );
      const [after] = await keys.list(id);
      return presentKey(after!);
    });
  }
}

function presentKey(k: ApiKeySummary): AdminApiKey {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    channel: k.channel,
    entity: k.entity,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}
