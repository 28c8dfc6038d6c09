import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert.tsx';

/**
 * The form of an administration dialog: its fields, the error that names no field, then save and
 * cancel (with `actions` between them, such as a second request the item allows).
 */
export function AdminForm(props: {
  testId: string;
  onSubmit: () => void;
  saving: boolean;
  generalError: unknown;
  /** Notices and further errors shown under the request's error. */
  notices?: ReactNode;
  actions?: ReactNode;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
      data-testid={`${props.testId}-form`}
    >
      <Stack gap="sm">
        {props.children}
        {props.generalError ? <ErrorAlert error={props.generalError} /> : null}
        {props.notices}
        <Group>
          <Button type="submit" loading={props.saving} data-testid={`${props.testId}-save`}>
            {t('admin.save')}
          </Button>
          {props.actions}
          <Button variant="default" onClick={props.onCancel}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
