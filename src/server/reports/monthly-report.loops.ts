import type { AppContext } from '../context.ts';
import type { Loop } from '../loop.ts';
import { MonthlyReportDelivery, monthlyReportSettings } from './monthly-report.delivery.ts';

/** The monthly report delivery over an application context. */
export function monthlyReportDelivery(ctx: AppContext, env: NodeJS.ProcessEnv = process.env): MonthlyReportDelivery {
  const { sendHour } = monthlyReportSettings(env);
  return new MonthlyReportDelivery(ctx.database.db, ctx.kpi.monthlyReports, { timeZone: ctx.config.timeZone, sendHour }, ctx.log);
}

/** Checks every hour (TAWASUL_MONTHLY_REPORT_CHECK_MINUTES) whether last month's reports are due and unsent. */
export function monthlyReportLoops(ctx: AppContext): Loop[] {
  const delivery = monthlyReportDelivery(ctx);
  return [{ name: 'monthly-report', everyMs: monthlyReportSettings().everyMs, run: (now) => delivery.run(now) }];
}
