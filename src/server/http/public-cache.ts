import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readVariable } from '../config.env.ts';

/** A public answer as sent: the serialised body, its type and any headers of its own (a file name). */
export interface PublicAnswer {
  body: string;
  type: string;
  headers?: Record<string, string>;
}

interface Entry extends PublicAnswer {
  etag: string;
  generation: string;
  at: number;
  /** Milliseconds the entry is kept at most. */
  ttl: number;
  bytes: number;
  /** The body as sent, encoded once: plain, and gzipped for clients that accept it. */
  raw: Buffer;
  gzip: Buffer;
}

/** How public answers are kept and advertised (README "Public pages under load"). */
export interface PublicCacheSettings {
  /** Seconds a browser or CDN may keep an answer, and the longest the server keeps it (`max-age`). */
  maxAgeSeconds: number;
  /** Seconds a CDN may go on serving an answer while it fetches a fresh one (`stale-while-revalidate`). */
  staleSeconds: number;
  /** Milliseconds between two reads of the generation; an answer is at most this much older than the data. */
  checkEveryMs: number;
  /** Answers kept at most (the least recently used goes first). */
  maxEntries: number;
  /** Bytes of answers kept at most. */
  maxBytes: number;
}

/** Bytes of answers one process keeps at most. */
const maxBytes = 32 * 1024 * 1024;

/**
 * The settings from the environment, read through the configuration schema (config.env.ts):
 * `TAWASUL_PUBLIC_MAX_AGE`, `TAWASUL_PUBLIC_STALE`, `TAWASUL_PUBLIC_CHECK_MS`, `TAWASUL_PUBLIC_CACHE_ENTRIES`.
 */
export function publicCacheSettings(env: NodeJS.ProcessEnv): PublicCacheSettings {
  return {
    maxAgeSeconds: readVariable('TAWASUL_PUBLIC_MAX_AGE', env),
    staleSeconds: readVariable('TAWASUL_PUBLIC_STALE', env),
    checkEveryMs: readVariable('TAWASUL_PUBLIC_CHECK_MS', env),
    maxEntries: readVariable('TAWASUL_PUBLIC_CACHE_ENTRIES', env),
    maxBytes,
  };
}

/** The settings when nothing is configured. */
export const defaultPublicCacheSettings: PublicCacheSettings = publicCacheSettings({});

/** The key of a request: its route, path parameters and parsed query, in a fixed order. */
export function requestKey(request: FastifyRequest): string {
  const sorted = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(sorted);
    if (o && typeof o === 'object') {
      return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sorted(v)]));
    }
    return o;
  };
  return `${request.routeOptions.url ?? request.url.split('?')[0]} ${JSON.stringify(sorted(request.params ?? {}))} ${JSON.stringify(sorted(request.query ?? {}))}`;
}

/** Whether an If-None-Match header names this ETag (weak or strong, or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Answers of anonymous public routes, computed once and kept until the data changes or `max-age`
 * passes. The generation (read at most once per `checkEveryMs`, so it costs nothing under load and
 * every API process sees the same one) is the position of the roll-up deltas: it advances with every
 * change to the figures, whoever makes it. Concurrent misses of one key compute once. Bounded in
 * entries and bytes, least recently used first out. Only answers that are the same for everyone
 * belong here: never a staff route, never a signed-in view, never personal data.
 */
export class PublicCache {
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<Entry>>();
  #bytes = 0;
  #generation: { value: string; at: number } | null = null;
  #reading: Promise<string> | null = null;
  /** Answers computed (misses), for the figures of a benchmark and for tests. */
  computed = 0;

  constructor(
    private readonly generation: () => Promise<string>,
    readonly settings: PublicCacheSettings = defaultPublicCacheSettings,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Bytes of the answers kept (plain and gzipped). */
  get bytes(): number {
    return this.#bytes;
  }

  /** The data's generation, read again when the last read is older than `checkEveryMs`. */
  async currentGeneration(): Promise<string> {
    const g = this.#generation;
    if (g && this.clock() - g.at < this.settings.checkEveryMs) return g.value;
    this.#reading ??= this.generation()
      .then((value) => {
        this.#generation = { value, at: this.clock() };
        return value;
      })
      .finally(() => {
        this.#reading = null;
      });
    return this.#reading;
  }

  /**
   * The kept answer for `key`, or the one `compute` gives (once, however many ask at the same time),
   * kept at most `maxAgeSeconds` (default: the settings').
   */
  async get(key: string, compute: () => Promise<PublicAnswer>, maxAgeSeconds = this.settings.maxAgeSeconds): Promise<Entry> {
    const generation = await this.currentGeneration();
    const hit = this.#entries.get(key);
    if (hit && hit.generation === generation && this.clock() - hit.at < hit.ttl) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const flightKey = `${generation}\u0000${key}`;
    let flight = this.#inFlight.get(flightKey);
    if (!flight) {
      flight = (async () => {
        const answer = await compute();
        this.computed++;
        const raw = Buffer.from(answer.body);
        const gzip = gzipSync(raw, { level: 6 });
        const entry: Entry = {
          ...answer,
          etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
          generation,
          at: this.clock(),
          ttl: Math.min(maxAgeSeconds, this.settings.maxAgeSeconds) * 1000,
          bytes: raw.length + gzip.length,
          raw,
          gzip,
        };
        this.#keep(key, entry);
        return entry;
      })().finally(() => this.#inFlight.delete(flightKey));
      this.#inFlight.set(flightKey, flight);
    }
    return flight;
  }

  #keep(key: string, entry: Entry): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.bytes;
      this.#entries.delete(key);
    }
    if (entry.bytes > this.settings.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const [k, e] of this.#entries) {
      if (this.#entries.size <= this.settings.maxEntries && this.#bytes <= this.settings.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= e.bytes;
    }
  }

  /** The Cache-Control value of a public answer. */
  cacheControl(maxAgeSeconds = this.settings.maxAgeSeconds): string {
    return `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${this.settings.staleSeconds}`;
  }

  /**
   * Sends the kept (or freshly computed) answer of this request with its ETag and caching headers,
   * or 304 when the client already holds it. `vary` names request headers the answer depends on;
   * `maxAgeSeconds` shortens the keeping of answers that move with more than the figures.
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<PublicAnswer>,
    opts: { vary?: string; maxAgeSeconds?: number } = {},
  ): Promise<FastifyReply> {
    const maxAge = Math.min(opts.maxAgeSeconds ?? this.settings.maxAgeSeconds, this.settings.maxAgeSeconds);
    const entry = await this.get(requestKey(request), compute, maxAge);
    // Each encoding is its own representation, with its own ETag.
    const gzip = /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''));
    const etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
    void reply
      .header('cache-control', this.cacheControl(maxAge))
      .header('etag', etag)
      .header('vary', opts.vary ? `accept-encoding, ${opts.vary}` : 'accept-encoding');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    for (const [name, value] of Object.entries(entry.headers ?? {})) void reply.header(name, value);
    if (gzip) void reply.header('content-encoding', 'gzip');
    return reply.type(entry.type).send(gzip ? entry.gzip : entry.raw);
  }
}

/** A JSON answer, serialised once. */
export const jsonAnswer = (value: unknown): PublicAnswer => ({ body: JSON.stringify(value), type: 'application/json; charset=utf-8' });
