import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { costBands } from '../../../../common/enums.ts';
import { requiredFields } from '../../../../common/schemas/case-actions.schema.ts';
import type { ActionBody, CaseAction, StaffCase } from '../../../api/cases.api.ts';
import { type FieldErrors } from '../../../components/form/field-errors.ts';
import { focusFirstInvalid } from '../../../components/form/focus-invalid.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { ActionFeedback } from '../../case-actions/ActionFeedback.tsx';
import { useCaseAction, type ActionResult } from '../../case-actions/useCaseAction.ts';
import { ActionFiles } from '../../case-actions/ActionFiles.tsx';

/** The forms that may carry files (the server's fileActions). */
const withFiles: readonly CaseAction[] = ['reply', 'request-info', 'note', 'resolve', 'implement'];
import { actionLabel, costBandLabel } from '../../../i18n/labels/staff.labels.ts';
import { useServices } from '../../catalogue/useServices.ts';
import { useAssignableStaff, useEntities, useRejectionReasons } from '../useStaffData.ts';
import type { RenderedReply } from '../../../api/replies.api.ts';
import { TemplatePicker } from './TemplatePicker.tsx';

const BODY_MAX = 4000;

/** The forms a reply text may fill (and switch between, by the text's action). */
const templated: readonly CaseAction[] = ['reply', 'request-info', 'resolve'];

/** A text picked from the reply texts, carried into the form of its action. */
export interface Draft {
  body: string;
  templateId: number;
}

/** The actions that take a form (start and "assign to me" are one click). */
export type FormAction = Exclude<CaseAction, 'start' | 'citizen-reply' | 'rate'>;

/** The request body of an action from the form's values (trimmed; optional empties left out). */
function bodyOf(action: FormAction, v: Record<string, string>): ActionBody<FormAction> {
  const text = (key: string) => v[key]?.trim() || undefined;
  switch (action) {
    case 'assign':
      return { assigneeId: Number(v.assigneeId) };
    case 'reject':
      return { reasonCode: v.reasonCode ?? '', body: text('body') };
    case 'decline':
      return { reasonCode: v.reasonCode ?? '', body: text('body') ?? '' };
    case 'study':
      return { body: text('body') };
    case 'accept':
      return { plan: text('plan') ?? '', ownerUnit: v.ownerUnit ?? '', costBand: (v.costBand ?? '') as never, targetDate: v.targetDate ?? '' };
    case 'close':
      return { body: text('body') };
    case 'transfer':
      return { entityCode: v.entityCode ?? '', reason: text('reason') ?? '' };
    case 'change-service':
      return { serviceCode: v.serviceCode ?? '', note: text('note') };
    case 'merge':
      return { masterReference: text('masterReference') ?? '' };
    case 'reply':
    case 'request-info':
    case 'resolve':
      // The reply text the body started from: the server counts its use.
      return { body: text('body') ?? '', ...(v.templateId ? { templateId: Number(v.templateId) } : {}) };
    default:
      return { body: text('body') ?? '' };
  }
}

interface Props {
  action: FormAction;
  item: StaffCase;
  queryKey: QueryKey;
  onDone: (result: ActionResult) => void;
  onCancel: () => void;
  /** A reply text picked in another form that switched to this one. */
  draft?: Draft | null;
  /** Opens the form of a picked text's action with the text in it; false when that action is not open to the actor now. */
  onSwitch?: (action: FormAction, draft: Draft) => boolean;
}

/**
 * The form of one action with exactly the fields it needs. Required fields are checked here; the
 * server's field errors (problem+json `errors[].path`) appear beside the same fields.
 */
