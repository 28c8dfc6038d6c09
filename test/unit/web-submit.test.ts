import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/web/api/catalogue.api.ts';
import { ApiError } from '../../src/web/api/problem.ts';
import { emptyDraft, stepOfPath, type Draft } from '../../src/web/components/case-form/draft.ts';
import { addFiles } from '../../src/web/components/files/file-checks.ts';
import { fieldErrorsOf } from '../../src/web/components/case-form/case-errors.ts';
import { buildSubmission } from '../../src/web/components/case-form/submission.ts';
import { validateStep } from '../../src/web/components/case-form/validate.ts';
import { visibleSteps } from '../../src/web/features/submit/visible-steps.ts';

const bilingual = (en: string) => ({ ar: en, en });
const service: Service = {
  code: 'pothole',
  group: { code: 'roads', name: bilingual('Roads') },
  name: bilingual('Pothole'),
  description: bilingual('A hole'),
  entity: { code: 'ministry', name: bilingual('Ministry') },
  types: ['complaint'],
  anonymousAllowed: false,
  keywords: [],
  attributes: [
    { code: 'size', datatype: 'number', required: false, order: 1, name: bilingual('Size'), description: bilingual(''), values: [] },
    { code: 'seen_at', datatype: 'datetime', required: false, order: 2, name: bilingual('Seen'), description: bilingual(''), values: [] },
    {
      code: 'lanes',
      datatype: 'multivaluelist',
      required: true,
      order: 3,
      name: bilingual('Lanes'),
      description: bilingual(''),
      values: [{ key: 'right', name: bilingual('Right') }],
    },
  ],
};
const config = {
  tileUrl: null,
  tileAttribution: '',
  bounds: { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 },
  attachments: { maxFiles: 2, maxBytes: 1000 },
  timeZone: 'Asia/Bahrain',
  country: 'BH',
  outline: [],
};
const draft = (patch: Partial<Draft>): Draft => ({ ...emptyDraft('pothole'), type: 'complaint', ...patch });

describe('building the submission', () => {
  it('sends numbers typed in Arabic-Indic digits as numbers, date-times as instants, address digits as ASCII', () => {
    const body = buildSubmission(
      draft({
        description: '  حفرة عميقة  ',
        attributes: { size: '٤٠٫٥', seen_at: '2026-11-20T22:30', lanes: ['right'] },
        location: { lat: 26.2, lng: 50.58, governorate: 'capital', area: '', block: '٣٠٤', road: '', building: '', address: '' },
        contact: { name: '', phone: '٣٦٠٠١٢٣٤', email: '' },
      }),
      service,
      'ar',
    );
    expect(body.attributes).toEqual({ size: 40.5, seen_at: new Date('2026-11-20T22:30').toISOString(), lanes: ['right'] });
    expect(body.description).toBe('حفرة عميقة');
    expect(body.location).toEqual({ lat: 26.2, lng: 50.58, governorate: 'capital', block: '304' });
    expect(body.contact).toEqual({ phone: '٣٦٠٠١٢٣٤' });
    expect(body).toMatchObject({ type: 'complaint', serviceCode: 'pothole', channel: 'web', language: 'ar' });
  });

  it('sends no location, attributes or contact when none were given, and no contact when anonymous', () => {
    const body = buildSubmission(draft({ description: 'x', anonymous: true, contact: { name: 'A', phone: '1', email: '' } }), service, 'en');
    expect(body.location).toBeUndefined();
    expect(body.attributes).toBeUndefined();
    expect(body.contact).toBeUndefined();
    expect(body.anonymous).toBe(true);
  });
});

describe('checking a step', () => {
  it('asks for the description and required answers, and reads Arabic-Indic numbers', () => {
    expect(validateStep('details', draft({ attributes: { size: 'كبير' } }), service, config)).toEqual({
      description: 'required',
      'attributes.size': 'invalid_number',
      'attributes.lanes': 'required',
    });
    expect(validateStep('details', draft({ description: 'x', attributes: { size: '٤٠', lanes: ['right'] } }), service, config)).toEqual({});
  });

  it('needs a valid phone or email unless anonymous', () => {
    expect(validateStep('contact', draft({}), service, config)).toEqual({ contact: 'contact_required' });
    expect(validateStep('contact', draft({ contact: { name: '', phone: '١٢٣', email: '' } }), service, config)).toEqual({
      'contact.phone': 'invalid_phone',
    });
    expect(validateStep('contact', draft({ contact: { name: '', phone: '٣٦٠٠ ١٢٣٤', email: '' } }), service, config)).toEqual({});
    expect(validateStep('contact', draft({ anonymous: true }), service, config)).toEqual({ anonymous: 'anonymous_not_allowed' });
  });

  it("checks a phone number against the installation's country", () => {
    const saudi = { ...config, country: 'SA' };
    const contact = (phone: string) => draft({ contact: { name: '', phone, email: '' } });
    expect(validateStep('contact', contact('٠٥٠ ١٢٣ ٤٥٦٧'), service, saudi)).toEqual({});
    expect(validateStep('contact', contact('3600 1234'), service, saudi)).toEqual({ 'contact.phone': 'invalid_phone' });
    expect(validateStep('contact', contact('+973 3600 1234'), service, saudi)).toEqual({});
  });

  it('keeps a pin inside the service area', () => {
    const location = { ...emptyDraft().location, lat: 24.0, lng: 50.5 };
    expect(validateStep('location', draft({ location }), service, config)).toEqual({ location: 'out_of_bounds' });
  });
});

