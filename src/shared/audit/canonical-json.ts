/**
 * Canonical JSON for hashing: object keys sorted by code unit, no whitespace, values written as
 * JSON.stringify writes them (undefined members dropped, non-finite numbers as null). Two
 * structurally equal values always give the same text, whatever order their keys were set in.
 */
export function canonicalJson(value: unknown): string {
  // Plain data whose keys are already in sorted order (what sortedKeys builds, and so every
  // event this app writes) is its own canonical form: the engine's JSON.stringify writes it
  // about ten times faster than the general writer below, with the same text.
  if (value !== undefined && isCanonicalOrder(value, 0)) return JSON.stringify(value);
  return write(value, 0);
}

/** A copy of plain data with every object's keys in canonical (sorted) order. */
export function sortedKeys<T>(value: T): T {
  return sortValue(value, 0) as T;
}

function sortValue(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Error('canonicalJson: value nested too deeply');
  if (Array.isArray(value)) return value.map((v) => sortValue(v, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = sortValue(value[key], depth + 1);
    // An own "__proto__" member (JSON.parse makes one) would set the copy's prototype instead.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * True when JSON.stringify(value) is exactly canonicalJson(value): only strings, finite
 * numbers, booleans, null, arrays and plain objects (no undefined, toJSON, bigint), every
 * object's keys in code-unit order as Object.keys lists them (so integer-like keys, which
 * JSON.stringify puts first, are caught when that order differs).
 */
function isCanonicalOrder(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null) return true;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return true;
  if (type === 'number') return Number.isFinite(value);
  if (type !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isCanonicalOrder(value[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  let previous: string | null = null;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) return false;
    if (previous !== null && !(previous < key)) return false;
    if (!isCanonicalOrder(value[key], depth + 1)) return false;
    previous = key;
  }
  return true;
}

const MAX_DEPTH = 200;
const FAST_PART_DEPTH = 2;

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new Error('canonicalJson: value nested too deeply');
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object':
      break;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'null';
  }
  // A part near the top already in canonical order (a log's events under a header that is not)
  // is written by JSON.stringify too; deeper down, the check would walk the same values again.
  if (depth > 0 && depth <= FAST_PART_DEPTH && isCanonicalOrder(value, depth)) return JSON.stringify(value);
  // String concatenation rather than arrays joined: half the garbage on large logs.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + write(value[i], depth + 1);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let isFirst = true;
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out += (isFirst ? '' : ',') + JSON.stringify(key) + ':' + write(v, depth + 1);
    isFirst = false;
  }
  return `${out}}`;
}
