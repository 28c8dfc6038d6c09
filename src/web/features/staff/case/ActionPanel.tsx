import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, StaffCase } from '../../../api/cases.api.ts';
import { ActionFeedback } from '../../case-actions/ActionFeedback.tsx';
import { isFullCase, useCaseAction, type ActionResult } from '../../case-actions/useCaseAction.ts';
import { actionLabel } from '../../../i18n/labels/staff.labels.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { ActionForm, type Draft, type FormAction } from './ActionForm.tsx';
import { Panel } from './CasePanels.tsx';

/** The order the actions are offered in: the usual path first, the exceptional ones after. */
const formActions: FormAction[] = ['study', 'accept', 'implement', 'decline', 'reply', 'request-info', 'note', 'resolve', 'assign', 'reject', 'transfer', 'change-service', 'merge', 'close', 'reopen'];

interface Props {
  item: StaffCase;
  queryKey: QueryKey;
  /** The case left the actor's reach (transferred out, or routed elsewhere by a change of service): the page moves on. */
  onMoved: (result: ActionResult) => void;
}

/** A one-click action (start; assign to me), with the same conflict handling as the forms. */
function QuickAction({ action, body, label, item, queryKey, onDone, testId }: {
  action: 'start' | 'assign';
  body: { assigneeId: number } | Record<string, never>;
  label: string;
  item: StaffCase;
  queryKey: QueryKey;
  onDone: (result: ActionResult) => void;
  testId: string;
}) {
  const { mutation, conflict, generalError, fieldErrors } = useCaseAction(action, { queryKey, reference: item.reference, onDone });
  const failed = generalError ?? (Object.keys(fieldErrors).length ? mutation.error : null);
  return (
    <>
      <Button variant="light" onClick={() => mutation.mutate({ body: body as never, version: item.version })} loading={mutation.isPending} data-testid={testId}>
        {label}
      </Button>
      {(conflict || failed) && (
        <div style={{ flexBasis: '100%' }}>
          <ActionFeedback conflict={conflict} error={failed} />
        </div>
      )}
    </>
  );
}

/**
 * What the signed-in staff member may do to the case now — exactly the case's `allowedActions`:
 * a button each; those that need input open their form below.
 */
export function ActionPanel({ item, queryKey, onMoved }: Props) {
  const { t } = useTranslation();
  const user = useStaffUser();
  const [active, setActive] = useState<FormAction | null>(null);
  // A reply text picked in one form whose action opened another form, carried into it.
  const [draft, setDraft] = useState<Draft | null>(null);
  // The last action done, announced until the next one (its name follows a change of language).
  const [done, setDone] = useState<CaseAction | null>(null);
  const allowed = new Set(item.allowedActions as CaseAction[]);
  const offered = formActions.filter((a) => allowed.has(a) && !(a === 'assign' && user.role === 'officer'));
  const current = active && offered.includes(active) ? active : null;
  const switchTo = (action: FormAction, next: Draft) => {
    if (!offered.includes(action)) return false;
    setDraft(next);
    setActive(action);
    return true;
  };
  const finished = (action: CaseAction) => (result: ActionResult) => {
    setActive(null);
    setDraft(null);
    if (!isFullCase(result)) onMoved(result);
    else setDone(action);
  };
  const canTakeIt = allowed.has('assign') && item.assignee?.id !== user.id && (user.role === 'officer' || user.role === 'supervisor');
  const nothing = !offered.length && !allowed.has('start') && !canTakeIt;

  return (
    <Panel title={t('staff.action.title')} id="actions-heading" testId="action-panel">
      <Stack gap="sm">
        <div role="status" aria-live="polite">
          {done && (
            <Alert color="brand" variant="light" p="xs" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setDone(null)} data-testid="action-notice">
              {t('staff.action.done', { action: actionLabel(t, done) })}
            </Alert>
          )}
        </div>
        {nothing ? (
          <Text fz="sm" c="dimmed">
            {t('staff.action.none')}
          </Text>
        ) : (
          <Group gap="xs" role="group" aria-label={t('staff.action.title')}>
            {canTakeIt && (
              <QuickAction
                action="assign"
                body={{ assigneeId: user.id }}
                label={t('staff.action.assignToMe')}
                item={item}
                queryKey={queryKey}
                onDone={finished('assign')}
                testId="assign-to-me"
              />
            )}
            {allowed.has('start') && (
              <QuickAction action="start" body={{}} label={actionLabel(t, 'start')} item={item} queryKey={queryKey} onDone={finished('start')} testId="action-start" />
            )}
            {offered.map((a) => (
              <Button
                key={a}
                variant={current === a ? 'filled' : 'default'}
                aria-expanded={current === a}
                aria-controls={current === a ? 'action-form' : undefined}
                onClick={() => {
                  setDone(null);
                  setDraft(null);
                  setActive(current === a ? null : a);
                }}
                data-testid={`action-${a}`}
              >
                {actionLabel(t, a)}
              </Button>
            ))}
          </Group>
        )}
        {current && (
          <ActionForm
            key={current}
            action={current}
            item={item}
            queryKey={queryKey}
            onDone={finished(current)}
            onCancel={() => setActive(null)}
            draft={draft}
            onSwitch={switchTo}
          />
        )}
      </Stack>
    </Panel>
  );
}
