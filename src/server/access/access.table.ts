import { accessPolicy, principals, things, type Reach } from './access.policy.ts';

/** Words for a reach in the README's table. */
const words: Record<Reach, string> = {
  '-': '—',
  token: 'with token',
  own: 'own',
  unit: 'entity',
  below: 'below',
  wide: 'wide',
  root: 'root only',
  any: 'all',
};

/**
 * The README's "Who may do what" table, rendered from the access description: one row per kind of
 * thing, one column per principal, each cell `read / write`. test/unit/access-table.test.ts checks
 * that the README holds exactly this table.
 */
export function renderAccessTable(): string {
  const head = `| thing | ${principals.join(' | ')} |`;
  const rule = `|---|${principals.map(() => '---').join('|')}|`;
  const rows = things.map((thing) => {
    const cells = principals.map((p) => {
      const [read, write] = accessPolicy[thing][p].split('/') as [Reach, Reach];
      return read === write ? words[read] : `${words[read]} / ${words[write]}`;
    });
    return `| ${thing.replaceAll('_', ' ')} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}
