import { searchTermGroups } from '../../common/arabic.ts';
import { caseStatuses, type CaseStatus, type SlaState } from '../../common/enums.ts';
import { normalizePhone } from '../../common/phone.ts';
import { parseReference } from '../../common/reference.ts';
import type { CaseListQuery } from '../../common/schemas/case-actions.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { CaseAccess, CaseGate, TrackingPass } from '../access/case-gate.ts';
import type { AttachmentStore } from '../attachments/attachment.store.ts';
import type { SlaService } from '../sla/sla.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import { errors } from '../http/errors.ts';
import { addDays } from '../kpi/kpi.period.ts';
import { startOfLocalDay } from '../../common/zoned-time.ts';
import type { CaseListFilter, CaseListRepository, FirstResponseState, ResolutionState } from './case-list.repository.ts';
import type { CaseRepository, CaseRow } from './case.repository.ts';
import { presentCitizenCase, presentListItem, presentPlan, presentStaffCase } from './case-view.presenter.ts';
import type { SuggestionPlanRepository } from './suggestion-plan.repository.ts';
import { allowedActions, caseFacts } from './workflow.ts';

function encodeCursor(value: Date | string, id: number): string {
  return Buffer.from(JSON.stringify([new Date(value).toISOString(), id])).toString('base64url');
}

/** A comma-separated parameter as its values (already checked by the query schema). */
function listOf(value: string | undefined): string[] | undefined {
  return value ? value.split(',') : undefined;
}

function flagOf(value: 'true' | 'false' | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true';
}

function decodeCursor(cursor: string): { value: string; id: number } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, number];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && Number.isSafeInteger(id)) return { value, id };
  } catch {
    // fall through
  }
  throw errors.field('cursor', 'invalid_cursor', 'Not a cursor this API gave out');
}

