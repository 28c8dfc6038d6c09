import { isEmail, normalizeEmail } from '../../common/email.ts';
import { createHash } from 'node:crypto';
import { hashToken, newTrackingToken } from './tracking-token.ts';
import { hashTrackingCode, newTrackingCode } from './tracking-code.ts';
import type { Config } from '../config.ts';
import type { FieldError } from '../../common/error-codes.ts';
import { normalizePhone } from '../../common/phone.ts';
import { normalizeForIndex } from '../../common/arabic.ts';
import type { CreateCaseInput, CreateCaseResponse } from '../../common/schemas/case.schema.ts';
import type { AttachmentStore, StagedFile } from '../attachments/attachment.store.ts';
import { checkAttachmentFile, type AttachmentMediaType } from '../attachments/media-type.ts';
import type { Readable } from 'node:stream';
import { checkAttributes } from '../catalogue/attribute-rules.ts';
import type { CatalogueService, Service } from '../catalogue/catalogue.service.ts';
import { errors } from '../http/errors.ts';
import type { CaseRepository } from './case.repository.ts';
import type { ReferenceAllocator } from './reference-allocator.ts';
import type { SlaService } from '../sla/sla.service.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { acknowledgement, expectedDays, integrationEvent } from '../notify/case-notices.ts';
import { expectationOf } from '../sla/sla-expect.ts';
import { resolveNotices } from '../notify/outbox.ts';
import { locationNeedsConfirmation, type PlaceRouter } from '../places/place-router.ts';
import { routeCase } from './case-routing.ts';
import { asksToBePublic } from '../suggestions/suggestion-rules.ts';
import { mayClaimChannel } from '../access/channel-claim.ts';

/** A file received with a case, already type-checked by its content. */
export interface IncomingFile {
  /** Streamed to a temporary file as it arrived; kept in the store only when the case is accepted. */
  staged: StagedFile;
  mediaType: AttachmentMediaType;
  fileName: string | null;
}

/** Who is submitting: the public, a signed-in citizen, staff (e.g. a hotline agent for a caller), a signed channel relay, or an API client. */
export type Submitter =
  | { kind: 'public'; id: null }
  | { kind: 'relay'; id: null }
  | { kind: 'citizen'; id: number; phone: string | null; email: string | null }
  | { kind: 'staff'; id: number; role: string }
  | { kind: 'api_client'; id: number };

export interface CreateOptions {
  idempotencyKey?: string;
  /** Raw bytes of the request that the key guards, to tell a retry from a different request. */
  requestFingerprint: string;
  submitter: Submitter;
  files: IncomingFile[];
  /** A link to media hosted elsewhere (Open311 `media_url`). */
  mediaUrl?: string;
  /** Extra facts about the submission kept on the `created` event (e.g. Open311 device_id). */
  eventData?: Record<string, unknown>;
  /** Open311 ignores unknown attribute codes; the JSON API refuses them. */
  unknownAttributes?: 'reject' | 'ignore';
  /** The service was chosen without a person (relay, Open311 without a code): nobody was asked its required questions. */
  questionsUnasked?: boolean;
}

export interface CreateResult {
  status: number;
  body: CreateCaseResponse;
  replayed: boolean;
}


function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}


