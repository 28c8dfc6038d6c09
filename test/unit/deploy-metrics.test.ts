import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The sample dashboard and alerting rules in deploy/ parse, and name only metrics the server exports. */

const root = path.resolve(import.meta.dirname, '../..');
const service = fs.readFileSync(path.join(root, 'src/server/metrics/metrics.service.ts'), 'utf8');
/** Names the server registers (its `'tawasul_…'` literals), plus the histogram's series and the default Node.js metrics used. */
const exported = new Set([
  ...[...service.matchAll(/'(tawasul_\w+)'/g)].map((m) => m[1]!),
  'tawasul_http_request_duration_seconds_bucket',
  'nodejs_eventloop_lag_seconds',
]);
const namesIn = (expr: string) => [...expr.matchAll(/\b((?:tawasul|nodejs)_\w+)/g)].map((m) => m[1]!);

describe('deploy/ metrics files', () => {
  it('every alert parses and its expression names a metric the server exports', () => {
    const rules = parse(fs.readFileSync(path.join(root, 'deploy/alerts.yaml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
    const all = rules.groups.flatMap((g) => g.rules);
    expect(all.map((r) => r.alert)).toEqual(expect.arrayContaining(['TawasulSweepStalled', 'TawasulOutboxParked', 'TawasulBreachesRising']));
    for (const r of all) {
      expect(namesIn(r.expr).length, r.alert).toBeGreaterThan(0);
      for (const n of namesIn(r.expr)) expect(exported, `${r.alert}: ${n}`).toContain(n);
    }
  });

  it('the Grafana dashboard parses and each panel queries exported metrics', () => {
    const board = JSON.parse(fs.readFileSync(path.join(root, 'deploy/grafana-dashboard.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
    expect(board.panels.length).toBeGreaterThan(0);
    for (const p of board.panels) for (const t of p.targets) for (const n of namesIn(t.expr)) expect(exported, `${p.title}: ${n}`).toContain(n);
  });
});
