import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/common/error-codes.ts';
import { AppError, errors } from '../../src/server/http/errors.ts';
import { operationIdOf, problemCodes, securityOf } from '../../src/server/http/openapi.ts';

/** The API document's error answers and names are derived, so they must keep up with the code. */

/** Every factory's error, called with arguments of the kinds they take. */
function factoryErrors(): AppError[] {
  const out: AppError[] = [];
  for (const make of Object.values(errors) as ((...args: unknown[]) => AppError)[]) {
    for (const args of [[], ['x', 'x', 'x'], [1, new Date()], [[]]]) {
      try {
        out.push(make(...args));
        break;
      } catch {
        // the next set of arguments
      }
    }
  }
  return out;
}

describe('the documented error codes', () => {
  it('name every code under at least one status', () => {
    const documented = new Set(Object.values(problemCodes).flat());
    expect(errorCodes.filter((c) => !documented.has(c)), 'add them to problemCodes in src/server/http/openapi.ts').toEqual([]);
  });

  it('list each factory\'s code under the status it answers with', () => {
    const made = factoryErrors();
    expect(made.length).toBe(Object.keys(errors).length);
    const missing = made.filter((e) => !problemCodes[String(e.status)]?.includes(e.code)).map((e) => `${e.status} ${e.code}`);
    expect(missing, 'add them to problemCodes in src/server/http/openapi.ts').toEqual([]);
  });
});

describe('operation ids and security', () => {
  it.each([
    ['GET', '/api/v1/admin/staff/:id', 'getAdminStaffById'],
    ['POST', '/api/v1/cases/:reference/actions/request-info', 'caseActionRequestInfo'],
    ['GET', '/open311/v2/services/:code.xml', 'getOpen311ServicesByCodeXml'],
    ['GET', '/api/v1/public/stats.csv', 'getPublicStatsCsv'],
    ['POST', '/api/v1/cases', 'submitCase'],
    ['HEAD', '/api/v1/cases/:reference', 'getCase'],
  ])('%s %s is %s', (method, url, id) => {
    expect(operationIdOf(method, url)).toBe(id);
  });

  it('asks for a CSRF header on cookie writes, except the sign-in ones, and none of a public route', () => {
    expect(securityOf({ signedIn: true }, 'GET', '/api/v1/auth/me')).toEqual([{ sessionCookie: [] }]);
    expect(securityOf({ signedIn: true }, 'PUT', '/api/v1/me/notifications')).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    expect(securityOf({ thing: 'case', action: 'read' }, 'GET', '/api/v1/cases')).toEqual([{ sessionCookie: [] }]);
    expect(securityOf({ public: 'anyone' }, 'POST', '/api/v1/cases')).toEqual([]);
    expect(securityOf({ credential: "the relay's HMAC signature" }, 'POST', '/api/v1/inbound/:channel')).toEqual([{ relaySignature: [], relayTimestamp: [] }]);
  });
});
