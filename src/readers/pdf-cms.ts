import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * What we read from a signature's CMS (PKCS#7) blob: who signed (certificate subject CN), when
 * (signingTime / timestamp genTime), which digest algorithm, and the digest the signer vouched
 * for (messageDigest, or a timestamp token's messageImprint). Trust chains are not checked:
 * there is no trust store offline and no revocation data we could rely on.
 */

export interface CmsFacts {
  /** WebCrypto name: "SHA-1", "SHA-256", ... or undefined when unknown. */
  digestAlgorithm?: string;
  digestOid: string;
  /** The digest the signature covers: messageDigest attribute, or the timestamp's imprint. */
  signedDigest?: Uint8Array;
  signerName?: string;
  /** The signer certificate's subject, "CN=Jane Doe, O=Contoso, C=US" (attribute types by short name where known). */
  certificateSubject?: string;
  signingTime?: string;
  isTimestampToken: boolean;
  signedData: pkijs.SignedData;
}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_TST_INFO = '1.2.840.113549.1.9.16.1.4';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_KEY_ID = '2.5.29.14';

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

function parseBer(bytes: Uint8Array): asn1js.AsnType {
  const parsed = asn1js.fromBER(toArrayBuffer(bytes));
  if (parsed.offset === -1) throw new Error(`not valid DER/BER: ${parsed.result.error}`);
  return parsed.result;
}

function commonName(cert: pkijs.Certificate): string | undefined {
  const cn = cert.subject.typesAndValues.find((tv) => tv.type === OID_COMMON_NAME);
  const value: unknown = cn?.value.valueBlock.value;
  return typeof value === 'string' ? value : undefined;
}

const SUBJECT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.42': 'GN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
};

/** The subject as one line: the common name first, then the rest most specific first. */
function subjectLine(cert: pkijs.Certificate): string | undefined {
  const parts = cert.subject.typesAndValues
    .map((tv) => {
      const value: unknown = tv.value.valueBlock.value;
      return typeof value === 'string'
        ? { isCn: tv.type === OID_COMMON_NAME, text: `${SUBJECT_NAMES[tv.type] ?? tv.type}=${value}` }
        : null;
    })
    .filter((p) => p !== null)
    .reverse();
  const ordered = [...parts.filter((p) => p.isCn), ...parts.filter((p) => !p.isCn)];
  return ordered.length > 0 ? ordered.map((p) => p.text).join(', ') : undefined;
}

function sameBytes(a: ArrayBufferView | ArrayBuffer, b: ArrayBufferView | ArrayBuffer): boolean {
  const x = a instanceof ArrayBuffer ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function signerCertificate(sd: pkijs.SignedData, signer: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const certs = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid: unknown = signer.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const hit = certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer));
    if (hit) return hit;
  } else if (sid instanceof asn1js.OctetString) {
    const hit = certs.find((c) => {
      const ext = c.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_ID);
      const ski: unknown = ext?.parsedValue;
      return ski instanceof asn1js.OctetString && sameBytes(ski.valueBlock.valueHexView, sid.valueBlock.valueHexView);
    });
    if (hit) return hit;
  }
  return certs.length === 1 ? certs[0] : undefined;
}

function attributeValue(signer: pkijs.SignerInfo, oid: string): unknown {
  return signer.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0];
}

function timestampFacts(sd: pkijs.SignedData): { digestOid?: string; imprint?: Uint8Array; genTime?: string } {
  const content = sd.encapContentInfo.eContent;
  if (sd.encapContentInfo.eContentType !== OID_TST_INFO || !content) return {};
  const tst = new pkijs.TSTInfo({ schema: parseBer(new Uint8Array(content.getValue())) });
  return {
    digestOid: tst.messageImprint.hashAlgorithm.algorithmId,
    imprint: new Uint8Array(tst.messageImprint.hashedMessage.valueBlock.valueHexView),
    genTime: tst.genTime.toISOString(),
  };
}

/** Parses a /Contents blob (trailing zero padding allowed). Throws when it is not CMS SignedData. */
export function parseCms(contents: Uint8Array): CmsFacts {
  const info = new pkijs.ContentInfo({ schema: parseBer(contents) });
  if (info.contentType !== OID_SIGNED_DATA) throw new Error(`CMS content type ${info.contentType} is not SignedData`);
  const sd = new pkijs.SignedData({ schema: info.content });
  const signer = sd.signerInfos[0];
  if (!signer) throw new Error('CMS has no signer');
  const ts = timestampFacts(sd);
  const isTimestampToken = ts.imprint !== undefined;
  const digestOid = isTimestampToken && ts.digestOid ? ts.digestOid : signer.digestAlgorithm.algorithmId;
  const md = attributeValue(signer, OID_MESSAGE_DIGEST);
  const st = attributeValue(signer, OID_SIGNING_TIME);
  const facts: CmsFacts = { digestOid, isTimestampToken, signedData: sd };
  const digestAlgorithm = DIGESTS[digestOid];
  if (digestAlgorithm) facts.digestAlgorithm = digestAlgorithm;
  if (isTimestampToken) facts.signedDigest = ts.imprint;
  else if (md instanceof asn1js.OctetString) facts.signedDigest = new Uint8Array(md.valueBlock.valueHexView);
  const cert = signerCertificate(sd, signer);
  const cn = cert ? commonName(cert) : undefined;
  if (cn) facts.signerName = cn;
  const subject = cert ? subjectLine(cert) : undefined;
  if (subject) facts.certificateSubject = subject;
  if (ts.genTime) facts.signingTime = ts.genTime;
  else if (st instanceof asn1js.UTCTime || st instanceof asn1js.GeneralizedTime) facts.signingTime = st.toDate().toISOString();
  return facts;
}

/**
 * Checks the signer's signature over its signed attributes with the certificate's public key
 * (no chain). Undefined when pkijs cannot tell (unusual algorithm, missing certificate).
 */
export async function verifySignatureValue(facts: CmsFacts, signedContent: Uint8Array): Promise<boolean | undefined> {
  try {
    const result = await facts.signedData.verify({
      signer: 0,
      checkChain: false,
      extendedMode: true,
      data: facts.isTimestampToken ? undefined : toArrayBuffer(signedContent),
    });
    return result.signatureVerified ?? undefined;
  } catch (err) {
    const verified: unknown = (err as { signatureVerified?: unknown }).signatureVerified;
    return typeof verified === 'boolean' ? verified : undefined;
  }
}

export function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  return sameBytes(a, b);
}
