import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import { KpiScopes } from '../access/indicator-scope.ts';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { PublicCache } from '../http/public-cache.ts';
import { FollowerRatingRepository } from './follower-rating.repository.ts';
import { followerRatingRoutes } from './follower-rating.routes.ts';
import { FollowerRatingService } from './follower-rating.service.ts';
import { SurveyFiguresService } from './survey-figures.service.ts';
import { SurveyRepository } from './survey.repository.ts';
import { surveyRoutes } from './survey.routes.ts';
import { SurveyService } from './survey.service.ts';

/** The satisfaction survey: invitations and answers, and its figures. */
export interface SurveyServices {
  survey: SurveyService;
  figures: SurveyFiguresService;
  followerRatings: FollowerRatingService;
}

/** Builds the survey once: the case gate and actions it answers through, the indicator scopes its figures keep to. */
export function createSurveyServices(
  db: Kysely<DB>,
  config: Pick<Config, 'surveyDays' | 'timeZone'>,
  deps: { access: AccessService; gate: CaseGate; actions: CaseActionService },
): SurveyServices {
  const repo = new SurveyRepository(db);
  const followers = new FollowerRatingRepository(db);
  return {
    survey: new SurveyService(db, repo, deps.gate, deps.actions, { days: config.surveyDays, timeZone: config.timeZone }),
    figures: new SurveyFiguresService(repo, followers, new KpiScopes(db, deps.access), config.timeZone),
    followerRatings: new FollowerRatingService(followers, { days: config.surveyDays, timeZone: config.timeZone }),
  };
}

/** Registers the survey's routes; the public figures are kept in the public cache. */
export function surveyPlugin(s: SurveyServices, cache: PublicCache) {
  return async (app: FastifyInstance) => {
    await app.register(surveyRoutes(s.survey, s.figures, cache));
    await app.register(followerRatingRoutes(s.followerRatings));
  };
}
