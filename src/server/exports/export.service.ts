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
import type { Actor } from '../auth/actor.ts';
import type { CaseViewService } from '../cases/case-view.service.ts';
import { requireStaff } from '../access/access.service.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { caseExportColumns } from './case-export.columns.ts';
import type { CaseExportRepository, CaseExportRow } from './case-export.repository.ts';
import { breachesTable, breakdownTable, entitiesTable, trendsTable } from './kpi-report.tables.ts';
import { table, type Table } from './report.table.ts';

/** An export holds at most this many cases; the answer says when it stopped there. */
export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 100;

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
  ) {}

  /**
   * The cases a GET /api/v1/cases query lists (same filters, same scope, same order), page by
   * page through the case list's own query, with the export columns — no personal data. Only
   * the cases of entities the actor may export are read.
   */
  async cases(actor: Actor, q: Omit<CaseListQuery, 'cursor' | 'limit'>, lang: Language): Promise<{ table: Table; truncated: boolean }> {
    const staff = requireStaff(actor, 'export');
    const exportable = new Set(await this.access.entityIds(staff, 'export', 'read'));
    const filter = await this.caseViews.listFilter(staff, { ...q, limit: PAGE });
    filter.entityIds = (filter.entityIds ?? []).filter((id) => exportable.has(id));
    const rows: CaseExportRow[] = [];
    let truncated = false;
    for (;;) {
      const page = await this.repo.page(filter);
      rows.push(...page.slice(0, PAGE));
      const last = rows.at(-1);
      if (page.length <= PAGE || !last) break;
      if (rows.length >= MAX_EXPORT_ROWS) {
        truncated = true;
        break;
      }
      filter.after = { value: new Date(filter.sort.column === 'updated_at' ? last.updated_at : last.created_at).toISOString(), id: last.id };
    }
    const title = { ar: 'الطلبات', en: 'Cases' };
    return { table: table(title, caseExportColumns, rows.slice(0, MAX_EXPORT_ROWS), lang), truncated };
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
