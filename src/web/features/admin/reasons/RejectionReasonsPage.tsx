import { Button, Group, Paper, Switch, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminReason } from '../../../../common/schemas/admin.schema.ts';
import { createReason, listReasons, patchReason } from '../../../api/admin.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';

/** The reasons a case may be rejected with, as officers pick them and citizens read them. */
export function RejectionReasonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.reasons.title'));
  const reasons = useQuery({ queryKey: ['admin', 'reasons'], queryFn: ({ signal }) => listReasons(signal) });
  const [code, setCode] = useState('');
  const [ar, setAr] = useState('');
  const [en, setEn] = useState('');
  const create = useAdminMutation(
    () => createReason({ code, name: { ar, en } }),
    () => {
      setCode('');
      setAr('');
      setEn('');
    },
  );
  const fieldError = useFieldError(create.errors);

  return (
    <AdminListPage title={t('admin.reasons.title')}>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutation.mutate(undefined);
          }}
          noValidate
        >
          <Group align="flex-start">
            <TextInput label={t('admin.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} dir="ltr" required error={fieldError('code')} data-testid="reason-code" />
            <BilingualTextInputs
              labels={{ ar: t('admin.nameAr'), en: t('admin.nameEn') }}
              values={{ ar, en }}
              onChange={(lng, v) => (lng === 'ar' ? setAr(v) : setEn(v))}
              errors={{ ar: fieldError('name.ar'), en: fieldError('name.en') }}
              testId="reason"
              flex="0 1 14rem"
            />
            <Button type="submit" mt={25} loading={create.mutation.isPending} data-testid="reason-add">
              {t('admin.reasons.add')}
            </Button>
          </Group>
        </form>
        {create.generalError && <ErrorAlert error={create.generalError} />}
      </Paper>
      <ListState query={reasons} isEmpty={(list) => list.length === 0} empty={t('admin.reasons.empty')}>
        {(list) => (
          <AdminTable head={[t('admin.code'), t('admin.nameAr'), t('admin.nameEn'), t('admin.status')]}>
            {list.map((r) => (
              <ReasonRow key={r.code} reason={r} />
            ))}
          </AdminTable>
        )}
      </ListState>
    </AdminListPage>
  );
}

function ReasonRow({ reason }: { reason: AdminReason }) {
  const { t } = useTranslation();
  const toggle = useAdminMutation((active: boolean) => patchReason(reason.code, { active }));
  return (
    <Table.Tr data-testid="reason-row" data-code={reason.code}>
      <Table.Td dir="ltr">{reason.code}</Table.Td>
      <Table.Td lang="ar">{reason.name.ar}</Table.Td>
      <Table.Td lang="en">{reason.name.en}</Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Switch
            checked={reason.active}
            onChange={(e) => toggle.mutation.mutate(e.currentTarget.checked)}
            disabled={toggle.mutation.isPending}
            aria-label={t('admin.reasons.toggle', { code: reason.code })}
          />
          <ActiveBadge active={reason.active} />
        </Group>
        {toggle.generalError && <ErrorAlert error={toggle.generalError} />}
      </Table.Td>
    </Table.Tr>
  );
}
