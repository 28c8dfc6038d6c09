import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/catalogue.api.ts';
import { ServiceCard } from './ServiceCard.tsx';

/** Services found, with a count announced to screen readers as it changes. */
export function ServiceList({ services, searching, busy }: { services: Service[]; searching: boolean; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Text role="status" aria-live="polite" fz="sm" c="dimmed" data-testid="catalogue-count">
        {services.length === 0 && searching
          ? t('catalogue.noResults')
          : t('catalogue.resultCount', { count: services.length })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" aria-busy={busy}>
        {services.map((s) => (
          <ServiceCard key={s.code} service={s} />
        ))}
      </SimpleGrid>
    </>
  );
}
