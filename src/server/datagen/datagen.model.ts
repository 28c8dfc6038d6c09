import type { CaseChannel, CasePriority, CaseStatus, CaseType, Governorate } from '../../common/enums.ts';
import type { CompiledCalendar } from '../sla/working-time.ts';
import { description, contact } from './datagen.text.ts';
import { placeIn } from './datagen.places.ts';
import type { Random } from './datagen.random.ts';

const MIN = 60_000;

/** What the generator knows about a service. */
export interface GenService {
  id: number;
  code: string;
  group: string;
  types: CaseType[];
  anonymousAllowed: boolean;
  defaultPriority: CasePriority;
  /** Governorate → receiving entity and unit. */
  routes: Map<Governorate, { entityId: number; unitId: number | null }>;
  ownerEntityId: number;
}

export interface GenPolicy {
  id: number;
  calendarId: number;
  calendar: CompiledCalendar;
  /** First-response and resolution targets in working minutes, most specific first. */
  target(type: CaseType, priority: CasePriority): { firstResponse: number; resolution: number };
}

/** One generated case: the columns the generator writes. */
export interface GenCase {
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  channel: CaseChannel;
  service_id: number;
  entity_id: number;
  unit_id: number | null;
  anonymous: boolean;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  contact_national_id: string | null;
  description: string;
  language: 'ar' | 'en';
  lat: number | null;
  lng: number | null;
  governorate: Governorate;
  area: string | null;
  created_at: Date;
  updated_at: Date;
  sla_policy_id: number;
  sla_calendar_id: number;
  sla_started_at: Date;
  sla_resolution_target: number;
  sla_first_response_target: number;
  first_response_due_at: Date;
  resolution_due_at: Date;
  first_responded_at: Date | null;
  first_response_working_minutes: number | null;
  resolved_at: Date | null;
  resolution_working_minutes: number | null;
  closed_at: Date | null;
  sla_state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met' | null;
  sla_next_check_at: Date | null;
  sla_paused_at: Date | null;
  sla_paused_minutes: number;
  escalation_level: number;
  rating: number | null;
  rated_at: Date | null;
  reopen_count: number;
  transfer_count: number;
}

const channels: [CaseChannel, number][] = [
  ['web', 35], ['mobile', 30], ['hotline', 15], ['whatsapp', 8], ['email', 4], ['social', 3], ['open311', 3], ['walk_in', 2],
];
const typeWeights: Record<CaseType, number> = { complaint: 70, inquiry: 15, suggestion: 10, compliment: 5 };
/** How fast each entity works (1 = as the target expects); the ranking has something to find. */
const entitySpeed = [0.8, 1.0, 1.15, 1.35, 1.1];
const groupSpeed: Record<string, number> = { planning: 1.5, buildings: 1.4, lighting: 0.8, drainage: 1.2, markets: 0.9 };

function pickWeighted<T>(items: [T, number][], r: Random): T {
  const total = items.reduce((t, x) => t + x[1], 0);
  let x = r.next() * total;
  for (const [v, w] of items) if ((x -= w) <= 0) return v;
  return items[items.length - 1]![0];
}

/** Minutes of the local day a case arrives at, by channel: offices in office hours, apps all day. */
function minuteOfDay(channel: CaseChannel, r: Random): number {
  if (channel === 'hotline' || channel === 'walk_in') return r.int(7 * 60, 14 * 60 + 10);
  const hour = pickWeighted<number>(
    Array.from({ length: 24 }, (_, h) => [h, h < 6 ? 0.3 : h < 9 ? 2 : h < 14 ? 5 : h < 18 ? 3 : h < 23 ? 4 : 1]),
    r,
  );
  return hour * 60 + r.int(0, 59);
}

