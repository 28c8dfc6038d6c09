import { parseReference } from '../../common/reference.ts';
import type { Actor } from '../auth/actor.ts';
import type { CaseRepository, CaseRow } from '../cases/case.repository.ts';
import { hashToken } from '../cases/tracking-token.ts';
import type { CaseAccess } from '../cases/case-actions.service.ts';
import { errors } from '../http/errors.ts';
import type { AccessService } from './access.service.ts';

/** A case the actor may reach, how they reach it, and whether they may see its personal data. */
export interface OpenedCase {
  row: CaseRow;
  who: CaseAccess;
  personalData: boolean;
}

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
  ) {}

  async open(actor: Actor, referenceInput: string, token: string | undefined): Promise<OpenedCase> {
    const parsed = parseReference(referenceInput);
    if (!parsed) throw errors.caseNotFound();
    if (actor.kind === 'staff') {
      const row = await this.repo.findByReference(parsed.reference, await this.access.visibleEntityIds(actor));
      if (!row) throw errors.caseNotFound();
      const personal = await this.access.personalDataEntityIds(actor);
      return { row, who: { caseId: row.id, role: actor.role, staff: actor }, personalData: personal.includes(row.entity_id) };
    }
    if (token && token.length <= 100) {
      const row = await this.repo.findTracked(parsed.reference, hashToken(token));
      if (row) return { row, who: { caseId: row.id, role: 'citizen', citizenId: actor.kind === 'citizen' ? actor.id : undefined }, personalData: true };
    }
    if (actor.kind === 'citizen') {
      const row = await this.repo.findByReference(parsed.reference);
      const own =
        row &&
        (row.citizen_id === actor.id ||
          (actor.phone !== null && row.contact_phone === actor.phone) ||
          (actor.email !== null && row.contact_email === actor.email));
      if (row && own) return { row, who: { caseId: row.id, role: 'citizen', citizenId: actor.id }, personalData: true };
    }
    throw errors.caseNotFound();
  }
}
