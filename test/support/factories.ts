import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { CaseType } from '../../src/common/enums.ts';
import type { AdminEntity, AdminStaff, EntityCreateInput, ServiceCreateInput, StaffCreateInput } from '../../src/common/schemas/admin.schema.ts';
import type { CreateCaseInput, CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import type { PolicyInput } from '../../src/common/schemas/sla-admin.schema.ts';
import { as, signInStaff, type Session } from './sessions.ts';

/**
 * Factories: each builds one thing a test needs, through the API as the national coordinator (so
 * it goes through the same rules as an administrator's change), with a code no other call uses.
 * Override any field; what is not given is built too (a service without an entity gets a new one).
 */

/** A valid Arabic complaint about a street light in Muharraq; override any field. */
export function caseInput(overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return {
    type: 'complaint',
    serviceCode: 'street_light_fault',
    description: 'عمود الإنارة أمام المنزل رقم ١٢ مطفأ منذ أسبوع والطريق مظلم ليلاً',
    location: { governorate: 'muharraq', lat: 26.25, lng: 50.61, block: '204', road: '415' },
    contact: { name: 'فاطمة علي', phone: '36001234' },
    attributes: { fault_kind: 'off' },
    language: 'ar',
    ...overrides,
  };
}

/** Submits a case through the API and answers its receipt; fails the test on anything but 201. */
export async function buildCase(app: FastifyInstance, overrides: Partial<CreateCaseInput> = {}): Promise<CreateCaseResponse> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInput(overrides) });
  if (res.statusCode !== 201) throw new Error(`buildCase: ${res.statusCode} ${res.body}`);
  return res.json() as CreateCaseResponse;
}

/** A valid case for a built service: its first type, no answers; override any field. */
export function caseInputFor(service: { code: string; types: readonly CaseType[] }, overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return caseInput({ serviceCode: service.code, type: service.types[0], attributes: {}, ...overrides });
}

let sequence = 0;
/** A code no other call answers, in this process or another (ASCII, starts with a letter, ≤ 40). */
export function uniqueCode(prefix: string): string {
  sequence += 1;
  return `${prefix}_${sequence}_${randomBytes(3).toString('hex')}`;
}

const coordinators = new WeakMap<FastifyInstance, Promise<Session>>();
/** The national coordinator's session on this app, signed in once. */
export function coordinatorSession(app: FastifyInstance): Promise<Session> {
  let session = coordinators.get(app);
  if (!session) {
    session = signInStaff(app, 'coordinator@ministry.demo');
    coordinators.set(app, session);
    session.catch(() => coordinators.delete(app));
  }
  return session;
}

/** Sends a request as the national coordinator and answers the body; fails on another status. */
async function asCoordinator<T>(app: FastifyInstance, what: string, opts: InjectOptions, status: number): Promise<T> {
  const res = await app.inject(as(await coordinatorSession(app), opts));
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (res.body ? res.json() : undefined) as T;
}

const nameOf = (code: string) => ({ ar: `اختبار ${code}`, en: `Test ${code}` });

/** A municipality under the root of the entity tree (the ministry); active, no governorate unless given. */
export async function buildEntity(app: FastifyInstance, overrides: Partial<Omit<EntityCreateInput, 'kind'>> = {}): Promise<AdminEntity> {
  const code = overrides.code ?? uniqueCode('ent');
  const parent = overrides.parent ?? (await rootEntity(app));
  const input: EntityCreateInput = { code, kind: 'municipality', parent, name: nameOf(code), ...overrides };
  return asCoordinator<AdminEntity>(app, 'buildEntity', { method: 'POST', url: '/api/v1/admin/entities', payload: input }, 201);
}

async function rootEntity(app: FastifyInstance): Promise<string> {
  const { items } = await asCoordinator<{ items: AdminEntity[] }>(app, 'entity tree', { url: '/api/v1/admin/entities' }, 200);
  const root = items.find((e) => e.parent === null);
  if (!root) throw new Error('entity tree has no root');
  return root.code;
}

/** A unit (department) of an entity; a new entity when none is given. */
export async function buildUnit(app: FastifyInstance, overrides: Partial<Omit<EntityCreateInput, 'kind'>> = {}): Promise<AdminEntity> {
  const code = overrides.code ?? uniqueCode('unit');
  const parent = overrides.parent ?? (await buildEntity(app)).code;
  const input: EntityCreateInput = { code, kind: 'unit', parent, name: nameOf(code), ...overrides };
  return asCoordinator<AdminEntity>(app, 'buildUnit', { method: 'POST', url: '/api/v1/admin/entities', payload: input }, 201);
}

