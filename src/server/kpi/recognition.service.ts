import type { z } from 'zod';
import type { recognitionPublicQuerySchema, recognitionQuerySchema } from '../../common/schemas/recognition.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';
import { errors } from '../http/errors.ts';
import { isRankedPeer, normalisedWeights, parseWeights, type Weights } from './kpi.formulas.ts';
import { emptyGroup, figuresOf, type KpiReader } from './kpi.reader.ts';
import type { KpiRepository } from './kpi.repository.ts';
import { excellenceTable, lastEndedPeriod, recognitionPeriodOf, type RecognitionPeriodKind } from './recognition.ts';
import { readVariable } from '../config.env.ts';

type PublicQuery = z.infer<typeof recognitionPublicQuerySchema>;
type StaffQuery = z.infer<typeof recognitionQuerySchema>;

export interface RecognitionSettings {
  period: RecognitionPeriodKind;
  weights: Weights;
  minCases: number;
}

/**
 * `TAWASUL_RECOGNITION_PERIOD` (month, quarter — the default —, half, year) and
 * `TAWASUL_RECOGNITION_MIN_CASES` (default 20); the weights are the ranking's.
 */
export function recognitionSettings(weights: Weights, env: NodeJS.ProcessEnv = process.env): RecognitionSettings {
  return { period: readVariable('TAWASUL_RECOGNITION_PERIOD', env), weights, minCases: readVariable('TAWASUL_RECOGNITION_MIN_CASES', env) };
}

/** The excellence table of a period, per entity and per service: for staff (weights may be tried) and for the public. */
export class RecognitionService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly reader: KpiReader,
    private readonly scopes: KpiScopes,
    private readonly settings: RecognitionSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The published table: configured weights and minimum. */
  publicTable(q: PublicQuery) {
    return this.table(q.period ?? this.settings.period, q.of, this.settings.weights, this.settings.minCases);
  }

  /** The table for staff, who may try other weights and another minimum. */
  staffTable(q: StaffQuery) {
    let weights = this.settings.weights;
    try {
      if (q.weights) weights = parseWeights(q.weights, this.settings.weights);
    } catch (error) {
      throw errors.field('weights', 'invalid_weights', (error as Error).message);
    }
    return this.table(q.period ?? this.settings.period, q.of, weights, q.minCases ?? this.settings.minCases);
  }

  private async table(kind: RecognitionPeriodKind, of: string | undefined, weights: Weights, minCases: number) {
    const timeZone = await this.reader.timeZone();
    const today = localDate(this.now(), timeZone);
    if (of !== undefined && of > today) throw errors.field('of', 'invalid_period', '`of` must not be in the future');
    const period = of === undefined ? lastEndedPeriod(kind, today) : recognitionPeriodOf(kind, of);
    const frame = await this.reader.frame(period, this.now());
    const all = await this.scopes.entities();
    const entities = all.filter((e) => e.kind !== 'unit' && isRankedPeer(e, all));
    const [perEntity, perService, services] = await Promise.all([
      this.reader.read(frame, { dim: 'all', rows: entities.map((e) => e.id), live: 'any', groupBy: ['entity'], hist: false }),
      this.reader.read(frame, { dim: 'service', rows: [0], live: 'any', groupBy: ['key'], hist: false }),
      this.repo.services(),
    ]);
    const entityTable = excellenceTable(
      entities.map((e) => ({ subject: { code: e.code, name: e.name }, figures: figuresOf(perEntity.get(String(e.id)) ?? emptyGroup()) })),
      weights,
      minCases,
    );
    const serviceTable = excellenceTable(
      services.map((s) => ({ subject: { code: s.code, name: { ar: s.name_ar, en: s.name_en } }, figures: figuresOf(perService.get(String(s.id)) ?? emptyGroup()) })),
      weights,
      minCases,
    );
    return {
      period: { kind, from: period.from, to: period.to, timeZone, ended: period.to < today },
      weights: normalisedWeights(weights),
      minCases,
      entities: entityTable,
      services: serviceTable,
    };
  }
}
