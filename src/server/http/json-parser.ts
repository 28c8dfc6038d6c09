import type { FastifyInstance } from 'fastify';
import sjson from 'secure-json-parse';
import { errors } from './errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Replaces Fastify's JSON parser with a strict one: the body must be valid UTF-8 (a broken byte is a
 * 400, not a silent U+FFFD), and `__proto__` / `constructor.prototype` keys are refused.
 */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']); // the API speaks JSON; plain text is a 415
  app.addContentTypeParser(
    /^application\/([a-z0-9.+-]+\+)?json(\s*;.*)?$/i,
    { parseAs: 'buffer' },
    (_request, body: Buffer, done) => {
      let text: string;
      try {
        text = utf8.decode(body);
      } catch {
        return done(errors.invalidEncoding(), undefined);
      }
      if (text.trim() === '') return done(errors.malformedJson('The body is empty.'), undefined);
      try {
        done(null, sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
      } catch {
        done(errors.malformedJson('The body is not valid JSON.'), undefined);
      }
    },
  );
}
