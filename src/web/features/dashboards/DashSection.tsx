import { Group, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from '../../components/charts/figures.module.css';

/** A titled part of a dashboard, named by its heading for assistive technology. */
export function DashSection({ title, actions, children, testId }: { title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={classes.section} data-testid={testId}>
      <Group justify="space-between" wrap="wrap" gap="sm" mb="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}