/** Reading cases: one case as its viewer may see it, and scoped, filtered lists. */
export class CaseViewService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly lists: CaseListRepository,
    private readonly gate: CaseGate,
    private readonly access: AccessService,
    private readonly config: Config,
    private readonly files: AttachmentStore,
    private readonly sla: SlaService,
    private readonly plans: SuggestionPlanRepository,
    /** A citizen's own list, read where their just-submitted case already is (the primary); staff lists use `lists`. */
    private readonly ownLists: CaseListRepository = lists,
  ) {}

  private listsFor(actor: Actor): CaseListRepository {
    return actor.kind === 'citizen' ? this.ownLists : this.lists;
  }

  /** One case: the staff view for staff in scope, the citizen view for its citizen. */
  async view(actor: Actor, reference: string, pass: TrackingPass | undefined) {
    const { row, who, personalData } = await this.gate.open(actor, reference, pass);
    return this.present(row, who, personalData);
  }

  /** A case already opened (and perhaps just changed) as its viewer may see it: timeline, files, what they may do next. */
  async present(row: CaseRow, who: CaseAccess, personalData: boolean) {
    const actions = allowedActions(who.role, caseFacts(row, this.config.reopenWindowDays));
    const [timeline, files, stored] = await Promise.all([
      this.repo.timeline(row.id, who.role !== 'citizen'),
      this.repo.attachments(row.id, who.role !== 'citizen'),
      row.type === 'suggestion' ? this.plans.byCase(row.id) : undefined,
    ]);
    const plan = presentPlan(stored, this.config.timeZone);
    if (who.role === 'citizen') return presentCitizenCase(row, timeline, files, actions, this.config.timeZone, plan);
    await this.sla.ready();
    return presentStaffCase(row, timeline, files, { personalData, allowedActions: actions, sla: this.sla.stateNow(row), plan });
  }

  /** One attachment, to whoever may open the case. */
  async attachment(actor: Actor, reference: string, pass: TrackingPass | undefined, attachmentId: number) {
    const { row, who } = await this.gate.open(actor, reference, pass);
    // A note's files are internal: to a citizen they do not exist.
    const file = (await this.repo.attachments(row.id, who.role !== 'citizen')).find((a) => a.id === attachmentId);
    if (!file) throw errors.notFound('attachment');
    const { stream, sizeBytes } = await this.files.open(file.sha256);
    return { mediaType: file.media_type, fileName: file.file_name, stream, sizeBytes };
  }

  /** The timeline alone: everything for staff in scope, public events for the citizen. */
  async events(actor: Actor, reference: string, pass: TrackingPass | undefined) {
    const view = await this.view(actor, reference, pass);
    return view.timeline;
  }

  /** A created-at bound: an instant as given, or a local date's first moment (plus `days`) in the platform's zone. */
  private instant(value: string, days: 0 | 1): Date {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfLocalDay(addDays(value, days), this.config.timeZone) : new Date(value);
  }

  /** A page of cases: staff see their scope, a signed-in citizen their own cases. */
  async list(actor: Actor, q: CaseListQuery) {
    const filter = await this.listFilter(actor, q);
    const rows = await this.listsFor(actor).list(filter);
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > filter.limit && last ? encodeCursor(filter.sort.column === 'updated_at' ? last.updated_at : last.created_at, last.id) : null;
    return { items: page.map(presentListItem), nextCursor };
  }

  /** How many cases a list query selects for the actor, in the same scope as the list. */
  async count(actor: Actor, q: CaseListQuery): Promise<number> {
    return this.listsFor(actor).count(await this.listFilter(actor, q));
  }

  /**
   * A list query as the filter of the cases it names, scoped to the actor (staff: their entities,
   * a citizen: their own cases): what the case list and its exports select.
   */
  async listFilter(actor: Actor, q: CaseListQuery): Promise<CaseListFilter> {
    if (actor.kind === 'anonymous') throw errors.unauthenticated();
    const filter: CaseListFilter = {
      sort: { column: q.sort?.includes('updatedAt') ? 'updated_at' : 'created_at', desc: !q.sort || q.sort.startsWith('-') },
      limit: q.limit ?? 25,
      type: q.type,
      serviceCode: q.service,
      channel: q.channel,
      priority: q.priority,
      governorate: q.governorate === 'none' ? null : q.governorate,
      slaStates: listOf(q.slaState) as SlaState[] | undefined,
      firstResponse: listOf(q.firstResponse) as FirstResponseState[] | undefined,
      resolution: listOf(q.resolution) as ResolutionState[] | undefined,
      rated: flagOf(q.rated),
      ratings: listOf(q.rating)?.map(Number),
      ratingMin: q.ratingMin,
      reopened: flagOf(q.reopened),
      transferred: flagOf(q.transferred),
      escalationMin: q.escalationMin,
      followersMin: q.followersMin,
      awaitingSince: q.awaitingDays !== undefined ? new Date(Date.now() - q.awaitingDays * 86_400_000) : undefined,
      createdFrom: q.createdFrom ? this.instant(q.createdFrom, 0) : undefined,
      createdTo: q.createdTo ? this.instant(q.createdTo, 1) : undefined,
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
      now: new Date(),
    };
    if (q.status) {
      const statuses = q.status.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = statuses.find((s) => !(caseStatuses as readonly string[]).includes(s));
      if (bad) throw errors.field('status', 'invalid_enum', `Unknown status ${bad}`);
      filter.statuses = statuses as CaseStatus[];
    }
    if (actor.kind === 'citizen') {
      filter.citizen = { id: actor.id, phone: actor.phone, email: actor.email };
    } else {
      filter.entityIds = await this.access.visibleEntityIds(actor);
      if (q.entity) filter.entityId = (await this.access.entityByCode(q.entity))?.id ?? -1;
      if (q.unit === 'none') filter.unitId = null;
      else if (q.unit) filter.unitId = (await this.access.entityByCode(q.unit))?.id ?? -1;
      if (q.assignee === 'me') filter.assignee = actor.id;
      else if (q.assignee === 'unassigned') filter.assignee = 'unassigned';
      else if (q.assignee) {
        const id = Number(q.assignee);
        if (!Number.isSafeInteger(id) || id <= 0) throw errors.field('assignee', 'invalid_value', 'me, unassigned or a staff id');
        filter.assignee = id;
      }
      if (q.phone || q.nationalId) {
        // Finding a caller by phone or national ID is a personal-data lookup: for agents and the
        // staff of the entity holding the case, and only among those entities' cases.
        await this.access.assert(actor, 'personal_lookup', 'read');
        const lookup = new Set(await this.access.entityIds(actor, 'personal_lookup', 'read'));
        filter.entityIds = filter.entityIds.filter((id) => lookup.has(id));
      }
      if (q.phone) {
        const phone = normalizePhone(q.phone, this.config.country);
        if (!phone) throw errors.field('phone', 'invalid_phone', 'Not a valid phone number');
        filter.phone = phone;
      }
      if (q.nationalId) filter.nationalId = q.nationalId.replace(/[\s-]/g, '');
    }
    if (q.q) {
      const ref = parseReference(q.q);
      if (ref) filter.reference = ref.reference;
      else filter.terms = searchTermGroups(q.q);
    }
    return filter;
  }
}
