import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCodes } from '../../../../common/error-codes.ts';
import type { BulkResult } from '../../../api/replies.api.ts';
import { fieldErrorKey, problemKey } from '../../../i18n/keys.ts';

type Outcome = BulkResult['results'][number]['outcome'];

/** Why a case was refused, in words: a problem code, or the field reason the workflow gave. */
const reasonKey = (code: string) => ((errorCodes as readonly string[]).includes(code) ? problemKey(code) : fieldErrorKey(code));

interface Props {
  result: BulkResult;
  /** Selects again the cases changed meanwhile (the list has been reloaded with their new versions). */
  onReselect: (references: string[]) => void;
  onDismiss: () => void;
}

/**
 * What bulk work did, case by case: how many were done, changed meanwhile (to reload and send again),
 * refused or not found, with a link to each case that was not done and why.
 */
export function BulkSummary({ result, onReselect, onDismiss }: Props) {
  const { t } = useTranslation();
  const { counts } = result;
  const failed = result.results.filter((r) => r.outcome !== 'done');
  const changed = failed.filter((r) => r.outcome === 'changed').map((r) => r.reference);
  const outcomeLabel = (o: Exclude<Outcome, 'done'>) => ({ changed: t('bulk.outcome.changed'), refused: t('bulk.outcome.refused'), not_found: t('bulk.outcome.not_found') })[o];
  return (
    <Alert
      color={failed.length ? 'orange' : 'brand'}
      variant="light"
      role="status"
      title={t('bulk.result.title')}
      withCloseButton
      closeButtonLabel={t('common.dismiss')}
      onClose={onDismiss}
      data-testid="bulk-summary"
    >
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          <List.Item data-testid="bulk-done">{t('bulk.result.done', { count: counts.done ?? 0 })}</List.Item>
          {(counts.changed ?? 0) > 0 && <List.Item data-testid="bulk-changed">{t('bulk.result.changed', { count: counts.changed })}</List.Item>}
          {(counts.refused ?? 0) > 0 && <List.Item data-testid="bulk-refused">{t('bulk.result.refused', { count: counts.refused })}</List.Item>}
          {(counts.not_found ?? 0) > 0 && <List.Item data-testid="bulk-not-found">{t('bulk.result.notFound', { count: counts.not_found })}</List.Item>}
        </List>
        {failed.length > 0 && (
          <>
            <Text fz="sm" fw={700}>
              {t('bulk.result.failedLabel')}
            </Text>
            <List size="sm" spacing={2} data-testid="bulk-failed">
              {failed.map((r) => (
                <List.Item key={r.reference}>
                  <Anchor component={Link} to={`/staff/cases/${r.reference}`} className="ltr-code">
                    {r.reference}
                  </Anchor>{' '}
                  — {outcomeLabel(r.outcome as Exclude<Outcome, 'done'>)}
                  {r.outcome === 'refused' && r.code ? ` (${t(reasonKey(r.code))})` : ''}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {changed.length > 0 && (
          <Button size="compact-sm" variant="outline" w="fit-content" onClick={() => onReselect(changed)} data-testid="bulk-reselect">
            {t('bulk.result.reselect', { count: changed.length })}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
