import type { ReactNode } from 'react';
import classes from './figures.module.css';

/**
 * A wide table's frame: it scrolls sideways on a narrow screen, so it takes focus (arrow keys then
 * scroll it) and is named for assistive technology.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.scroller} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
