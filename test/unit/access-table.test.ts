import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessPolicy } from '../../src/server/access/access.policy.ts';
import { renderAccessTable, renderAdminRoutesTable } from '../../src/server/access/access.table.ts';
import { transitionTables } from '../../src/server/cases/workflow.ts';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's roles table is the access description", () => {
  it('holds exactly the table rendered from access.policy.ts', () => {
    const start = readme.indexOf('<!-- access-table:start -->');
    const end = readme.indexOf('<!-- access-table:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + '<!-- access-table:start -->'.length, end).trim()).toBe(renderAccessTable());
  });

  it('holds exactly the administration endpoints table rendered from route.access.ts', () => {
    const start = readme.indexOf('<!-- admin-routes:start -->');
    const end = readme.indexOf('<!-- admin-routes:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + '<!-- admin-routes:start -->'.length, end).trim()).toBe(renderAdminRoutesTable());
    // A national write names only the coordinator, at the root.
    expect(renderAdminRoutesTable()).toContain('| `POST /api/v1/admin/calendars/:code/holidays` | calendar — write | coordinator (root only) |');
  });

  it('renders every cell (a changed cell changes the table)', () => {
    const table = renderAccessTable();
    expect(table.split('\n')).toHaveLength(2 + Object.keys(accessPolicy).length);
    expect(table).toContain('| calendar | — | — | — | — | — | — | all / root only | — |');
  });

  it('every role the workflow lets act on a case reaches cases for writing', () => {
    for (const [action, t] of Object.values(transitionTables).flatMap((table) => Object.entries(table))) {
      for (const role of t!.roles) {
        if (role === 'citizen') continue;
        expect(accessPolicy.case[role].split('/')[1], `${action} by ${role}`).not.toBe('-');
      }
    }
  });
});
