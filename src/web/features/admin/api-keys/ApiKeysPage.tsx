import { Alert, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseChannels, type CaseChannel } from '../../../../common/enums.ts';
import { createApiKey, listApiKeys, listEntities, revokeApiKey } from '../../../api/admin.api.ts';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseChannelKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';

/**
 * Keys of the applications that post through Open311: a name, the channel their cases carry and
 * the entity they belong to. A new key is shown once; only a hash of it is kept.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.apiKeys.title'));
  const local = useLocalized();
  const lng = currentLanguage();
  const keys = useQuery({ queryKey: ['admin', 'api-keys'], queryFn: ({ signal }) => listApiKeys(signal) });
  const entities = useQuery({ queryKey: ['admin', 'entities'], queryFn: ({ signal }) => listEntities(signal) });
  const [name, setName] = useState('');
  const [channel, setChannel] = useState<CaseChannel>('open311');
  const user = useStaffUser();
  const national = user.role === 'coordinator';
  // An entity's administrator makes keys for their own entity; only the coordinator makes national ones.
  const [entity, setEntity] = useState(national ? '' : user.entity.code);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAdminMutation(
    () => createApiKey({ name, channel, entity: entity || undefined }),
    (result) => {
      setSecret(result.key);
      setName('');
    },
  );
  const revoke = useAdminMutation((id: number) => revokeApiKey(id));
  const fieldError = useFieldError(create.errors);
  const entityName = (code: string | null) => {
    const e = code ? entities.data?.find((x) => x.code === code) : undefined;
    return e ? local(e.name) : t('admin.apiKeys.national');
  };

  return (
    <AdminListPage title={t('admin.apiKeys.title')}>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSecret(null);
            create.mutation.mutate(undefined);
          }}
          noValidate
        >
          <Group align="flex-end">
            <TextInput label={t('admin.apiKeys.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={fieldError('name')} data-testid="apikey-name" />
            <NativeSelect
              label={t('admin.apiKeys.channel')}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value as CaseChannel)}
              data={caseChannels.map((c) => ({ value: c, label: t(caseChannelKey(c)) }))}
            />
            <NativeSelect
              label={t('admin.apiKeys.entity')}
              value={entity}
              onChange={(e) => setEntity(e.currentTarget.value)}
              error={fieldError('entity')}
              data={[
                ...(national ? [{ value: '', label: t('admin.apiKeys.national') }] : []),
                ...(entities.data ?? []).filter((e) => e.kind !== 'unit').map((e) => ({ value: e.code, label: local(e.name) })),
              ]}
            />
            <Button type="submit" loading={create.mutation.isPending} data-testid="apikey-create">
              {t('admin.apiKeys.create')}
            </Button>
          </Group>
        </form>
        {create.generalError && <ErrorAlert error={create.generalError} />}
        {secret && (
          <Alert color="brand" variant="light" mt="md" title={t('admin.apiKeys.createdTitle')} data-testid="apikey-secret">
            <Stack gap="xs">
              <Text>{t('admin.apiKeys.createdOnce')}</Text>
              <Group>
                <Code dir="ltr">{secret}</Code>
                <CopyButton value={secret} label={t('admin.apiKeys.copy')} />
              </Group>
            </Stack>
          </Alert>
        )}
      </Paper>
      <ListState query={keys} isEmpty={(list) => list.length === 0} empty={t('admin.apiKeys.empty')}>
        {(list) => (
          <AdminTable
            minWidth={700}
            head={[t('admin.apiKeys.name'), t('admin.apiKeys.prefix'), t('admin.apiKeys.channel'), t('admin.apiKeys.entity'), t('admin.apiKeys.lastUsed'), t('admin.status')]}
          >
            {list.map((k) => (
              <Table.Tr key={k.id} data-testid="apikey-row" data-name={k.name}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <Code dir="ltr">{k.prefix}…</Code>
                </Table.Td>
                <Table.Td>{t(caseChannelKey(k.channel))}</Table.Td>
                <Table.Td>{entityName(k.entity)}</Table.Td>
                <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lng) : t('admin.apiKeys.never')}</Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="gray.7" variant="outline">
                      {t('admin.apiKeys.revoked')}
                    </Badge>
                  ) : (
                    <Button size="compact-sm" color="red" variant="light" onClick={() => revoke.mutation.mutate(k.id)} loading={revoke.mutation.isPending && revoke.mutation.variables === k.id} aria-label={t('admin.apiKeys.revokeNamed', { name: k.name })} data-testid="apikey-revoke">
                      {t('admin.apiKeys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
      {revoke.generalError && <ErrorAlert error={revoke.generalError} />}
    </AdminListPage>
  );
}
