import { Badge, Button, Group, NativeSelect, PasswordInput, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, staffRoles, type Language, type StaffRole } from '../../../../common/enums.ts';
import type { AdminEntity, AdminStaff, StaffPatchInput } from '../../../../common/schemas/admin.schema.ts';
import { createStaff, listEntities, listStaff, patchStaff, sendPasswordLink } from '../../../api/admin.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { AdminFormModal } from '../../../components/admin/AdminFormModal.tsx';
import { AdminForm } from '../../../components/admin/AdminForm.tsx';
import { defaultOwner, ownerEntities } from '../../../components/admin/owners.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { roleLabel } from '../../../i18n/labels/staff.labels.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';

type Editing = { mode: 'new' } | { mode: 'edit'; staff: AdminStaff } | null;

type StaffChange = Required<Pick<StaffPatchInput, 'name' | 'role' | 'entity' | 'unit' | 'language' | 'active'>>;

/** Only what was changed is sent: a move is checked as a move, and nothing else is touched. */
function changedFields(before: AdminStaff, after: StaffChange): StaffPatchInput {
  const out: StaffPatchInput = {};
  if (after.name !== before.name) out.name = after.name;
  if (after.role !== before.role) out.role = after.role;
  if (after.entity !== before.entity) out.entity = after.entity;
  if (after.unit !== before.unit) out.unit = after.unit;
  if (after.language !== before.language) out.language = after.language;
  if (after.active !== before.active) out.active = after.active;
  // Saving an unchanged form still answers (the server refuses an empty change).
  return Object.keys(out).length ? out : { name: after.name };
}

/** Roles an entity administrator may give; the national ones are the coordinator's to give. */
const rolesFor = (role: StaffRole): readonly StaffRole[] => (role === 'coordinator' ? staffRoles : staffRoles.filter((r) => r !== 'coordinator' && r !== 'analyst'));

