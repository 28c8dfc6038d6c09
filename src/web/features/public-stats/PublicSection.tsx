import { Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from '../../components/charts/figures.module.css';

/** A titled part of the public figures. */
export function PublicSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={classes.section} data-testid={testId}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
