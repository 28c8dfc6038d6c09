import type { ReactNode } from 'react';
import classes from './figures.module.css';

/** One headline figure: its name, its value (a link when it counts cases) and a line of context. */
export function FigureCard({ label, value, sub, testId }: { label: string; value: ReactNode; sub?: ReactNode; testId?: string }) {
  return (
    <div className={classes.card} data-testid={testId}>
      <dt>{label}</dt>
      <dd className={classes.value}>{value}</dd>
      {sub && <dd className={classes.sub}>{sub}</dd>}
    </div>
  );
}

/** The grid the cards sit in (a description list). */
export function FigureCards({ children, label, testId }: { children: ReactNode; label?: string; testId?: string }) {
  return (
    <dl className={classes.cards} aria-label={label} data-testid={testId}>
      {children}
    </dl>
  );
}
