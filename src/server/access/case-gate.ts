import { parseReference } from '../../common/reference.ts';
import type { Actor } from '../auth/actor.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { Throttle } from '../auth/throttle.ts';
import type { Tx } from '../db/database.ts';
import type { CaseRepository, CaseRow } from '../cases/case.repository.ts';
import { hashTrackingCode, normalizeTrackingCode } from '../cases/tracking-code.ts';
import { hashToken } from '../cases/tracking-token.ts';
import type { ActorRole } from '../cases/workflow.ts';
import { AppError, errors } from '../http/errors.ts';
import type { AccessService } from './access.service.ts';

/** Who is acting on a case, already checked to have access to it. */
export interface CaseAccess {
  caseId: number;
  role: ActorRole;
  staff?: StaffActor;
  citizenId?: number;
}

/** A case the actor may reach, how they reach it, and whether they may see its personal data. */
export interface OpenedCase {
  row: CaseRow;
  who: CaseAccess;
  personalData: boolean;
  /**
   * The same actor's reach of the case once it changed (a transfer moves it to another entity):
   * whether they may still open it, and see its personal data. Answered from the scope read when
   * the case was opened, without asking again.
   */
  reachAfter(row: CaseRow): { reachable: boolean; personalData: boolean };
}

const citizenReach = () => ({ reachable: true, personalData: true });

/**
 * What a request shows for one case besides a session: its secret — the long tracking token, or
 * the short tracking code read over the phone — and the address it came from (short codes are
 * rate-limited by address and by case).
 */
export interface TrackingPass {
  secret: string;
  address: string;
}

/**
 * Failed tries of short codes allowed per case and per address in a window: a six-sign code has
 * 32^6 ≈ 10^9 values, so ten tries an hour per case take tens of thousands of years to guess one.
 */
export const trackingCodeLimits = { perCase: 10, perAddress: 30, windowSeconds: 3600 } as const;

/**
 * The gate every request for one case passes. Staff reach cases of the entities in their scope;
 * a citizen reaches their own cases (signed in) or one case with its tracking token. Everything
 * else — another entity's case, another citizen's, a wrong token, a reference that does not
 * exist — answers the same 404, so references cannot be probed.
 */
export class CaseGate {
  constructor(
    private readonly repo: CaseRepository,
    private readonly access: AccessService,
    private readonly throttle: Throttle,
  ) {}

  /** Opens a case for reading. */
  open(actor: Actor, referenceInput: string, pass: TrackingPass | undefined): Promise<OpenedCase> {
    return this.guard(referenceInput, pass, () => this.reach(actor, referenceInput, pass?.secret));
  }

  /**
   * Opens a case to change it: the same checks, read inside the transaction and holding the case
   * until it ends, so the row the change is decided on is the row it applies to. The transaction
   * runs inside {@link guard}, so a wrong short code is counted (outside it).
   */
  openForUpdate(tx: Tx, actor: Actor, referenceInput: string, pass: TrackingPass | undefined): Promise<OpenedCase> {
    return this.reach(actor, referenceInput, pass?.secret, tx);
  }

  /**
   * Runs `work` (which opens the case) under the short-code limits: when the pass is a short code,
   * a case or an address that has used up its failed tries is answered 429 before anything is
   * looked up, and a try that ends "not found" counts against both. Long tokens and sessions pass
   * straight through.
   */
  async guard<T>(referenceInput: string, pass: TrackingPass | undefined, work: () => Promise<T>): Promise<T> {
    const reference = parseReference(referenceInput)?.reference;
    if (!pass || !reference || normalizeTrackingCode(pass.secret) === null) return work();
    const { perCase, perAddress, windowSeconds } = trackingCodeLimits;
    const keys = [`track-code-case:${reference}`, `track-code-ip:${pass.address}`] as const;
    if ((await this.throttle.exceeded(keys[0], perCase)) || (await this.throttle.exceeded(keys[1], perAddress))) {
      throw errors.rateLimited(windowSeconds, 'Too many wrong tracking codes; try again later, or use the link in your message.');
    }
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError && error.code === 'case_not_found') {
        for (const key of keys) await this.throttle.hit(key, Number.MAX_SAFE_INTEGER, windowSeconds);
      }
      throw error;
    }
  }

  private async reach(actor: Actor, referenceInput: string, token: string | undefined, tx?: Tx): Promise<OpenedCase> {
    const parsed = parseReference(referenceInput);
    if (!parsed) throw errors.caseNotFound();
    const find = (entityIds?: number[]) =>
      tx ? this.repo.lockByReference(tx, parsed.reference, entityIds) : this.repo.findByReference(parsed.reference, entityIds);
    if (actor.kind === 'staff') {
      const visible = await this.access.visibleEntityIds(actor, tx);
      const row = await find(visible);
      if (!row) throw errors.caseNotFound();
      const personal = await this.access.personalDataEntityIds(actor, tx);
      return {
        row,
        who: { caseId: row.id, role: actor.role, staff: actor },
        personalData: personal.includes(row.entity_id),
        reachAfter: (r) => ({ reachable: visible.includes(r.entity_id), personalData: personal.includes(r.entity_id) }),
      };
    }
    if (token && token.length <= 100) {
      const code = normalizeTrackingCode(token);
      const row = code
        ? await this.repo.findTracked(parsed.reference, 'tracking_code_hash', hashTrackingCode(parsed.reference, code), tx)
        : await this.repo.findTracked(parsed.reference, 'tracking_token_hash', hashToken(token), tx);
      if (row) {
        const who = { caseId: row.id, role: 'citizen' as const, citizenId: actor.kind === 'citizen' ? actor.id : undefined };
        return { row, who, personalData: true, reachAfter: citizenReach };
      }
    }
    if (actor.kind === 'citizen') {
      const row = await find();
      const own =
        row &&
        (row.citizen_id === actor.id ||
          (actor.phone !== null && row.contact_phone === actor.phone) ||
          (actor.email !== null && row.contact_email === actor.email));
      if (row && own) return { row, who: { caseId: row.id, role: 'citizen', citizenId: actor.id }, personalData: true, reachAfter: citizenReach };
    }
    throw errors.caseNotFound();
  }
}
