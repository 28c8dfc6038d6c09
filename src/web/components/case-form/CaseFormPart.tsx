import { Alert, Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTypes, governorates, type CaseType, type Governorate } from '../../../common/enums.ts';
import { runtimeConfig } from '../../app/runtime-config.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { caseTypeHelpKey, caseTypeKey, governorateKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { useFieldError } from '../form/useFieldError.ts';
import { PinIcon } from '../icons.tsx';
import { Loading } from '../Loading.tsx';
import { AttributeField } from './AttributeField.tsx';
import type { CaseFormProps } from './case-form-props.ts';
import type { DraftLocation } from './draft.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from './validate.ts';

// Leaflet and its CSS load only when a form with the map is shown.
const LocationMap = lazy(() => import('../map/LocationMap.tsx'));

/** The parts of the case form that the citizen's steps and the hotline entry share. */
export type CaseFormPartId = 'type' | 'details' | 'location';

/** What differs between the citizen's form and the agent's. */
export interface CaseFormOptions {
  /**
   * The hotline agent's compact form: the types in a row without their explanations, no service
   * summary and no title above the description, the map without "use my location" (the agent's
   * device is not where the caller is), the address parts in one row.
   */
  compact?: boolean;
  /** The words above the map; by default the citizen's. */
  pinIntro?: string;
  /** The description's hint; by default the number of characters left. */
  descriptionHint?: string;
  descriptionTestId?: string;
  /** The chosen service's name and description above the details; off where the form shows its own summary. */
  serviceNotice?: boolean;
}

type PartProps = CaseFormProps & { options: CaseFormOptions };

/**
 * One part of the case form: the type, what happened (with the service's extra questions), or
 * where. The citizen meets each as a step; the hotline agent sees them together on one page.
 */
export function CaseFormPart({ part, options = {}, ...props }: CaseFormProps & { part: CaseFormPartId; options?: CaseFormOptions }) {
  switch (part) {
    case 'type':
      return <TypeField {...props} options={options} />;
    case 'details':
      return <DetailsFields {...props} options={options} />;
    case 'location':
      return <LocationFields {...props} options={options} />;
  }
}

/** Complaint, suggestion, inquiry or compliment — only those the chosen service accepts. */
function TypeField({ draft, update, errors, service, options }: PartProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const offered = service ? caseTypes.filter((type) => service.types.includes(type)) : caseTypes;
  const radios = offered.map((type) => (
    <Radio key={type} value={type} label={t(caseTypeKey(type))} description={options.compact ? undefined : t(caseTypeHelpKey(type))} />
  ));
  return (
    <Radio.Group value={draft.type ?? null} onChange={(value) => update({ type: value as CaseType })} label={t('submit.type.label')} error={errorOf('type')} withAsterisk name="type">
      {options.compact ? (
        <Group gap="md" mt={4}>
          {radios}
        </Group>
      ) : (
        <Stack gap="sm" mt="xs">
          {radios}
        </Stack>
      )}
    </Radio.Group>
  );
}

/** What happened: an optional title, the description and the service's extra questions. */
function DetailsFields({ draft, update, errors, service, options }: PartProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const errorOf = useFieldError(errors);
  const questions = [...(service?.attributes ?? [])].sort((a, b) => a.order - b.order);
  return (
    <Stack gap={options.compact ? 'sm' : 'md'}>
      {service && !options.compact && options.serviceNotice !== false && (
        <Alert variant="light" color="brand" title={local(service.name)}>
          {local(service.description)}
        </Alert>
      )}
      {!options.compact && (
        <TextInput
          label={t('submit.details.titleLabel')}
          description={t('submit.details.titleHint')}
          value={draft.title}
          maxLength={TITLE_MAX}
          onChange={(e) => update({ title: e.currentTarget.value })}
          error={errorOf('title')}
          name="title"
        />
      )}
      <Textarea
        label={t('submit.details.descriptionLabel')}
        description={options.descriptionHint ?? t('submit.details.descriptionHint', { count: DESCRIPTION_MAX - draft.description.length })}
        value={draft.description}
        maxLength={DESCRIPTION_MAX}
        rows={options.compact ? 4 : 6}
        required
        withAsterisk
        onChange={(e) => update({ description: e.currentTarget.value })}
        error={errorOf('description')}
        name="description"
        data-testid={options.descriptionTestId ?? 'description'}
      />
      {questions.map((q) => (
        <AttributeField
          key={q.code}
          question={q}
          value={draft.attributes[q.code]}
          onChange={(value) => update({ attributes: { ...draft.attributes, [q.code]: value } })}
          error={errorOf(`attributes.${q.code}`)}
        />
      ))}
      {draft.type === 'suggestion' && !options.compact && (
        <Checkbox
          label={t('submit.details.publicLabel')}
          description={t('submit.details.publicNote')}
          checked={draft.public ?? false}
          onChange={(e) => update({ public: e.currentTarget.checked })}
          error={errorOf('public')}
          name="public"
          data-testid="make-public"
        />
      )}
    </Stack>
  );
}

