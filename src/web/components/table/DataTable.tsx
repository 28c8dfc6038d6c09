import type { ReactNode } from 'react';
import classes from './data-table.module.css';

/** Cell classes of the data table: `nowrap` keeps a cell on one line, `wide` gives long text room. */
export const dataTableClasses = { nowrap: classes.nowrap, wide: classes.wide };

/**
 * A data table in its scrolling frame, with a caption for screen readers. Given `columns`, the
 * frame writes the `<thead>` (and, given `actions`, a last column named only for screen readers);
 * else the caller writes it. The caller writes the `<tbody>`; the frame gives every table of the
 * workspace the same look.
 */
export function DataTable({ caption, testId, columns, actions, children }: { caption: string; testId?: string; columns?: string[]; actions?: string; children: ReactNode }) {
  return (
    <div className={classes.scroller}>
      <table className={classes.table} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        {columns && (
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              {actions !== undefined && (
                <th scope="col">
                  <span className="visually-hidden">{actions}</span>
                </th>
              )}
            </tr>
          </thead>
        )}
        {children}
      </table>
    </div>
  );
}
