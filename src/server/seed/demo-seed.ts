import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { staffRoles, type Governorate } from '../../common/enums.ts';
import { serviceSearchText } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { demoGroups, demoServices } from './demo-catalogue.ts';
import { seedDemoBoundaries } from '../places/demo-boundaries.ts';
import { seedBahrainSla } from './bahrain-calendar.ts';

/** The demo's government: a ministry and its four municipalities, one per governorate (populations rounded from the 2020 census). */
export const demoEntities = [
  {
    code: 'ministry',
    kind: 'ministry',
    governorate: null,
    population: 1_501_635,
    name_ar: 'وزارة الأشغال وشؤون البلديات والتخطيط العمراني',
    name_en: 'Ministry of Works, Municipalities Affairs and Urban Planning',
  },
  { code: 'capital', kind: 'municipality', governorate: 'capital', population: 510_000, name_ar: 'أمانة العاصمة', name_en: 'Capital Trusteeship' },
  { code: 'muharraq', kind: 'municipality', governorate: 'muharraq', population: 289_000, name_ar: 'بلدية المحرق', name_en: 'Muharraq Municipality' },
  { code: 'northern', kind: 'municipality', governorate: 'northern', population: 427_000, name_ar: 'بلدية المنطقة الشمالية', name_en: 'Northern Municipality' },
  { code: 'southern', kind: 'municipality', governorate: 'southern', population: 275_000, name_ar: 'بلدية المنطقة الجنوبية', name_en: 'Southern Municipality' },
] as const;

const roleNames: Record<(typeof staffRoles)[number], { ar: string; en: string }> = {
  agent: { ar: 'موظف مركز الاتصال', en: 'Contact centre agent' },
  officer: { ar: 'موظف المعالجة', en: 'Case officer' },
  supervisor: { ar: 'المشرف', en: 'Supervisor' },
  entity_admin: { ar: 'مدير الجهة', en: 'Entity administrator' },
  coordinator: { ar: 'المنسق الوطني', en: 'National coordinator' },
  analyst: { ar: 'المحلل', en: 'Analyst' },
};

/** The demo sign-in of a role at an entity: `{role}@{entityCode}.demo`. */
export function demoEmail(role: string, entityCode: string): string {
  return `${role}@${entityCode}.demo`;
}

/** True when the database already holds the demo (or any) government. */
export async function isSeeded(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('entities').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Fills an empty database with the demo: the ministry and municipalities, the service catalogue
 * with its routing (municipal services go to the municipality of the case's governorate), and one
 * staff account per role and entity. Does nothing on a database that already has entities.
 */
export async function seedDemo(db: Kysely<DB>, password: string): Promise<{ seeded: boolean }> {
  if (await isSeeded(db)) return { seeded: false };
  const passwordHashes = await Promise.all(
    demoEntities.flatMap(() => staffRoles.map(() => hash(password, { algorithm: 2 /* argon2id */ }))),
  );
  await db.transaction().execute(async (tx) => {
    const ministry = await tx.insertInto('entities').values({ ...demoEntities[0], parent_id: null }).returning('id').executeTakeFirstOrThrow();
    const entityIds = new Map<string, number>([['ministry', ministry.id]]);
    for (const e of demoEntities.slice(1)) {
      const row = await tx.insertInto('entities').values({ ...e, parent_id: ministry.id }).returning('id').executeTakeFirstOrThrow();
      entityIds.set(e.code, row.id);
    }
    const policyId = await seedBahrainSla(tx);
    const groups = await tx
      .insertInto('service_groups')
      .values(demoGroups.map((g, i) => ({ code: g.code, name_ar: g.name.ar, name_en: g.name.en, position: i })))
      .returning(['id', 'code'])
      .execute();
    const groupIds = new Map(groups.map((g) => [g.code, g.id]));
    const services = await tx
      .insertInto('services')
      .values(
        demoServices.map((s) => ({
          code: s.code,
          group_id: groupIds.get(s.group)!,
          entity_id: ministry.id,
          name_ar: s.name.ar,
          name_en: s.name.en,
          description_ar: s.description.ar,
          description_en: s.description.en,
          types: s.types,
          anonymous_allowed: s.anonymousAllowed,
          default_priority: s.hazard ? 'urgent' : 'normal',
          keywords: s.keywords,
          search_text: serviceSearchText(s),
          sla_policy_id: policyId,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    const serviceIds = new Map(services.map((s) => [s.code, s.id]));
    const attributes = demoServices.flatMap((s) =>
      (s.attributes ?? []).map((a, i) => ({
        service_id: serviceIds.get(s.code)!,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        position: i + 1,
        name_ar: a.name.ar,
        name_en: a.name.en,
        description_ar: a.description.ar,
        description_en: a.description.en,
        values: JSON.stringify(a.values ?? []),
      })),
    );
    if (attributes.length) await tx.insertInto('service_attributes').values(attributes).execute();
    const municipalities = demoEntities.slice(1);
    const routes = demoServices
      .filter((s) => s.owner === 'municipal')
      .flatMap((s) =>
        municipalities.map((m) => ({
          service_id: serviceIds.get(s.code)!,
          governorate: m.governorate as Governorate,
          entity_id: entityIds.get(m.code)!,
          unit_id: null,
        })),
      );
    await tx.insertInto('service_routes').values(routes).execute();
    let h = 0;
    const staff = demoEntities.flatMap((e) =>
      staffRoles.map((role) => ({
        entity_id: entityIds.get(e.code)!,
        unit_id: null,
        email: demoEmail(role, e.code),
        name: `${roleNames[role].en} — ${e.name_en}`,
        role,
        password_hash: passwordHashes[h++]!,
        language: 'ar' as const,
      })),
    );
    await tx.insertInto('staff_users').values(staff).execute();
    await seedDemoBoundaries(tx);
  });
  return { seeded: true };
}
