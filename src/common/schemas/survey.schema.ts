import { z } from 'zod';
import { caseStatuses } from '../enums.ts';
import { bilingual, localeNumber, text } from './fields.ts';
import { publicStatsQuerySchema } from './kpi.schema.ts';

/** A score from 1 to 5, in Latin or Arabic-Indic digits. */
const score = (what: string) =>
  localeNumber()
    .pipe(z.number().int().min(1).max(5))
    .describe(`${what}, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted`);

/** The dimensions Tawasul asks about besides the overall answer, in the order the form shows them. */
export const surveyDimensions = ['speed', 'confidentiality', 'simplicity'] as const;
export type SurveyDimension = (typeof surveyDimensions)[number];

/** `POST /api/v1/cases/{reference}/survey`: the citizen's answer. `version` may come as If-Match. */
export const surveyAnswerBodySchema = z
  .object({
    version: z.number().int().positive().optional().describe('The case version you saw (or send If-Match)'),
    overall: score('The answer overall; it is also the case’s rating'),
    speed: score('The speed of processing'),
    confidentiality: score('The confidentiality of processing'),
    simplicity: score('The simplicity of the procedure'),
    solved: z.boolean().describe('Was the problem actually solved?'),
    comment: text({ max: 2000, multiline: true }).optional().describe('A comment; when not solved and the service says so, the reason the case is reopened'),
    channel: z.enum(['web', 'mobile']).default('web').describe('The app the answer was given in'),
  })
  .strict();
export type SurveyAnswerBody = z.infer<typeof surveyAnswerBodySchema>;

const answerSchema = z.object({
  overall: z.number().int(),
  speed: z.number().int(),
  confidentiality: z.number().int(),
  simplicity: z.number().int(),
  solved: z.boolean(),
  comment: z.string().nullable(),
  answeredAt: z.string(),
  reopened: z.boolean().describe('The "not solved" answer reopened the case'),
});

/** `GET /api/v1/cases/{reference}/survey`: whether the survey of the case's latest resolution may be answered. */
export const surveyStateSchema = z.object({
  state: z
    .enum(['none', 'open', 'answered', 'expired'])
    .describe('none: the case has no answer to rate yet; open: it may be answered until expiresAt; answered; expired'),
  expiresAt: z.string().nullable(),
  days: z.number().int().describe('Days after the answer during which the survey may be answered'),
  reopenWhenNotSolved: z.boolean().describe('A "not solved" answer reopens the case (the service’s policy)'),
  answer: answerSchema.nullable(),
});
export type SurveyState = z.infer<typeof surveyStateSchema>;

/** What answering the survey did. */
export const surveyAnswerResponseSchema = z.object({
  reference: z.string(),
  status: z.enum(caseStatuses).describe('The case’s status now (reopened when not solved under the policy)'),
  version: z.number().int(),
  answer: answerSchema,
});

/** `GET /api/v1/kpi/survey` and `GET /api/v1/public/survey`: whole months. */
export const surveyFiguresQuerySchema = publicStatsQuerySchema;

/** The survey's figures for one group: counts, and averages and shares of them. */
export const surveyFiguresSchema = z.object({
  invited: z.number().int().describe('Resolutions whose survey was offered'),
  answered: z.number().int(),
  responseRate: z.number().nullable().describe('% answered ÷ invited, two decimals'),
  overall: z.number().nullable().describe('Mean of the overall answers, two decimals'),
  speed: z.number().nullable(),
  confidentiality: z.number().nullable(),
  simplicity: z.number().nullable(),
  solvedShare: z.number().nullable().describe('% of answers saying the problem was solved'),
  reopened: z.number().int().describe('Cases a "not solved" answer reopened'),
  followerRatings: z.number().int().describe('Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart'),
  followerMean: z.number().nullable().describe('Followers’ satisfaction: mean of their ratings, two decimals'),
});
export type SurveyFigures = z.infer<typeof surveyFiguresSchema>;

const entityRef = z.object({ code: z.string(), name: bilingual });

/** Staff: per entity, service and month, and the totals of the scope. */
export const surveyKpiSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  totals: surveyFiguresSchema,
  rows: z.array(surveyFiguresSchema.extend({ month: z.string(), entity: entityRef, service: entityRef })),
});

/** Anyone: per entity and month, and the national totals. Counts and means only: no comments, no people. */
export const publicSurveySchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  national: surveyFiguresSchema,
  entities: z.array(z.object({ entity: entityRef, totals: surveyFiguresSchema, months: z.array(surveyFiguresSchema.extend({ month: z.string() })) })),
});

/** `GET /api/v1/follower-ratings/{token}`: the case a follower was answered by, its public facts only. */
export const followerRatingParamsSchema = z.object({ token: z.string().min(1).max(100).describe('The follower’s own rating token from the resolution notice') });

export const followerRatingStateSchema = z.object({
  reference: z.string(),
  entity: bilingual,
  service: bilingual,
  answer: z.string().nullable().describe('The case’s public answer'),
  state: z.enum(['open', 'rated', 'closed']).describe('open: may be rated; rated: rated already; closed: the case is no longer resolved or the survey’s days are over'),
  rating: z.number().int().nullable(),
  ratedAt: z.string().nullable(),
});
export type FollowerRatingState = z.infer<typeof followerRatingStateSchema>;

/** `POST /api/v1/follower-ratings/{token}`: once per follower and case. */
export const followerRatingBodySchema = z
  .object({
    rating: score('The answer overall'),
    comment: text({ max: 2000, multiline: true }).optional().describe('A comment (never shown publicly)'),
  })
  .strict();
