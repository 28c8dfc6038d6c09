import { Button, Checkbox, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casePriorities, caseTypes } from '../../../../common/enums.ts';
import { escalationRoles, pauseStatuses, savePolicy, type SlaPolicy, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { fieldErrorsOfProblem, type FieldErrors } from '../../../components/form/field-errors.ts';
import { focusFirstInvalid } from '../../../components/form/focus-invalid.ts';
import { casePriorityKey, caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { staffStatusLabel } from '../../../i18n/labels/staff.labels.ts';
import formClasses from '../../../components/form/form.module.css';
import { formValues, newStepRow, newTargetRow, toPolicyInput, type PolicyFormValues, type StepRow, type TargetRow } from './policy-form.ts';
import { durationText, workingDayLength } from './sla-format.ts';
import { escalationRoleLabel, slaFieldErrorLabel, targetUnitLabel } from '../../../i18n/labels/sla.labels.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';

interface Props {
  policy: SlaPolicy | null;
  calendars: WorkCalendar[];
  onSaved: (code: string) => void;
  onCancel: () => void;
}

/**
 * Creating or changing a policy: names, calendar, targets per case type and priority (typed in
 * hours or working days, sent in working minutes), clock rules and the escalation ladder. The
 * server's field errors appear beside the same fields.
 */
export function PolicyForm({ policy, calendars, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const firstCalendar = calendars[0]?.code ?? '';
  const [values, setValues] = useState<PolicyFormValues>(() =>
    formValues(policy, firstCalendar, workingDayLength(calendars.find((c) => c.code === (policy?.calendarCode ?? firstCalendar))?.week)),
  );
  const [missing, setMissing] = useState<FieldErrors>({});
  const dayLength = workingDayLength(calendars.find((c) => c.code === values.calendarCode)?.week);

  const mutation = useMutation({
    mutationFn: ({ code, input }: { code: string; input: NonNullable<ReturnType<typeof toPolicyInput>['input']> }) => savePolicy(code, input),
    onSuccess: async (_data, { code }) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'sla-policies'] });
      onSaved(code);
    },
    onError: () => focusFirstInvalid(formRef.current),
  });
  const serverErrors = mutation.isError ? fieldErrorsOfProblem(mutation.error) : {};
  if (serverErrors['params.code']) serverErrors.code ??= serverErrors['params.code'];
  const errors = { ...serverErrors, ...missing };
  const errorOf = (path: string) => (errors[path] ? slaFieldErrorLabel(t, errors[path]) : undefined);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([readonly]), select')?.focus();
  }, []);

  const change = (patch: Partial<PolicyFormValues>, cleared: string[] = []) => {
    setValues((v) => ({ ...v, ...patch }));
    if (cleared.length) setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => !cleared.includes(k))));
  };
  const changeTarget = (i: number, patch: Partial<TargetRow>, cleared: string[] = []) =>
    change({ targets: values.targets.map((row, j) => (j === i ? { ...row, ...patch } : row)) }, [...cleared, 'targets']);
  const changeStep = (i: number, patch: Partial<StepRow>, cleared: string[] = []) =>
    change({ steps: values.steps.map((row, j) => (j === i ? { ...row, ...patch } : row)) }, [...cleared, 'steps']);

  const submit = () => {
    const { input, errors: lacking } = toPolicyInput(values, dayLength);
    setMissing(lacking);
    if (!input) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({ code: values.code.trim(), input });
  };

  const anyOption = (label: string) => ({ value: '', label });
  const typeOptions = [anyOption(t('slaAdmin.policy.target.anyType')), ...caseTypes.map((c) => ({ value: c, label: t(caseTypeKey(c)) }))];
  const priorityOptions = [anyOption(t('slaAdmin.policy.target.anyPriority')), ...casePriorities.map((p) => ({ value: p, label: t(casePriorityKey(p)) }))];
  const amountUnits = [
    ...(dayLength ? [{ value: 'days', label: t('slaAdmin.policy.target.workingDays') }] : []),
    { value: 'hours', label: t('slaAdmin.policy.target.hours') },
  ];
  const levelOptions = [{ value: '', label: t('slaAdmin.policy.step.keepLevel') }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('slaAdmin.policy.step.level', { level: n }) }))];
  const groupError = (path: string) =>
    errorOf(path) && (
      <Text c="red.8" fz="sm" role="alert">
        {errorOf(path)}
      </Text>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="policy-form">
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Title order={2} fz="h3" id={headingId}>
            {policy ? t('slaAdmin.policy.editTitle', { name: local(policy.name) }) : t('slaAdmin.policy.newTitle')}
          </Title>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label={t('slaAdmin.policy.code')}
              description={policy ? t('slaAdmin.policy.codeFixed') : t('slaAdmin.policy.codeHint')}
              value={values.code}
              onChange={(e) => change({ code: e.currentTarget.value }, ['code'])}
              error={errorOf('code')}
              readOnly={policy !== null}
              required
              withAsterisk
              maxLength={40}
              dir="ltr"
              autoComplete="off"
              name="code"
              style={{ flex: '1 1 12rem' }}
              data-testid="policy-code"
            />
            <NativeSelect
              label={t('slaAdmin.policy.calendar')}
              value={values.calendarCode}
              onChange={(e) => change({ calendarCode: e.currentTarget.value }, ['calendarCode'])}
              error={errorOf('calendarCode')}
              data={calendars.map((c) => ({ value: c.code, label: local(c.name) }))}
              required
              withAsterisk
              name="calendarCode"
              style={{ flex: '1 1 14rem' }}
              data-testid="policy-calendar"
            />
          </Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <BilingualTextInputs
              labels={{ ar: t('slaAdmin.policy.nameAr'), en: t('slaAdmin.policy.nameEn') }}
              values={{ ar: values.nameAr, en: values.nameEn }}
              onChange={(lng, v) => change(lng === 'ar' ? { nameAr: v } : { nameEn: v }, [`name.${lng}`])}
              errors={{ ar: errorOf('name.ar'), en: errorOf('name.en') }}
              name="name"
              testId="policy-name"
              flex="1 1 16rem"
            />
          </Group>
          {policy?.isDefault ? (
            <Text fz="sm">{t('slaAdmin.policy.isDefault')}</Text>
          ) : (
            <Checkbox
              label={t('slaAdmin.policy.makeDefault')}
              description={t('slaAdmin.policy.makeDefaultHint')}
              checked={values.makeDefault}
              onChange={(e) => change({ makeDefault: e.currentTarget.checked })}
              name="isDefault"
            />
          )}

          <Stack gap="xs" component="fieldset" className={formClasses.fieldset}>
            <Title order={3} fz="h4" component="legend">
              {t('slaAdmin.policy.targets')}
            </Title>
            <Text fz="sm" c="dimmed">
              {dayLength ? t('slaAdmin.policy.targetsHint', { day: durationText(t, dayLength, 'working_minutes', null) }) : t('slaAdmin.policy.targetsHintNoDay')}
            </Text>
            {values.targets.map((row, i) => {
              const first = `targets.${i}.firstResponseTarget`;
              const resolution = `targets.${i}.resolutionTarget`;
              const calendarDays = row.unit === 'calendar_days';
              return (
                <div key={row.id} className={formClasses.row} role="group" aria-label={t('slaAdmin.policy.target.label', { n: i + 1 })} data-testid="policy-target">
                  <Group gap="sm" align="flex-start" wrap="wrap">
                    <NativeSelect
                      label={t('slaAdmin.policy.target.caseType')}
                      value={row.caseType}
                      onChange={(e) => changeTarget(i, { caseType: e.currentTarget.value as TargetRow['caseType'] })}
                      data={typeOptions}
                      style={{ flex: '1 1 9rem' }}
                    />
                    <NativeSelect
                      label={t('slaAdmin.policy.target.priority')}
                      value={row.priority}
                      onChange={(e) => changeTarget(i, { priority: e.currentTarget.value as TargetRow['priority'] })}
                      data={priorityOptions}
                      style={{ flex: '1 1 9rem' }}
                    />
                    <NativeSelect
                      label={t('slaAdmin.policy.target.counting')}
                      value={row.unit}
                      onChange={(e) => changeTarget(i, { unit: e.currentTarget.value as TargetRow['unit'] })}
                      data={(['working_minutes', 'calendar_days'] as const).map((u) => ({ value: u, label: targetUnitLabel(t, u) }))}
                      style={{ flex: '1 1 11rem' }}
                    />
                  </Group>
                  <Group gap="sm" align="flex-start" wrap="wrap" mt="xs">
                    {(
                      [
                        ['first', first, 'firstUnit', t('slaAdmin.policy.target.firstResponse'), t('slaAdmin.policy.target.firstResponseUnit'), 'policy-target-first-response'],
                        ['resolution', resolution, 'resolutionUnit', t('slaAdmin.policy.target.resolution'), t('slaAdmin.policy.target.resolutionUnit'), 'policy-target-resolution'],
                      ] as const
                    ).map(([field, path, unitField, label, unitLabel, testId]) => (
                      <Group key={field} gap={4} align="flex-start" wrap="nowrap" style={{ flex: '1 1 15rem' }}>
                        <TextInput
                          label={label}
                          description={calendarDays ? t('slaAdmin.policy.target.inCalendarDays') : undefined}
                          value={row[field]}
                          onChange={(e) => changeTarget(i, { [field]: e.currentTarget.value }, [path])}
                          error={errorOf(path)}
                          inputMode="decimal"
                          required
                          withAsterisk
                          maxLength={10}
                          style={{ flex: '1 1 6rem' }}
                          data-testid={i === 0 ? testId : undefined}
                        />
                        {!calendarDays && (
                          <NativeSelect
                            aria-label={unitLabel}
                            label={<span aria-hidden="true">&nbsp;</span>}
                            value={row[unitField]}
                            onChange={(e) => changeTarget(i, { [unitField]: e.currentTarget.value as 'hours' | 'days' }, [path])}
                            data={amountUnits}
                            style={{ flex: '0 1 9rem' }}
                          />
                        )}
                      </Group>
                    ))}
                  </Group>
                  {values.targets.length > 1 && (
                    <Button
                      variant="outline"
                      color="red.9"
                      size="compact-sm"
                      mt="xs"
                      onClick={() => change({ targets: values.targets.filter((_, j) => j !== i) }, ['targets'])}
                      aria-label={t('slaAdmin.policy.target.removeLabel', { n: i + 1 })}
                    >
                      {t('slaAdmin.policy.remove')}
                    </Button>
                  )}
                </div>
              );
            })}
            {groupError('targets')}
            <Button variant="outline" w="fit-content" onClick={() => change({ targets: [...values.targets, newTargetRow(dayLength)] })} disabled={values.targets.length >= 50}>
              {t('slaAdmin.policy.target.add')}
            </Button>
          </Stack>

          <Stack gap="sm" component="fieldset" className={formClasses.fieldset}>
            <Title order={3} fz="h4" component="legend">
              {t('slaAdmin.policy.clock')}
            </Title>
            <Checkbox.Group
              label={t('slaAdmin.policy.pause')}
              description={t('slaAdmin.policy.pauseHint')}
              value={values.pauseStatuses}
              onChange={(v) => change({ pauseStatuses: v as PolicyFormValues['pauseStatuses'] })}
            >
              <Group gap="md" mt={6}>
                {pauseStatuses.map((s) => (
                  <Checkbox key={s} value={s} label={staffStatusLabel(t, s)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Radio.Group label={t('slaAdmin.policy.onTransfer')} value={values.onTransfer} onChange={(v) => change({ onTransfer: v as PolicyFormValues['onTransfer'] })} name="onTransfer">
              <Stack gap={6} mt={6}>
                <Radio value="keep" label={t('slaAdmin.policy.transfer.keep')} />
                <Radio value="restart" label={t('slaAdmin.policy.transfer.restart')} />
              </Stack>
            </Radio.Group>
            <Radio.Group label={t('slaAdmin.policy.onReopen')} value={values.onReopen} onChange={(v) => change({ onReopen: v as PolicyFormValues['onReopen'] })} name="onReopen">
              <Stack gap={6} mt={6}>
                <Radio value="fresh" label={t('slaAdmin.policy.reopen.fresh')} />
                <Radio value="continue" label={t('slaAdmin.policy.reopen.continue')} />
              </Stack>
            </Radio.Group>
          </Stack>

          <Stack gap="xs" component="fieldset" className={formClasses.fieldset}>
            <Title order={3} fz="h4" component="legend">
              {t('slaAdmin.policy.steps')}
            </Title>
            <Text fz="sm" c="dimmed">
              {values.steps.length ? t('slaAdmin.policy.stepsHint') : t('slaAdmin.policy.noSteps')}
            </Text>
            {values.steps.map((row, i) => {
              const path = `steps.${i}.atPercent`;
              return (
                <div key={row.id} className={formClasses.row} role="group" aria-label={t('slaAdmin.policy.step.label', { n: i + 1 })} data-testid="policy-step">
                  <Group gap="sm" align="flex-start" wrap="wrap">
                    <TextInput
                      label={t('slaAdmin.policy.step.atPercent')}
                      value={row.atPercent}
                      onChange={(e) => changeStep(i, { atPercent: e.currentTarget.value }, [path])}
                      error={errorOf(path)}
                      inputMode="numeric"
                      required
                      withAsterisk
                      maxLength={5}
                      rightSection="%"
                      style={{ flex: '0 1 9rem' }}
                    />
                    <NativeSelect
                      label={t('slaAdmin.policy.step.raiseLevel')}
                      value={row.raiseLevelTo}
                      onChange={(e) => changeStep(i, { raiseLevelTo: e.currentTarget.value })}
                      data={levelOptions}
                      style={{ flex: '0 1 12rem' }}
                    />
                  </Group>
                  <Checkbox.Group
                    label={t('slaAdmin.policy.step.notify')}
                    value={row.notifyRoles}
                    onChange={(v) => changeStep(i, { notifyRoles: v as StepRow['notifyRoles'] })}
                    mt="xs"
                  >
                    <Group gap="md" mt={6}>
                      {escalationRoles.map((r) => (
                        <Checkbox key={r} value={r} label={escalationRoleLabel(t, r)} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="compact-sm"
                    mt="xs"
                    onClick={() => change({ steps: values.steps.filter((_, j) => j !== i) }, ['steps'])}
                    aria-label={t('slaAdmin.policy.step.removeLabel', { n: i + 1 })}
                  >
                    {t('slaAdmin.policy.remove')}
                  </Button>
                </div>
              );
            })}
            {groupError('steps')}
            <Button variant="outline" w="fit-content" onClick={() => change({ steps: [...values.steps, newStepRow(values.steps)] })} disabled={values.steps.length >= 10}>
              {t('slaAdmin.policy.step.add')}
            </Button>
          </Stack>

          <FormActions request={mutation} save={t('slaAdmin.policy.save')} saveTestId="policy-save" cancel={t('slaAdmin.cancel')} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}
