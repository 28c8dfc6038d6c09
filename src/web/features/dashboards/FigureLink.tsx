import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../../components/charts/figures.module.css';
import type { InboxLink } from './drill.ts';

/** The id of the page's note on figures whose list is wider than the figure. */
export const APPROX_NOTE_ID = 'drill-approx-note';

/**
 * A count that opens the inbox on the cases behind it. Where the inbox can only list a wider set
 * (a filter it lacks, or whole days for an age bucket), the link points to the page's note.
 */
export function FigureLink({ link, text, figure, testId }: { link: InboxLink | null; text: string; figure: string; testId?: string }) {
  const { t } = useTranslation();
  if (!link) return <span data-testid={testId}>{text}</span>;
  return (
    <Link
      to={link.to}
      className={classes.link}
      aria-label={t('dash.drill.linkLabel', { value: text, figure })}
      aria-describedby={link.exact ? undefined : APPROX_NOTE_ID}
      data-testid={testId}
      data-exact={link.exact}
    >
      {text}
      {!link.exact && <sup aria-hidden="true">*</sup>}
    </Link>
  );
}
