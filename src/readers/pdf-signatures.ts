import type { PdfSignatureFact } from '@shared/documents/types';
import { enclosingObject, listObjects, type RawObject } from './pdf-raw';
import { bytesToLatin1, hexToBytes, pdfDateToIso, readNameEntry, readStringEntry } from './pdf-strings';
import { judgeUncovered } from './pdf-revisions';
import { errorMessage } from './reader-context';
import { parseCms, sameDigest, verifySignatureValue, type CmsFacts } from './pdf-cms';

/**
 * PDF digital signatures, read from the file's bytes: pdf.js shows signature fields but not
 * their values, and the /ByteRange and /Contents that matter live in the raw bytes anyway.
 * Integrity = the byte ranges cover the whole file except the /Contents hole (later updates
 * judged by pdf-revisions) AND the CMS digest equals the digest of the covered bytes.
 * Certificate trust chains and revocation are NOT checked (no trust store offline): "intact"
 * means "unchanged since this certificate signed it", not "signed by someone trusted".
 */

/** A signature field pdf.js saw on a page (its full name and page). */
export interface SignatureFieldHint {
  fieldName: string;
  page: number;
}

interface RawSignature {
  obj: RawObject;
  byteRange: [number, number, number, number];
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

function findSignatures(src: string): RawSignature[] {
  const seen = new Set<string>();
  const out: RawSignature[] = [];
  BYTE_RANGE.lastIndex = 0;
  for (let m = BYTE_RANGE.exec(src); m; m = BYTE_RANGE.exec(src)) {
    const obj = enclosingObject(src, m.index);
    const key = m.slice(1, 5).join(' ');
    if (!obj || seen.has(key)) continue;
    // Usage-rights signatures (UR3) are Adobe's, on a blank form: not a party's signature.
    if (/\/TransformMethod\s*\/UR3?\b/.test(obj.body)) continue;
    seen.add(key);
    out.push({ obj, byteRange: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] });
  }
  return out;
}

/** The field name: /T in the same object (inline /V), or in a field whose /V points at it. */
function fieldNameOf(sig: RawSignature, all: RawObject[]): string | undefined {
  const own = readStringEntry(sig.obj.body.replace(/\/V\s*<<[\s\S]*$/, ''), 'T');
  if (own) return own;
  const ref = new RegExp(`/V\\s+${sig.obj.num}\\s+${sig.obj.gen}\\s+R\\b`);
  const field = [...all].reverse().find((o) => ref.test(o.body));
  return field ? readStringEntry(field.body, 'T') : undefined;
}

function coveredBytes(bytes: Uint8Array, [a, b, c, d]: RawSignature['byteRange']): Uint8Array {
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}

async function digestMatches(cms: CmsFacts, covered: Uint8Array): Promise<boolean | undefined> {
  if (!cms.digestAlgorithm || !cms.signedDigest) return undefined;
  const actual = new Uint8Array(await crypto.subtle.digest(cms.digestAlgorithm, covered.slice().buffer));
  return sameDigest(actual, cms.signedDigest);
}

type Integrity = Pick<PdfSignatureFact, 'integrity' | 'integrityDetail'>;

/** Coverage first: a broken range or a disallowed later change makes the digest moot. */
function coverageProblem(src: string, sig: RawSignature): Integrity | undefined {
  const [a, b, c, d] = sig.byteRange;
  if (a !== 0 || b > c || c + d > src.length) {
    return {
      integrity: 'modified',
      integrityDetail: 'the signed byte range does not fit this file (it was cut or rewritten after signing)',
    };
  }
  const holeIsContents = src[b] === '<' && src[c - 1] === '>' && /^[0-9a-fA-F\s]*$/.test(src.slice(b + 1, c - 1));
  if (!holeIsContents || !/\/Contents\s*$/.test(src.slice(Math.max(0, b - 40), b))) {
    return { integrity: 'modified', integrityDetail: 'the unsigned gap is not the signature value (the file was rewritten after signing)' };
  }
  const verdict = judgeUncovered(src, c + d);
  return verdict.acceptable ? undefined : { integrity: 'modified', integrityDetail: verdict.detail };
}

