import type { Logger } from 'pino';
import type { HousekeepingConfig } from '../config.ts';
import { normalizeForIndex } from '../../common/arabic.ts';
import type { CaseStatus } from '../../common/enums.ts';
import type { HousekeepingRepository, ReindexSource } from './housekeeping.repository.ts';

/** What one housekeeping run deleted, per kind of row. */
export type HousekeepingResult = Record<HousekeepingTask, number>;

export type HousekeepingTask =
  | 'idempotencyKeys'
  | 'sessions'
  | 'otpCodes'
  | 'passwordResets'
  | 'ssoSignIns'
  | 'signInChallenges'
  | 'throttleBuckets'
  | 'signInBackoff'
  | 'relayReceipts'
  | 'sentOutbox'
  | 'outboxFiles'
  | 'personalData';

/** The states a case does not leave by itself: its retention of personal data counts from reaching one. */
export const finalCaseStatuses: readonly CaseStatus[] = ['closed', 'rejected', 'merged', 'implemented', 'declined'];

/** A case's search words without its (erased) free-text address: the same words intake indexes otherwise. */
const reindex = (c: ReindexSource) => normalizeForIndex([c.title ?? '', c.description, c.area ?? ''].join(' '));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Purges rows past their use, so the tables that grow with traffic stay bounded: idempotency keys,
 * ended sessions, used or expired one-time codes and reset tokens, spent throttle and backoff
 * counters, relays' delivery receipt ids, sent outbox messages (with what refers to them), and —
 * when TAWASUL_RETENTION_DAYS is set — the contact details of cases that reached a final state longer ago (the cases stay). Each kind is deleted in batches
 * of `batchSize` (at most `maxBatches` a run, so one run never monopolises the database); a run
 * stops between batches once `signal` aborts.
 */
export class HousekeepingService {
  constructor(
    private readonly repo: HousekeepingRepository,
    private readonly config: HousekeepingConfig,
    private readonly sessionIdleMinutes: number,
    /** How far a relay's signed timestamp may be from the clock (TAWASUL_RELAY_TOLERANCE_SECONDS). */
    private readonly relayToleranceSeconds: number,
    private readonly log: Logger,
    private readonly maxBatches = 50,
  ) {}

  async run(now = new Date(), signal?: AbortSignal): Promise<HousekeepingResult> {
    const at = (ms: number) => new Date(now.getTime() - ms);
    const { batchSize: n } = this.config;
    const sessionsBefore = at(this.config.sessionDays * DAY);
    const codesBefore = at(this.config.codeHours * HOUR);
    const outboxBefore = at(this.config.outboxDays * DAY);
    // A receipt id refuses a replay; a signed receipt can be replayed only until its timestamp is
    // more than the tolerance away, at most twice the tolerance after it came. Kept as long as an
    // Idempotency-Key, and never for less than that.
    const receiptsBefore = at(Math.max(this.config.idempotencyHours * HOUR, 2 * this.relayToleranceSeconds * 1000));
    const tasks: [HousekeepingTask, () => Promise<number>][] = [
      ['idempotencyKeys', () => this.repo.idempotencyKeys(at(this.config.idempotencyHours * HOUR), n)],
      ['sessions', () => this.repo.sessions(sessionsBefore, new Date(sessionsBefore.getTime() - this.sessionIdleMinutes * 60_000), n)],
      ['otpCodes', () => this.repo.otpCodes(codesBefore, n)],
      ['passwordResets', () => this.repo.passwordResets(codesBefore, n)],
      ['ssoSignIns', () => this.repo.ssoSignIns(codesBefore, n)],
      ['signInChallenges', () => this.repo.signInChallenges(codesBefore, n)],
      ['throttleBuckets', () => this.repo.throttleBuckets(now, n)],
      ['signInBackoff', () => this.repo.signInBackoff(now, n)],
      ['relayReceipts', () => this.repo.relayReceipts(receiptsBefore, n)],
      ['sentOutbox', () => this.repo.sentOutbox(outboxBefore, n)],
      ['outboxFiles', () => this.repo.orphanAttachments(outboxBefore, n)],
      ...(this.config.personalDataDays > 0
        ? [['personalData', () => this.repo.erasePersonalData(at(this.config.personalDataDays * DAY), finalCaseStatuses, n, reindex)] as [HousekeepingTask, () => Promise<number>]]
        : []),
    ];
    const result = { personalData: 0, ...Object.fromEntries(tasks.map(([name]) => [name, 0])) } as HousekeepingResult;
    for (const [name, batch] of tasks) {
      for (let i = 0; i < this.maxBatches && !signal?.aborted; i++) {
        const deleted = await batch();
        result[name] += deleted;
        if (deleted < n) break;
      }
    }
    if (Object.values(result).some((v) => v > 0)) this.log.info({ deleted: result }, 'housekeeping');
    return result;
  }
}
