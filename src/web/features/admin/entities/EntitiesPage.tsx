import { Button, Group, NativeSelect, Switch, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLocaleNumber } from '../../../../common/digits.ts';
import { governorates, type Governorate } from '../../../../common/enums.ts';
import type { AdminEntity } from '../../../../common/schemas/admin.schema.ts';
import { createEntity, listEntities, patchEntity } from '../../../api/admin.api.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { AdminFormModal } from '../../../components/admin/AdminFormModal.tsx';
import { AdminForm } from '../../../components/admin/AdminForm.tsx';
import { defaultOwner, ownerEntities } from '../../../components/admin/owners.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { governorateKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';

type Editing = { mode: 'new' } | { mode: 'edit'; entity: AdminEntity } | null;

function kindLabel(t: (k: string) => string, kind: AdminEntity['kind']): string {
  switch (kind) {
    case 'ministry':
      return t('admin.entities.kind.ministry');
    case 'municipality':
      return t('admin.entities.kind.municipality');
    case 'unit':
      return t('admin.entities.kind.unit');
  }
}

/** The organisation: the ministry, its municipalities and their units, with their staff counts. */
export function EntitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.entities.title'));
  const local = useLocalized();
  const entities = useQuery({ queryKey: ['admin', 'entities'], queryFn: ({ signal }) => listEntities(signal) });
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <AdminListPage
      title={t('admin.entities.title')}
      action={
      <Button onClick={() => setEditing({ mode: 'new' })} data-testid="entity-new">
        {t('admin.entities.add')}
      </Button>
      }
    >
      <ListState query={entities}>
        {(list) => (
          <AdminTable minWidth={600} head={[t('admin.entities.name'), t('admin.entities.kindLabel'), t('admin.entities.governorate'), t('admin.entities.population'), t('admin.entities.staff'), t('admin.status'), <span className="visually-hidden">{t('admin.actions')}</span>]}>
            {list.map((e) => (
              <Table.Tr key={e.code} data-testid="entity-row" data-code={e.code}>
                <Table.Td style={{ paddingInlineStart: `calc(${e.depth} * 1.25rem + 0.5rem)` }}>
                  {local(e.name)}
                  <Text fz="xs" c="dimmed" dir="ltr">
                    {e.code}
                  </Text>
                </Table.Td>
                <Table.Td>{kindLabel(t, e.kind)}</Table.Td>
                <Table.Td>{e.governorate ? t(governorateKey(e.governorate)) : '—'}</Table.Td>
                <Table.Td data-testid="entity-population">{e.population === null ? '—' : formatNumber(e.population, currentLanguage())}</Table.Td>
                <Table.Td>{e.staffCount}</Table.Td>
                <Table.Td>
                  <ActiveBadge active={e.active} />
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ mode: 'edit', entity: e })} aria-label={t('admin.editNamed', { name: local(e.name) })}>
                    {t('admin.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
      <AdminFormModal editing={editing} titles={{ new: t('admin.entities.add'), edit: t('admin.entities.editTitle') }} onClose={() => setEditing(null)}>
        {(e) => entities.data && <EntityForm editing={e} entities={entities.data} onDone={() => setEditing(null)} />}
      </AdminFormModal>
    </AdminListPage>
  );
}

function EntityForm({ editing, entities, onDone }: { editing: NonNullable<Editing>; entities: AdminEntity[]; onDone: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const user = useStaffUser();
  const current = editing.mode === 'edit' ? editing.entity : null;
  const parents = ownerEntities(entities);
  const [code, setCode] = useState('');
  const [parent, setParent] = useState(() => defaultOwner(parents, user.entity.code));
  const [kind, setKind] = useState<'unit' | 'municipality'>('unit');
  const [nameAr, setNameAr] = useState(current?.name.ar ?? '');
  const [nameEn, setNameEn] = useState(current?.name.en ?? '');
  const [governorate, setGovernorate] = useState<string>(current?.governorate ?? '');
  const [active, setActive] = useState(current?.active ?? true);
  const [populationText, setPopulationText] = useState(current?.population == null ? '' : String(current.population));
  const population = parsePopulation(populationText);
  const [populationShown, setPopulationShown] = useState(false);
  const { mutation, errors, generalError } = useAdminMutation(
    (value: number | null) =>
      current
        ? patchEntity(current.code, { name: { ar: nameAr, en: nameEn }, governorate: (governorate || null) as Governorate | null, population: value, active })
        : // No governorate chosen: a unit takes its entity's.
          createEntity({ code, kind, parent, name: { ar: nameAr, en: nameEn }, governorate: (governorate || undefined) as Governorate | undefined, population: value }),
    onDone,
  );
  const fieldError = useFieldError(errors);
  const submit = () => {
    setPopulationShown(true);
    if (population !== undefined) mutation.mutate(population);
  };

  return (
    <AdminForm testId="entity" onSubmit={submit} saving={mutation.isPending} generalError={generalError} onCancel={onDone}>
        {!current && (
          <>
            <TextInput label={t('admin.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} dir="ltr" required error={fieldError('code')} data-testid="entity-code" />
            <Group grow>
              <NativeSelect
                label={t('admin.entities.kindLabel')}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as 'unit' | 'municipality')}
                data={[
                  { value: 'unit', label: t('admin.entities.kind.unit') },
                  { value: 'municipality', label: t('admin.entities.kind.municipality') },
                ]}
              />
              <NativeSelect
                label={t('admin.entities.parent')}
                value={parent}
                onChange={(e) => setParent(e.currentTarget.value)}
                error={fieldError('parent')}
                data={parents.map((p) => ({ value: p.code, label: local(p.name) }))}
              />
            </Group>
          </>
        )}
        <BilingualTextInputs
          labels={{ ar: t('admin.nameAr'), en: t('admin.nameEn') }}
          values={{ ar: nameAr, en: nameEn }}
          onChange={(lng, v) => (lng === 'ar' ? setNameAr(v) : setNameEn(v))}
          errors={{ ar: fieldError('name.ar'), en: fieldError('name.en') }}
          testId="entity-name"
        />
        <NativeSelect
          label={t('admin.entities.governorate')}
          value={governorate}
          onChange={(e) => setGovernorate(e.currentTarget.value)}
          error={fieldError('governorate')}
          data={[{ value: '', label: '—' }, ...governorates.map((g) => ({ value: g, label: t(governorateKey(g)) }))]}
        />
        <TextInput
          label={t('admin.entities.population')}
          description={t('admin.entities.populationHelp')}
          value={populationText}
          onChange={(e) => setPopulationText(e.currentTarget.value)}
          inputMode="numeric"
          dir="ltr"
          // Any refusal of the number is its range (or not a whole number): say so.
          error={(populationShown && population === undefined) || fieldError('population') ? t('admin.entities.populationInvalid') : undefined}
          data-testid="entity-population-input"
        />
        {current && <Switch label={t('admin.activeSwitch')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} error={fieldError('active')} />}
    </AdminForm>
  );
}

/** The population field as typed (any digits): empty is "not set" (null); a whole number above zero; otherwise undefined (refused). */
function parsePopulation(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = parseLocaleNumber(text);
  return n !== null && Number.isInteger(n) && n > 0 && n <= 2_000_000_000 ? n : undefined;
}