export function ActionForm({ action, item, queryKey, onDone, onCancel, draft, onSwitch }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>(() => (draft ? { body: draft.body, templateId: String(draft.templateId) } : ({} as Record<string, string>)));
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState<FieldErrors>({});
  const { mutation, conflict, fieldErrors, generalError } = useCaseAction(action, { queryKey, reference: item.reference, onDone });
  const errorOf = useFieldError({ ...fieldErrors, ...missing });
  const staff = useAssignableStaff(action === 'assign');
  const reasons = useRejectionReasons(action === 'reject' || action === 'decline');
  const entities = useEntities();
  const services = useServices({ type: item.type }, action === 'change-service');
  // The form opens where the staff member will type (in the text, when a picked reply text brought it).
  useEffect(() => formRef.current?.querySelector<HTMLElement>(draft ? 'textarea' : 'input, textarea, select')?.focus(), []);
  const set = (key: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== key)));
  };

  // A picked text goes into the box for editing; a text that goes with another action opens that action's form.
  const pick = (template: RenderedReply) => {
    const next = { body: template.body, templateId: template.id };
    if (template.action !== 'none' && template.action !== action && onSwitch?.(template.action, next)) return;
    setValues((v) => ({ ...v, body: next.body, templateId: String(next.templateId) }));
    setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'body')));
  };

  const submit = () => {
    const lacking: FieldErrors = {};
    for (const key of requiredFields(action)) if (!values[key]?.trim()) lacking[key] = 'required';
    setMissing(lacking);
    if (Object.keys(lacking).length) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate(
      { body: bodyOf(action, values) as never, version: item.version, files: withFiles.includes(action) ? files : [] },
      { onError: () => focusFirstInvalid(formRef.current) },
    );
  };

  const bodyField = (label: string, description: string, isRequired: boolean) => (
    <Textarea
      label={label}
      description={description}
      value={values.body ?? ''}
      onChange={set('body')}
      error={errorOf('body')}
      maxLength={BODY_MAX}
      rows={4}
      required={isRequired}
      withAsterisk={isRequired}
      name="body"
      data-testid="action-body"
    />
  );
  const choose = { value: '', label: t('staff.action.choose') };

  const fields = (() => {
    // The reason from the rejection list: a declined suggestion and a rejected complaint ask it alike.
    const reasonField = (label: string) => (
      <NativeSelect
        label={label}
        value={values.reasonCode ?? ''}
        onChange={set('reasonCode')}
        error={errorOf('reasonCode')}
        data={[choose, ...(reasons.data ?? []).map((r) => ({ value: r.code, label: local(r.name) }))]}
        required
        withAsterisk
        name="reasonCode"
        data-testid="reason-select"
      />
    );
    switch (action) {
      case 'reply':
        return bodyField(t('staff.action.reply.label'), t('staff.action.publicHint'), true);
      case 'note':
        return bodyField(t('staff.action.note.label'), t('staff.action.internalHint'), true);
      case 'request-info':
        return bodyField(t('staff.action.requestInfo.label'), t('staff.action.requestInfo.hint'), true);
      case 'resolve':
        return bodyField(t('staff.action.resolve.label'), t('staff.action.resolve.hint'), true);
      case 'reopen':
        return bodyField(t('staff.action.reopen.label'), t('staff.action.reopen.hint'), true);
      case 'close':
        return bodyField(t('staff.action.close.label'), t('staff.action.close.hint'), false);
      case 'study':
        return bodyField(t('staff.action.study.label'), t('staff.action.publicHint'), false);
      case 'implement':
        return bodyField(t('staff.action.implement.label'), t('staff.action.implement.hint'), true);
      case 'accept':
        return (
          <>
            <Textarea
              label={t('staff.action.accept.plan')}
              description={t('staff.action.accept.planHint')}
              value={values.plan ?? ''}
              onChange={set('plan')}
              error={errorOf('plan')}
              maxLength={BODY_MAX}
              rows={3}
              required
              withAsterisk
              name="plan"
            />
            <NativeSelect
              label={t('staff.action.accept.ownerUnit')}
              value={values.ownerUnit ?? ''}
              onChange={set('ownerUnit')}
              error={errorOf('ownerUnit')}
              data={[choose, ...(entities.data ?? []).map((e) => ({ value: e.code, label: local(e.name) }))]}
              required
              withAsterisk
              name="ownerUnit"
              data-testid="owner-unit-select"
            />
            <NativeSelect
              label={t('staff.action.accept.costBand')}
              value={values.costBand ?? ''}
              onChange={set('costBand')}
              error={errorOf('costBand')}
              data={[choose, ...costBands.map((b) => ({ value: b, label: costBandLabel(t, b) }))]}
              required
              withAsterisk
              name="costBand"
            />
            <TextInput
              type="date"
              label={t('staff.action.accept.targetDate')}
              value={values.targetDate ?? ''}
              onChange={set('targetDate')}
              error={errorOf('targetDate')}
              required
              withAsterisk
              name="targetDate"
            />
          </>
        );
      case 'decline':
        return (
          <>
            {reasonField(t('staff.action.decline.label'))}
            {bodyField(t('staff.action.decline.note'), t('staff.action.publicHint'), true)}
          </>
        );
      case 'assign':
        return (
          <NativeSelect
            label={t('staff.action.assign.label')}
            value={values.assigneeId ?? ''}
            onChange={set('assigneeId')}
            error={errorOf('assigneeId')}
            data={[choose, ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))]}
            required
            withAsterisk
            name="assigneeId"
            data-testid="assignee-select"
          />
        );
      case 'reject':
        return (
          <>
            {reasonField(t('staff.action.reject.label'))}
            {bodyField(t('staff.action.reject.note'), t('staff.action.publicHint'), false)}
          </>
        );
      case 'transfer':
        return (
          <>
            <NativeSelect
              label={t('staff.action.transfer.label')}
              value={values.entityCode ?? ''}
              onChange={set('entityCode')}
              error={errorOf('entityCode')}
              data={[choose, ...(entities.data ?? []).filter((e) => e.code !== item.entity.code).map((e) => ({ value: e.code, label: local(e.name) }))]}
              required
              withAsterisk
              name="entityCode"
              data-testid="entity-select"
            />
            <Textarea
              label={t('staff.action.transfer.reason')}
              description={t('staff.action.transfer.hint')}
              value={values.reason ?? ''}
              onChange={set('reason')}
              error={errorOf('reason')}
              maxLength={BODY_MAX}
              rows={3}
              required
              withAsterisk
              name="reason"
            />
          </>
        );
      case 'change-service':
        return (
          <>
            <NativeSelect
              label={t('staff.action.changeService.label')}
              description={t('staff.action.changeService.hint')}
              value={values.serviceCode ?? ''}
              onChange={set('serviceCode')}
              error={errorOf('serviceCode')}
              data={[
                choose,
                ...(services.data ?? [])
                  .filter((s) => s.code !== item.service.code)
                  .map((s) => ({ value: s.code, label: `${local(s.group.name)} — ${local(s.name)}` })),
              ]}
              required
              withAsterisk
              name="serviceCode"
              data-testid="service-select"
            />
            <Textarea
              label={t('staff.action.changeService.note')}
              description={t('staff.action.internalHint')}
              value={values.note ?? ''}
              onChange={set('note')}
              error={errorOf('note')}
              maxLength={BODY_MAX}
              rows={3}
              name="note"
            />
          </>
        );
      case 'merge':
        return (
          <TextInput
            label={t('staff.action.merge.label')}
            description={t('staff.action.merge.hint')}
            value={values.masterReference ?? ''}
            onChange={set('masterReference')}
            error={errorOf('masterReference')}
            dir="ltr"
            inputMode="numeric"
            maxLength={40}
            required
            withAsterisk
            name="masterReference"
            data-testid="master-reference"
          />
        );
    }
  })();

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      id="action-form"
      aria-label={actionLabel(t, action)}
      data-testid={`action-form-${action}`}
    >
      <Stack gap="sm">
        {action === 'note' && (
          <Alert color="yellow" variant="light" p="xs">
            <Text fz="sm">{t('staff.action.note.notice')}</Text>
          </Alert>
        )}
        {templated.includes(action) && <TemplatePicker reference={item.reference} onPick={pick} />}
        {fields}
        {withFiles.includes(action) && <ActionFiles files={files} onChange={setFiles} internal={action === 'note'} />}
        <ActionFeedback conflict={conflict} error={generalError} />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending} data-testid="action-submit">
            {actionLabel(t, action)}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('staff.action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
