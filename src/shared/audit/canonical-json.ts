/**
 * Canonical JSON for hashing: object keys sorted by code unit, no whitespace, values written as
 * JSON.stringify writes them (undefined members dropped, non-finite numbers as null). Two
 * structurally equal values always give the same text, whatever order their keys were set in.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

const MAX_DEPTH = 200;

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
