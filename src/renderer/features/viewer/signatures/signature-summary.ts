import type { PdfSignatureFact } from '@shared/documents/types';

export type SignatureTone = 'intact' | 'modified' | 'empty' | 'unverified';

export interface SignatureSummary {
  tone: SignatureTone;
  /** "Signed by Jane Doe, 2026-08-01 14:05 UTC — intact" */
  text: string;
  /** "Certificate: CN=Jane Doe, O=Contoso · trust not checked" */
  certificate: string;
  /** A few words for a document tab. */
  short: string;
}

function when(iso: string | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const SHORT: Record<SignatureTone, string> = {
  intact: 'signed, intact',
  modified: 'modified after signing',
  empty: 'empty signature field',
  unverified: 'signature not verified',
};

/** What the badge says about one signature field: who, when, and whether the signed bytes are unchanged. */
export function summariseSignature(fact: PdfSignatureFact): SignatureSummary {
  if (!fact.isSigned) {
    const where = fact.page ? ` on page ${fact.page}` : '';
    return {
      tone: 'empty',
      text: `Empty signature field "${fact.fieldName}"${where}`,
      certificate: 'nothing was signed',
      short: SHORT.empty,
    };
  }
  const tone: SignatureTone = fact.integrity === 'intact' ? 'intact' : fact.integrity === 'modified' ? 'modified' : 'unverified';
  const who = [fact.signerName ?? 'an unnamed signer', when(fact.signingTime) ?? 'no signing time'].join(', ');
  const verdict = tone === 'intact' ? 'intact' : tone === 'modified' ? 'modified after signing' : `not verified (${fact.integrityDetail})`;
  const certificate = `Certificate: ${fact.certificateSubject ?? 'subject not read'} · trust not checked`;
  return { tone, text: `Signed by ${who} — ${verdict}`, certificate, short: SHORT[tone] };
}

const ORDER: SignatureTone[] = ['modified', 'unverified', 'empty', 'intact'];

/** The tab's word for a document's signatures: the worst one decides. */
export function worstTone(facts: readonly PdfSignatureFact[]): SignatureTone | null {
  const tones = new Set(facts.map((f) => summariseSignature(f).tone));
  return ORDER.find((t) => tones.has(t)) ?? null;
}

export function toneShort(tone: SignatureTone): string {
  return SHORT[tone];
}
