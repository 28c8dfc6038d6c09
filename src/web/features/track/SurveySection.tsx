import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/enums.ts';
import { surveyDimensions } from '../../../common/schemas/survey.schema.ts';
import type { CitizenCase } from '../../api/cases.api.ts';
import { asApiError } from '../../api/problem.ts';
import { answerSurvey, getSurvey, type SurveyState } from '../../api/survey.api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem } from '../../components/form/field-errors.ts';
import { useFieldError } from '../../components/form/useFieldError.ts';
import { Loading } from '../../components/Loading.tsx';
import { ActionFeedback } from '../case-actions/ActionFeedback.tsx';
import { formatDualDate } from '../../i18n/format.ts';

const COMMENT_MAX = 2000;

/** The questions scored 1–5, in the form's order: the answer overall, then each dimension. */
const scored = ['overall', ...surveyDimensions] as const;
type Scored = (typeof scored)[number];
type T = ReturnType<typeof useTranslation>['t'];

const questionOf = (t: T): Record<Scored, string> => ({
  overall: t('survey.question.overall'),
  speed: t('survey.question.speed'),
  confidentiality: t('survey.question.confidentiality'),
  simplicity: t('survey.question.simplicity'),
});
const shortOf = (t: T): Record<Scored, string> => ({
  overall: t('survey.short.overall'),
  speed: t('survey.short.speed'),
  confidentiality: t('survey.short.confidentiality'),
  simplicity: t('survey.short.simplicity'),
});
/** The labels of the scores 1 to 5. */
const scoreLabels = (t: T) => [
  t('citizenActions.rate.score1'),
  t('citizenActions.rate.score2'),
  t('citizenActions.rate.score3'),
  t('citizenActions.rate.score4'),
  t('citizenActions.rate.score5'),
];

