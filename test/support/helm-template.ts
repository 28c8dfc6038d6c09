import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse, stringify } from 'yaml';

/**
 * Renders a Helm chart's templates without Helm, for the chart's unit test: the part of Go's
 * text/template the chart uses — `{{ .Values.x }}`, `$var`, pipelines, `if`/`else`, `range $k, $v :=`,
 * `define`/`include`, `{{-`/`-}}` trimming, comments — and the functions quote, toYaml, nindent, indent,
 * required, not and default. Anything else throws, so a template that outgrows it fails its test
 * instead of rendering wrongly. A value the templates name that values.yaml lacks throws too.
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: string }
  | { kind: 'if'; pipe: string; then: Node[]; else: Node[] }
  | { kind: 'range'; vars: string[]; pipe: string; body: Node[] };

interface Scope {
  dot: unknown;
  root: unknown;
  vars: Record<string, unknown>;
  defines: Map<string, Node[]>;
}

/** Splits a template into text and actions, applying the trim markers and dropping comments. */
function lex(source: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let rest = source;
  let trimNext = false;
  while (rest.length) {
    const open = rest.indexOf('{{');
    let text = open < 0 ? rest : rest.slice(0, open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open < 0) {
      out.push({ text });
      break;
    }
    const close = rest.indexOf('}}', open);
    if (close < 0) throw new Error('unclosed {{');
    let inner = rest.slice(open + 2, close);
    if (inner.startsWith('- ')) text = text.replace(/\s+$/, '');
    trimNext = /\s-$/.test(inner);
    inner = inner.replace(/^- /, '').replace(/\s-$/, '').trim();
    out.push({ text });
    if (!/^\/\*[\s\S]*\*\/$/.test(inner)) out.push({ action: inner });
    rest = rest.slice(close + 2);
  }
  return out;
}

/** Builds the tree; `define` blocks go to `defines` instead. */
function parseTemplate(source: string, defines: Map<string, Node[]>): Node[] {
  const tokens = lex(source);
  let i = 0;
  const block = (): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if ('text' in t) {
        if (t.text) nodes.push({ kind: 'text', text: t.text });
        continue;
      }
      const [word = '', ...rest] = t.action.split(/\s+/);
      const arg = rest.join(' ');
      if (word === 'end' || word === 'else') return { nodes, end: word };
      if (word === 'if') {
        const then = block();
        const otherwise = then.end === 'else' ? block().nodes : [];
        nodes.push({ kind: 'if', pipe: arg, then: then.nodes, else: otherwise });
      } else if (word === 'range') {
        const m = /^(\$\w+)\s*,\s*(\$\w+)\s*:=\s*(.+)$/.exec(arg);
        if (!m) throw new Error(`range form not supported: ${arg}`);
        nodes.push({ kind: 'range', vars: [m[1]!, m[2]!], pipe: m[3]!, body: block().nodes });
      } else if (word === 'define') {
        defines.set(JSON.parse(arg) as string, block().nodes);
      } else {
        nodes.push({ kind: 'action', pipe: t.action });
      }
    }
    return { nodes, end: 'eof' };
  };
  const { nodes, end } = block();
  if (end !== 'eof') throw new Error(`unexpected {{ ${end} }}`);
  return nodes;
}

function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function words(command: string): string[] {
  return [...command.matchAll(/"(?:[^"\\]|\\.)*"|\S+/g)].map((m) => m[0]);
}

function operand(word: string, scope: Scope): unknown {
  if (word.startsWith('"')) return JSON.parse(word) as string;
  if (/^-?\d+$/.test(word)) return Number(word);
  let base: unknown;
  let fields: string[];
  if (word === '.') return scope.dot;
  if (word.startsWith('$')) {
    const [name, ...rest] = word.split('.');
    base = name === '$' ? scope.root : scope.vars[name!];
    if (base === undefined) throw new Error(`undefined variable ${name}`);
    fields = rest;
  } else if (word.startsWith('.')) {
    base = scope.dot;
    fields = word.slice(1).split('.');
  } else {
    throw new Error(`unknown function or operand: ${word}`);
  }
  for (const f of fields) {
    if (base === null || typeof base !== 'object' || !(f in base)) throw new Error(`missing value ${word}`);
    base = (base as Record<string, unknown>)[f];
  }
  return base;
}

