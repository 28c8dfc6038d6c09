import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  caseChannels,
  casePriorities,
  caseStatuses,
  caseTypes,
  eventKinds,
  governorates,
  languages,
} from '../../src/common/enums.ts';
import { errorCodes } from '../../src/common/error-codes.ts';
import {
  caseChannelKey,
  casePriorityKey,
  caseStatusKey,
  caseTypeHelpKey,
  caseTypeKey,
  clientErrorCodes,
  eventActorKey,
  eventKindKey,
  fieldErrorCodes,
  governorateKey,
} from '../../src/web/i18n/keys.ts';
import { allResources, type Tree } from '../../src/web/i18n/resources.ts';

/**
 * The web app's translations: every key in both languages (Arabic with all six plural forms),
 * the same placeholders on both sides, every key the code asks for present, and none unused.
 */

const webRoot = fileURLToPath(new URL('../../src/web/', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Option names i18next reads from t()'s second argument: never usable as placeholders. */
const RESERVED = ['lng', 'lngs', 'ns', 'defaultValue', 'context', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'keySeparator', 'nsSeparator', 'ordinal'];

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const resources = await allResources();
const flat = { ar: flatten(resources.ar), en: flatten(resources.en) };
const base = (key: string) => key.replace(PLURAL, '');
const bases = (lng: 'ar' | 'en') => new Set([...flat[lng].keys()].map(base));
const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

/** Keys written literally in the app: t('…'), i18nKey="…". */
function keysInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(webRoot)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) found.set(m[1]!, path.relative(webRoot, file));
    for (const m of text.matchAll(/i18nKey="([^"]+)"/g)) found.set(m[1]!, path.relative(webRoot, file));
  }
  return found;
}

/** Keys built from data, the same lists the app builds them from (src/web/i18n/keys.ts). */
function keysFromData(): string[] {
  return [
    ...caseTypes.flatMap((t) => [caseTypeKey(t), caseTypeHelpKey(t)]),
    ...caseStatuses.map(caseStatusKey),
    ...casePriorities.map(casePriorityKey),
    ...caseChannels.map(caseChannelKey),
    ...eventKinds.map(eventKindKey),
    ...(['citizen', 'entity', 'system'] as const).map(eventActorKey),
    ...governorates.map(governorateKey),
    ...[...errorCodes, ...clientErrorCodes].map((c) => `error.${c}`),
    ...fieldErrorCodes.map((c) => `error.field.${c}`),
  ];
}

describe('web app translations', () => {
  it('has the same keys in Arabic and English', () => {
    // Each language's keys gathered once (not once per key of the other language).
    const [ar, en] = [bases('ar'), bases('en')];
    const missingInEn = [...ar].filter((k) => !en.has(k));
    const missingInAr = [...en].filter((k) => !ar.has(k));
    expect({ missingInAr, missingInEn }).toEqual({ missingInAr: [], missingInEn: [] });
  });

  it('gives every plural key all the plural forms of each language', () => {
    const problems: string[] = [];
    for (const lng of languages) {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const pluralBases = new Set([...flat[lng].keys()].filter((k) => PLURAL.test(k)).map(base));
      for (const b of pluralBases) {
        if (flat[lng].has(b)) problems.push(`${lng}: ${b} is both plain and plural`);
        for (const c of categories) if (!flat[lng].has(`${b}_${c}`)) problems.push(`${lng}: ${b}_${c} missing`);
      }
    }
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect(problems).toEqual([]);
  });

  it('uses the same placeholders in both languages, none of them an i18next option name', () => {
    const problems: string[] = [];
    // Each key's placeholders gathered by base key once per language (not a scan of every key per base).
    const byBase = (lng: 'ar' | 'en') => {
      const out = new Map<string, Set<string>>();
      for (const [k, v] of flat[lng]) {
        const set = out.get(base(k)) ?? new Set<string>();
        for (const p of placeholders(v)) set.add(p);
        out.set(base(k), set);
      }
      return out;
    };
    const gathered = { ar: byBase('ar'), en: byBase('en') };
    for (const b of bases('ar')) {
      const vars = (lng: 'ar' | 'en') => {
        const all = new Set(gathered[lng].get(b) ?? []);
        all.delete('count'); // a plural form may spell the number out ("خدمتان")
        return [...all].sort();
      };
      if (JSON.stringify(vars('ar')) !== JSON.stringify(vars('en'))) problems.push(`${b}: ar ${vars('ar')} / en ${vars('en')}`);
      for (const r of RESERVED) if (vars('ar').includes(r) || vars('en').includes(r)) problems.push(`${b}: {{${r}}} is reserved`);
    }
    expect(problems).toEqual([]);
  });

  it('has every key the code asks for, in both languages', () => {
    const absent: string[] = [];
    for (const [key, file] of keysInSource()) {
      for (const lng of languages) if (!bases(lng).has(key)) absent.push(`${lng}: ${key} (${file})`);
    }
    for (const key of keysFromData()) for (const lng of languages) if (!bases(lng).has(key)) absent.push(`${lng}: ${key}`);
    expect(keysInSource().size).toBeGreaterThan(50);
    expect(absent).toEqual([]);
  });

  it('builds no key from a template inside t() — dynamic keys go through src/web/i18n/keys.ts', () => {
    const dynamic = sourceFiles(webRoot).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*`[^`]*\$\{/g)].map(() => path.relative(webRoot, file)),
    );
    expect(dynamic).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const used = new Set([...keysInSource().keys(), ...keysFromData()]);
    const unused = [...bases('en')].filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });
});
