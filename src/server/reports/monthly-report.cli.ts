import { parseArgs } from 'node:util';
import type { AppContext } from '../context.ts';
import { monthlyReportDelivery } from './monthly-report.loops.ts';
import { NATIONAL } from './monthly-report.delivery.ts';
import { previousMonth } from '../exports/monthly-report.ts';

export const reportUsage = `Usage: tawasul report monthly [--month YYYY-MM] [--entity CODE|national] [--force]
  Sends the monthly report of a month that has ended (default: last month) to the administrators of
  every active entity and the national report to the national coordinators, then delivers the outbox.
  A report already sent for that entity and month is skipped unless --force.`;

/** `tawasul report monthly …`: answers the exit code. */
export async function reportCommand(ctx: AppContext, args: string[], out: (line: string) => void = console.log): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'monthly') {
    out(reportUsage);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { month: { type: 'string' }, entity: { type: 'string' }, force: { type: 'boolean' } } }));
  } catch (error) {
    out(`${(error as Error).message}\n${reportUsage}`);
    return 2;
  }
  const month = values.month ?? previousMonth(new Date(), ctx.config.timeZone);
  let outcomes;
  try {
    outcomes = await monthlyReportDelivery({ db: ctx.database.db, reports: ctx.kpi.monthlyReports, timeZone: ctx.config.timeZone, log: ctx.log }).send({ month, entityCode: values.entity, force: values.force ?? false, trigger: 'manual' });
  } catch (error) {
    if (error instanceof RangeError) {
      out(`tawasul: ${error.message}`);
      return 2;
    }
    throw error;
  }
  for (const o of outcomes) {
    const what = o.status === 'queued' ? `${o.messages} email(s) queued` : o.status === 'already' ? 'already sent (use --force to send again)' : 'no recipients';
    out(`${o.month} ${o.target === NATIONAL ? 'national' : o.target}: ${what}`);
  }
  const sent = await ctx.notify.dispatcher.drain();
  out(`Delivered ${sent.sent} message(s)${sent.failed + sent.parked ? `, ${sent.failed + sent.parked} failed (retried by the worker)` : ''}.`);
  return 0;
}
