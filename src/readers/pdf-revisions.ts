import { listObjects, normaliseDict, refTo, type RawObject } from './pdf-raw';

/**
 * Judges the bytes a signature does not cover (incremental updates written after it).
 *
 * Why these rules: a signed PDF may legitimately grow after signing when someone countersigns
 * it or adds a document timestamp and long-term validation data (PAdES-LTA: a DSS dictionary
 * after the last timestamp). Everything else written after signing (an /Info edit, a redrawn
 * appearance stream, new page content: "shadow attacks") changes what the signer saw.
 *
 * New objects cannot change the signed document by themselves; they only take effect through an
 * existing object (or the trailer's /Root) that is redefined to point at them. So we look at the
 * objects that existed when the signature was made and are redefined afterwards, and accept only:
 * - signature fields/widgets (/FT /Sig): later signatures fill their /V and /AP;
 * - the catalog, if /Pages is unchanged (later revisions add /DSS, /AcroForm, /Perms);
 * - a page, if only its /Annots changed (a new signature widget);
 * - the AcroForm, if only /Fields and /SigFlags changed;
 * - DSS and VRI dictionaries, and cross-reference streams.
 * A changed /Root, any other redefinition, or a compressed object stream we cannot see into
 * makes the signature "modified". Objects whose earlier version sits in an object stream cannot
 * be compared; only the kinds that need no comparison are accepted for them.
 */

export interface UncoveredVerdict {
  acceptable: boolean;
  detail: string;
}

/** The /Type of the object's own dictionary (depth 1), not of a dictionary nested in it. */
export function typeOf(body: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (body.startsWith('>>', i)) {
      depth--;
      i++;
    } else if (depth === 1 && body.startsWith('/Type', i)) {
      const m = /^\/Type\s*\/([A-Za-z0-9]+)/.exec(body.slice(i, i + 40));
      if (m) return m[1];
    }
  }
  return undefined;
}

function describe(obj: RawObject): string {
  if (obj.isStream) return `object ${obj.num} (a content or appearance stream)`;
  const type = typeOf(obj.body);
  if (type) return `object ${obj.num} (${type})`;
  if (/\/Producer|\/ModDate|\/Author|\/Title/.test(obj.body)) return `object ${obj.num} (document info)`;
  return `object ${obj.num} (a dictionary)`;
}

function withoutKeys(body: string, keys: string[]): string {
  let out = body;
  for (const key of keys) {
    out = out.replace(new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R|\\d+)`, 'g'), '');
  }
  return normaliseDict(out);
}

function isSignatureField(body: string): boolean {
  return /\/FT\s*\/Sig\b/.test(body);
}

function isValidationData(body: string, isStream: boolean): boolean {
  const type = typeOf(body);
  if (type === 'DSS' || type === 'VRI' || type === 'XRef') return true;
  return !isStream && !type && /\/(Certs|OCSPs|CRLs|VRI)\b/.test(body) && !/\/(Pages|Contents|AP|Kids)\b/.test(body);
}

/** Why this redefinition is acceptable, or undefined when it is not. */
function acceptable(updated: RawObject, before: RawObject | undefined): boolean {
  if (isSignatureField(updated.body) || isValidationData(updated.body, updated.isStream))
    return !updated.isStream || typeOf(updated.body) === 'XRef';
  if (!before) return false;
  const type = typeOf(updated.body);
  if (type === 'Catalog') return typeOf(before.body) === 'Catalog' && refTo(updated.body, 'Pages') === refTo(before.body, 'Pages');
  if (type === 'Page') return withoutKeys(updated.body, ['Annots']) === withoutKeys(before.body, ['Annots']);
  if (/\/Fields\b/.test(updated.body) && !type)
    return withoutKeys(updated.body, ['Fields', 'SigFlags']) === withoutKeys(before.body, ['Fields', 'SigFlags']);
  return false;
}

function lastRoot(src: string, from: number, to: number): string[] {
  const roots: string[] = [];
  const re = /\/Root\s+(\d+)\s+(\d+)\s+R/g;
  re.lastIndex = from;
  for (let m = re.exec(src); m && m.index < to; m = re.exec(src)) roots.push(`${m[1]} ${m[2]}`);
  return roots;
}

export function judgeUncovered(src: string, coveredEnd: number): UncoveredVerdict {
  const tail = src.slice(coveredEnd);
  if (!/\S/.test(tail.replace(/\0/g, ''))) return { acceptable: true, detail: '' };
  const earlier = listObjects(src, 0, coveredEnd);
  const later = listObjects(src, coveredEnd, src.length);
  if (later.length === 0) return { acceptable: false, detail: `${src.length - coveredEnd} bytes were appended after signing` };
  const rootBefore = lastRoot(src, 0, coveredEnd).pop();
  const rootsAfter = lastRoot(src, coveredEnd, src.length);
  if (rootsAfter.some((r) => r !== rootBefore)) {
    return { acceptable: false, detail: 'a later revision replaces the document catalog (/Root) after signing' };
  }
  if (later.some((o) => typeOf(o.body) === 'ObjStm')) {
    return {
      acceptable: false,
      detail: 'a later revision uses compressed object streams; changes after signing cannot be confirmed as signature-only',
    };
  }
  const lastBefore = new Map<number, RawObject>();
  for (const o of earlier) lastBefore.set(o.num, o);
  const changed = later.filter((o) => lastBefore.has(o.num) && !acceptable(o, lastBefore.get(o.num)));
  if (changed.length > 0) {
    const names = [...new Set(changed.map(describe))].slice(0, 5).join(', ');
    return { acceptable: false, detail: `changed after signing: ${names}` };
  }
  return { acceptable: true, detail: 'later revisions only add signatures, timestamps or validation data' };
}
