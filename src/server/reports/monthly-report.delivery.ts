/**
 * Sends the monthly reports by email: from 06:00 local time on the 1st, the report of the month
 * before goes to the active administrators of each active entity, and the national report to the
 * coordinators at the top of the hierarchy — each in their own language, the workbook attached.
 * A run is claimed (monthly_report_runs, unique per entity and month) in the transaction that
 * queues its outbox messages, so any number of workers, restarts or repeated runs send it once.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Language } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import type { MonthlyReports, ReportFile } from '../exports/monthly-report.ts';
import { addMonths, monthStart } from '../kpi/kpi.period.ts';
import { localDate, localDayHour } from '../../common/zoned-time.ts';
import { enqueue, type OutboxAttachment, type OutboxMessage } from '../notify/outbox.ts';
import { MonthlyReportRepository } from './monthly-report.repository.ts';
import { readVariable } from '../config.env.ts';

/** The national report's pseudo-entity code on the command line and in results. */
export const NATIONAL = 'national';

export interface MonthlyReportSettings {
  /** Local hour of the 1st from which last month's reports go out. */
  sendHour: number;
  /** How often the background loop checks, in ms. */
  everyMs: number;
}

/** `TAWASUL_MONTHLY_REPORT_HOUR` (default 6) and `TAWASUL_MONTHLY_REPORT_CHECK_MINUTES` (default 60). */
export function monthlyReportSettings(env: NodeJS.ProcessEnv = process.env): MonthlyReportSettings {
  return { sendHour: readVariable('TAWASUL_MONTHLY_REPORT_HOUR', env), everyMs: readVariable('TAWASUL_MONTHLY_REPORT_CHECK_MINUTES', env) * 60_000 };
}

/** What happened to one report. */
export interface ReportOutcome {
  /** The entity code, or "national". */
  target: string;
  month: string;
  /** queued: messages written to the outbox; already: sent before; no_recipients: nobody to send to. */
  status: 'queued' | 'already' | 'no_recipients';
  messages: number;
}

export interface SendOptions {
  /** YYYY-MM; must be a month that has ended. */
  month: string;
  /** Only this entity (or "national"); default every entity and the national report. */
  entityCode?: string;
  /** Send again even when the month's report went out already (the run stays recorded once). */
  force?: boolean;
  trigger: 'schedule' | 'manual';
}

interface Recipient {
  id: number;
  email: string;
  language: Language;
}

const attachmentOf = (f: ReportFile): OutboxAttachment => ({ fileName: f.fileName, mediaType: f.contentType, content: f.content });

