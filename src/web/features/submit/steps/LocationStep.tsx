import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { governorates, type Governorate } from '../../../../common/enums.ts';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { Loading } from '../../../components/Loading.tsx';
import { governorateKey } from '../../../i18n/keys.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import type { DraftLocation } from '../draft.ts';
import type { StepProps } from '../step-props.ts';
import { useFieldError } from '../useFieldError.ts';

// Leaflet and its CSS load only when this step is shown.
const LocationMap = lazy(() => import('../../../components/map/LocationMap.tsx'));

/** Where: a pin on the map and/or the governorate, area, block, road and building. All optional. */
export function LocationStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const [outside, setOutside] = useState(false);
  const loc = draft.location;
  const set = (patch: Partial<DraftLocation>) => update({ location: { ...loc, ...patch } });
  const point = loc.lat !== undefined && loc.lng !== undefined ? { lat: loc.lat, lng: loc.lng } : undefined;
  const lng = currentLanguage();
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
  return (
    <Stack gap="md">
      <Text>{t('submit.location.intro')}</Text>
      <Suspense fallback={<Loading label={t('submit.location.mapLoading')} />}>
        <LocationMap
          value={point}
          config={runtimeConfig}
          onPick={(p) => {
            setOutside(false);
            set({ lat: p.lat, lng: p.lng });
          }}
          onOutside={() => setOutside(true)}
        />
      </Suspense>
      <div aria-live="polite">
        {outside && (
          <Alert color="orange" variant="light">
            {t('error.field.out_of_bounds')}
          </Alert>
        )}
        {errorOf('location') && (
          <Text c="var(--mantine-color-error)" fz="sm" role="alert">
            {errorOf('location')}
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
            <Button variant="subtle" size="compact-sm" onClick={() => set({ lat: undefined, lng: undefined })}>
              {t('submit.location.clearPin')}
            </Button>
          </Group>
        )}
      </div>
      <NativeSelect
        label={t('submit.location.governorate')}
        description={t('submit.location.governorateHint')}
        value={loc.governorate}
        onChange={(e) => set({ governorate: e.currentTarget.value as Governorate | '' })}
        error={errorOf('location.governorate')}
        name="location.governorate"
        data={[
          { value: '', label: t('submit.location.governorateNone') },
          ...governorates.map((g) => ({ value: g, label: t(governorateKey(g)) })),
        ]}
      />
      {textField('area', t('submit.location.area'), false)}
      <SimpleGrid cols={3} spacing="xs">
        {textField('block', t('submit.location.block'), true)}
        {textField('road', t('submit.location.road'), true)}
        {textField('building', t('submit.location.building'), true)}
      </SimpleGrid>
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
