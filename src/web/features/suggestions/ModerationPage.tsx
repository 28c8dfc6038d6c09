import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchModerationItem, publishSuggestion, refuseSuggestion, type ModerationItem } from '../../api/public-suggestions.api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { publicationStateLabel } from '../../i18n/labels/suggestions.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** The public copy's editor: starts as the citizen's words; publishing sends the edited copy, refusing keeps it private. */
function Review({ item }: { item: ModerationItem }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState(item.publicText);
  const done = (next: ModerationItem) => {
    client.setQueryData(['moderation', 'suggestion', item.id], next);
    void client.invalidateQueries({ queryKey: ['moderation', 'suggestions'] });
  };
  const publish = useMutation({ mutationFn: () => publishSuggestion(item.id, text.trim()), onSuccess: done });
  const refuse = useMutation({ mutationFn: () => refuseSuggestion(item.id), onSuccess: done });
  const error = publish.error ?? refuse.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        publish.mutate();
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('suggestions.moderation.publicText')}
          description={t('suggestions.moderation.publicTextHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          rows={5}
          maxLength={4000}
          required
          withAsterisk
          dir="auto"
          data-testid="public-text"
        />
        {error && <ErrorAlert error={error} />}
        <Group gap="sm">
          <Button type="submit" loading={publish.isPending} disabled={!text.trim() || refuse.isPending} data-testid="publish">
            {t('suggestions.moderation.publish')}
          </Button>
          <Button variant="outline" color="red" onClick={() => refuse.mutate()} loading={refuse.isPending} disabled={publish.isPending} data-testid="refuse">
            {t('suggestions.moderation.refuse')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One request to publish: the citizen's words (staff only) beside the public copy, edited, then published or refused. */
export function ModerationPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('suggestions.moderation.title'));
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: ['moderation', 'suggestion', id], queryFn: ({ signal }) => fetchModerationItem(id, signal), enabled: Number.isInteger(id) && id > 0 });
  if (query.isPending) return <Loading label={t('suggestions.moderation.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const item = query.data;
  return (
    <Stack gap="lg" data-testid="moderation-item">
      <Anchor component={Link} to="/staff/suggestions" fz="sm">
        {t('suggestions.moderation.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1} fz="h2">
          <span className="ltr-code">{item.reference}</span>
        </Title>
        <Badge size="lg" variant="light" data-testid="publication-state">
          {publicationStateLabel(t, item.state)}
        </Badge>
      </Group>
      <Text fz="sm">
        {local(item.entity.name)} · {local(item.service.name)}
      </Text>
      <Paper withBorder p="md">
        <Text fw={700} fz="sm">
          {t('suggestions.moderation.original')}
        </Text>
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="original-text">
          {item.originalText}
        </Text>
      </Paper>
      {item.state === 'pending' ? (
        <Review item={item} />
      ) : (
        <Alert color={item.state === 'published' ? 'green' : 'gray'} variant="light" role="status" data-testid="moderation-done">
          <Stack gap="xs">
            <Text>{item.state === 'published' ? t('suggestions.moderation.published') : t('suggestions.moderation.refused')}</Text>
            {item.state === 'published' && (
              <>
                <Text dir="auto">{item.publicText}</Text>
                <Anchor component={Link} to={`/suggestions/${item.id}`}>
                  {t('suggestions.moderation.viewPublic')}
                </Anchor>
              </>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