/** One question scored 1 (very poor) to 5 (excellent), each choice labelled. */
function ScoreQuestion({ name, value, error, onChange }: { name: Scored; value: string; error?: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={onChange} label={questionOf(t)[name]} error={error} withAsterisk name={name} data-testid={`survey-${name}`}>
      <Group gap="md" mt="xs">
        {scoreLabels(t).map((label, i) => (
          <Radio key={label} value={String(i + 1)} label={t('citizenActions.rate.option', { score: i + 1, label })} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** The open survey: four scores, solved yes/no, a comment; sent once with the case version on screen. */
function SurveyForm({ item, token, state, caseKey, onAnswered }: { item: CitizenCase; token: string | null; state: SurveyState; caseKey: QueryKey; onAnswered: (s: SurveyState) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [scores, setScores] = useState<Record<Scored, string>>({ overall: '', speed: '', confidentiality: '', simplicity: '' });
  const [solved, setSolved] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: () =>
      answerSurvey(
        item.reference,
        token,
        {
          overall: Number(scores.overall),
          speed: Number(scores.speed),
          confidentiality: Number(scores.confidentiality),
          simplicity: Number(scores.simplicity),
          solved: solved === 'yes',
          comment: comment.trim() || undefined,
        },
        item.version,
      ),
    onSuccess: (done) => {
      onAnswered({ ...state, state: 'answered', answer: done.answer });
      void client.invalidateQueries({ queryKey: caseKey });
      void client.invalidateQueries({ queryKey: ['my-cases'] });
    },
    onError: (error) => {
      if (asApiError(error).code === 'version_conflict') void client.invalidateQueries({ queryKey: caseKey });
    },
  });
  const conflict = mutation.isError && asApiError(mutation.error).code === 'version_conflict';
  const fieldErrors = mutation.isError ? fieldErrorsOfProblem(mutation.error) : {};
  const errorOf = useFieldError({ ...fieldErrors, ...Object.fromEntries(missing.map((m) => [m, 'required'])) });
  const generalError = mutation.isError && !conflict && !Object.keys(fieldErrors).length ? mutation.error : null;
  const until = state.expiresAt ? formatDualDate(state.expiresAt, i18n.language as Language, false).gregorian : '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const absent = [...scored.filter((s) => !scores[s]), ...(solved ? [] : ['solved'])];
        setMissing(absent);
        if (!absent.length) mutation.mutate();
      }}
    >
      <Stack gap="md">
        <Text fz="sm">{t('survey.intro', { date: until })}</Text>
        {scored.map((name) => (
          <ScoreQuestion
            key={name}
            name={name}
            value={scores[name]}
            error={errorOf(name)}
            onChange={(v) => {
              setScores((s) => ({ ...s, [name]: v }));
              setMissing((m) => m.filter((x) => x !== name));
            }}
          />
        ))}
        <Radio.Group
          value={solved}
          onChange={(v) => {
            setSolved(v);
            setMissing((m) => m.filter((x) => x !== 'solved'));
          }}
          label={t('survey.question.solved')}
          description={state.reopenWhenNotSolved ? t('survey.reopenPolicy') : undefined}
          error={errorOf('solved')}
          withAsterisk
          name="solved"
          data-testid="survey-solved"
        >
          <Group gap="md" mt="xs">
            <Radio value="yes" label={t('survey.solvedYes')} />
            <Radio value="no" label={t('survey.solvedNo')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('survey.comment')}
          description={solved === 'no' && state.reopenWhenNotSolved ? t('survey.commentReopen') : undefined}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={errorOf('comment')}
          maxLength={COMMENT_MAX}
          rows={3}
          name="comment"
          data-testid="survey-comment"
        />
        <ActionFeedback conflict={conflict} error={generalError} />
        <Button type="submit" loading={mutation.isPending} w="fit-content" data-testid="survey-send">
          {t('survey.send')}
        </Button>
      </Stack>
    </form>
  );
}

/** What the citizen answered, with the thanks and, when "not solved" reopened the case, that it did. */
function SurveyThanks({ answer }: { answer: NonNullable<SurveyState['answer']> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="survey-thanks">
      <Alert color="brand" variant="light" role="status">
        {t('survey.thanks')}
      </Alert>
      {answer.reopened && (
        <Alert color="orange" variant="light" data-testid="survey-reopened">
          {t('survey.reopened')}
        </Alert>
      )}
      <Text fz="sm" data-testid="survey-answer">
        {scored.map((name) => t('survey.given', { question: shortOf(t)[name], score: answer[name] })).join(' · ')}
        {' · '}
        {answer.solved ? t('survey.solvedYes') : t('survey.solvedNo')}
      </Text>
    </Stack>
  );
}

/**
 * The satisfaction survey of the case's latest answer, in place of a bare rating: open (the form,
 * until its closing day), answered (the thanks, and the reopen it caused), or closed. Nothing
 * before the case is answered.
 */
export function SurveySection({ item, token, caseKey }: { item: CitizenCase; token: string | null; caseKey: QueryKey }) {
  const { t } = useTranslation();
  // Asked again whenever the case changes (its version): a new answer opens a new survey.
  const query = useQuery({
    queryKey: ['case-survey', item.reference, token, item.version],
    queryFn: ({ signal }) => getSurvey(item.reference, token, signal),
    enabled: item.resolvedAt !== null,
  });
  // Once answered here, the thanks stay, also when the answer reopened the case (whose survey is then "none").
  const [answered, setAnswered] = useState<SurveyState | null>(null);
  const state = answered ?? query.data;
  if (!answered && item.resolvedAt === null) return null;
  if (!state && query.isPending) return <Loading label={t('survey.loading')} />;
  if (!state) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (state.state === 'none') return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="survey-heading" data-testid="survey" data-state={state.state}>
      <Title order={2} fz="h4" id="survey-heading" mb="sm">
        {t('survey.title')}
      </Title>
      {state.state === 'open' && <SurveyForm item={item} token={token} state={state} caseKey={caseKey} onAnswered={setAnswered} />}
      {state.state === 'answered' && state.answer && <SurveyThanks answer={state.answer} />}
      {state.state === 'expired' && (
        <Text data-testid="survey-closed">{t('survey.closed', { days: state.days })}</Text>
      )}
    </Paper>
  );
}
