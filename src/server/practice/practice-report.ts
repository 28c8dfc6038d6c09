import type { Language } from '../../common/enums.ts';
import { startOfLocalDay } from '../../common/zoned-time.ts';
import { figureLabel } from '../exports/figure.columns.ts';
import type { Table } from '../exports/report.table.ts';
import { addDays, monthEnd } from '../kpi/kpi.period.ts';
import { benchmarkFigures, type BenchmarkFigure, type BenchmarkService } from './benchmark.service.ts';
import type { PracticeRepository } from './practice.repository.ts';

const figureNames = Object.keys(benchmarkFigures) as BenchmarkFigure[];

/**
 * The national monthly report's practice sheets: "best practice" (per service, the best entity of
 * the month by the composite score, with its figures and how many entities it was compared with)
 * and "adoptions" (the cards adopted during the month).
 */
export class PracticeReportSections {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly benchmarks: BenchmarkService,
  ) {}

  /** Both sheets of a month (YYYY-MM) in each language asked for. */
  async sheets(month: string, timeZone: string, langs: Language[]): Promise<Partial<Record<Language, Table[]>>> {
    const from = `${month}-01`;
    const to = monthEnd(from);
    const [rows, services, adoptions] = await Promise.all([
      this.benchmarks.rowsByService({ from, to }),
      this.repo.services(),
      this.repo.adoptions('all', { from: startOfLocalDay(from, timeZone), to: startOfLocalDay(addDays(to, 1), timeZone) }),
    ]);
    const out: Partial<Record<Language, Table[]>> = {};
    for (const lang of langs) {
      const ar = lang === 'ar';
      const best: Table = {
        title: ar ? 'أفضل الممارسات' : 'Best practice',
        header: [ar ? 'الخدمة' : 'Service', ar ? 'الجهة الأفضل' : 'Best entity', ar ? 'الجهات المقارنة' : 'Entities compared', ar ? 'المؤشر المركب' : 'Composite score', figureLabel('received')[lang], ...figureNames.map((k) => figureLabel(k)[lang])],
        rows: services.flatMap((s) => {
          const list = rows.get(s.id);
          const b = list?.[0];
          if (!b || b.score === null) return [];
          return [[ar ? s.name_ar : s.name_en, b.entity.name[lang], list.length, b.score, b.received, ...figureNames.map((k) => b.figures[k])]];
        }),
        widths: [36, 30, 12, 12, 10, ...figureNames.map(() => 14)],
      };
      const adopted: Table = {
        title: ar ? 'التبني' : 'Adoptions',
        header: [ar ? 'التاريخ' : 'Date', ar ? 'الجهة' : 'Entity', ar ? 'الخدمة' : 'Service', ar ? 'من' : 'From', ar ? 'البطاقة' : 'Card'],
        rows: adoptions.map((a) => [
          new Date(a.adopted_at),
          ar ? a.entity_name_ar : a.entity_name_en,
          ar ? a.service_name_ar : a.service_name_en,
          ar ? a.source_name_ar : a.source_name_en,
          ar ? a.title_ar : a.title_en,
        ]),
        widths: [18, 30, 30, 30, 40],
      };
      out[lang] = [best, adopted];
    }
    return out;
  }
}
