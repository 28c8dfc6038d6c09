import type { CasePriority, CaseType } from '../../common/enums.ts';
import type { KpiFigures } from '../kpi/kpi.formulas.ts';
import { benchmarkFigures, type BenchmarkFigure } from './benchmark.service.ts';

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const iso = (d: Date | string) => new Date(d).toISOString();

/** A policy as a card keeps it: the targets and ladder, and the calendar it ran on. */
export interface PolicySnapshot {
  code: string;
  calendarCode: string;
  pauseStatuses: string[];
  onTransfer: 'keep' | 'restart';
  onReopen: 'fresh' | 'continue';
  targets: { caseType: CaseType | null; priority: CasePriority | null; unit: 'working_minutes' | 'calendar_days'; firstResponseTarget: number; resolutionTarget: number }[];
  steps: { atPercent: number; notifyRoles: string[]; raiseLevelTo: number | null }[];
}

/** A reply text as a card keeps it. */
export interface TemplateSnapshot {
  name: string;
  body: { ar: string; en: string };
  position: number;
}

interface CardRow {
  id: number;
  entity_code: string;
  entity_name_ar: string;
  entity_name_en: string;
  service_code: string;
  service_name_ar: string;
  service_name_en: string;
  title_ar: string;
  title_en: string;
  summary_ar: string;
  summary_en: string;
  unit_setup_ar: string;
  unit_setup_en: string;
  checklist: unknown;
  policy: unknown;
  templates: unknown;
  figures: unknown;
  created_at: Date | string;
  updated_at: Date | string;
}

/** A card: its texts, the targets and reply texts it carries, its figures; publications for those who publish. */
export function presentCard(c: CardRow, pubs: { entity_code: string | null; published_at: Date | string }[]) {
  return {
    id: c.id,
    entity: { code: c.entity_code, name: { ar: c.entity_name_ar, en: c.entity_name_en } },
    service: { code: c.service_code, name: { ar: c.service_name_ar, en: c.service_name_en } },
    title: { ar: c.title_ar, en: c.title_en },
    summary: { ar: c.summary_ar, en: c.summary_en },
    unitSetup: { ar: c.unit_setup_ar, en: c.unit_setup_en },
    checklist: json<{ ar: string; en: string }[]>(c.checklist),
    policy: json<PolicySnapshot>(c.policy),
    templates: json<TemplateSnapshot[]>(c.templates),
    figures: json<Record<string, unknown>>(c.figures),
    /** The benchmark page that shows the figures: service and entity. */
    figuresLink: { service: c.service_code, entity: c.entity_code },
    publishedTo: pubs.map((p) => ({ entity: p.entity_code ?? 'all', at: iso(p.published_at) })),
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
  };
}

interface AdoptionRow {
  id: number;
  card_id: number;
  entity_code: string;
  entity_name_ar: string;
  entity_name_en: string;
  source_code: string;
  source_name_ar: string;
  source_name_en: string;
  service_code: string;
  service_name_ar: string;
  service_name_en: string;
  title_ar: string;
  title_en: string;
  copied: unknown;
  replaced: unknown;
  adopted_at: Date | string;
}

export function presentAdoption(a: AdoptionRow) {
  return {
    id: a.id,
    card: { id: a.card_id, title: { ar: a.title_ar, en: a.title_en } },
    entity: { code: a.entity_code, name: { ar: a.entity_name_ar, en: a.entity_name_en } },
    source: { code: a.source_code, name: { ar: a.source_name_ar, en: a.source_name_en } },
    service: { code: a.service_code, name: { ar: a.service_name_ar, en: a.service_name_en } },
    copied: json<{ policy: PolicySnapshot; templates: TemplateSnapshot[] }>(a.copied),
    replaced: json<{ policy: PolicySnapshot | null; templates: TemplateSnapshot[] }>(a.replaced),
    adoptedAt: iso(a.adopted_at),
  };
}

/** The figures a before/after view shows of each side, from the KPI layer. */
function effectFigures(f: KpiFigures) {
  const picked = Object.fromEntries((Object.keys(benchmarkFigures) as BenchmarkFigure[]).map((k) => [k, f[k]]));
  return { received: f.received, resolved: f.resolved, ...picked } as { received: number; resolved: number } & Record<BenchmarkFigure, number | null>;
}

export function presentEffect(
  a: AdoptionRow,
  r: { periods: { before: { from: string; to: string }; after: { from: string; to: string } }; before: KpiFigures[]; after: KpiFigures[] },
) {
  return {
    adoption: presentAdoption(a),
    periods: r.periods,
    entity: { before: effectFigures(r.before[0]!), after: effectFigures(r.after[0]!) },
    source: { before: effectFigures(r.before[1]!), after: effectFigures(r.after[1]!) },
  };
}
