import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followCase, getSimilar, type FollowResult } from '../../api/similar.api.ts';
import { asApiError } from '../../api/problem.ts';
import { useSession } from '../../auth/useSession.ts';
import type { CaseFormProps } from '../../components/case-form/case-form-props.ts';
import { problemKey } from '../../i18n/keys.ts';
import { SimilarItem } from '../similar/SimilarItem.tsx';

/** The description, settled for a moment before it is asked about. */
function useSettled(value: string, ms = 600): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * "Already reported?": once a service and a point are chosen (or, for a suggestion or inquiry, a
 * description typed), open cases likely the same problem, each with "this is mine too"; or go on
 * with a new case.
 */
export function AlreadyReported({ draft }: CaseFormProps) {
  const { t, i18n } = useTranslation();
  const text = useSettled(draft.description.trim());
  const [dismissed, setDismissed] = useState(false);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [contact, setContact] = useState(draft.contact.phone || draft.contact.email);
  const session = useSession();
  const signedIn = (session.data as { user?: { kind?: string } } | null | undefined)?.user?.kind === 'citizen';
  const byText = draft.type === 'suggestion' || draft.type === 'inquiry';
  const { lat, lng } = draft.location;
  const ready = Boolean(draft.serviceCode) && (byText ? text.length >= 3 : lat !== undefined && lng !== undefined);
  const probe = { service: draft.serviceCode, lat: byText ? undefined : lat, lng: byText ? undefined : lng, text, type: draft.type };
  const query = useQuery({ queryKey: ['similar', probe], queryFn: ({ signal }) => getSimilar(probe, signal), enabled: ready && !dismissed, staleTime: 60_000 });
  const follow = useMutation<FollowResult, Error, string>({
    mutationFn: (reference) =>
      followCase(reference, {
        language: i18n.language === 'en' ? 'en' : 'ar',
        ...(signedIn ? {} : { contact: contact.includes('@') ? { email: contact.trim() } : { phone: contact.trim() } }),
      }),
  });

  if (!ready || dismissed || !query.data?.items.length) return null;
  if (follow.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="mine-too-done">
        {t('similar.following', { reference: follow.data.reference, count: follow.data.reportedBy })}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" data-testid="already-reported" aria-labelledby="already-reported-title">
      <Title order={2} fz="h4" id="already-reported-title">
        {t('similar.title')}
      </Title>
      <Text fz="sm">{t('similar.intro')}</Text>
      {query.data.items.map((item) => (
        <SimilarItem key={item.reference} item={item}>
          {choosing === item.reference && !signedIn ? (
            <Group gap="xs" align="flex-end">
              <TextInput label={t('similar.contact')} value={contact} onChange={(e) => setContact(e.currentTarget.value)} dir="ltr" style={{ flex: 1 }} />
              <Button onClick={() => follow.mutate(item.reference)} loading={follow.isPending} disabled={!contact.trim()} data-testid="mine-too-confirm">
                {t('similar.confirm')}
              </Button>
            </Group>
          ) : (
            <Button
              variant="light"
              onClick={() => (signedIn ? follow.mutate(item.reference) : setChoosing(item.reference))}
              loading={follow.isPending && follow.variables === item.reference}
              data-testid="mine-too"
            >
              {t('similar.mineToo')}
            </Button>
          )}
        </SimilarItem>
      ))}
      {follow.isError && (
        <Alert color="red" variant="light" role="alert">
          {t(problemKey(asApiError(follow.error).code))}
        </Alert>
      )}
      <Button variant="subtle" onClick={() => setDismissed(true)} data-testid="new-case-anyway">
        {t('similar.continue')}
      </Button>
    </Stack>
  );
}
