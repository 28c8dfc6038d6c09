import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { casePriorities, caseTypes, governorates, type Governorate } from '../../../../common/enums.ts';
import type { AdminEntity } from '../../../../common/schemas/admin.schema.ts';
import { ownerEntities } from '../../../components/admin/owners.ts';
import { createService, getAdminService, listEntities, listGroups, replaceService } from '../../../api/admin.api.ts';
import { listPolicies } from '../../../api/admin-sla.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { focusFirstInvalid } from '../../../components/form/focus-invalid.ts';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { casePriorityKey, caseTypeKey, governorateKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { checkDraft, draftOf, emptyDraft, toInput, type ServiceDraft } from './service-form.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';

/** Where the API reports a problem with each of the form's values. */
const errorPathOf: Record<keyof ServiceDraft, string> = {
  code: 'code',
  group: 'group',
  entity: 'entity',
  nameAr: 'name.ar',
  nameEn: 'name.en',
  descriptionAr: 'description.ar',
  descriptionEn: 'description.en',
  types: 'types',
  anonymousAllowed: 'anonymousAllowed',
  surveyReopenNotSolved: 'surveyReopenNotSolved',
  defaultPriority: 'defaultPriority',
  keywords: 'keywords',
  slaPolicyCode: 'slaPolicyCode',
  active: 'active',
  // Each question clears its own errors (QuestionsEditor's onEdit); adding or removing one clears none.
  questions: 'questions',
  routes: 'routes',
  similarRadius: 'similarRadiusM',
  raiseAt: 'priorityRaiseSupporters',
};

/** Entities a service can belong to or be routed to (municipalities and the ministry; units apart). */
const unitsOf = (entities: AdminEntity[], parent: string) => entities.filter((e) => e.kind === 'unit' && e.parent === parent && e.active);

/**
 * Adds or changes a service: names, group, owner, case types, anonymity, priority, keywords, SLA
 * policy, the extra questions (with their answers for list questions) and where each governorate's
 * cases go. Saved, the service is in the catalogue at once.
 */
export function ServiceEditorPage() {
  const { code } = useParams();
  const creating = code === undefined;
  const { t } = useTranslation();
  usePageTitle(creating ? t('admin.services.addTitle') : t('admin.services.editTitle'));
  const service = useQuery({ queryKey: ['admin', 'service', code], queryFn: ({ signal }) => getAdminService(code ?? '', signal), enabled: !creating });
  const entities = useQuery({ queryKey: ['admin', 'entities'], queryFn: ({ signal }) => listEntities(signal) });
  const groups = useQuery({ queryKey: ['admin', 'groups'], queryFn: ({ signal }) => listGroups(signal) });

  const failed = [service, entities, groups].find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if ((!creating && !service.data) || !entities.data || !groups.data) return <Loading />;
  return <ServiceForm key={code ?? 'new'} initial={service.data ? draftOf(service.data) : undefined} creating={creating} entities={entities.data} groups={groups.data} />;
}

interface FormProps {
  initial: ServiceDraft | undefined;
  creating: boolean;
  entities: AdminEntity[];
  groups: Awaited<ReturnType<typeof listGroups>>;
}

