import type { Loop } from '../loop.ts';
import type { SurveyService } from './survey.service.ts';

/** How often recent answers are invited to their survey. */
export const SURVEY_INVITE_EVERY_MS = 60_000;

/** Invites the citizens of recent resolutions to the satisfaction survey, every minute. */
export function surveyLoops(survey: SurveyService): Loop[] {
  return [{ name: 'survey-invite', everyMs: SURVEY_INVITE_EVERY_MS, run: (now) => survey.invite(now) }];
}