async function integrityOf(
  bytes: Uint8Array,
  src: string,
  sig: RawSignature,
  cms: CmsFacts | undefined,
  cmsError: string | undefined,
  subFilter: string | undefined,
): Promise<Integrity> {
  const problem = coverageProblem(src, sig);
  if (problem) return problem;
  const afterNote =
    sig.byteRange[2] + sig.byteRange[3] < src.length ? '; later revisions only add signatures, timestamps or validation data' : '';
  if (subFilter === 'adbe.x509.rsa_sha1') {
    return {
      integrity: 'cannot-verify',
      integrityDetail: `byte ranges cover the file${afterNote}, but the legacy adbe.x509.rsa_sha1 format (raw PKCS#1, no CMS) is not verified`,
    };
  }
  if (!cms)
    return {
      integrity: 'cannot-verify',
      integrityDetail: `the signature value could not be parsed as CMS: ${cmsError ?? 'unknown format'}`,
    };
  const covered = coveredBytes(bytes, sig.byteRange);
  const matches = await digestMatches(cms, covered);
  if (!matches && matches !== undefined)
    return {
      integrity: 'modified',
      integrityDetail: `the signed bytes changed: their ${cms.digestAlgorithm} digest does not match the signature`,
    };
  const valueOk = await verifySignatureValue(cms, covered);
  if (matches === undefined) {
    // No messageDigest attribute (old-style CMS): the signature is over the bytes' digest itself.
    if (valueOk)
      return {
        integrity: 'intact',
        integrityDetail: `byte ranges cover the whole file and the signature over them verifies (certificate trust not checked)${afterNote}`,
      };
    return {
      integrity: 'cannot-verify',
      integrityDetail: `no signed digest attribute and the signature value could not be verified (digest algorithm ${cms.digestOid})`,
    };
  }
  if (valueOk === false) {
    return {
      integrity: 'cannot-verify',
      integrityDetail: "the digest matches, but the signer's signature over it does not verify against the included certificate",
    };
  }
  const what = cms.isTimestampToken ? 'the timestamp imprint' : 'the digest';
  const value = valueOk ? " and the signer's signature verifies (certificate trust not checked)" : '';
  return { integrity: 'intact', integrityDetail: `byte ranges cover the whole file and ${what} matches${value}${afterNote}` };
}

function signedFact(fieldName: string, sig: RawSignature, encrypted: boolean, cms: CmsFacts | undefined): PdfSignatureFact {
  const body = sig.obj.body;
  const fact: PdfSignatureFact = { fieldName, isSigned: true, integrity: 'cannot-verify', integrityDetail: '' };
  const subFilter = readNameEntry(body, 'SubFilter');
  if (subFilter) fact.subFilter = subFilter;
  // Strings in an encrypted file's dictionaries are encrypted too; only the CMS is in clear.
  const name = encrypted ? undefined : readStringEntry(body, 'Name');
  const signerName = name ?? cms?.signerName;
  if (signerName) fact.signerName = signerName;
  if (cms?.certificateSubject) fact.certificateSubject = cms.certificateSubject;
  const time = (encrypted ? undefined : pdfDateToIso(readStringEntry(body, 'M'))) ?? cms?.signingTime;
  if (time) fact.signingTime = time;
  const reason = encrypted ? undefined : readStringEntry(body, 'Reason');
  if (reason) fact.reason = reason;
  const location = encrypted ? undefined : readStringEntry(body, 'Location');
  if (location) fact.location = location;
  return fact;
}

/** `src`: the file as Latin-1 text, when the caller has made it already. */
export async function readPdfSignatures(
  bytes: Uint8Array,
  hints: SignatureFieldHint[],
  src: string = bytesToLatin1(bytes),
): Promise<PdfSignatureFact[]> {
  const raw = findSignatures(src);
  const all = raw.length > 0 ? listObjects(src, 0, src.length) : [];
  const encrypted = /\/Encrypt\s+\d+\s+\d+\s+R/.test(src);
  const facts: PdfSignatureFact[] = [];
  const usedHints = new Set<SignatureFieldHint>();
  const unnamed = new Set<PdfSignatureFact>();
  for (const [i, sig] of raw.entries()) {
    const [, b, c] = sig.byteRange;
    let cms: CmsFacts | undefined;
    let cmsError: string | undefined;
    try {
      cms = b < c && c <= src.length ? parseCms(hexToBytes(src.slice(b + 1, c - 1))) : undefined;
    } catch (err) {
      cmsError = errorMessage(err);
    }
    const ownName = fieldNameOf(sig, all);
    const hint = hints.find(
      (h) => !usedHints.has(h) && ownName !== undefined && (h.fieldName === ownName || h.fieldName.endsWith(`.${ownName}`)),
    );
    if (hint) usedHints.add(hint);
    const fact = signedFact(hint?.fieldName ?? ownName ?? `Signature ${i + 1}`, sig, encrypted, cms);
    if (!hint && !ownName) unnamed.add(fact);
    if (hint) fact.page = hint.page;
    Object.assign(fact, await integrityOf(bytes, src, sig, cms, cmsError, fact.subFilter));
    facts.push(fact);
  }
  // A signature whose field we could not name (field in a compressed object stream) most likely
  // belongs to a signature field pdf.js saw that nothing else claimed: pair them in order.
  for (const fact of facts) {
    if (!unnamed.has(fact)) continue;
    const hint = hints.find((h) => !usedHints.has(h) && !facts.some((f) => f.fieldName === h.fieldName));
    if (!hint) break;
    usedHints.add(hint);
    fact.fieldName = hint.fieldName;
    fact.page = hint.page;
  }
  for (const hint of hints) {
    if (usedHints.has(hint) || facts.some((f) => f.fieldName === hint.fieldName)) continue;
    facts.push({
      fieldName: hint.fieldName,
      isSigned: false,
      page: hint.page,
      integrity: 'cannot-verify',
      integrityDetail: 'empty signature field: nothing was signed',
    });
  }
  return facts;
}