/** A built staff account and the password it signs in with. */
export type BuiltStaff = AdminStaff & { password: string };

/** An active staff account with a password (an officer of a new entity unless told otherwise). */
export async function buildStaff(app: FastifyInstance, overrides: Partial<StaffCreateInput> = {}): Promise<BuiltStaff> {
  const password = overrides.password ?? `pw-${randomBytes(12).toString('hex')}`;
  const entity = overrides.entity ?? (await buildEntity(app)).code;
  const email = overrides.email ?? `${uniqueCode('staff').replaceAll('_', '.')}@test.example`;
  const input: StaffCreateInput = { email, name: `Staff ${email}`, role: 'officer', entity, ...overrides, password };
  const { staff } = await asCoordinator<{ staff: AdminStaff }>(app, 'buildStaff', { method: 'POST', url: '/api/v1/admin/staff', payload: input }, 201);
  return { ...staff, password };
}

/** A built staff account, signed in: its session, and the account. */
export async function buildStaffSession(app: FastifyInstance, overrides: Partial<StaffCreateInput> = {}): Promise<Session & { staff: BuiltStaff }> {
  const staff = await buildStaff(app, overrides);
  return { ...(await signInStaff(app, staff.email, staff.password)), staff };
}

/** A service group, for services that should not share the demo's groups. */
export async function buildServiceGroup(app: FastifyInstance, overrides: { code?: string; position?: number } = {}): Promise<{ code: string }> {
  const code = overrides.code ?? uniqueCode('grp');
  return asCoordinator(app, 'buildServiceGroup', { method: 'POST', url: '/api/v1/admin/service-groups', payload: { name: nameOf(code), ...overrides, code } }, 201);
}

/** What buildService answers: the service as administrators see it. */
export interface BuiltService {
  code: string;
  types: CaseType[];
  entity: { code: string };
  group: { code: string };
  slaPolicyCode: string | null;
  anonymousAllowed: boolean;
  active: boolean;
}

/**
 * An active service citizens can submit to at once: complaints and suggestions, not anonymous, no
 * questions and no routes (its own entity receives every case). A new entity and group unless given.
 */
export async function buildService(app: FastifyInstance, overrides: Partial<ServiceCreateInput> = {}): Promise<BuiltService> {
  const code = overrides.code ?? uniqueCode('svc');
  const entity = overrides.entity ?? (await buildEntity(app)).code;
  const group = overrides.group ?? (await buildServiceGroup(app)).code;
  const input: ServiceCreateInput = { code, group, entity, name: nameOf(code), types: ['complaint', 'suggestion'], anonymousAllowed: false, ...overrides };
  return asCoordinator<BuiltService>(app, 'buildService', { method: 'POST', url: '/api/v1/admin/services', payload: input }, 201);
}

/** Sunday to Thursday, 07:00–14:00: the government week. */
const governmentWeek = [0, 1, 2, 3, 4, 5, 6].map((d) => (d <= 4 ? [{ start: 420, end: 840 }] : []));

/** A working calendar in Bahrain's time zone (Sunday–Thursday, 07:00–14:00 unless given), no holidays. */
export async function buildCalendar(app: FastifyInstance, overrides: { code?: string; timeZone?: string; week?: { start: number; end: number }[][] } = {}): Promise<{ code: string }> {
  const code = overrides.code ?? uniqueCode('cal');
  const input = { name: nameOf(code), timeZone: 'Asia/Bahrain', week: governmentWeek, ...overrides, code };
  return asCoordinator(app, 'buildCalendar', { method: 'POST', url: '/api/v1/admin/calendars', payload: input }, 201);
}

/**
 * An SLA policy: first response in 60 and resolution in 480 working minutes for every type and
 * priority, no escalation, on a new calendar unless given. Not the default. Answers its input.
 */
export async function buildPolicy(app: FastifyInstance, overrides: Partial<PolicyInput> = {}): Promise<PolicyInput> {
  const code = overrides.code ?? uniqueCode('sla');
  const calendarCode = overrides.calendarCode ?? (await buildCalendar(app)).code;
  const body: Omit<PolicyInput, 'code'> = {
    name: nameOf(code),
    calendarCode,
    targets: [{ caseType: null, priority: null, firstResponseTarget: 60, resolutionTarget: 480 }],
    steps: [],
    ...overrides,
  };
  delete (body as Partial<PolicyInput>).code;
  await asCoordinator(app, 'buildPolicy', { method: 'PUT', url: `/api/v1/admin/sla-policies/${code}`, payload: body }, 204);
  return { ...body, code };
}
