import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Language } from '../../../common/enums.ts';
import { getFollowerRating, rateAsFollower } from '../../api/survey.api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';

const COMMENT_MAX = 2000;

/**
 * A follower's rating page, opened from the resolution notice's link (their own token): the case's
 * public facts — reference, entity, service, the public answer — and 1 to 5 with an optional comment, once.
 */
export function FollowerRatingPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const client = useQueryClient();
  const key = ['follower-rating', token];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => getFollowerRating(token, signal), retry: false });
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const mutation = useMutation({
    mutationFn: () => rateAsFollower(token, { rating: Number(rating), comment: comment.trim() || undefined }),
    onSuccess: (state) => client.setQueryData(key, state),
  });
  const lang = i18n.language as Language;
  const scores = [
    t('citizenActions.rate.score1'),
    t('citizenActions.rate.score2'),
    t('citizenActions.rate.score3'),
    t('citizenActions.rate.score4'),
    t('citizenActions.rate.score5'),
  ];

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('followerRating.notFound')} />;
  const c = query.data;
  return (
    <Stack maw={640} mx="auto" data-testid="follower-rating">
      <Title order={1}>{t('followerRating.title')}</Title>
      <Text c="dimmed">{t('followerRating.intro')}</Text>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text>{t('followerRating.reference', { reference: c.reference })}</Text>
          <Text>{t('followerRating.entity', { entity: c.entity[lang] })}</Text>
          <Text>{t('followerRating.service', { service: c.service[lang] })}</Text>
          {c.answer && (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="follower-rating-answer">
              {t('followerRating.answer', { answer: c.answer })}
            </Text>
          )}
        </Stack>
      </Paper>
      {mutation.isSuccess && (
        <Alert color="green" data-testid="follower-rating-thanks">
          {t('followerRating.thanks')}
        </Alert>
      )}
      {c.state === 'rated' && (
        <Alert color="green" data-testid="follower-rating-given">
          {t('citizenActions.rate.given', { score: c.rating })}
        </Alert>
      )}
      {c.state === 'closed' && <Alert color="gray">{t('followerRating.closed')}</Alert>}
      {c.state === 'open' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (rating) mutation.mutate();
          }}
        >
          <Stack>
            <Radio.Group value={rating} onChange={setRating} label={t('followerRating.question')} withAsterisk name="rating">
              <Group gap="md" mt="xs">
                {scores.map((label, i) => (
                  <Radio key={label} value={String(i + 1)} label={t('citizenActions.rate.option', { score: i + 1, label })} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t('followerRating.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={COMMENT_MAX} autosize minRows={2} />
            {mutation.isError && <ErrorAlert error={mutation.error} />}
            <Group>
              <Button type="submit" disabled={!rating} loading={mutation.isPending}>
                {t('followerRating.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