/** Generates one case arriving on `localMidnight` (epoch ms of the local day's start). */
export function generateCase(
  r: Random,
  serial: number,
  localMidnight: number,
  governorate: Governorate,
  service: GenService,
  policy: GenPolicy,
  entityIndex: (entityId: number) => number,
  now: number,
): GenCase {
  const channel = pickWeighted(channels, r);
  const created = Math.min(localMidnight + minuteOfDay(channel, r) * MIN + r.int(0, 59_999), now - MIN);
  const type = pickWeighted(service.types.map((t) => [t, typeWeights[t]] as [CaseType, number]), r);
  const priority: CasePriority = service.defaultPriority !== 'normal' ? service.defaultPriority : r.chance(0.05) ? 'high' : r.chance(0.06) ? 'low' : 'normal';
  const route = service.routes.get(governorate) ?? { entityId: service.ownerEntityId, unitId: null };
  const language = r.chance(0.88) ? 'ar' : 'en';
  const located = r.chance(0.9);
  const place = placeIn(governorate, r);
  const anonymous = service.anonymousAllowed && r.chance(0.06);
  const who = anonymous ? null : contact(r, serial);
  const t = policy.target(type, priority);
  const cal = policy.calendar;
  const speed = (entitySpeed[entityIndex(route.entityId) % entitySpeed.length] ?? 1) * (groupSpeed[service.group] ?? 1);
  const frMinutes = Math.max(1, Math.round(r.logNormal(0.35 * t.firstResponse * speed, 0.9)));
  const resMinutes = Math.max(frMinutes, Math.round(r.logNormal(0.42 * t.resolution * speed, 0.75)));
  const paused = r.chance(0.15) ? Math.round(r.logNormal(400, 0.8)) : 0;
  const frAt = cal.add(created, frMinutes * MIN);
  const resolvedAt = cal.add(created, (resMinutes + paused) * MIN);
  const base = {
    type, priority, channel, service_id: service.id, entity_id: route.entityId, unit_id: route.unitId, anonymous,
    contact_name: who?.name ?? null, contact_phone: who?.phone ?? null, contact_email: who?.email ?? null,
    contact_national_id: who?.nationalId ?? null, description: description(type, service.group, language, r), language,
    lat: located ? place.lat : null, lng: located ? place.lng : null, governorate, area: place.area,
    created_at: new Date(created), sla_policy_id: policy.id, sla_calendar_id: policy.calendarId, sla_started_at: new Date(created),
    sla_resolution_target: t.resolution, sla_first_response_target: t.firstResponse,
    first_response_due_at: new Date(cal.add(created, t.firstResponse * MIN)),
    resolution_due_at: new Date(cal.add(created, (t.resolution + paused) * MIN)),
    reopen_count: 0, transfer_count: r.chance(0.03) ? 1 : 0, escalation_level: 0,
    rating: null, rated_at: null, closed_at: null, sla_paused_at: null, sla_next_check_at: null,
  } as const;
  const outcome = r.next();
  if (outcome < 0.015 && frAt > created) {
    // merged as a duplicate soon after it came in
    return { ...base, status: 'merged', updated_at: new Date(Math.min(frAt, now)), first_responded_at: null, first_response_working_minutes: null,
      resolved_at: null, resolution_working_minutes: null, sla_state: null, sla_paused_minutes: 0 };
  }
  if (outcome < 0.055 && frAt <= now) {
    return { ...base, status: 'rejected', updated_at: new Date(frAt), first_responded_at: new Date(frAt), first_response_working_minutes: frMinutes,
      resolved_at: null, resolution_working_minutes: null, sla_state: frMinutes <= t.resolution ? 'met' : 'breached', sla_paused_minutes: 0 };
  }
  if (resolvedAt <= now) {
    const met = resMinutes <= t.resolution;
    const closed = resolvedAt + 5 * 86_400_000 < now && r.chance(0.75) ? Math.min(now - MIN, resolvedAt + r.int(2, 10) * 86_400_000) : null;
    const rated = r.chance(met ? 0.4 : 0.33) ? Math.min(now - MIN, resolvedAt + r.int(1, 72) * 3_600_000) : null;
    const speedBonus = speed < 1 ? 0.08 : speed > 1.2 ? -0.08 : 0;
    const rating = rated ? pickWeighted<number>(met ? [[1, 3], [2, 5], [3, 12], [4, 35 - 100 * speedBonus], [5, 45 + 100 * speedBonus]] : [[1, 18], [2, 20], [3, 25], [4, 22], [5, 15]], r) : null;
    return {
      ...base, status: closed ? 'closed' : 'resolved', updated_at: new Date(Math.max(closed ?? 0, rated ?? 0, resolvedAt)),
      first_responded_at: new Date(frAt), first_response_working_minutes: frMinutes, resolved_at: new Date(resolvedAt),
      resolution_working_minutes: resMinutes, closed_at: closed ? new Date(closed) : null, sla_state: met ? 'met' : 'breached',
      sla_paused_minutes: paused, rating, rated_at: rated ? new Date(rated) : null, reopen_count: r.chance(0.04) ? 1 : 0,
      escalation_level: met ? 0 : 1,
    };
  }
  // still open
  const responded = frAt <= now;
  const waiting = responded && paused > 0 && r.chance(0.5);
  const used = cal.between(created, now) / MIN - (waiting ? 0 : Math.min(paused, cal.between(created, now) / MIN / 2));
  const percent = (used / t.resolution) * 100;
  const state = waiting ? 'paused' : percent >= 100 ? 'breached' : percent >= 75 ? 'at_risk' : 'on_track';
  const status: CaseStatus = waiting ? 'awaiting_citizen' : responded ? 'in_progress' : r.chance(0.5) ? 'new' : 'assigned';
  return {
    ...base, status, updated_at: new Date(responded ? frAt : created), first_responded_at: responded ? new Date(frAt) : null,
    first_response_working_minutes: responded ? frMinutes : null, resolved_at: null, resolution_working_minutes: null,
    sla_state: state, sla_paused_at: waiting ? new Date(Math.max(frAt, now - 3_600_000)) : null,
    sla_paused_minutes: waiting ? 0 : Math.round(Math.min(paused, used)), escalation_level: state === 'breached' ? 1 : 0,
    sla_next_check_at: state === 'on_track' ? new Date(cal.add(created, 0.75 * t.resolution * MIN)) : state === 'at_risk' ? base.resolution_due_at : null,
  };
}
