import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Loading } from '../Loading.tsx';
import { AdminLoadError } from './admin-feedback.tsx';

/**
 * The frame of an administration list page: the title (with a line of introduction) and the add
 * button beside it, then the page's forms, notices and list, evenly spaced.
 */
export function AdminListPage({ title, intro, action, children }: { title: string; intro?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} fz="h2">
            {title}
          </Title>
          {intro && (
            <Text c="dimmed" fz="sm">
              {intro}
            </Text>
          )}
        </div>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

interface ListStateProps<T> {
  /** A query (or several read as one): its data once loaded, its error, how to ask again. */
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  /** Whether the loaded list has nothing to show (a list that is never empty leaves it out). */
  isEmpty?: (data: T) => boolean;
  /** What an empty list says. */
  empty?: string;
  emptyTestId?: string;
  loadingLabel?: string;
  /** The title of a refusal (403): the page is not the person's, and a retry cannot help. */
  forbiddenTitle?: string;
  children: (data: T) => ReactNode;
}

/** A list in its states: loading, failed (with a retry), empty, or shown. */
export function ListState<T>({ query, isEmpty, empty, emptyTestId, loadingLabel, forbiddenTitle, children }: ListStateProps<T>) {
  if (query.error) return <AdminLoadError error={query.error} forbiddenTitle={forbiddenTitle} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading label={loadingLabel} />;
  if (isEmpty?.(query.data)) {
    return (
      <Text c="dimmed" data-testid={emptyTestId}>
        {empty}
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}

/** The striped table of an administration list, scrolling sideways below `minWidth`; the caller gives the rows. */
export function AdminTable({ head, minWidth, verticalSpacing, children }: { head: ReactNode[]; minWidth?: number; verticalSpacing?: 'xs'; children: ReactNode }) {
  const table = (
    <Table striped highlightOnHover verticalSpacing={verticalSpacing}>
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}