/** Staff accounts: who works where, in which role; add, change, disable, send a password link. */
export function StaffAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.staff.title'));
  const local = useLocalized();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [role, setRole] = useState('');
  const [active, setActive] = useState('true');
  const [editing, setEditing] = useState<Editing>(null);
  const entities = useQuery({ queryKey: ['admin', 'entities'], queryFn: ({ signal }) => listEntities(signal) });
  const staff = useInfiniteQuery({
    queryKey: ['admin', 'staff', q, role, active],
    queryFn: ({ signal, pageParam }) => listStaff({ q: q || undefined, role: (role || undefined) as StaffRole | undefined, active: (active || undefined) as 'true' | 'false' | undefined, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const entityName = (code: string | null) => {
    const e = code ? entities.data?.find((x) => x.code === code) : undefined;
    return e ? local(e.name) : (code ?? '—');
  };
  const rows = staff.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <AdminListPage
      title={t('admin.staff.title')}
      action={
      <Button onClick={() => setEditing({ mode: 'new' })} data-testid="staff-new">
        {t('admin.staff.add')}
      </Button>
      }
    >
      <Group align="flex-end">
        <TextInput label={t('admin.staff.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="staff-search" />
        <NativeSelect
          label={t('admin.staff.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          data={[{ value: '', label: t('admin.all') }, ...staffRoles.map((r) => ({ value: r, label: roleLabel(t, r) }))]}
        />
        <NativeSelect
          label={t('admin.status')}
          value={active}
          onChange={(e) => setActive(e.currentTarget.value)}
          data={[
            { value: '', label: t('admin.all') },
            { value: 'true', label: t('admin.active') },
            { value: 'false', label: t('admin.inactive') },
          ]}
        />
      </Group>
      <ListState query={staff} isEmpty={() => rows.length === 0} empty={t('admin.staff.empty')}>
        {() => (
          <AdminTable minWidth={700} head={[t('admin.staff.name'), t('admin.staff.role'), t('admin.staff.entity'), t('admin.status'), <span className="visually-hidden">{t('admin.actions')}</span>]}>
            {rows.map((s) => (
              <Table.Tr key={s.id} data-testid="staff-row" data-email={s.email}>
                <Table.Td>
                  {s.name}
                  <Text fz="xs" c="dimmed" dir="ltr">
                    {s.email}
                  </Text>
                </Table.Td>
                <Table.Td>{roleLabel(t, s.role)}</Table.Td>
                <Table.Td>
                  {entityName(s.entity)}
                  {s.unit && (
                    <Text fz="xs" c="dimmed">
                      {entityName(s.unit)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <ActiveBadge active={s.active} />
                    {!s.hasPassword && (
                      <Badge color="yellow.9" variant="outline">
                        {t('admin.staff.invited')}
                      </Badge>
                    )}
                    {s.lockedUntil && (
                      <Badge color="red.9" variant="outline">
                        {t('admin.staff.locked')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ mode: 'edit', staff: s })} aria-label={t('admin.editNamed', { name: s.name })}>
                    {t('admin.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
      {staff.hasNextPage && (
        <Button mt="md" variant="default" onClick={() => void staff.fetchNextPage()} loading={staff.isFetchingNextPage}>
          {t('admin.more')}
        </Button>
      )}
      <AdminFormModal editing={editing} titles={{ new: t('admin.staff.add'), edit: t('admin.staff.editTitle') }} onClose={() => setEditing(null)}>
        {(e) => entities.data && <StaffForm editing={e} entities={entities.data} onDone={() => setEditing(null)} />}
      </AdminFormModal>
    </AdminListPage>
  );
}

function StaffForm({ editing, entities, onDone }: { editing: NonNullable<Editing>; entities: AdminEntity[]; onDone: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const user = useStaffUser();
  const current = editing.mode === 'edit' ? editing.staff : null;
  const owners = ownerEntities(entities);
  const [email, setEmail] = useState('');
  const [name, setName] = useState(current?.name ?? '');
  const [role, setRole] = useState<StaffRole>(current?.role ?? 'officer');
  const [entity, setEntity] = useState(current?.entity ?? defaultOwner(owners, user.entity.code));
  const [unit, setUnit] = useState(current?.unit ?? '');
  const [language, setLanguage] = useState<Language>(current?.language ?? 'ar');
  const [password, setPassword] = useState('');
  const [active, setActive] = useState(current?.active ?? true);
  const [notice, setNotice] = useState<string | null>(null);
  const units = entities.filter((e) => e.kind === 'unit' && e.parent === entity);
  const { mutation, errors, generalError } = useAdminMutation(
    () =>
      current
        ? patchStaff(current.id, changedFields(current, { name, role, entity, unit: unit || null, language, active }))
        : createStaff({ email, name, role, entity, unit: unit || undefined, language, password: password || undefined }),
    onDone,
  );
  const link = useAdminMutation((id: number) => sendPasswordLink(id), () => setNotice(t('admin.staff.linkSent')));
  const fieldError = useFieldError(errors);

  return (
    <AdminForm
      testId="staff"
      onSubmit={() => mutation.mutate(undefined)}
      saving={mutation.isPending}
      generalError={generalError}
      notices={
        <>
          {link.generalError && <ErrorAlert error={link.generalError} />}
          {notice && (
            <Text c="green.8" role="status">
              {notice}
            </Text>
          )}
        </>
      }
      actions={
        current &&
        current.active && (
          <Button variant="light" onClick={() => link.mutation.mutate(current.id)} loading={link.mutation.isPending}>
            {t('admin.staff.sendLink')}
          </Button>
        )
      }
      onCancel={onDone}
    >
        {!current && (
          <TextInput label={t('admin.staff.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} dir="ltr" required error={fieldError('email')} data-testid="staff-email" />
        )}
        <TextInput label={t('admin.staff.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={fieldError('name')} data-testid="staff-name" />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('admin.staff.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as StaffRole)}
            error={fieldError('role')}
            data={rolesFor(user.role).map((r) => ({ value: r, label: roleLabel(t, r) }))}
            data-testid="staff-role"
          />
          <NativeSelect
            label={t('admin.staff.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Language)}
            data={languages.map((l) => ({ value: l, label: l === 'ar' ? t('admin.staff.languageAr') : t('admin.staff.languageEn') }))}
          />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('admin.staff.entity')}
            value={entity}
            onChange={(e) => {
              setEntity(e.currentTarget.value);
              setUnit('');
            }}
            error={fieldError('entity')}
            data={owners.map((o) => ({ value: o.code, label: local(o.name) }))}
            data-testid="staff-entity"
          />
          <NativeSelect
            label={t('admin.staff.unit')}
            value={unit}
            disabled={units.length === 0}
            onChange={(e) => setUnit(e.currentTarget.value)}
            error={fieldError('unit')}
            data={[{ value: '', label: t('admin.services.noUnit') }, ...units.map((u) => ({ value: u.code, label: local(u.name) }))]}
          />
        </Group>
        {!current && (
          <PasswordInput
            label={t('admin.staff.password')}
            description={t('admin.staff.passwordHelp')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={fieldError('password')}
            data-testid="staff-password"
          />
        )}
        {current && <Switch label={t('admin.staff.activeSwitch')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} error={fieldError('active')} data-testid="staff-active" />}
    </AdminForm>
  );
}
