import type { z } from 'zod';
import type { Language } from '../../common/enums.ts';
import type { FieldError } from '../../common/error-codes.ts';
import { parseReference } from '../../common/reference.ts';
import { createCaseSchema } from '../../common/schemas/case.schema.ts';
import type { ApiClient } from '../apikeys/apikey.service.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { CatalogueService, Service } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { PublicStatsService } from '../kpi/public-stats.service.ts';
import { AppError, errors } from '../http/errors.ts';
import { autoChoiceEvent, takesUnattended, type AutoChoice, type AutoChooser } from '../suggest/suggest.service.ts';
import { isTrue, MAX_RESULTS, resolveWindow, splitList, statusFilter } from './open311.filters.ts';
import { checkMediaUrl, toCaseInput } from './open311.intake.ts';
import {
  presentCreated,
  presentDefinition,
  presentDiscovery,
  presentRequest,
  presentService,
  presentUpdate,
  statusAtEvent,
  type PublicPlace,
  type RequestExtras,
} from './open311.presenter.ts';
import type { Open311Repository, RequestRow } from './open311.repository.ts';
import type { PostRequestBody, RequestsQuery, UpdatesQuery } from './open311.schema.ts';
import { w3cDateTime } from './open311.time.ts';

/** The date this API's behaviour last changed, announced in discovery. */
const CHANGESET = new Date('2026-11-28T00:00:00Z');

function groupBy<T extends { case_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.case_id);
    if (list) list.push(r);
    else out.set(r.case_id, [r]);
  }
  return out;
}

/** The answer to a reference that is not here: the same for any, so it tells nothing about others. */
function unknownRequest(): AppError {
  return new AppError(404, 'case_not_found', 'No such service request.');
}

/** The answer to a token that stands for no request posted here, whether its reference exists or not. */
function unknownToken(): AppError {
  return new AppError(404, 'not_found', 'Unknown token; this server answers a service_request_id at once and issues no tokens.');
}

function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
}

/**
 * Open311 GeoReport v2 over Tawasul: the catalogue as services, cases as service requests, public
 * status changes and replies as request updates. Intake goes through the one case intake.
 */
export class Open311Service {
  constructor(
    private readonly repo: Open311Repository,
    private readonly catalogue: CatalogueService,
    private readonly cases: CaseService,
    private readonly config: Config,
    /** Where the public map shows cases: the only place a private case's point is listed. */
    private readonly publicMap: Pick<PublicStatsService, 'publicPlaces'>,
    /** Chooses the service of a request posted without a service_code; without it, such a request is refused. */
    private readonly suggester?: AutoChooser,
  ) {}

  /** Refuses (404) a jurisdiction_id that is not this server's; absent is fine. */
  checkJurisdiction(id: string | undefined): void {
    if (id !== undefined && id !== this.config.open311Jurisdiction) {
      throw new AppError(404, 'not_found', `Unknown jurisdiction_id ${id}; this server is ${this.config.open311Jurisdiction}.`);
    }
  }

  discovery() {
    return presentDiscovery(this.config.publicUrl, w3cDateTime(CHANGESET, this.config.timeZone));
  }

  async services(lang: Language) {
    return (await this.catalogue.list()).map((s) => presentService(s, lang));
  }

  async definition(code: string, lang: Language) {
    return presentDefinition(await this.service(code), lang);
  }

  private async service(code: string): Promise<Service> {
    const service = await this.catalogue.get(code);
    if (!service) throw errors.serviceNotFound(code);
    return service;
  }

  /** Accepts a report from an API client and answers its reference. */
  async submit(body: PostRequestBody, client: ApiClient | null, lang: Language) {
    if (!client) throw errors.forbidden('A valid api_key is required to submit a request.');
    const chosen = body.service_code === undefined ? await this.autoChoose(body, client) : undefined;
    const service = chosen?.service ?? (await this.service(body.service_code!));
    const governorate = this.keyGovernorate(service, client);
    const mediaUrl = checkMediaUrl(body.media_url);
    const raw = toCaseInput(body, service, { channel: client.channel, language: lang, governorate });
    const parsed = createCaseSchema.safeParse(raw);
    if (!parsed.success) throw errors.validation(fieldErrors(parsed.error.issues));
    const created = await this.cases.create(parsed.data, {
      requestFingerprint: JSON.stringify(raw),
      submitter: { kind: 'api_client', id: client.id },
      files: [],
      mediaUrl,
      unknownAttributes: 'ignore',
      questionsUnasked: chosen !== undefined,
      eventData: {
        open311: { api_key: client.name, ...(body.device_id ? { device_id: body.device_id } : {}), ...(body.account_id ? { account_id: body.account_id } : {}) },
        ...(chosen ? autoChoiceEvent(chosen) : {}),
      },
    });
    return [presentCreated(created.body.reference)];
  }

