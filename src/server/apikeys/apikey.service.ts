import { createHash, randomBytes } from 'node:crypto';
import { caseChannels, type CaseChannel } from '../../common/enums.ts';
import { errors } from '../http/errors.ts';
import type { ApiKeyRepository } from './apikey.repository.ts';

/** The recognisable start of every Tawasul API key (secret scanners can look for it). */
export const API_KEY_PREFIX = 'tw_';

/** An authenticated API client: the key's id and name, the channel its cases carry, its entity if any. */
export interface ApiClient {
  id: number;
  name: string;
  channel: CaseChannel;
  entityId: number | null;
}

/** What `list` shows of a key: never the key, never its hash. */
export interface ApiKeySummary {
  id: number;
  name: string;
  prefix: string;
  channel: CaseChannel;
  entity: string | null;
  entityId: number | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** SHA-256 hex of a key: what is stored and looked up. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: the prefix and 32 random bytes, base64url. */
export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,99}$/u;
// A well-formed key is the prefix and 43 base64url characters; anything else is refused unseen.
const KEY_SHAPE = /^tw_[A-Za-z0-9_-]{43}$/;

/**
 * API keys of Open311 apps and channel relays: made and revoked by administrators (the CLI and the
 * admin HTTP API), checked on every Open311 write.
 */
export class ApiKeyService {
  constructor(private readonly repo: ApiKeyRepository) {}

  /** Makes a key. The key is answered once and only its hash is stored. */
  async create(input: { name: string; channel?: string; entityCode?: string }): Promise<{ key: string; client: ApiClient }> {
    const name = input.name.normalize('NFC').trim();
    if (!NAME.test(name)) throw errors.field('name', 'invalid_name', 'A key name is 1–100 letters, digits, spaces and . _ @ -');
    const channel = (input.channel ?? 'open311') as CaseChannel;
    if (!caseChannels.includes(channel)) {
      throw errors.field('channel', 'invalid_channel', `The channel must be one of ${caseChannels.join(', ')}.`);
    }
    let entityId: number | null = null;
    if (input.entityCode) {
      const entity = await this.repo.entityByCode(input.entityCode);
      if (!entity) throw errors.field('entity', 'unknown_entity', `No entity with code ${input.entityCode}.`);
      entityId = entity.id;
    }
    const key = generateApiKey();
    try {
      const row = await this.repo.insert({ name, key_prefix: key.slice(0, 8), key_hash: hashApiKey(key), channel, entity_id: entityId });
      return { key, client: { id: row.id, name: row.name, channel: row.channel, entityId: row.entity_id } };
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw errors.field('name', 'duplicate_name', `A live key named ${name} exists; revoke it first.`);
      }
      throw error;
    }
  }

  /** Revokes the live key of a name; refused with 404 when there is none. */
  async revoke(name: string): Promise<void> {
    const n = await this.repo.revokeByName(name.normalize('NFC').trim(), new Date());
    if (n === 0) throw errors.notFound('API key');
  }

  /** Revokes a live key by its id (names repeat among revoked keys); 404 when there is none. */
  async revokeById(id: number): Promise<void> {
    const n = await this.repo.revokeById(id, new Date());
    if (n === 0) throw errors.notFound('API key');
  }

  /** Every key, or the one with this id; never a key or its hash. */
  async list(id?: number): Promise<ApiKeySummary[]> {
    return (await this.repo.list(id)).map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.key_prefix,
      channel: r.channel,
      entity: r.entity_code,
      entityId: r.entity_id,
      createdAt: new Date(r.created_at),
      lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
      revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    }));
  }

  /** The client a presented key belongs to, or null for a missing, malformed, unknown or revoked key. */
  async authenticate(key: string | undefined): Promise<ApiClient | null> {
    if (!key || !KEY_SHAPE.test(key)) return null;
    const row = await this.repo.findLiveByHash(hashApiKey(key));
    if (!row) return null;
    await this.repo.touch(row.id, new Date());
    return { id: row.id, name: row.name, channel: row.channel, entityId: row.entity_id };
  }
}
