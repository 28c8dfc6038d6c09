import type { ReactNode } from 'react';
import classes from './data-table.module.css';

/** Cell classes of the data table: `nowrap` keeps a cell on one line, `wide` gives long text room. */
export const dataTableClasses = { nowrap: classes.nowrap, wide: classes.wide };

/**
 * A data table in its scrolling frame, with a caption for screen readers. The caller writes the
 * `<thead>` and `<tbody>`; the frame gives every table of the workspace the same look.
 */
export function DataTable({ caption, testId, children }: { caption: string; testId?: string; children: ReactNode }) {
  return (
    <div className={classes.scroller}>
      <table className={classes.table} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