export class MonthlyReportDelivery {
  private readonly repo: MonthlyReportRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly reports: MonthlyReports,
    private readonly config: { timeZone: string; sendHour: number },
    private readonly log: Logger,
  ) {
    this.repo = new MonthlyReportRepository(db);
  }

  /** The month whose reports are due at `now` (YYYY-MM), or null before the send hour of the 1st. */
  dueMonth(now: Date): string | null {
    const { day, hour } = localDayHour(now, this.config.timeZone);
    if (day.endsWith('-01') && hour < this.config.sendHour) return null;
    return addMonths(monthStart(day), -1).slice(0, 7);
  }

  /** The scheduled step: sends what is due at `now` and not yet sent. */
  async run(now = new Date()): Promise<ReportOutcome[]> {
    const month = this.dueMonth(now);
    if (!month) return [];
    const out = await this.send({ month, trigger: 'schedule' }, now);
    const queued = out.filter((o) => o.status === 'queued');
    if (queued.length) this.log.info({ month, reports: queued.map((o) => o.target) }, 'monthly reports queued');
    return out;
  }

  /** Sends one month's reports (every entity's and the national one, or one of them). */
  async send(opts: SendOptions, now = new Date()): Promise<ReportOutcome[]> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.month)) throw new RangeError('month must be YYYY-MM');
    if (`${opts.month}-01` >= monthStart(localDate(now, this.config.timeZone))) throw new RangeError(`${opts.month} has not ended yet`);
    // "national" names the national report alone: no entity's.
    const entities = opts.entityCode === NATIONAL ? [] : await this.repo.reportingEntities(opts.entityCode);
    if (opts.entityCode !== undefined && opts.entityCode !== NATIONAL && !entities.length) {
      throw new RangeError(`no active entity (other than a unit) has the code ${opts.entityCode}`);
    }
    const out: ReportOutcome[] = [];
    for (const e of entities) out.push(await this.sendEntity(Number(e.id), e.code, opts));
    if (opts.entityCode === undefined || opts.entityCode === NATIONAL) out.push(await this.sendNational(opts));
    return out;
  }

  private async sendEntity(entityId: number, code: string, opts: SendOptions): Promise<ReportOutcome> {
    const base = { target: code, month: opts.month };
    if (!opts.force && (await this.sent(entityId, opts.month))) return { ...base, status: 'already', messages: 0 };
    const admins = await this.repo.entityAdmins(entityId);
    if (!admins.length) return { ...base, status: 'no_recipients', messages: 0 };
    const report = await this.reports.entityReport(entityId, opts.month, admins.map((a) => a.language), admins);
    if (!report) return { ...base, status: 'no_recipients', messages: 0 };
    const messages = this.messages(admins, 'monthly_report', report.params, entityId, report.attachments, report.csv);
    return this.claimAndQueue(entityId, opts, messages, base);
  }

  private async sendNational(opts: SendOptions): Promise<ReportOutcome> {
    const base = { target: NATIONAL, month: opts.month };
    if (!opts.force && (await this.sent(null, opts.month))) return { ...base, status: 'already', messages: 0 };
    const coordinators = await this.repo.topCoordinators();
    if (!coordinators.length) return { ...base, status: 'no_recipients', messages: 0 };
    const report = await this.reports.nationalReport(opts.month, coordinators.map((c) => c.language));
    const messages = this.messages(coordinators, 'monthly_report_national', report.params, Number(coordinators[0]!.entity_id), report.attachments, report.csv);
    return this.claimAndQueue(null, opts, messages, base);
  }

  /** One message per recipient, in their language, with that language's files (the same objects, stored once). */
  private messages(
    to: Recipient[],
    template: 'monthly_report' | 'monthly_report_national',
    params: Record<string, string | { ar: string; en: string }>,
    entityId: number,
    xlsx: Partial<Record<Language, ReportFile>>,
    csv: Partial<Record<Language, ReportFile>>,
  ): OutboxMessage[] {
    const files = new Map<Language, OutboxAttachment[]>();
    for (const lang of ['ar', 'en'] as const) {
      const list = [xlsx[lang], csv[lang]].flatMap((f) => (f ? [attachmentOf(f)] : []));
      if (list.length) files.set(lang, list);
    }
    return to.map((r) => ({
      recipient: { kind: 'staff', staffId: Number(r.id) },
      template,
      params,
      entityId,
      urgent: true,
      attachments: files.get(r.language) ?? [],
    }));
  }

  private sent(entityId: number | null, month: string): Promise<boolean> {
    return this.repo.runExists(entityId, `${month}-01`);
  }

  /**
   * Claims the (entity, month) run and queues its messages in one transaction: a second worker's
   * claim waits for this one and then finds the run taken, so the messages exist exactly once.
   */
  private claimAndQueue(entityId: number | null, opts: SendOptions, messages: OutboxMessage[], base: { target: string; month: string }): Promise<ReportOutcome> {
    return this.db.transaction().execute(async (tx) => {
      const runId = await this.repo.claimRun(tx, { entityId, month: `${opts.month}-01`, trigger: opts.trigger });
      if (runId === undefined && !opts.force) return { ...base, status: 'already' as const, messages: 0 };
      const n = await enqueue(tx, messages);
      if (runId !== undefined) await this.repo.setRunMessages(tx, runId, n);
      return { ...base, status: 'queued' as const, messages: n };
    });
  }
}
