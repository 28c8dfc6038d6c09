/**
 * "Already reported?" precision and recall: `npm run bench:similar` (about a minute).
 *
 * A throwaway PostgreSQL cluster with the demo catalogue. For each pair of
 * test/fixtures/duplicate-pairs.json, the existing case is written (its service, point, age and
 * words), the new report is asked as the public asks `GET /api/v1/intake/similar`, and
 * the pair counts as offered when the existing case is in the answer (the service behind it, called
 * as for an anonymous caller); the case is then closed so
 * it cannot answer for the next pair. Prints precision and recall at the default threshold, the
 * misses and false offers, and the median answer time.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseType, Governorate } from '../src/common/enums.ts';
import { similarQuerySchema } from '../src/common/schemas/similar.schema.ts';
import { AccessService } from '../src/server/access/access.service.ts';
import { CaseGate } from '../src/server/access/case-gate.ts';
import { Throttle } from '../src/server/auth/throttle.ts';
import { ThrottleRepository } from '../src/server/auth/throttle.repository.ts';
import { CaseRepository } from '../src/server/cases/case.repository.ts';
import { openPostgres } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { createSimilarServices } from '../src/server/similar/similar.module.ts';
import { DEFAULT_THRESHOLD } from '../src/server/similar/similarity.ts';
import { startScratch } from './support/scratch.ts';

interface Side {
  service: string;
  type: CaseType;
  text: string;
  east?: number;
  north?: number;
}
interface Pair {
  id: string;
  duplicate: boolean;
  note: string;
  existing: Side & { area: Governorate; east: number; north: number; daysAgo: number };
  new: Side;
}

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/duplicate-pairs.json');
const set = JSON.parse(fs.readFileSync(file, 'utf8')) as { anchors: Record<Governorate, [number, number]>; pairs: Pair[] };

/** A point `east` and `north` metres from an anchor. */
function offset([lat, lng]: [number, number], east: number, north: number) {
  return { lat: lat + north / 111_320, lng: lng + east / (111_320 * Math.cos((lat * Math.PI) / 180)) };
}

const scratch = await startScratch('similar-bench');
try {
  const database = openPostgres(scratch.url, 4);
  await migrate(database);
  await seedDemo(database.db, randomBytes(12).toString('hex'));
  const db = database.db;
  const access = new AccessService(db);
  const { similar } = createSimilarServices(db, { access, gate: new CaseGate(new CaseRepository(db), access, new Throttle(new ThrottleRepository(db))), country: 'BH' });

  const outcome = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: string[] = [];
  const times: number[] = [];
  let serial = 0;
  for (const p of set.pairs) {
    const service = await db.selectFrom('services').select(['id', 'entity_id']).where('code', '=', p.existing.service).executeTakeFirstOrThrow();
    const anchor = set.anchors[p.existing.area];
    const at = offset(anchor, p.existing.east, p.existing.north);
    serial += 1;
    const reference = `26-${String(9_000_000 + serial).padStart(7, '0')}-0`;
    const created = await db
      .insertInto('cases')
      .values({
        reference,
        tracking_token_hash: createHash('sha256').update(reference).digest('hex'),
        type: p.existing.type,
        service_id: service.id,
        entity_id: service.entity_id,
        description: p.existing.text,
        language: /[a-z]/i.test(p.existing.text) ? 'en' : 'ar',
        lat: at.lat,
        lng: at.lng,
        governorate: p.existing.area,
        anonymous: true,
        attributes: '{}',
        created_at: new Date(Date.now() - p.existing.daysAgo * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const query = new URLSearchParams({ service: p.new.service, type: p.new.type, text: p.new.text });
    if (p.new.east !== undefined && p.new.north !== undefined) {
      const point = offset(anchor, p.new.east, p.new.north);
      query.set('lat', point.lat.toFixed(6));
      query.set('lng', point.lng.toFixed(6));
    }
    const t0 = performance.now();
    const answer = await similar.forIntake({ kind: 'anonymous' }, { ip: `10.0.${serial >> 8}.${serial & 255}`, userAgent: 'bench' }, similarQuerySchema.parse(Object.fromEntries(query)));
    times.push(performance.now() - t0);
    const offered = answer.items.find((i) => i.reference === reference);
    const key = p.duplicate ? (offered ? 'tp' : 'fn') : offered ? 'fp' : 'tn';
    outcome[key] += 1;
    if (key === 'fn' || key === 'fp') wrong.push(`  ${key === 'fn' ? 'missed' : 'false offer'} ${p.id} (${p.note})${offered ? ` score ${offered.score}` : ''}`);
    await db.updateTable('cases').set({ status: 'closed' }).where('id', '=', created.id).execute();
  }

  const precision = outcome.tp / Math.max(1, outcome.tp + outcome.fp);
  const recall = outcome.tp / Math.max(1, outcome.tp + outcome.fn);
  times.sort((a, b) => a - b);
  console.log(
    `already reported? ${set.pairs.length} pairs (${outcome.tp + outcome.fn} duplicates, ${outcome.fp + outcome.tn} hard negatives), threshold ${DEFAULT_THRESHOLD}: ` +
      `precision ${(precision * 100).toFixed(1)} % (${outcome.tp}/${outcome.tp + outcome.fp}), recall ${(recall * 100).toFixed(1)} % (${outcome.tp}/${outcome.tp + outcome.fn}); ` +
      `median answer ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms on PostgreSQL`,
  );
  if (wrong.length) console.log(wrong.join('\n'));
  await database.close();
} finally {
  scratch.cleanUp();
}