function ServiceForm({ initial, creating, entities, groups }: FormProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const user = useStaffUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ownerChoices = ownerEntities(entities);
  const [draft, setDraft] = useState<ServiceDraft>(() => initial ?? emptyDraft(ownerChoices.find((e) => e.code === user.entity.code)?.code ?? ownerChoices[0]?.code ?? ''));
  const { formRef, errors, setErrors, errorOf: fieldError, clear: clearErrors, fail } = useFormErrors();
  // National settings: an entity administrator cannot list policies, and keeps the current one.
  const policies = useQuery({ queryKey: ['admin', 'sla-policies'], queryFn: ({ signal }) => listPolicies(signal), retry: false });

  // A field's error goes as soon as the field is edited (clearErrors); the next save checks everything again.
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => {
    clearErrors(errorPathOf[key]);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setRoute = (g: Governorate, entity: string, unit = '') => {
    clearErrors('routes');
    setDraft((d) => ({ ...d, routes: { ...d.routes, [g]: { entity, unit } } }));
  };

  const save = useMutation({
    mutationFn: (d: ServiceDraft) => (creating ? createService(toInput(d)) : replaceService(d.code, (({ code: _code, ...rest }) => rest)(toInput(d)))),
    onSuccess: async (_r, d) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      await queryClient.invalidateQueries({ queryKey: ['services'] });
      void navigate('/staff/admin/services', { state: { saved: d.code } });
    },
    onError: fail,
  });

  useEffect(() => {
    if (Object.keys(errors).length) focusFirstInvalid(formRef.current);
  }, [errors]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found = checkDraft(draft, creating);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(draft);
  };

  const typeError = fieldError('types');
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="service-form">
      <Group justify="space-between" mb="md">
        <Title order={1} fz="h2">
          {creating ? t('admin.services.addTitle') : t('admin.services.editTitle')}
        </Title>
        <Anchor component={Link} to="/staff/admin/services">
          {t('admin.services.backToList')}
        </Anchor>
      </Group>
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="sm">
            {t('admin.services.basics')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('admin.services.code')}
              description={t('admin.services.codeHelp')}
              value={draft.code}
              onChange={(e) => set('code', e.currentTarget.value)}
              disabled={!creating}
              required
              dir="ltr"
              error={fieldError('code')}
              data-testid="service-code"
            />
            <Group grow align="flex-start">
              <BilingualTextInputs
                labels={{ ar: t('admin.nameAr'), en: t('admin.nameEn') }}
                values={{ ar: draft.nameAr, en: draft.nameEn }}
                onChange={(lng, v) => set(lng === 'ar' ? 'nameAr' : 'nameEn', v)}
                errors={{ ar: fieldError('name.ar'), en: fieldError('name.en') }}
                testId="service-name"
              />
            </Group>
            <Group grow align="flex-start">
              <Textarea label={t('admin.descriptionAr')} value={draft.descriptionAr} onChange={(e) => set('descriptionAr', e.currentTarget.value)} dir="rtl" lang="ar" autosize minRows={2} error={fieldError('description.ar')} />
              <Textarea label={t('admin.descriptionEn')} value={draft.descriptionEn} onChange={(e) => set('descriptionEn', e.currentTarget.value)} dir="ltr" lang="en" autosize minRows={2} error={fieldError('description.en')} />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('admin.services.group')}
                value={draft.group}
                onChange={(e) => set('group', e.currentTarget.value)}
                required
                error={fieldError('group')}
                data-testid="service-group"
                data={[{ value: '', label: t('admin.choose') }, ...groups.map((g) => ({ value: g.code, label: local(g.name) }))]}
              />
              <NativeSelect
                label={t('admin.services.owner')}
                description={t('admin.services.ownerHelp')}
                value={draft.entity}
                onChange={(e) => set('entity', e.currentTarget.value)}
                required
                error={fieldError('entity')}
                data-testid="service-entity"
                data={ownerChoices.map((e) => ({ value: e.code, label: local(e.name) }))}
              />
            </Group>
            <TextInput
              label={t('admin.services.keywords')}
              description={t('admin.services.keywordsHelp')}
              value={draft.keywords}
              onChange={(e) => set('keywords', e.currentTarget.value)}
              error={fieldError('keywords')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="sm">
            {t('admin.services.handling')}
          </Title>
          <Stack gap="sm">
            <Checkbox.Group label={t('admin.services.types')} value={draft.types} onChange={(v) => set('types', caseTypes.filter((c) => v.includes(c)))} error={typeError} withAsterisk>
              <Group mt="xs">
                {caseTypes.map((type) => (
                  <Checkbox key={type} value={type} label={t(caseTypeKey(type))} data-testid={`service-type-${type}`} />
                ))}
              </Group>
            </Checkbox.Group>
            <Switch
              label={t('admin.services.anonymous')}
              checked={draft.anonymousAllowed}
              onChange={(e) => set('anonymousAllowed', e.currentTarget.checked)}
              data-testid="service-anonymous"
            />
            <Checkbox
              label={t('admin.services.surveyReopen')}
              description={t('admin.services.surveyReopenHint')}
              checked={draft.surveyReopenNotSolved}
              onChange={(e) => set('surveyReopenNotSolved', e.currentTarget.checked)}
              data-testid="service-survey-reopen"
            />
            <Group grow align="flex-start">
              <NativeSelect
                label={t('admin.services.priority')}
                value={draft.defaultPriority}
                onChange={(e) => set('defaultPriority', e.currentTarget.value as ServiceDraft['defaultPriority'])}
                data={casePriorities.map((p) => ({ value: p, label: t(casePriorityKey(p)) }))}
              />
              {policies.isError ? (
                <Text fz="sm" c="dimmed" pt="lg">
                  {draft.slaPolicyCode ? t('admin.services.policyKept', { code: draft.slaPolicyCode }) : t('admin.services.policyDefault')}
                </Text>
              ) : (
                <NativeSelect
                  label={t('admin.services.policy')}
                  value={draft.slaPolicyCode}
                  onChange={(e) => set('slaPolicyCode', e.currentTarget.value)}
                  error={fieldError('slaPolicyCode')}
                  data-testid="service-policy"
                  data={[{ value: '', label: t('admin.services.policyDefault') }, ...(policies.data ?? []).map((p) => ({ value: p.code, label: local(p.name) }))]}
                />
              )}
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('admin.services.similarRadius')}
                description={t('admin.services.similarRadiusHelp')}
                value={draft.similarRadius}
                onChange={(e) => set('similarRadius', e.currentTarget.value)}
                inputMode="numeric"
                dir="ltr"
                required
                // Any refusal of these numbers is the range (or not a whole number): say the range.
                error={fieldError('similarRadiusM') && t('admin.services.similarRadiusRange')}
                data-testid="service-similar-radius"
              />
              <TextInput
                label={t('admin.services.raiseAt')}
                description={t('admin.services.raiseAtHelp')}
                value={draft.raiseAt}
                onChange={(e) => set('raiseAt', e.currentTarget.value)}
                inputMode="numeric"
                dir="ltr"
                error={fieldError('priorityRaiseSupporters') && t('admin.services.raiseAtRange')}
                data-testid="service-raise-at"
              />
            </Group>
            <Switch label={t('admin.services.activeSwitch')} checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} data-testid="service-active" />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="xs">
            {t('admin.services.questionsTitle')}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t('admin.services.questionsHelp')}
          </Text>
          <QuestionsEditor questions={draft.questions} onChange={(q) => set('questions', q)} fieldError={fieldError} onEdit={(i) => clearErrors(`attributes.${i}`)} />
        </Paper>

        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="xs">
            {t('admin.services.routingTitle')}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t('admin.services.routingHelp')}
          </Text>
          <Stack gap="xs">
            {governorates.map((g) => {
              const route = draft.routes[g];
              // The request lists only the governorates given a route; errors point into that list.
              const i = governorates.filter((x) => draft.routes[x].entity).indexOf(g);
              const units = route.entity ? unitsOf(entities, route.entity) : [];
              return (
                <Group key={g} grow align="flex-start" data-testid={`route-${g}`}>
                  <NativeSelect
                    label={t(governorateKey(g))}
                    value={route.entity}
                    onChange={(e) => setRoute(g, e.currentTarget.value)}
                    error={fieldError(`routes.${i}.entity`)}
                    data={[{ value: '', label: t('admin.services.routeOwner') }, ...ownerChoices.map((e) => ({ value: e.code, label: local(e.name) }))]}
                  />
                  <NativeSelect
                    label={t('admin.services.routeUnit')}
                    value={route.unit}
                    disabled={units.length === 0}
                    onChange={(e) => setRoute(g, route.entity, e.currentTarget.value)}
                    error={fieldError(`routes.${i}.unit`)}
                    data={[{ value: '', label: t('admin.services.noUnit') }, ...units.map((u) => ({ value: u.code, label: local(u.name) }))]}
                  />
                </Group>
              );
            })}
          </Stack>
        </Paper>

        {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
        {Object.keys(errors).length > 0 && (
          <Alert color="red" variant="light" role="alert" data-testid="service-form-errors">
            {t('admin.fixErrors')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="service-save">
            {creating ? t('admin.services.create') : t('admin.save')}
          </Button>
          <Button component={Link} to="/staff/admin/services" variant="default">
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
