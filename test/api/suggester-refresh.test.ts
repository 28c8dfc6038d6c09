/**
 * The suggester looks for a newer model in the background while the one in hand answers. A look
 * that fails (here the model table is out of reach for a moment) must neither end the process — an
 * unhandled rejection would — nor stop the suggestions: the model in hand keeps answering, the
 * failure is logged, and the next check finds the newer model.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SuggestRepository } from '../../src/server/suggest/suggest.repository.ts';
import { SuggestService } from '../../src/server/suggest/suggest.service.ts';
import { forceState } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const LIGHT = 'عمود الإنارة أمام بيتنا طافي من ثلاثة أيام والشارع مظلم';

describe(`a failed look for a newer suggester model (${testDbKind})`, () => {
  it('keeps the model in hand answering, logs it, and picks up the newer model at the next check', async () => {
    const db = t.ctx.database.db;
    const warnings: string[] = [];
    const suggester = new SuggestService(new SuggestRepository(db), t.ctx.catalogue, db, t.ctx.audit, {
      warn: (_obj: unknown, msg?: string) => void warnings.push(String(msg)),
    } as never);
    const first = await suggester.suggest(LIGHT);
    expect(first.items.map((i) => i.service.code)).toContain('street_light_fault');
    // A case confirmed in its service: a newer model to train and look for.
    const { reference } = await buildCase(t.app, { description: LIGHT });
    await forceState(t.ctx, reference, { status: 'resolved', resolvedDaysAgo: 1 });
    const trained = await t.ctx.suggest.suggester.train();
    expect(trained).toBeGreaterThan(first.version);

    const later = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 61_000);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await sql`alter table suggest_models rename to suggest_models_away`.execute(db);
      const during = await suggester.suggest(LIGHT);
      expect(during.version).toBe(first.version); // the model in hand
      expect(during.items.map((i) => i.service.code)).toEqual(first.items.map((i) => i.service.code));
      await vi.waitFor(() => expect(warnings).toHaveLength(1));
      expect(warnings[0]).toMatch(/could not look for a newer model/);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      await sql`alter table suggest_models_away rename to suggest_models`.execute(db);
      process.off('unhandledRejection', onUnhandled);
    }
    // The failed look counts as a check; the next one, a minute on, finds the trained model.
    later.mockReturnValue(Date.now() + 130_000);
    await suggester.suggest(LIGHT); // starts the rebuild; the old model still answers
    await vi.waitFor(async () => expect((await suggester.suggest(LIGHT)).version).toBe(trained));
    later.mockRestore();
  });
});
