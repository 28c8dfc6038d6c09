import type { Language, StaffRole } from '../../common/enums.ts';

/** A signed-in staff member. */
export interface StaffActor {
  kind: 'staff';
  id: number;
  role: StaffRole;
  entityId: number;
  entityCode: string;
  entityName: { ar: string; en: string };
  unitId: number | null;
  name: string;
  email: string;
  language: Language;
  sessionId: string;
  csrfToken: string;
}

/** A citizen signed in with a one-time code. */
export interface CitizenActor {
  kind: 'citizen';
  id: number;
  phone: string | null;
  email: string | null;
  name: string | null;
  language: Language;
  sessionId: string;
  csrfToken: string;
}

/** Whoever sent the request. A tracking token is not an actor: it authorises one case, checked per request. */
export type Actor = StaffActor | CitizenActor | { kind: 'anonymous' };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** The signed-in staff member, or a 401. */
export function requireStaff(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw new StaffRequiredError();
  return actor;
}

/** Thrown by requireStaff; the error handler answers it as 401 unauthenticated. */
export class StaffRequiredError extends Error {
  readonly statusCode = 401;
  constructor() {
    super('Sign in as staff first.');
  }
}
