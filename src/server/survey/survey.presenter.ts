/**
 * The survey's answers as people see them: an answer to its own citizen and to staff reaching the
 * case; the figures carry no answer, only counts and means (no comment, no person).
 */
import type { SurveyState } from '../../common/schemas/survey.schema.ts';

/** An invitation row with its answer's columns (null when unanswered). */
interface AnswerColumns {
  overall: number | null;
  speed: number | null;
  confidentiality: number | null;
  simplicity: number | null;
  solved: boolean | null;
  comment: string | null;
  answered_at: Date | null;
  reopened: boolean | null;
}

/** The answer of an invitation, or null when it has none. */
export function presentAnswer(row: AnswerColumns | undefined): SurveyState['answer'] {
  if (!row || row.answered_at === null) return null;
  return {
    overall: row.overall!,
    speed: row.speed!,
    confidentiality: row.confidentiality!,
    simplicity: row.simplicity!,
    solved: row.solved!,
    comment: row.comment,
    answeredAt: new Date(row.answered_at).toISOString(),
    reopened: row.reopened ?? false,
  };
}
