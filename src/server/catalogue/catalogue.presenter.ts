import type { z } from 'zod';
import type { entitySchema, serviceSchema } from '../../common/schemas/catalogue.schema.ts';
import type { CatalogueRepository } from './catalogue.repository.ts';
import type { Service } from './catalogue.service.ts';

/** A service as the public catalogue shows it (no internal ids, no routing table). */
export function presentService(s: Service): z.infer<typeof serviceSchema> {
  return {
    code: s.code,
    group: { code: s.group.code, name: s.group.name },
    name: s.name,
    description: s.description,
    entity: { code: s.entity.code, name: s.entity.name },
    types: s.types,
    anonymousAllowed: s.anonymousAllowed,
    keywords: s.keywords,
    attributes: s.attributes.map((a) => ({
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      order: a.order,
      name: a.name,
      description: a.description,
      values: a.values,
    })),
  };
}

type EntityRow = Awaited<ReturnType<CatalogueRepository['entities']>>[number];

export function presentEntity(e: EntityRow): z.infer<typeof entitySchema> {
  return {
    code: e.code,
    kind: e.kind,
    name: { ar: e.name_ar, en: e.name_en },
    parent: e.parent_code,
    governorate: e.governorate,
  };
}
