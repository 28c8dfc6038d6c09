import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { MonthlyReports } from '../exports/monthly-report.ts';
import type { Loop } from '../loop.ts';
import { MonthlyReportDelivery, monthlyReportSettings } from './monthly-report.delivery.ts';

/** The monthly report delivery over a database and the reports it sends; the send hour from the environment. */
export function monthlyReportDelivery(
  deps: { db: Kysely<DB>; reports: MonthlyReports; timeZone: string; log: Logger },
  env: NodeJS.ProcessEnv = process.env,
): MonthlyReportDelivery {
  const { sendHour } = monthlyReportSettings(env);
  return new MonthlyReportDelivery(deps.db, deps.reports, { timeZone: deps.timeZone, sendHour }, deps.log);
}

/** Checks every hour (TAWASUL_MONTHLY_REPORT_CHECK_MINUTES) whether last month's reports are due and unsent. */
export function monthlyReportLoops(delivery: MonthlyReportDelivery, everyMs = monthlyReportSettings().everyMs): Loop[] {
  return [{ name: 'monthly-report', everyMs, run: (now) => delivery.run(now) }];
}
