import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CaseReceipt } from '../../api/cases.api.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { DualDate } from '../../components/DualDate.tsx';
import { ExpectedDates } from '../../components/ExpectedDates.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { caseStatusKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { loadReceipt } from './receipt-store.ts';

/** The tracking link on this site, whatever public URL the server put in the receipt. */
function trackingPath(receipt: CaseReceipt): string {
  try {
    const url = new URL(receipt.trackingUrl, window.location.origin);
    return `${url.pathname}${url.search}`;
  } catch {
    return `/track/${receipt.reference}?token=${encodeURIComponent(receipt.trackingToken)}`;
  }
}

/** Shown once a case is filed: its reference (with a copy button), who received it, and the tracking link. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('receipt.title'));
  const { reference = '' } = useParams();
  const state = useLocation().state as { receipt?: CaseReceipt } | null;
  const receipt = state?.receipt ?? loadReceipt(reference);

  if (!receipt) {
    return (
      <Stack>
        <Title order={1} fz="h2">
          {t('receipt.title')}
        </Title>
        <Alert color="orange" variant="light">
          {t('receipt.missing', { reference })}
        </Alert>
        <Anchor component={Link} to="/track">
          {t('nav.track')}
        </Anchor>
      </Stack>
    );
  }
  const path = trackingPath(receipt);
  const fullLink = `${window.location.origin}${path}`;
  return (
    <Stack gap="md">
      <Alert color="brand" variant="light" title={t('receipt.title')} role="status">
        {t('receipt.thanks', { entity: local(receipt.entity.name) })}
      </Alert>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text fw={600}>{t('receipt.referenceLabel')}</Text>
          <Title order={1} fz={{ base: 28, sm: 36 }} className="ltr-code" data-testid="reference">
            {receipt.reference}
          </Title>
          <Group gap="sm">
            <CopyButton value={receipt.reference} label={t('receipt.copyReference')} />
            <CopyButton value={fullLink} label={t('receipt.copyLink')} />
          </Group>
          <Text fz="sm">
            {t('receipt.statusLine', { status: t(caseStatusKey(receipt.status)) })}
          </Text>
          <Text fz="sm">
            {t('receipt.submittedAt')} <DualDate iso={receipt.createdAt} />
          </Text>
        </Stack>
      </Paper>
      <ExpectedDates expect={receipt.expect} />
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('receipt.trackHeading')}
          </Title>
          <Text>{t('receipt.trackHint')}</Text>
          <Text fz="sm">
            {t('receipt.tokenLabel')}{' '}
            <Text component="span" className="ltr-code" fw={600} data-testid="tracking-token">
              {receipt.trackingToken}
            </Text>
          </Text>
          <Button component={Link} to={path} data-testid="tracking-link">
            {t('receipt.trackNow')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