function indent(n: number, s: string): string {
  return s
    .split('\n')
    .map((line) => ' '.repeat(n) + line)
    .join('\n');
}

const functions: Record<string, (scope: Scope, ...args: unknown[]) => unknown> = {
  quote: (_s, v) => JSON.stringify(v === null || v === undefined ? '' : String(v)),
  toYaml: (_s, v) => stringify(v).replace(/\n$/, ''),
  nindent: (_s, n, v) => `\n${indent(n as number, String(v))}`,
  indent: (_s, n, v) => indent(n as number, String(v)),
  required: (_s, message, v) => {
    if (!truthy(v)) throw new Error(String(message));
    return v;
  },
  not: (_s, v) => !truthy(v),
  default: (_s, fallback, v) => (truthy(v) ? v : fallback),
  include: (scope, name, dot) => {
    const body = scope.defines.get(name as string);
    if (!body) throw new Error(`no template named ${String(name)}`);
    return render(body, { ...scope, dot, vars: {} });
  },
};

function pipeline(pipe: string, scope: Scope): unknown {
  let value: unknown;
  pipe.split(/\s*\|\s*/).forEach((command, index) => {
    const [head = '', ...args] = words(command);
    const fn = functions[head];
    if (!fn) {
      if (index > 0 || args.length) throw new Error(`unknown function: ${head}`);
      value = operand(head, scope);
      return;
    }
    const values = args.map((a) => operand(a, scope));
    value = index === 0 ? fn(scope, ...values) : fn(scope, ...values, value);
  });
  return value;
}

function print(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') throw new Error(`cannot print an object: ${JSON.stringify(v)}`);
  return String(v);
}

function render(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') out += print(pipeline(node.pipe, scope));
    else if (node.kind === 'if') out += render(truthy(pipeline(node.pipe, scope)) ? node.then : node.else, scope);
    else {
      const over = pipeline(node.pipe, scope);
      // Go ranges over a map in key order.
      const entries: [unknown, unknown][] = Array.isArray(over)
        ? over.map((v, i) => [i, v])
        : Object.entries((over ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [k, v] of entries) out += render(node.body, { ...scope, dot: v, vars: { ...scope.vars, [node.vars[0]!]: k, [node.vars[1]!]: v } });
    }
  }
  return out;
}

function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over) || !base || typeof base !== 'object' || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

/** A rendered manifest: the object, and the template it came from. */
export interface Manifest {
  template: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** Renders every template of the chart in `chartDir` with values.yaml overlaid by `values`, and parses the YAML. */
export function renderChart(chartDir: string, values: Record<string, unknown> = {}, releaseName = 'demo'): Manifest[] {
  const chart = parse(fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const defaults = parse(fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8')) as Record<string, unknown>;
  const root = {
    Values: merge(defaults, values),
    Release: { Name: releaseName, Namespace: 'default' },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const dir = path.join(chartDir, 'templates');
  const files = fs.readdirSync(dir).sort();
  const defines = new Map<string, Node[]>();
  const parsed = files.map((f) => ({ file: f, nodes: parseTemplate(fs.readFileSync(path.join(dir, f), 'utf8'), defines) }));
  const manifests: Manifest[] = [];
  for (const { file, nodes } of parsed) {
    if (!file.endsWith('.yaml')) continue;
    const text = render(nodes, { dot: root, root, vars: {}, defines });
    // Kubernetes reads YAML 1.1, where a bare on/off/yes/no is a boolean.
    for (const doc of parseAllDocuments(text, { version: '1.1' })) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}\n${text}`);
      const object = doc.toJS() as Manifest | null;
      if (object) manifests.push({ ...object, template: file });
    }
  }
  return manifests;
}
