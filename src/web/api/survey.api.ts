import type { z } from 'zod';
import type {
  followerRatingStateSchema,
  publicSurveySchema,
  SurveyAnswerBody,
  surveyAnswerResponseSchema,
  SurveyFigures,
  surveyKpiSchema,
  SurveyState,
} from '../../common/schemas/survey.schema.ts';
import { apiRequest, postJson, queryString } from './client.ts';
import type { MonthPeriod } from './kpi.api.ts';

export type { SurveyFigures, SurveyState };

export type SurveyAnswered = z.infer<typeof surveyAnswerResponseSchema>;
export type SurveyKpi = z.infer<typeof surveyKpiSchema>;
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

const surveyPath = (reference: string) => `/api/v1/cases/${encodeURIComponent(reference)}/survey`;
const tokenHeader = (token: string | null | undefined): Record<string, string> => (token ? { 'x-tracking-token': token } : {});

/** The survey of a case's latest answer, as its citizen sees it (tracking token, or signed in). */
export function getSurvey(reference: string, token: string | null, signal?: AbortSignal): Promise<SurveyState> {
  return apiRequest<SurveyState>(surveyPath(reference), { headers: tokenHeader(token), signal });
}

/** Answers the survey, based on the case version on screen (If-Match). */
export function answerSurvey(reference: string, token: string | null, body: Omit<SurveyAnswerBody, 'version' | 'channel'>, version: number): Promise<SurveyAnswered> {
  return postJson<SurveyAnswered>(surveyPath(reference), { ...body, channel: 'web' }, { 'if-match': String(version), ...tokenHeader(token) });
}

/** Staff: the survey per entity, service and month in their scope. */
export function fetchKpiSurvey(period: MonthPeriod, signal?: AbortSignal): Promise<SurveyKpi> {
  return apiRequest<SurveyKpi>(`/api/v1/kpi/survey${queryString({ ...period })}`, { signal });
}

/** Anyone: the survey per entity and month (counts and means only). */
export function fetchPublicSurvey(period: MonthPeriod, signal?: AbortSignal): Promise<PublicSurvey> {
  return apiRequest<PublicSurvey>(`/api/v1/public/survey${queryString({ ...period })}`, { signal });
}

export type FollowerRatingState = z.infer<typeof followerRatingStateSchema>;
const followerPath = (token: string) => `/api/v1/follower-ratings/${encodeURIComponent(token)}`;

/** A follower's rating page: the case that answered them, its public facts only. */
export function getFollowerRating(token: string, signal?: AbortSignal): Promise<FollowerRatingState> {
  return apiRequest<FollowerRatingState>(followerPath(token), { signal });
}

/** A follower rates the case that answered them, once. */
export function rateAsFollower(token: string, body: { rating: number; comment?: string }): Promise<FollowerRatingState> {
  return postJson<FollowerRatingState>(followerPath(token), body);
}
