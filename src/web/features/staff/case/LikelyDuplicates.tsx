import { Button, Stack, Text } from '@mantine/core';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffCase } from '../../../api/cases.api.ts';
import { getCaseSimilar } from '../../../api/similar.api.ts';
import { ActionFeedback } from '../../case-actions/ActionFeedback.tsx';
import { useCaseAction } from '../../case-actions/useCaseAction.ts';
import { SimilarItem } from '../../similar/SimilarItem.tsx';
import { Panel } from './CasePanels.tsx';

/** "Reported by N people", and the case's likely duplicates with a one-click merge of this case into one. */
export function LikelyDuplicates({ item, queryKey }: { item: StaffCase; queryKey: QueryKey }) {
  const { t } = useTranslation();
  const similar = useQuery({ queryKey: ['case-similar', item.reference], queryFn: ({ signal }) => getCaseSimilar(item.reference, signal) });
  const { mutation, conflict, generalError } = useCaseAction('merge', { queryKey, reference: item.reference });
  const canMerge = item.allowedActions.includes('merge');
  const items = similar.data?.items ?? [];
  return (
    <Panel title={t('similar.staffTitle')} id="duplicates-heading" testId="likely-duplicates">
      <Stack gap="xs">
        <Text fz="sm" data-testid="reported-by">
          {t('similar.reportedBy', { count: item.reportedBy })}
        </Text>
        {items.length === 0 && <Text fz="sm" c="dimmed">{t('similar.none')}</Text>}
        {items.map((s) => (
          <SimilarItem key={s.reference} item={s}>
            {canMerge && (
              <Button
                size="xs"
                variant="light"
                loading={mutation.isPending}
                onClick={() => mutation.mutate({ body: { masterReference: s.reference } as never, version: item.version })}
                data-testid="merge-into"
              >
                {t('similar.mergeInto', { reference: s.reference })}
              </Button>
            )}
          </SimilarItem>
        ))}
        {(conflict || generalError) && <ActionFeedback conflict={conflict} error={generalError} />}
      </Stack>
    </Panel>
  );
}
