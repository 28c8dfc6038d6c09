import { setImmediate } from 'node:timers/promises';
import type { z } from 'zod';
import type { Language } from '../../common/enums.ts';
import type { CaseListQuery } from '../../common/schemas/case-actions.schema.ts';
import type {
  kpiBreachesQuerySchema,
  kpiBreakdownQuerySchema,
  kpiEntitiesQuerySchema,
  kpiTrendsQuerySchema,
} from '../../common/schemas/kpi.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { Actor, StaffActor } from '../auth/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CaseViewService } from '../cases/case-view.service.ts';
import { requireStaff } from '../access/access.service.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { caseExportColumns } from './case-export.columns.ts';
import type { CaseListFilter } from '../cases/case-query.repository.ts';
import type { CaseExportRepository, CaseExportRow } from './case-export.repository.ts';
import { breachesTable, breakdownTable, entitiesTable, trendsTable } from './kpi-report.tables.ts';
import { tableStream, type Table, type TableStream } from './report.table.ts';

/** Cases read per query of an export: large enough to be quick, small enough that one page never holds the event loop long. */
const PAGE = 250;

export type KpiReport =
  | { report: 'entities'; query: z.infer<typeof kpiEntitiesQuerySchema> }
  | { report: 'breakdown'; query: z.infer<typeof kpiBreakdownQuerySchema> }
  | { report: 'trends'; query: z.infer<typeof kpiTrendsQuerySchema> }
  | { report: 'breaches'; query: z.infer<typeof kpiBreachesQuerySchema> };

/** Exports for staff: any filtered case list and any indicator report, scoped like the screens. */
export class ExportService {
  constructor(
    private readonly kpi: KpiService,
    private readonly scopes: KpiScopes,
    private readonly caseViews: CaseViewService,
    private readonly repo: CaseExportRepository,
    private readonly access: AccessService,
    /** The most cases one export holds (TAWASUL_EXPORT_MAX_ROWS). */
    private readonly maxRows: number,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * The cases a GET /api/v1/cases query lists (same filters, same scope, same order), with the
   * export columns — no personal data. Only the cases of entities the actor may export are read.
   * The rows are not read here: the answer's `batches` reads them page by page (keyset, through
   * the case list's own query) as its reader takes them, so memory stays flat and no connection
   * is held between pages; at most `maxRows` (TAWASUL_EXPORT_MAX_ROWS), `truncated` when more.
   */
  async cases(actor: Actor, q: Omit<CaseListQuery, 'cursor' | 'limit'>, lang: Language, format: 'csv' | 'xlsx'): Promise<{ table: TableStream; truncated: boolean }> {
    const filter = await this.scope(actor, q);
    const truncated = await this.repo.moreThan(filter, this.maxRows);
    await this.recordCases(requireStaff(actor, 'export'), { mode: 'direct', format, query: q, truncated });
    return { table: this.table(filter, lang), truncated };
  }

  /**
   * Writes a case export to the audit trail: who, in which format, directly or as a job, and with
   * which filters — a caller's phone or national id and the search words left out (they may name a
   * person); only that words were searched is kept.
   */
  async recordCases(
    staff: StaffActor,
    e: { mode: 'direct' | 'job'; format: 'csv' | 'xlsx'; query: Omit<CaseListQuery, 'cursor' | 'limit'>; truncated: boolean; rows?: number; jobId?: number },
  ): Promise<void> {
    const { phone, nationalId, q, ...filters } = e.query;
    await this.audit.record({
      actorStaffId: staff.id,
      action: 'cases.export',
      targetType: 'case_export',
      targetId: e.jobId === undefined ? undefined : String(e.jobId),
      entityId: staff.entityId,
      after: { mode: e.mode, format: e.format, filters, searched: Boolean(q || phone || nationalId), truncated: e.truncated, rows: e.rows },
    });
  }

  /** The case list's filter of an export query, narrowed to the entities the actor may export (refused to whoever may not export). */
  async scope(actor: Actor, q: Omit<CaseListQuery, 'cursor' | 'limit'>): Promise<CaseListFilter> {
    const staff = requireStaff(actor, 'export');
    const exportable = new Set(await this.access.entityIds(staff, 'export', 'read'));
    const filter = await this.caseViews.listFilter(staff, { ...q, limit: PAGE });
    filter.entityIds = (filter.entityIds ?? []).filter((id) => exportable.has(id));
    return filter;
  }

  /** How many rows an export of the filter holds (at most `maxRows`), and whether the filter names more. */
  async count(filter: CaseListFilter): Promise<{ rows: number; truncated: boolean }> {
    const n = await this.repo.countUpTo(filter, this.maxRows + 1);
    return { rows: Math.min(n, this.maxRows), truncated: n > this.maxRows };
  }

  /**
   * The export table of a filter (from {@link scope}), read page by page as it is taken;
   * `progress` hears the number of rows read so far after each page was taken.
   */
  table(filter: CaseListFilter, lang: Language, progress?: (rowsDone: number) => Promise<void>): TableStream {
    const title = { ar: 'الطلبات', en: 'Cases' };
    return tableStream(title, caseExportColumns, this.pages({ ...filter, limit: PAGE }, progress), lang);
  }

  /** The pages of a filter's cases, up to the cap; each page is read when the previous one was taken. */
  private async *pages(filter: CaseListFilter, progress?: (rowsDone: number) => Promise<void>): AsyncGenerator<CaseExportRow[]> {
    let left = this.maxRows;
    while (left > 0) {
      const page = await this.repo.page({ ...filter, limit: Math.min(PAGE, left) });
      const rows = page.slice(0, Math.min(PAGE, left));
      if (rows.length) yield rows;
      left -= rows.length;
      await progress?.(this.maxRows - left);
      const last = rows.at(-1);
      if (page.length <= rows.length || !last) return;
      // Give the event loop a turn between pages: PGlite answers without one, and other requests wait for it.
      await setImmediate();
      filter.after = { value: new Date(filter.sort.column === 'updated_at' ? last.updated_at : last.created_at).toISOString(), id: last.id };
    }
  }

  /** An indicator report as a table, computed exactly as its dashboard answer is. */
  async report(actor: Actor, r: KpiReport, lang: Language): Promise<Table> {
    const staff = requireStaff(actor, 'export');
    const entity = 'entity' in r.query ? r.query.entity : undefined;
    const scope = await this.scopes.of(staff, entity);
    switch (r.report) {
      case 'entities':
        return entitiesTable(await this.kpi.entitiesIn(scope, r.query), lang);
      case 'breakdown':
        return breakdownTable(await this.kpi.breakdownIn(scope, r.query), lang);
      case 'trends':
        return trendsTable(await this.kpi.trendsIn(scope, r.query), lang);
      case 'breaches':
        return breachesTable(await this.kpi.breachesIn(scope, r.query), lang);
    }
  }
}
