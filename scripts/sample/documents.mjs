import { contosoPoeTemplate, contosoSignedSow } from './docs-contoso.mjs';
import { bellowsSow, fourthCoffeeSow, lucerneFeeDisclosure, lucerneSow, tailspinQuote, woodgroveStaleSow } from './docs-cpor.mjs';
import { humongousAttestation, humongousInvoice, lamnaSow, northwindClosureReport, tailwindGenericLetter } from './docs-more.mjs';
import { wideWorldForwardedEml, woodgroveAcknowledgementEml } from './emails.mjs';
import { margiesScannedPdf, signedPagePhotoPng } from './images.mjs';

/**
 * Every document of the sample queue: its queue-relative path and how to make its bytes.
 * `missing`: listed in queue.json but never written. `truncate`: keep only that share of the
 * bytes (a corrupt PDF, as a failed upload leaves it).
 */
export const SAMPLE_DOCUMENTS = [
  { path: '1004973/Contoso-SOW-signed.pdf', build: contosoSignedSow },
  { path: '1004973/Contoso-POE-template.pdf', build: contosoPoeTemplate },
  { path: '1005007/Woodgrove-SOW-2024-signed.pdf', build: woodgroveStaleSow },
  { path: '1005007/RE Teams Phone managed service.eml', build: woodgroveAcknowledgementEml },
  { path: '1005033/Litware-Quote-Q-88412.pdf', build: tailspinQuote },
  { path: '1005061/Lucerne-County-SOW.pdf', build: lucerneSow },
  { path: '1005061/Lucerne-County-fee-disclosure-acknowledged.pdf', build: lucerneFeeDisclosure },
  { path: '1005088/Bellows-College-SOW-signed.pdf', build: bellowsSow },
  { path: '1005102/Leistungsbeschreibung-Fourth-Coffee-unterschrieben.pdf', build: fourthCoffeeSow },
  { path: '1005120/Northwind-D365-closure-report.pdf', build: northwindClosureReport },
  { path: '1005155/Margies-Travel-POE-scan.pdf', build: margiesScannedPdf },
  { path: '1005170/signed-page-photo.png', build: signedPagePhotoPng },
  { path: '1005170/FW Conditional Access go-live.eml', build: wideWorldForwardedEml },
  { path: '1005190/customer-attestation.pdf', build: humongousAttestation },
  { path: '1005190/invoice-INV-2026-0457.pdf', build: humongousInvoice },
  { path: '1005215/Lamna-SOW-signed.pdf', build: lamnaSow, truncate: 0.55 },
  { path: '1005215/Lamna-POE-acceptance.pdf', missing: true },
  { path: '1005233/POE-letter.pdf', build: tailwindGenericLetter },
];

/** Builds the bytes of every present document, in list order (deterministic). */
export async function buildDocuments() {
  const out = new Map();
  for (const doc of SAMPLE_DOCUMENTS) {
    if (doc.missing) continue;
    let bytes = await doc.build();
    if (doc.truncate) bytes = bytes.subarray(0, Math.floor(bytes.length * doc.truncate));
    out.set(doc.path, Uint8Array.from(bytes));
  }
  return out;
}
