import { Paper, Stack } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form/FormActions.tsx';
import formClasses from '../../../components/form/form.module.css';

/**
 * The frame of a form that adds something to a calendar (a holiday, dated hours): a bordered
 * form named for screen readers, its fields, and the save and cancel buttons under the request's failure.
 */
export function CalendarFormFrame(props: {
  formRef: RefObject<HTMLFormElement | null>;
  label: string;
  testId: string;
  request: { isPending: boolean; isError: boolean; error: unknown };
  save: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" className={formClasses.row}>
      <form
        ref={props.formRef}
        noValidate
        aria-label={props.label}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
        data-testid={`${props.testId}-form`}
      >
        <Stack gap="sm">
          {props.children}
          <FormActions request={props.request} save={props.save} saveTestId={`${props.testId}-save`} cancel={t('slaAdmin.cancel')} onCancel={props.onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}
