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
