import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referenceParamsSchema, trackingQuerySchema } from '../../common/schemas/case.schema.ts';
import {
  publicSurveySchema,
  surveyAnswerBodySchema,
  surveyAnswerResponseSchema,
  surveyFiguresQuerySchema,
  surveyKpiSchema,
  surveyStateSchema,
} from '../../common/schemas/survey.schema.ts';
import { expectedVersion, passOf, tokenHeaders } from '../cases/case.routes.ts';
import { jsonAnswer, type PublicCache } from '../http/public-cache.ts';
import type { SurveyFiguresService } from './survey-figures.service.ts';
import type { SurveyService } from './survey.service.ts';

/** The survey of a case's answer (its citizen, by token or signed in), and the survey's figures (staff; public). */
export function surveyRoutes(survey: SurveyService, figures: SurveyFiguresService, cache: PublicCache) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/cases/:reference/survey',
      {
        schema: {
          tags: ['cases'],
          summary: 'The satisfaction survey of the case’s latest answer: open until when, or answered (and how)',
          params: referenceParamsSchema,
          querystring: trackingQuerySchema,
          headers: tokenHeaders,
          response: { 200: surveyStateSchema },
        },
      },
      async (request) => survey.state(request.actor, request.params.reference, passOf(request)),
    );

    r.post(
      '/api/v1/cases/:reference/survey',
      {
        schema: {
          tags: ['cases'],
          summary: 'Answer the satisfaction survey (once, within its days): overall (the case’s rating), speed, confidentiality, simplicity, solved, comment',
          params: referenceParamsSchema,
          querystring: trackingQuerySchema,
          headers: tokenHeaders.extend({ 'if-match': z.string().max(40).optional() }),
          body: surveyAnswerBodySchema,
          response: { 200: surveyAnswerResponseSchema },
        },
      },
      async (request) => survey.answer(request.actor, request.params.reference, passOf(request), request.body, () => expectedVersion(request, request.body)),
    );

    r.get(
      '/api/v1/kpi/survey',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Satisfaction survey per entity, service and month of the answer: response rate, mean per dimension, share solved',
          querystring: surveyFiguresQuerySchema,
          response: { 200: surveyKpiSchema },
        },
      },
      async (request) => figures.forStaff(request.actor, request.query),
    );

    r.get(
      '/api/v1/public/survey',
      {
        schema: {
          tags: ['public statistics'],
          summary: 'Satisfaction survey per entity and month: response rate, mean per dimension, share solved. Counts only: no comments, no personal data.',
          querystring: surveyFiguresQuerySchema,
          response: { 200: publicSurveySchema },
        },
      },
      async (request, reply) =>
        cache.send(request, reply, async () => jsonAnswer(z.encode(publicSurveySchema, await figures.forPublic(request.query)))),
    );
  };
}
