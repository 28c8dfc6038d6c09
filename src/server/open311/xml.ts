/**
 * A small XML writer for Open311 documents — a pure module.
 *
 * Open311 XML is plain elements only: no attributes, no namespaces, and no whitespace inside value
 * elements (clients such as FixMyStreet read values verbatim). Objects become child elements in key
 * order, arrays become repeated item elements whose name is looked up by the array's own element
 * name (`services` → `service`), scalars become escaped text.
 */

/** A value the writer can render. `undefined` omits the element; `null` writes it empty. */
export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [name: string]: XmlValue };

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Characters XML 1.0 does not allow at all: C0 controls other than tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. They are dropped rather than producing a document no parser reads.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Escapes text for element content: the five XML entities, CR kept as a character reference. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

function elementName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`Not a valid XML element name: ${name}`);
  return name;
}

function write(name: string, value: XmlValue, itemNames: Readonly<Record<string, string>>, out: string[]): void {
  if (value === undefined) return;
  const tag = elementName(name);
  out.push(`<${tag}>`);
  if (Array.isArray(value)) {
    const item = itemNames[name] ?? 'value';
    for (const v of value) write(item, v, itemNames, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) write(k, v, itemNames, out);
  } else if (value !== null) {
    out.push(escapeXml(typeof value === 'number' && !Number.isFinite(value) ? '' : String(value)));
  }
  out.push(`</${tag}>`);
}

/**
 * Renders a whole document: the UTF-8 declaration, then `value` as the element `root`.
 * `itemNames` maps a list element to the name of its items; unlisted lists use `value`.
 */
export function xmlDocument(root: string, value: XmlValue, itemNames: Readonly<Record<string, string>> = {}): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, value === undefined ? null : value, itemNames, out);
  return out.join('');
}