/** Where: a pin on the map and/or the governorate, area, block, road and building. All optional. */
function LocationFields({ draft, update, errors, options }: PartProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const loc = draft.location;
  const set = (patch: Partial<DraftLocation>) => update({ location: { ...loc, ...patch } });
  const textField = (key: 'area' | 'block' | 'road' | 'building', label: string, numeric: boolean) => (
    <TextInput
      label={label}
      value={loc[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={errorOf(`location.${key}`)}
      inputMode={numeric ? 'numeric' : undefined}
      maxLength={numeric ? 20 : 100}
      name={`location.${key}`}
    />
  );
  const area = textField('area', t('submit.location.area'), false);
  const numbered = (
    <>
      {textField('block', t('submit.location.block'), true)}
      {textField('road', t('submit.location.road'), true)}
      {textField('building', t('submit.location.building'), true)}
    </>
  );
  return (
    <Stack gap={options.compact ? 'sm' : 'md'}>
      <PinPicker location={loc} set={set} error={errorOf('location')} locate={!options.compact} intro={options.pinIntro} />
      <NativeSelect
        label={t('submit.location.governorate')}
        description={t('submit.location.governorateHint')}
        value={loc.governorate}
        onChange={(e) => set({ governorate: e.currentTarget.value as Governorate | '' })}
        error={errorOf('location.governorate')}
        name="location.governorate"
        data={[{ value: '', label: t('submit.location.governorateNone') }, ...governorates.map((g) => ({ value: g, label: t(governorateKey(g)) }))]}
      />
      {options.compact ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {area}
          {numbered}
        </SimpleGrid>
      ) : (
        <>
          {area}
          <SimpleGrid cols={3} spacing="xs">
            {numbered}
          </SimpleGrid>
        </>
      )}
      <TextInput
        label={t('submit.location.address')}
        value={loc.address}
        onChange={(e) => set({ address: e.currentTarget.value })}
        error={errorOf('location.address')}
        maxLength={300}
        name="location.address"
      />
    </Stack>
  );
}

/** Why "use my location" gave no point. */
type GeoProblem = 'denied' | 'unavailable' | 'outside' | null;

/** "Use my location": the device's position, if the citizen allows it and it lies in the service area. */
function useMyLocation(onPoint: (p: { lat: number; lng: number }) => void) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<GeoProblem>(null);
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setProblem('unavailable');
      return;
    }
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        const b = runtimeConfig.bounds;
        const p = { lat: Math.round(coords.latitude * 1e6) / 1e6, lng: Math.round(coords.longitude * 1e6) / 1e6 };
        if (p.lat < b.minLat || p.lat > b.maxLat || p.lng < b.minLng || p.lng > b.maxLng) setProblem('outside');
        else onPoint(p);
      },
      (error) => {
        setLocating(false);
        setProblem(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { locate, locating, problem };
}

interface PinPickerProps {
  location: DraftLocation;
  set: (patch: Partial<DraftLocation>) => void;
  error: string | undefined;
  /** Offer "use my location" (the citizen's own device). */
  locate: boolean;
  intro?: string;
}

/** The map: a pin the citizen (or an agent, for a caller) drops, or the device's position; the point in words, and why a pin was refused. */
function PinPicker({ location, set, error, locate, intro }: PinPickerProps) {
  const { t } = useTranslation();
  const [outside, setOutside] = useState(false);
  const point = location.lat !== undefined && location.lng !== undefined ? { lat: location.lat, lng: location.lng } : undefined;
  const lng = currentLanguage();
  // A new point is a new question: the confirmation of the old one does not carry over.
  const place = (p: { lat: number; lng: number }) => {
    setOutside(false);
    set({ lat: p.lat, lng: p.lng, confirmed: undefined });
  };
  const mine = useMyLocation(place);
  return (
    <>
      <Text>{intro ?? t('submit.location.intro')}</Text>
      {locate && (
        <Button variant="light" onClick={mine.locate} loading={mine.locating} leftSection={<PinIcon size={18} />} data-testid="use-my-location" w="fit-content">
          {t('submit.location.useMine')}
        </Button>
      )}
      <Suspense fallback={<Loading label={t('submit.location.mapLoading')} />}>
        <LocationMap value={point} config={runtimeConfig} onPick={place} onOutside={() => setOutside(true)} />
      </Suspense>
      <div aria-live="polite">
        {mine.problem && (
          <Alert color="orange" variant="light" data-testid="location-problem">
            {mine.problem === 'denied'
              ? t('submit.location.geo.denied')
              : mine.problem === 'outside'
                ? t('submit.location.geo.outside')
                : t('submit.location.geo.unavailable')}
          </Alert>
        )}
        {outside && (
          <Alert color="orange" variant="light">
            {t('error.field.out_of_bounds')}
          </Alert>
        )}
        {error && (
          <Text c="var(--mantine-color-error)" fz="sm" role="alert">
            {error}
          </Text>
        )}
        {point && (
          <Group gap="sm" mt="xs">
            <Text fz="sm" data-testid="picked-point">
              {t('submit.location.picked', {
                latitude: formatNumber(point.lat, lng, { maximumFractionDigits: 5 }),
                longitude: formatNumber(point.lng, lng, { maximumFractionDigits: 5 }),
              })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => set({ lat: undefined, lng: undefined, confirmed: undefined })}>
              {t('submit.location.clearPin')}
            </Button>
          </Group>
        )}
      </div>
    </>
  );
}
