import { sql, type Kysely } from 'kysely';
import type { CaseChannel, CasePriority, CaseStatus, CaseType, Governorate } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** The filters of a case list, already resolved to ids and normalised values. */
export interface CaseListFilter {
  /** Entities the actor may see; the list never leaves them. */
  entityIds?: number[];
  /** A citizen's own cases: by account, or by the verified phone / email on file. */
  citizen?: { id: number; phone: string | null; email: string | null };
  statuses?: CaseStatus[];
  type?: CaseType;
  serviceCode?: string;
  entityId?: number;
  unitId?: number;
  assignee?: number | 'unassigned';
  channel?: CaseChannel;
  priority?: CasePriority;
  governorate?: Governorate;
  createdFrom?: Date;
  createdTo?: Date;
  slaState?: string;
  phone?: string;
  nationalId?: string;
  reference?: string;
  /** Normalised search terms (see common/arabic.ts); every one must match. */
  terms?: string[];
  sort: { column: 'created_at' | 'updated_at'; desc: boolean };
  after?: { value: string; id: number };
  limit: number;
}

/** The case list query, set-based and scoped; no rules. */
export class CaseListRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(f: CaseListFilter) {
    const col = `c.${f.sort.column}` as const;
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .leftJoin('staff_users as a', 'a.id', 'c.assignee_id')
      .select([
        'c.id',
        'c.reference',
        'c.type',
        'c.status',
        'c.priority',
        'c.channel',
        'c.title',
        sql<string>`left(c.description, 200)`.as('excerpt'),
        'c.governorate',
        'c.created_at',
        'c.updated_at',
        'c.sla_state',
        'c.resolution_due_at',
        'c.assignee_id',
        'a.name as assignee_name',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
      ])
      .$if(f.entityIds !== undefined, (q) => q.where('c.entity_id', 'in', f.entityIds!.length ? f.entityIds! : [-1]))
      .$if(f.citizen !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('c.citizen_id', '=', f.citizen!.id),
            ...(f.citizen!.phone ? [eb('c.contact_phone', '=', f.citizen!.phone)] : []),
            ...(f.citizen!.email ? [eb('c.contact_email', '=', f.citizen!.email)] : []),
          ]),
        ),
      )
      .$if(!!f.statuses?.length, (q) => q.where('c.status', 'in', f.statuses!))
      .$if(f.type !== undefined, (q) => q.where('c.type', '=', f.type!))
      .$if(f.serviceCode !== undefined, (q) => q.where('s.code', '=', f.serviceCode!))
      .$if(f.entityId !== undefined, (q) => q.where('c.entity_id', '=', f.entityId!))
      .$if(f.unitId !== undefined, (q) => q.where('c.unit_id', '=', f.unitId!))
      .$if(f.assignee === 'unassigned', (q) => q.where('c.assignee_id', 'is', null))
      .$if(typeof f.assignee === 'number', (q) => q.where('c.assignee_id', '=', f.assignee as number))
      .$if(f.channel !== undefined, (q) => q.where('c.channel', '=', f.channel!))
      .$if(f.priority !== undefined, (q) => q.where('c.priority', '=', f.priority!))
      .$if(f.governorate !== undefined, (q) => q.where('c.governorate', '=', f.governorate!))
      .$if(f.createdFrom !== undefined, (q) => q.where('c.created_at', '>=', f.createdFrom!))
      .$if(f.createdTo !== undefined, (q) => q.where('c.created_at', '<', f.createdTo!))
      .$if(f.slaState !== undefined, (q) => q.where('c.sla_state', '=', f.slaState as 'at_risk'))
      // A caller is found by phone OR national ID: either one names them.
      .$if(f.phone !== undefined || f.nationalId !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            ...(f.phone !== undefined ? [eb('c.contact_phone', '=', f.phone)] : []),
            ...(f.nationalId !== undefined ? [eb('c.contact_national_id', '=', f.nationalId)] : []),
          ]),
        ),
      )
      .$if(f.reference !== undefined, (q) => q.where('c.reference', '=', f.reference!))
      .$if(!!f.terms?.length, (q) =>
        q.where((eb) =>
          eb.and(
            f.terms!.map(
              (t) =>
                sql<boolean>`(c.search_vector @@ plainto_tsquery('arabic', ${t}) or c.search_vector @@ plainto_tsquery('english', ${t}))`,
            ),
          ),
        ),
      )
      .$if(f.after !== undefined, (q) =>
        q.where(
          sql<boolean>`(${sql.ref(col)}, c.id) ${sql.raw(f.sort.desc ? '<' : '>')} (${new Date(f.after!.value)}, ${f.after!.id})`,
        ),
      )
      .orderBy(col, f.sort.desc ? 'desc' : 'asc')
      .orderBy('c.id', f.sort.desc ? 'desc' : 'asc')
      .limit(f.limit + 1)
      .execute();
  }
}

export type CaseListRow = Awaited<ReturnType<CaseListRepository['list']>>[number];
