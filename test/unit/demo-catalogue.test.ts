import { describe, it, expect } from 'vitest';
import { attributeDatatypes, caseTypes } from '../../src/common/enums.ts';
import { demoGroups, demoServices } from '../../src/server/seed/demo-catalogue.ts';

const codePattern = /^[a-z][a-z0-9_]*$/;
const arabicLetter = /[\u0621-\u064A]/;
const latinLetter = /[A-Za-z]/;
const listTypes = new Set(['singlevaluelist', 'multivaluelist']);

describe('demo catalogue', () => {
  it('has enough services and groups', () => {
    expect(demoServices.length).toBeGreaterThanOrEqual(85);
    expect(demoGroups.length).toBeGreaterThanOrEqual(13);
  });

  it('has unique ASCII group codes, each with several services', () => {
    const codes = demoGroups.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const group of demoGroups) {
      expect(group.code).toMatch(codePattern);
      expect(group.name.ar).toMatch(arabicLetter);
      expect(group.name.en).toMatch(latinLetter);
      expect(demoServices.filter((s) => s.group === group.code).length, group.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('has unique ASCII service codes of at most 40 characters', () => {
    const codes = demoServices.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(codePattern);
      expect(code.length).toBeLessThanOrEqual(40);
    }
  });

  it('puts every service in an existing group', () => {
    const groups = new Set(demoGroups.map((g) => g.code));
    for (const s of demoServices) expect(groups.has(s.group), s.code).toBe(true);
  });

  it('names and describes every service in Arabic and English', () => {
    for (const s of demoServices) {
      expect(s.name.ar, s.code).toMatch(arabicLetter);
      expect(s.name.en, s.code).toMatch(latinLetter);
      expect(s.description.ar, s.code).toMatch(arabicLetter);
      expect(s.description.en, s.code).toMatch(latinLetter);
      expect(s.keywords.length, s.code).toBeGreaterThan(0);
    }
  });

  it('contains the real Arabic spellings that search relies on', () => {
    const text = demoServices
      .flatMap((s) => [s.name.ar, s.description.ar, ...s.keywords])
      .join(' ');
    for (const word of ['إنارة', 'حفرة', 'الطريق', 'ترخيص بناء', 'تراكم المخلفات']) {
      expect(text).toContain(word);
    }
  });

  it('allows a non-empty set of valid case types on every service', () => {
    for (const s of demoServices) {
      expect(s.types.length, s.code).toBeGreaterThan(0);
      expect(new Set(s.types).size, s.code).toBe(s.types.length);
      for (const t of s.types) expect(caseTypes, s.code).toContain(t);
    }
  });

  it('allows each case type on at least 10 services', () => {
    for (const t of caseTypes) {
      expect(demoServices.filter((s) => s.types.includes(t)).length, t).toBeGreaterThanOrEqual(10);
    }
  });

  it('has ministry-owned, municipal and hazard services', () => {
    expect(demoServices.filter((s) => s.owner === 'ministry').length).toBeGreaterThanOrEqual(3);
    expect(demoServices.filter((s) => s.owner === 'municipal').length).toBeGreaterThan(demoServices.length / 2);
    expect(demoServices.filter((s) => s.hazard === true).length).toBeGreaterThanOrEqual(4);
  });

  it('has at least 10 services with extra questions', () => {
    expect(demoServices.filter((s) => (s.attributes?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('uses every attribute datatype at least twice', () => {
    const attributes = demoServices.flatMap((s) => s.attributes ?? []);
    for (const datatype of attributeDatatypes) {
      expect(attributes.filter((a) => a.datatype === datatype).length, datatype).toBeGreaterThanOrEqual(2);
    }
  });

  it('has well-formed attributes', () => {
    for (const s of demoServices) {
      const attributes = s.attributes ?? [];
      const codes = attributes.map((a) => a.code);
      expect(new Set(codes).size, s.code).toBe(codes.length);
      for (const a of attributes) {
        const where = `${s.code}.${a.code}`;
        expect(a.code, where).toMatch(codePattern);
        expect(attributeDatatypes, where).toContain(a.datatype);
        expect(a.name.ar, where).toMatch(arabicLetter);
        expect(a.name.en, where).toMatch(latinLetter);
        expect(a.description.ar, where).toMatch(arabicLetter);
        expect(a.description.en, where).toMatch(latinLetter);
        if (listTypes.has(a.datatype)) {
          const values = a.values ?? [];
          expect(values.length, where).toBeGreaterThanOrEqual(2);
          const keys = values.map((v) => v.key);
          expect(new Set(keys).size, where).toBe(keys.length);
          for (const v of values) {
            expect(v.key, where).toMatch(codePattern);
            expect(v.name.ar, `${where}.${v.key}`).toMatch(arabicLetter);
            expect(v.name.en, `${where}.${v.key}`).toMatch(latinLetter);
          }
        } else {
          expect(a.values, where).toBeUndefined();
        }
      }
    }
  });
});