  /**
   * The GeoReport spec requires a service_code; a request without one is filed only where the
   * suggester is confident enough for that service (its threshold) and the service can take it as
   * sent (a contact where it needs one, a service the key may post to; its questions go unasked). Otherwise
   * it is refused as before: the client still knows the report and can send it with a code, rather
   * than a person's report landing in triage unasked.
   */
  private async autoChoose(body: PostRequestBody, client: ApiClient): Promise<AutoChoice> {
    const hasContact = Boolean(body.email || body.phone);
    const chosen = body.description?.trim()
      ? await this.suggester?.autoChoose(body.description, (s) => takesUnattended(s, hasContact) && this.keyMayPost(s, client))
      : undefined;
    if (!chosen) throw errors.field('service_code', 'required', 'service_code is required: the description did not name a service with enough confidence');
    return chosen;
  }

  /**
   * A key tied to an entity posts only to services that entity owns or receives by route; where it
   * receives by route, its governorate routes the case to it.
   */
  private keyGovernorate(service: Service, client: ApiClient): string | undefined {
    if (client.entityId === null || service.entity.id === client.entityId) return undefined;
    for (const [governorate, route] of service.routes) if (route.id === client.entityId) return governorate;
    throw errors.forbidden(`This api_key may not submit to the service ${service.code}.`);
  }

  private keyMayPost(service: Service, client: ApiClient): boolean {
    return client.entityId === null || service.entity.id === client.entityId || [...service.routes.values()].some((r) => r.id === client.entityId);
  }

  async requests(q: RequestsQuery, lang: Language) {
    const ids = splitList(q.service_request_id);
    let rows: RequestRow[];
    if (ids) {
      const references = [...new Set(ids.map((id) => parseReference(id)?.reference).filter((r): r is string => Boolean(r)))];
      rows = references.length ? await this.repo.listRequests({ references: references.slice(0, MAX_RESULTS), limit: MAX_RESULTS }) : [];
    } else {
      const { from, to } = resolveWindow(q.start_date, q.end_date, new Date(), this.config.timeZone);
      rows = await this.repo.listRequests({
        serviceCodes: splitList(q.service_code),
        statuses: statusFilter(q.status),
        from,
        to,
        limit: MAX_RESULTS,
      });
    }
    return this.present(rows, lang, isTrue(q.extensions));
  }

  async request(id: string, lang: Language, extensions: boolean) {
    const reference = parseReference(id)?.reference;
    const row = reference ? await this.repo.findRequest(reference) : undefined;
    if (!row) throw unknownRequest();
    return this.present([row], lang, extensions);
  }

  /**
   * Tokens are never issued (requests are made at once); the id of a request posted through Open311
   * stands for its token. Any other reference answers as an unknown one: a token confirms nothing
   * about cases that were not posted here.
   */
  async token(token: string) {
    const reference = parseReference(token)?.reference;
    const row = reference ? await this.repo.findRequest(reference) : undefined;
    if (!row?.via_open311) throw unknownToken();
    return [{ service_request_id: row.reference, token }];
  }

  /** The map cell (or nothing) standing for the point of each case not reported through Open311. */
  private async places(rows: RequestRow[]): Promise<PublicPlace[]> {
    const hidden = rows.filter((r) => !r.via_open311 && r.lat !== null && r.lng !== null);
    const found = await this.publicMap.publicPlaces(hidden.map((r) => ({ serviceId: Number(r.service_id), createdAt: r.created_at, lat: r.lat!, lng: r.lng! })));
    const byId = new Map(hidden.map((r, i) => [r.id, found[i] ?? null]));
    return rows.map((r) => byId.get(r.id) ?? null);
  }

  private async present(rows: RequestRow[], lang: Language, extensions: boolean) {
    const places = await this.places(rows);
    if (!extensions) return rows.map((r, i) => presentRequest(r, lang, this.config.timeZone, places[i] ?? null));
    const events = groupBy(await this.repo.publicEvents(rows.map((r) => r.id)));
    const services = new Map<string, Service | undefined>();
    for (const r of rows) if (!services.has(r.service_code)) services.set(r.service_code, await this.catalogue.get(r.service_code));
    return rows.map((r, i) => {
      const extras: RequestExtras = {
        events: events.get(r.id) ?? [],
        datatypes: new Map((services.get(r.service_code)?.attributes ?? []).map((a) => [a.code, a.datatype])),
      };
      return presentRequest(r, lang, this.config.timeZone, places[i] ?? null, extras);
    });
  }

  /** Public status changes and replies in a window (default: the last 90 days), oldest first. */
  async updates(q: UpdatesQuery) {
    const { from, to } = resolveWindow(q.start_date, q.end_date, new Date(), this.config.timeZone);
    const rows = await this.repo.listUpdates(from, to, MAX_RESULTS);
    const changes = groupBy(await this.repo.statusChanges([...new Set(rows.map((r) => r.case_id))]));
    return rows.map((r) => presentUpdate(r, statusAtEvent(r.id, changes.get(r.case_id) ?? [], r.status), this.config.timeZone));
  }
}
