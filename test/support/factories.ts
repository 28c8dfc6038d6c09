import type { FastifyInstance } from 'fastify';
import type { CreateCaseInput, CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';

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
