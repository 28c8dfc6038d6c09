import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatFailures, fuzzStaff, prepareFuzzTarget, runFuzz, signInAt, type Fixtures, type Identity } from '../support/fuzz.ts';
import { signInStaff } from '../support/sessions.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

/** Requests per database: every operation about 20 times, each identity in turn. */
const COUNT = Number(process.env.FUZZ_COUNT ?? 2400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

let t: TestApp;
let identities: Identity[];
let fixtures: Fixtures;

beforeAll(async () => {
  t = await createTestApp();
  const signed = async (name: keyof typeof fuzzStaff): Promise<Identity> => ({ name, ...(await signInStaff(t.app, fuzzStaff[name])) });
  identities = [{ name: 'anonymous' }, await signed('coordinator'), await signed('entity_admin')];
  const victim = await signInStaff(t.app, 'officer@northern.demo');
  fixtures = await prepareFuzzTarget(t.app, identities[1]!, victim.user.id, t.config.open311Jurisdiction);
});
afterAll(() => t?.close());

describe(`fuzzing every operation of the OpenAPI document (${testDbKind})`, () => {
  it(`answers ${COUNT} generated requests without a 5xx, every 4xx in its API's error format`, async () => {
    const result = await runFuzz(t.app, {
      seed: SEED,
      count: COUNT,
      identities,
      fixtures,
      refresh: (name) => signInAt(t.app, name, fuzzStaff[name as keyof typeof fuzzStaff], inject('testPassword')),
    });
    expect(result.count).toBe(COUNT);
    expect(result.failures, formatFailures(result)).toEqual([]);
    expect(result.fiveXX).toBe(0);
    // The run reached past validation: some requests succeeded, and refusals of several kinds were seen.
    const statuses = [...result.statuses.keys()];
    expect(statuses.some((s) => s < 300)).toBe(true);
    for (const s of [400, 401, 404]) expect(statuses).toContain(s);
  });
});
