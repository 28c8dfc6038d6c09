import { builtInViews } from '../../common/inbox-views.ts';
import type { CaseListQuery } from '../../common/schemas/case-actions.schema.ts';
import {
  inboxViewFiltersSchema,
  MAX_COUNTED_VIEWS,
  MAX_OWN_VIEWS,
  type InboxView,
  type InboxViewInput,
  type InboxViewPatch,
} from '../../common/schemas/inbox-view.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { CaseViewService } from '../cases/case-view.service.ts';
import { errors } from '../http/errors.ts';
import type { InboxViewRepository, InboxViewRow } from './inbox-view.repository.ts';

/**
 * A view's filters as the list's own schema reads them, stored as the strings the inbox keeps in
 * its URL. A caller's phone or national ID never goes into a view: a shared view would show it to
 * colleagues.
 */
export function viewFilters(input: Record<string, unknown>): Record<string, string> {
  const parsed = inboxViewFiltersSchema.omit({ phone: true, nationalId: true }).strict().safeParse(input);
  if (!parsed.success) {
    throw errors.validation(
      parsed.error.issues.map((i) => ({ path: ['filters', ...i.path.map(String)].join('.'), code: i.code, message: i.message })),
      'The view has filters the case list does not take.',
    );
  }
  return Object.fromEntries(Object.entries(parsed.data).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
}

/**
 * Saved inbox views: a staff member's named filters, private or shared with their entity, in their
 * own order; and how many cases each view (built-in or saved) holds for them. A view out of reach
 * is not found; a shared one is changed by its owner or by whoever the access description lets
 * write views at its entity (supervisors, entity administrators).
 */
export class InboxViewService {
  constructor(
    private readonly repo: InboxViewRepository,
    private readonly access: AccessService,
    private readonly cases: CaseViewService,
  ) {}

  /** The built-in views and the actor's views (own first, then those shared with their entity). */
  async list(actor: StaffActor) {
    await this.access.assert(actor, 'inbox_view', 'read');
    const rows = await this.repo.visible(actor.id, actor.entityId);
    const writable = new Set(await this.access.entityIds(actor, 'inbox_view', 'write'));
    return {
      builtIn: builtInViews.map((v) => ({ id: v.id, filters: { ...v.filters } as Record<string, string> })),
      items: rows.map((r) => this.present(actor, r, writable)),
    };
  }

  private present(actor: StaffActor, r: InboxViewRow, writable: Set<number>): InboxView {
    const mine = Number(r.owner_id) === actor.id;
    return {
      id: Number(r.id),
      name: r.name,
      filters: r.filters,
      shared: r.shared,
      position: r.position,
      mine,
      editable: mine || (r.shared && writable.has(Number(r.entity_id))),
    };
  }

  async add(actor: StaffActor, input: InboxViewInput): Promise<{ id: number }> {
    await this.access.assert(actor, 'inbox_view', 'write');
    const filters = viewFilters(input.filters);
    if ((await this.repo.countOwned(actor.id)) >= MAX_OWN_VIEWS) {
      throw errors.field('name', 'too_many_views', `At most ${MAX_OWN_VIEWS} views each; delete one first.`);
    }
    const id = await this.repo.insert({
      owner_id: actor.id,
      entity_id: actor.entityId,
      name: input.name,
      filters: JSON.stringify(filters),
      shared: input.shared ?? false,
      position: await this.repo.nextPosition(actor.id),
    });
    return { id };
  }

  /** A view the actor may change: 404 when they cannot see it, 403 when they see it but may not change it. */
  private async editable(actor: StaffActor, id: number) {
    const row = await this.repo.byId(id);
    const visible = row && (Number(row.owner_id) === actor.id || (row.shared && Number(row.entity_id) === actor.entityId));
    if (!row || !visible) throw errors.notFound('view');
    if (Number(row.owner_id) === actor.id) return row;
    if (!(await this.access.entityIds(actor, 'inbox_view', 'write')).includes(Number(row.entity_id))) {
      throw errors.forbidden("Only the view's owner, or a supervisor or administrator of its entity, changes a shared view.");
    }
    return row;
  }

  async update(actor: StaffActor, id: number, patch: InboxViewPatch): Promise<void> {
    await this.editable(actor, id);
    await this.repo.update(id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.filters !== undefined ? { filters: JSON.stringify(viewFilters(patch.filters)) } : {}),
      ...(patch.shared !== undefined ? { shared: patch.shared } : {}),
      updated_at: new Date(),
    });
  }

  async remove(actor: StaffActor, id: number): Promise<void> {
    await this.editable(actor, id);
    await this.repo.delete(id);
  }

  /** Puts the actor's own views in this order; every id must be one of theirs. */
  async reorder(actor: StaffActor, ids: number[]): Promise<void> {
    await this.access.assert(actor, 'inbox_view', 'write');
    const own = new Set((await this.repo.visible(actor.id, actor.entityId)).filter((r) => Number(r.owner_id) === actor.id).map((r) => Number(r.id)));
    const bad = ids.findIndex((id) => !own.has(id));
    if (bad >= 0) throw errors.field(`ids.${bad}`, 'unknown_view', 'Not one of your views');
    if (new Set(ids).size !== ids.length) throw errors.field('ids', 'duplicate', 'A view is named twice');
    await this.repo.reorder(actor.id, ids);
  }

  /**
   * How many cases each view holds for the actor — built-in views, then their own and shared views,
   * at most {@link MAX_COUNTED_VIEWS} in all — each counted exactly as the case list would select
   * it, in the actor's scope. A stored view the list no longer takes counts as null.
   */
  async counts(actor: StaffActor): Promise<{ view: string; count: number | null }[]> {
    await this.access.assert(actor, 'inbox_view', 'read');
    const saved = await this.repo.visible(actor.id, actor.entityId);
    const views: { view: string; filters: Record<string, string> }[] = [
      ...builtInViews.map((v) => ({ view: v.id as string, filters: v.filters as Record<string, string> })),
      ...saved.map((r) => ({ view: String(r.id), filters: r.filters })),
    ].slice(0, MAX_COUNTED_VIEWS);
    const out: { view: string; count: number | null }[] = [];
    // One count at a time: the figures are cheap, and a pool is shared with everyone else's requests.
    for (const v of views) {
      const parsed = inboxViewFiltersSchema.safeParse(v.filters);
      out.push({ view: v.view, count: parsed.success ? await this.cases.count(actor, parsed.data as CaseListQuery) : null });
    }
    return out;
  }
}
