import type { StaffRole } from '../../common/enums.ts';

/**
 * Who may do what: the one description every access check reads, and the README's roles table is
 * tested against (test/unit/access-readme.test.ts). A cell says how far a role reaches for a kind
 * of thing, reading or writing:
 *
 * - `-`      never
 * - `token`  one case, with its tracking token (anonymous callers)
 * - `own`    their own: a citizen's own cases, anyone's own notification preferences
 * - `unit`   the actor's entity and its units
 * - `below`  the actor's entity and every entity below it (at the root entity: the whole country)
 * - `wide`   at the root entity the whole country, elsewhere the actor's entity and its units
 * - `root`   only an actor at the root entity, and then every entity
 * - `any`    every entity, wherever the actor sits (reading what the nation configured)
 */
export type Reach = '-' | 'token' | 'own' | 'unit' | 'below' | 'wide' | 'root' | 'any';

/** Everyone a request can come from. */
export const principals = ['anonymous', 'citizen', 'agent', 'officer', 'supervisor', 'entity_admin', 'coordinator', 'analyst'] as const;
export type Principal = (typeof principals)[number];

export type AccessAction = 'read' | 'write';

/** The kinds of thing access is decided for. */
export const things = [
  'case',
  'personal_data',
  'personal_lookup',
  'calendar',
  'sla_policy',
  'service_group',
  'entity',
  'rejection_reason',
  'service',
  'unit',
  'staff',
  'api_key',
  'notification_template',
  'parked_outbox',
  'indicator',
  'export',
  'audit',
  'notification_preference',
  'staff_directory',
  'boundary',
  'routing_rule',
  'practice_card',
  'practice_publication',
  'practice_adoption',
  'public_suggestion',
  'suggestion_support',
  'inbox_view',
] as const;
export type Thing = (typeof things)[number];

/** Read and write reach of one role for one kind of thing, written `read/write`. */
type Cell = `${Reach}/${Reach}`;
type Row = Record<Principal, Cell>;

//                          anonymous    citizen    agent       officer     supervisor  entity_admin coordinator analyst
const row = (...cells: [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell]): Row =>
  Object.fromEntries(principals.map((p, i) => [p, cells[i]])) as Row;