describe('choosing files', () => {
  const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });

  it('refuses wrong types, oversize files and files beyond the limit', () => {
    const { files, rejected } = addFiles(
      [],
      [file('a.png', 'image/png', 10), file('b.txt', 'text/plain', 10), file('c.jpg', 'image/jpeg', 5000), file('d.heic', '', 10), file('e.pdf', 'application/pdf', 10)],
      config.attachments,
    );
    expect(files.map((f) => f.name)).toEqual(['a.png', 'd.heic']);
    expect(rejected).toEqual([
      { name: 'b.txt', reason: 'file_type' },
      { name: 'c.jpg', reason: 'file_too_large' },
      { name: 'e.pdf', reason: 'too_many_files' },
    ]);
  });
});

describe('placing API errors', () => {
  it('puts field errors at their fields and on their steps', () => {
    const error = new ApiError(400, 'validation_failed', [
      { path: 'location.lat', code: 'custom', message: '' },
      { path: 'attributes.size', code: 'invalid_value', message: '' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ location: 'custom', 'attributes.size': 'invalid_value' });
    expect(stepOfPath('attributes.size')).toBe('details');
    expect(stepOfPath('contact.phone')).toBe('contact');
    expect(stepOfPath('language')).toBe('review');
  });

  it('places problems that name no field', () => {
    expect(fieldErrorsOf(new ApiError(415, 'attachment_type_not_allowed'))).toEqual({ files: 'file_type' });
    expect(fieldErrorsOf(new ApiError(404, 'service_not_found'))).toEqual({ serviceCode: 'unknown_service' });
    expect(fieldErrorsOf(new ApiError(0, 'network_error'))).toEqual({});
  });
});

describe('the steps a citizen meets', () => {
  const optionalOnly = { ...service, attributes: service.attributes.map((a) => ({ ...a, required: false })) };
  const two = { ...service, types: ['complaint', 'inquiry'] as Service['types'] };

  it('opens on "what happened" without a service, and skips the type, the service and the details once their answers are known', () => {
    const typed = { ...emptyDraft(), description: 'a hole in the road', serviceCode: 'pothole' };
    expect(visibleSteps({ draft: emptyDraft(), service: undefined, describeFirst: true })).toEqual(['describe', 'type', 'service', 'details', 'location', 'photos', 'contact', 'review']);
    expect(visibleSteps({ draft: typed, service: optionalOnly, describeFirst: true })).toEqual(['describe', 'location', 'photos', 'contact', 'review']);
    // A required question brings the details back; two types bring the type back.
    expect(visibleSteps({ draft: typed, service: two, describeFirst: true })).toEqual(['describe', 'type', 'details', 'location', 'photos', 'contact', 'review']);
  });

  it('with a service from the link: no "what happened" step, the service as a summary, and a step reached by "change" stays', () => {
    expect(visibleSteps({ draft: draft({}), service, describeFirst: false })).toEqual(['details', 'location', 'photos', 'contact', 'review']);
    expect(visibleSteps({ draft: draft({}), service, describeFirst: false }, 'service')).toEqual(['service', 'details', 'location', 'photos', 'contact', 'review']);
  });

  it('asks for a description and a service on "what happened", and sends a confirmed pin as confirmed', () => {
    expect(validateStep('describe', emptyDraft(), undefined, config)).toEqual({ description: 'required', serviceCode: 'required' });
    const pinned = draft({ description: 'x', location: { ...emptyDraft().location, lat: 26.3, lng: 50.5, confirmed: true } });
    expect(buildSubmission(pinned, service, 'ar').location).toMatchObject({ lat: 26.3, lng: 50.5, confirmed: true });
  });
});
