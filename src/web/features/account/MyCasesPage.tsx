import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { CitizenUser } from '../../api/auth.api.ts';
import { listCases } from '../../api/cases.api.ts';
import { useSession } from '../../auth/useSession.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { caseTypeKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { StatusBadge } from '../track/StatusBadge.tsx';

const PAGE_SIZE = '20';

/** The signed-in citizen's cases, newest first, a page at a time. */
function CaseList() {
  const { t } = useTranslation();
  const local = useLocalized();
  const query = useInfiniteQuery({
    queryKey: ['my-cases'],
    queryFn: ({ pageParam, signal }) => listCases({ cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (query.isPending) return <Loading label={t('account.myCases.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((p) => p.items);
  if (!items.length) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('account.myCases.empty')}</Text>
        <Button component={Link} to="/submit">
          {t('home.submitCta')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" fz="sm" c="dimmed">
        {t('account.myCases.count', { count: items.length })}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="my-cases">
        {items.map((c) => (
          <Card key={c.reference} component="li" withBorder padding="md">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minInlineSize: 0 }}>
                <Anchor component={Link} to={`/track/${c.reference}`} fw={700} className="ltr-code">
                  {c.reference}
                </Anchor>
                <Text fz="sm">
                  {t(caseTypeKey(c.type))} · {local(c.service.name)}
                </Text>
              </div>
              <StatusBadge status={c.status} size="md" />
            </Group>
            <Text fz="sm" mt="xs" lineClamp={2} dir="auto">
              {c.title ?? c.excerpt}
            </Text>
            <Text fz="xs" c="dimmed" mt={4}>
              {t('account.myCases.submitted')} <DualDate iso={c.createdAt} withTime={false} />
            </Text>
          </Card>
        ))}
      </Stack>
      {query.hasNextPage && (
        <Button variant="outline" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content">
          {t('common.showMore')}
        </Button>
      )}
    </Stack>
  );
}

function who(user: CitizenUser): string {
  return user.name ?? user.phone ?? user.email ?? '';
}

/** "My cases": every case filed with the signed-in citizen's account, phone or email. */
export function MyCasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.myCases.title'));
  const session = useSession();
  if (session.isPending) return <Loading />;
  const user = session.data?.user;
  if (user?.kind !== 'citizen') return <Navigate to="/signin?next=/my-cases" replace />;
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('account.myCases.title')}
      </Title>
      <Text fz="sm">
        {t('account.myCases.signedInAs')}{' '}
        <Text component="span" fw={600} dir="ltr" className="ltr-code">
          {who(user)}
        </Text>
      </Text>
      <CaseList />
    </Stack>
  );
}