/** The description. Columns: anonymous, citizen, agent, officer, supervisor, entity_admin, coordinator, analyst. */
export const accessPolicy: Record<Thing, Row> = {
  // Cases: the workflow table (cases/workflow.ts) then says which move each role may make.
  case: row('token/token', 'own/own', 'wide/wide', 'unit/unit', 'unit/unit', 'unit/unit', 'below/below', 'below/-'),
  // The citizen's name, phone, national ID and address on a case.
  personal_data: row('token/-', 'own/-', 'wide/-', 'unit/-', 'unit/-', 'unit/-', 'unit/-', 'unit/-'),
  // Finding cases by a caller's phone or national ID.
  personal_lookup: row('-/-', '-/-', 'wide/-', 'unit/-', 'unit/-', 'unit/-', '-/-', '-/-'),
  // National configuration: read by the coordinators who work with it, written only at the root
  // entity. An entity administrator's services keep the policy the nation gave them.
  calendar: row('-/-', '-/-', '-/-', '-/-', '-/-', '-/-', 'any/root', '-/-'),
  sla_policy: row('-/-', '-/-', '-/-', '-/-', '-/-', '-/-', 'any/root', '-/-'),
  service_group: row('-/-', '-/-', '-/-', '-/-', '-/-', 'any/-', 'root/root', '-/-'),
  entity: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/-', 'root/root', '-/-'),
  rejection_reason: row('-/-', '-/-', '-/-', '-/-', '-/-', '-/-', 'root/root', '-/-'),
  // Per-entity configuration: the entity's administrator, and the national coordinator.
  service: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'root/root', '-/-'),
  unit: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'root/root', '-/-'),
  staff: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'root/root', '-/-'),
  api_key: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'root/root', '-/-'),
  notification_template: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'unit/unit', '-/-'),
  parked_outbox: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/unit', 'below/below', '-/-'),
  // Figures and files drawn from the cases in scope.
  indicator: row('-/-', '-/-', 'wide/-', 'unit/-', 'unit/-', 'unit/-', 'below/-', 'below/-'),
  export: row('-/-', '-/-', 'wide/-', 'unit/-', 'unit/-', 'unit/-', 'below/-', 'below/-'),
  audit: row('-/-', '-/-', '-/-', '-/-', '-/-', 'unit/-', 'root/-', '-/-'),
  notification_preference: row('-/-', 'own/own', 'own/own', 'own/own', 'own/own', 'own/own', 'own/own', 'own/own'),
  // Colleagues to assign a case to.
  staff_directory: row('-/-', '-/-', 'unit/-', 'unit/-', 'unit/-', 'unit/-', 'unit/-', 'unit/-'),
  // Routing by place: the boundary sets and the ordered routing rules are national configuration.
  boundary: row('-/-', '-/-', '-/-', '-/-', '-/-', '-/-', 'root/root', '-/-'),
  routing_rule: row('-/-', '-/-', '-/-', '-/-', '-/-', '-/-', 'root/root', '-/-'),
  // Reviewing a citizen's request to show a suggestion publicly (editing personal details out).
  public_suggestion: row('-/-', '-/-', '-/-', 'unit/unit', 'unit/unit', 'unit/unit', 'below/below', '-/-'),
  // Supporting a published suggestion: a citizen signed in with a one-time code, as themself.
  suggestion_support: row('-/-', 'own/own', '-/-', '-/-', '-/-', '-/-', '-/-', '-/-'),
  // Practice cards: an entity's administrator writes its own; the ministry reads all and alone
  // recommends (publishes) a card; a receiving entity's administrator adopts it.
  practice_card: row('-/-', '-/-', '-/-', '-/-', 'unit/-', 'unit/unit', 'below/root', 'below/-'),
  practice_publication: row('-/-', '-/-', '-/-', '-/-', 'unit/-', 'unit/-', 'root/root', '-/-'),
  practice_adoption: row('-/-', '-/-', '-/-', '-/-', 'unit/-', 'unit/unit', 'below/-', 'below/-'),
  // Saved inbox views: staff keep their own and read those shared with their entity; a shared
  // view is changed by its owner, or by a supervisor or administrator of its entity.
  inbox_view: row('-/-', '-/-', 'unit/own', 'unit/own', 'unit/unit', 'unit/unit', 'unit/own', 'unit/own'),
};

/** How far `who` reaches for `thing` when reading or writing it. */
export function reachOf(who: Principal, thing: Thing, action: AccessAction): Reach {
  const [read, write] = accessPolicy[thing][who].split('/') as [Reach, Reach];
  return action === 'read' ? read : write;
}

/**
 * Whether a role, held at an entity (at the root or not), reaches data beyond that entity and its
 * units, so that only the national coordinator may give it. Reading national configuration
 * (`any`) is not reaching another entity's data.
 */
export function reachesBeyond(role: StaffRole, atRoot: boolean): boolean {
  return things.some((t) =>
    (['read', 'write'] as const).some((a) => {
      const r = reachOf(role, t, a);
      return r === 'below' || r === 'root' || (r === 'wide' && atRoot);
    }),
  );
}

/** One entity of the tree, as the access module walks it. */
export interface TreeNode {
  id: number;
  parentId: number | null;
  kind: string;
}

/**
 * The entities a reach covers for an actor at `entityId`, or 'all' for the whole country, or []
 * for none. The one walk of the entity tree.
 */
export function entitiesIn(tree: readonly TreeNode[], entityId: number, reach: Reach): number[] | 'all' {
  const atRoot = tree.find((n) => n.id === entityId)?.parentId === null;
  switch (reach) {
    case 'any':
      return 'all';
    case 'root':
      return atRoot ? 'all' : [];
    case 'below':
      return atRoot ? 'all' : subtree(tree, entityId, false);
    case 'wide':
      return atRoot ? 'all' : subtree(tree, entityId, true);
    case 'unit':
      return subtree(tree, entityId, true);
    default:
      return [];
  }
}

/** An entity and what hangs below it: only its units (and theirs), or everything. */
export function subtree(tree: readonly TreeNode[], rootId: number, onlyUnits: boolean): number[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) {
    for (const n of tree) if (n.parentId === out[i] && (!onlyUnits || n.kind === 'unit')) out.push(n.id);
  }
  return out;
}