/** Intake and tracking of cases. */
export class CaseService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly catalogue: CatalogueService,
    private readonly references: ReferenceAllocator,
    private readonly files: AttachmentStore,
    private readonly config: Config,
    private readonly sla: SlaService,
    private readonly db: Kysely<DB>,
    /** Routing by place and by rule (src/server/places); without it, by the governorate picked. */
    private readonly router?: PlaceRouter,
  ) {}

  /**
   * Receives one uploaded file as it arrives: streamed to a temporary file (never held in memory
   * whole), then checked by its content there. Answers null for an empty file; a refused file is
   * removed. `source.truncated` is the multipart reader's mark of a file cut at the size limit.
   */
  async receiveFile(source: Readable & { truncated?: boolean }, label: string, fileName: string | null): Promise<IncomingFile | null> {
    const staged = await this.files.stage(source);
    try {
      const maxBytes = this.config.attachments.maxBytes;
      if (source.truncated || staged.sizeBytes > maxBytes) throw errors.attachmentTooLarge(maxBytes);
      if (staged.sizeBytes === 0) {
        await this.files.discard(staged);
        return null;
      }
      const checked = await checkAttachmentFile(staged.path);
      if (!checked.ok) throw errors.attachmentType(label, checked.reason);
      return { staged, mediaType: checked.mediaType, fileName };
    } catch (error) {
      await this.files.discard(staged);
      throw error;
    }
  }

  /** Removes the temporary files of a submission that was not accepted (those kept are gone from there already). */
  async discardFiles(files: IncomingFile[]): Promise<void> {
    await Promise.all(files.map((f) => this.files.discard(f.staged)));
  }

  /** Accepts a case: validates it against its service, routes it, stores it and its files, and answers the receipt. */
  async create(input: CreateCaseInput, opts: CreateOptions): Promise<CreateResult> {
    const scope = `cases.create:${opts.submitter.kind}:${opts.submitter.id ?? '-'}`;
    const requestHash = sha256(opts.requestFingerprint);
    if (opts.idempotencyKey) {
      const replay = await this.replay(scope, opts.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    const service = await this.catalogue.get(input.serviceCode);
    if (!service) throw errors.field('serviceCode', 'unknown_service', `No service with code ${input.serviceCode}.`);
    if (opts.submitter.kind === 'citizen' && !input.anonymous && !input.contact?.phone && !input.contact?.email) {
      input = { ...input, contact: { ...input.contact, phone: opts.submitter.phone ?? undefined, email: opts.submitter.email ?? undefined } };
    }
    const channel = input.channel ?? (opts.submitter.kind === 'staff' && opts.submitter.role === 'agent' ? 'hotline' : 'web');
    // Refused rather than filed as web: a caller who says "hotline" would otherwise be told yes and
    // counted elsewhere than they asked, and a client that mislabels its cases would never find out.
    if (!mayClaimChannel(opts.submitter.kind, channel)) throw errors.channelNotAllowed(channel);
    if (input.priority !== undefined && opts.submitter.kind !== 'staff') {
      throw errors.field('priority', 'priority_not_allowed', 'Only staff may set the priority of a new case');
    }
    const priority = input.priority ?? service.defaultPriority;
    const checked = this.check(input, service, opts.unknownAttributes ?? 'reject', opts.questionsUnasked);
    const publicRequested = asksToBePublic(input);
    const { route, governorate, routing } = await this.route(service, input, channel, opts.submitter);

    // Kept before the case is written, so no row ever names a missing file; were the write to fail,
    // what was kept is content-addressed and harmless. Files of a refused request are never kept.
    const stored = [];
    for (const f of opts.files) stored.push({ ...(await this.files.keep(f.staged)), mediaType: f.mediaType, fileName: f.fileName });

    await this.sla.ready();
    const now = new Date();
    const reference = await this.references.next(now);
    const token = newTrackingToken();
    const code = newTrackingCode();
    // The receiving entity's own policy for the service (an adopted practice), else the service's.
    const clock = this.sla.startClock(this.sla.policyIdFor(route.id, service.id, service.slaPolicyId) ?? null, input.type, priority, now);
    const expected = expectationOf({ status: 'new', first_responded_at: null, sla_paused_at: null, first_response_due_at: null, resolution_due_at: null, ...clock }, this.config.timeZone);
    const body: CreateCaseResponse = {
      reference,
      trackingToken: token,
      trackingUrl: `${this.config.publicUrl}/track/${reference}?token=${token}`,
      trackingCode: code,
      status: 'new',
      createdAt: now.toISOString(),
      entity: { code: route.code, name: route.name },
      expect: expected,
    };
    const loc = input.location;
    const write = {
        row: {
          reference,
          tracking_token_hash: hashToken(token),
          tracking_code_hash: hashTrackingCode(reference, code),
          type: input.type,
          priority,
          channel,
          service_id: service.id,
          entity_id: route.id,
          unit_id: route.unitId,
          anonymous: checked.anonymous,
          contact_name: checked.contact?.name ?? null,
          contact_phone: checked.contact?.phone ?? null,
          contact_email: checked.contact?.email ?? null,
          contact_national_id: checked.contact?.nationalId ?? null,
          created_by_staff_id: opts.submitter.kind === 'staff' ? opts.submitter.id : null,
          citizen_id: opts.submitter.kind === 'citizen' ? opts.submitter.id : null,
          search_text: normalizeForIndex([input.title ?? '', input.description, loc?.area ?? '', loc?.address ?? ''].join(' ')),
          title: input.title ?? null,
          description: input.description,
          language: input.language ?? 'ar',
          lat: loc?.lat ?? null,
          lng: loc?.lng ?? null,
          governorate,
          area: loc?.area ?? null,
          block: loc?.block ?? null,
          road: loc?.road ?? null,
          building: loc?.building ?? null,
          address: loc?.address ?? null,
          media_url: opts.mediaUrl ?? null,
          attributes: JSON.stringify(checked.attributes),
          ...clock,
          created_at: now,
          updated_at: now,
        },
        createdAt: now,
        actor: {
          type: opts.submitter.kind === 'public' || opts.submitter.kind === 'relay' ? 'citizen' : opts.submitter.kind,
          id: opts.submitter.id,
        },
        eventData: { ...opts.eventData, channel, entity: route.code, service: service.code, ...(routing ? { routing } : {}) },
        attachments: stored,
        ...(publicRequested ? { publicText: input.description } : {}),
        notices: await resolveNotices(this.db, [
          ...acknowledgement(
            {
              id: null,
              reference,
              entity_id: route.id,
              citizen_id: opts.submitter.kind === 'citizen' ? opts.submitter.id : null,
              contact_phone: checked.contact?.phone ?? null,
              contact_email: checked.contact?.email ?? null,
              language: input.language ?? 'ar',
            },
            body.trackingUrl,
            route.name,
            expectedDays(expected, now),
            code,
          ),
          // Integration endpoints hear of it too, without personal data.
          integrationEvent(
            'case.created',
            { id: null, reference, entity_id: route.id, entityCode: route.code, serviceCode: service.code, type: input.type, status: 'new', createdAt: now },
            now,
          ),
        ]),
        idempotency: opts.idempotencyKey
          ? { scope, key: opts.idempotencyKey, requestHash, response: body }
          : undefined,
    };
    try {
      // The case and its acknowledgement are one statement: nothing acknowledged is lost, nothing sent for a case that is not.
      await this.repo.insertCase(write);
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (opts.idempotencyKey && e.code === '23505' && e.constraint === 'idempotency_keys_pkey') {
        const replay = await this.replay(scope, opts.idempotencyKey, requestHash);
        if (replay) return replay;
      }
      throw error;
    }
    return { status: 201, body, replayed: false };
  }

  private async replay(scope: string, key: string, requestHash: string): Promise<CreateResult | undefined> {
    const prior = await this.repo.findIdempotent(scope, key);
    if (!prior) return undefined;
    if (prior.request_hash !== requestHash) throw errors.idempotencyReused();
    const body = (typeof prior.response === 'string' ? JSON.parse(prior.response) : prior.response) as CreateCaseResponse;
    return { status: prior.status, body, replayed: true };
  }

  /** The rules a submission must meet for its service; collects every field error before refusing. */
  private check(input: CreateCaseInput, service: Service, unknown: 'reject' | 'ignore', unasked = false) {
    if (!service.types.includes(input.type)) throw errors.typeNotAllowed(input.type, service.code);
    const anonymous = input.anonymous === true;
    if (anonymous && !service.anonymousAllowed) throw errors.anonymousNotAllowed(service.code);
    const fieldErrors: FieldError[] = [];
    let contact: { name?: string; phone?: string; email?: string; nationalId?: string } | undefined;
    if (!anonymous) {
      const c = input.contact ?? {};
      const phone = c.phone?.trim() ? normalizePhone(c.phone, this.config.country) : undefined;
      if (phone === null) fieldErrors.push({ path: 'contact.phone', code: 'invalid_phone', message: 'Not a valid phone number' });
      const email = c.email?.trim() ? normalizeEmail(c.email) : undefined;
      if (email !== undefined && !isEmail(email)) {
        fieldErrors.push({ path: 'contact.email', code: 'invalid_email', message: 'Not a valid email address' });
      }
      const nationalId = c.nationalId?.trim() ? c.nationalId.replace(/[\s-]/g, '') : undefined;
      if (nationalId !== undefined && !/^[0-9A-Za-z]{5,20}$/.test(nationalId)) {
        fieldErrors.push({ path: 'contact.nationalId', code: 'invalid_national_id', message: 'Not a valid ID number' });
      }
      contact = { name: c.name, phone: phone ?? undefined, email, nationalId };
      if (!fieldErrors.length && !contact.phone && !contact.email) throw errors.contactRequired();
    } else if (input.contact && Object.values(input.contact).some((v) => v)) {
      fieldErrors.push({ path: 'contact', code: 'anonymous_with_contact', message: 'An anonymous case carries no contact' });
    }
    const answers = checkAttributes(service.attributes, input.attributes, { unknown, unasked });
    fieldErrors.push(...answers.errors);
    if (fieldErrors.length) throw errors.validation(fieldErrors);
    const loc = input.location;
    if (loc?.lat !== undefined && loc.lng !== undefined) {
      const b = this.config.boundingBox;
      if (loc.lat < b.minLat || loc.lat > b.maxLat || loc.lng < b.minLng || loc.lng > b.maxLng) throw errors.locationOutOfBounds();
    }
    return { anonymous, contact, attributes: answers.values };
  }

  /**
   * Routing is data: by the point's area and the routing rules (places/), else the service's route
   * for the governorate picked, else the service's own entity (its triage). A person at a form
   * (web, hotline) confirms a point that is outside every area or near a boundary.
   */
  private async route(service: Service, input: CreateCaseInput, channel: string, submitter: Submitter) {
    const r = await routeCase(this.router, { service, type: input.type, location: input.location, at: new Date() });
    const attended = submitter.kind !== 'api_client' && ['web', 'mobile', 'hotline', 'walk_in'].includes(channel);
    if (attended && r.needsConfirmation) throw locationNeedsConfirmation(r.routing?.reason === 'near_boundary' ? 'near_boundary' : 'outside_every_area');
    const routing = r.routing && { ...r.routing, ...(input.location?.confirmed ? { confirmed: true } : {}) };
    return { route: r.route, governorate: r.governorate, routing };
  }

}

