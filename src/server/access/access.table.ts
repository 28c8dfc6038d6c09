import { accessPolicy, principals, reachOf, things, type Reach } from './access.policy.ts';
import { routeAccess } from './route.access.ts';

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

/**
 * The README's table of administration endpoints: each `/api/v1/admin/…` route, whether it reads
 * or writes, and who may call it and how far (rendered from route.access.ts and the policy, and
 * checked against the README by the same test).
 */
export function renderAdminRoutesTable(): string {
  const rows = Object.entries(routeAccess)
    .filter(([key]) => key.includes(' /api/v1/admin/'))
    .map(([key, rule]) => {
      if (!('thing' in rule)) return `| \`${key}\` | — | ${Object.keys(rule)[0]} |`;
      const who = principals
        .map((p) => [p, reachOf(p, rule.thing, rule.action)] as const)
        .filter(([, reach]) => reach !== '-')
        .map(([p, reach]) => `${p} (${words[reach]})`);
      return `| \`${key}\` | ${rule.thing.replaceAll('_', ' ')} — ${rule.action} | ${who.join(', ') || 'nobody'} |`;
    });
  return ['| endpoint | thing — read or write | who (how far) |', '|---|---|---|', ...rows].join('\n');
}
