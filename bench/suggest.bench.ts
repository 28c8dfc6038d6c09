/**
 * Service suggester accuracy: `npm run bench:suggest [-- --history 4000]`. Reads the evaluation set
 * (test/fixtures/suggest-eval.json: descriptions written as residents write them, each with its
 * service; never used to build the catalogue's words or to train) and prints top-1 and top-3
 * accuracy for the suggester built from the demo catalogue alone, then for one also trained on a
 * generated history of confirmed cases (the demo data generator's texts, src/server/datagen).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { CaseType } from '../src/common/enums.ts';
import { description } from '../src/server/datagen/datagen.text.ts';
import { Random } from '../src/server/datagen/datagen.random.ts';
import { demoGroups, demoServices } from '../src/server/seed/demo-catalogue.ts';
import { evaluate, SuggestModel, type CatalogueEntry, type ConfirmedCase } from '../src/server/suggest/suggest.model.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const HISTORY = Number(arg('history') ?? 4000);

interface EvalItem {
  service: string;
  text: string;
}

const groups = new Map(demoGroups.map((g) => [g.code, g.name]));
const catalogue: CatalogueEntry[] = demoServices.map((s) => ({
  code: s.code,
  name: s.name,
  description: s.description,
  keywords: s.keywords,
  groupName: groups.get(s.group)!,
  questions: (s.attributes ?? []).flatMap((a) => [a.name.ar, a.name.en]),
}));

/** A history like the demo's: a service drawn at random, a case type it allows, the generator's text. */
function generatedHistory(n: number, seed: number): ConfirmedCase[] {
  const r = new Random(seed);
  return Array.from({ length: n }, () => {
    const s = r.pick(demoServices);
    const type: CaseType = r.pick(s.types);
    return { serviceCode: s.code, text: description(type, s.group, r.chance(0.88) ? 'ar' : 'en', r) };
  });
}

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);

function main() {
  const evalSet = (JSON.parse(fs.readFileSync(new URL('../test/fixtures/suggest-eval.json', import.meta.url), 'utf8')) as { items: EvalItem[] }).items;
  const known = new Set(demoServices.map((s) => s.code));
  const unknown = evalSet.filter((i) => !known.has(i.service));
  if (unknown.length) throw new Error(`evaluation items name unknown services: ${unknown.map((i) => i.service).join(', ')}`);
  const items = evalSet.map((i) => ({ serviceCode: i.service, text: i.text }));

  console.log(`suggest bench — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  console.log(`evaluation set: ${items.length} descriptions over ${new Set(items.map((i) => i.serviceCode)).size} services; catalogue: ${catalogue.length} services`);

  const runs: [string, () => SuggestModel][] = [
    ['catalogue only', () => SuggestModel.train(catalogue)],
    [`catalogue + ${HISTORY.toLocaleString('en')} generated cases`, () => SuggestModel.train(catalogue, generatedHistory(HISTORY, 20261207))],
  ];
  for (const [name, build] of runs) {
    const t0 = performance.now();
    const model = build();
    const trainMs = performance.now() - t0;
    const t1 = performance.now();
    const e = evaluate(model, items);
    const perText = (performance.now() - t1) / items.length;
    console.log(`${name.padEnd(40)} top-1 ${pct(e.top1).padStart(7)}   top-3 ${pct(e.top3).padStart(7)}   (trained in ${trainMs.toFixed(0)} ms, ${perText.toFixed(2)} ms per suggestion)`);
  }
}

main();
