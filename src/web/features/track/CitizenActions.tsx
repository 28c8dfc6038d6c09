import { Alert, Button, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenCase } from '../../api/cases.api.ts';
import { caseErrorPlaces } from '../../components/case-form/case-errors.ts';
import { useFieldError } from '../../components/form/useFieldError.ts';
import { ActionFeedback } from '../case-actions/ActionFeedback.tsx';
import { isFullCase, useCaseAction, type ActionResult } from '../case-actions/useCaseAction.ts';
import { SurveySection } from './SurveySection.tsx';
import { ActionFiles } from '../case-actions/ActionFiles.tsx';

const BODY_MAX = 4000;
type CitizenAction = 'citizen-reply' | 'reopen';

interface FormProps {
  item: CitizenCase;
  token: string | null;
  queryKey: QueryKey;
  onDone: (action: CitizenAction, result: ActionResult) => void;
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The newest request for information, so the answer can be written beside the question. */
function lastRequest(item: CitizenCase): string | null {
  return [...item.timeline].reverse().find((e) => e.kind === 'info_requested')?.body ?? null;
}

/**
 * The citizen's answer: to a request for information, or more details on an open case, with photos
 * or PDFs checked as the submission form checks them. Once sent, the box empties for the next one.
 */
function ReplyForm({ item, token, queryKey, onDone }: FormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [required, setRequired] = useState(false);
  const { mutation, conflict, fieldErrors, generalError } = useCaseAction('citizen-reply', {
    queryKey,
    reference: item.reference,
    token,
    places: caseErrorPlaces,
    onDone: (result) => {
      setBody('');
      setFiles([]);
      onDone('citizen-reply', result);
    },
  });
  const errorOf = useFieldError(required ? { body: 'required' } : fieldErrors);
  const asked = item.status === 'awaiting_citizen';
  const question = asked ? lastRequest(item) : null;
  return (
    <Section title={asked ? t('citizenActions.reply.titleAsked') : t('citizenActions.reply.title')} id="reply-heading">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setRequired(!body.trim());
          if (body.trim()) mutation.mutate({ body: { body: body.trim() }, version: item.version, files });
        }}
      >
        <Stack gap="sm">
          {question && (
            <Alert color="orange" variant="light" title={t('citizenActions.reply.question')}>
              <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                {question}
              </Text>
            </Alert>
          )}
          <Textarea
            label={t('citizenActions.reply.label')}
            description={t('citizenActions.reply.hint')}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              setRequired(false);
            }}
            error={errorOf('body')}
            maxLength={BODY_MAX}
            rows={4}
            required
            withAsterisk
            name="body"
            data-testid="citizen-reply-body"
          />
          <ActionFiles
            files={files}
            onChange={(chosen) => {
              setFiles(chosen);
              mutation.reset();
            }}
            error={errorOf('files')}
          />
          <div aria-live="polite">
            {mutation.isPending && files.length > 0 && (
              <Stack gap={4} data-testid="reply-uploading">
                <Text fz="sm">{t('caseFiles.sending')}</Text>
                <Progress value={100} animated striped aria-label={t('caseFiles.sending')} />
              </Stack>
            )}
          </div>
          <ActionFeedback conflict={conflict} error={generalError} />
          <Button type="submit" loading={mutation.isPending} w="fit-content" data-testid="citizen-reply-send">
            {t('citizenActions.reply.send')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}

/** Not solved after all: reopen within the window, saying why. */
function ReopenForm({ item, token, queryKey, onDone }: FormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [required, setRequired] = useState(false);
  const { mutation, conflict, fieldErrors, generalError } = useCaseAction('reopen', {
    queryKey,
    reference: item.reference,
    token,
    onDone: (result) => onDone('reopen', result),
  });
  const errorOf = useFieldError(required ? { body: 'required' } : fieldErrors);
  return (
    <Section title={t('citizenActions.reopen.title')} id="reopen-heading">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setRequired(!body.trim());
          if (body.trim()) mutation.mutate({ body: { body: body.trim() }, version: item.version });
        }}
      >
        <Stack gap="sm">
          <Text fz="sm">{t('citizenActions.reopen.intro')}</Text>
          <Textarea
            label={t('citizenActions.reopen.label')}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              setRequired(false);
            }}
            error={errorOf('body')}
            maxLength={BODY_MAX}
            rows={3}
            required
            withAsterisk
            name="reopen-body"
          />
          <ActionFeedback conflict={conflict} error={generalError} />
          <Button type="submit" variant="outline" loading={mutation.isPending} w="fit-content" data-testid="reopen-send">
            {t('citizenActions.reopen.send')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}

/**
 * What the citizen may do now, exactly as the case's `allowedActions` say: answer or reopen; and,
 * once the case is answered, the satisfaction survey (which records the rating). Each form sends
 * the version on screen; a confirmation is announced once the case is updated.
 */
export function CitizenActions({
  item,
  token,
  queryKey,
  onReplied,
}: {
  item: CitizenCase;
  token: string | null;
  queryKey: QueryKey;
  /** After the citizen's reply is in: the id of its new timeline event, to move focus there. */
  onReplied?: (eventId: number) => void;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<CitizenAction | null>(null);
  const allowed = new Set(item.allowedActions);
  const onDone = (action: CitizenAction, result: ActionResult) => {
    setDone(action);
    if (action !== 'citizen-reply' || !isFullCase(result)) return;
    const newest = result.timeline.filter((e) => e.kind === 'citizen_replied').at(-1);
    if (newest) onReplied?.(newest.id);
  };
  const props = { item, token, queryKey, onDone };
  const notice =
    done === 'citizen-reply' ? t('citizenActions.reply.done') : done === 'reopen' ? t('citizenActions.reopen.done') : '';
  return (
    <>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="brand" variant="light" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setDone(null)} data-testid="action-notice">
            {notice}
          </Alert>
        )}
      </div>
      {item.rating !== null && (
        <Text data-testid="rated">{t('citizenActions.rate.given', { score: item.rating })}</Text>
      )}
      {allowed.has('citizen-reply') && <ReplyForm {...props} />}
      <SurveySection item={item} token={token} caseKey={queryKey} />
      {allowed.has('reopen') && <ReopenForm {...props} />}
    </>
  );
}
