import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ExtractedDocument } from '@shared/documents/types';
import { extractDocument } from './extract';
import { createNodeReaderEnv } from './node';
import { corpusBytes, corpusFiles, HAS_CORPUS, mapLimited } from '@test/corpus';
import { describeCorpus } from '@test/corpus-suite';

/**
 * RELIABILITY 12-16 against every file of the shared corpus (test/support/corpus.ts): each ends in a clear state within
 * its budget, nothing reaches the network, and the files with known contents read as known.
 */

const CLEAR_STATES = new Set(['ok', 'password-required', 'unsupported', 'corrupt', 'refused', 'timeout']);
const BUDGET_MS = 20_000;

const results = new Map<string, { doc: ExtractedDocument; ms: number }>();
const fetchCalls: string[] = [];
const socketCalls: string[] = [];

function doc(path: string): ExtractedDocument {
  const hit = results.get(path);
  if (!hit) throw new Error(`not read: ${path}`);
  return hit.doc;
}

function text(d: ExtractedDocument): string {
  return d.parts.map((p) => p.text).join('\n');
}

beforeAll(async () => {
  if (!HAS_CORPUS) return;
  vi.stubGlobal('fetch', (input: unknown) => {
    fetchCalls.push(String(input));
    return Promise.reject(new Error('network is off in tests'));
  });
  for (const [name, mod] of [
    ['http', http],
    ['https', https],
  ] as const) {
    vi.spyOn(mod, 'request').mockImplementation(() => {
      socketCalls.push(`${name}.request`);
      throw new Error('network is off in tests');
    });
    vi.spyOn(mod, 'get').mockImplementation(() => {
      socketCalls.push(`${name}.get`);
      throw new Error('network is off in tests');
    });
  }
  const env = createNodeReaderEnv();
  // Two at a time: the machine is shared, and pdf.js runs on this thread in Node anyway.
  await mapLimited(corpusFiles(), 2, async (path) => {
    const started = Date.now();
    const d = await extractDocument({ path, bytes: corpusBytes(path) }, env, { timeoutMs: BUDGET_MS });
    results.set(path, { doc: d, ms: Date.now() - started });
  });
}, 300_000);

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describeCorpus('every corpus file', () => {
  it('ends in a clear state, with a reason unless ok, within its budget', () => {
    expect(results.size).toBe(corpusFiles().length);
    for (const [path, { doc: d, ms }] of results) {
      expect(CLEAR_STATES.has(d.state), `${path}: ${d.state}`).toBe(true);
      if (d.state !== 'ok') expect(d.stateDetail, path).toMatch(/\w{3}/);
      expect(ms, path).toBeLessThan(BUDGET_MS + 5_000);
      expect(d.path).toBe(path);
      expect(d.sha256, path).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('never reached the network (some files point at remote URLs)', () => {
    expect(fetchCalls).toEqual([]);
    expect(socketCalls).toEqual([]);
  });
});

describeCorpus('PDF', () => {
  it('reads the known-good canary: the QualityHosting invoice, both pages, with positions', () => {
    const d = doc('pdf-text/qualityhosting-invoice_2pages.pdf');
    expect(d.state).toBe('ok');
    expect(d.pageCount).toBe(2);
    const page1 = d.parts[0];
    expect(page1?.text).toContain('QualityHosting AG');
    expect(page1?.text).toContain('Rechnung');
    expect(page1?.text).toContain('7. Mai 2014');
    // Reading order rebuilt from positions: the address prints bottom-up in the content stream.
    expect(page1?.text).toMatch(/93B Sai Yu Chung\nYuen Long, N\.T\.\nHong Kong/);
    const item = page1?.items?.find((i) => i.text === 'Hong Kong');
    expect(item?.box?.x).toBeCloseTo(64.63, 1);
    expect(item?.box?.height).toBeGreaterThan(5);
    expect(d.metadata.producer).toContain('Quartz');
    expect(d.metadata.creator).toBe('Microsoft Reporting Services 9.0');
    expect(d.metadata.creationDate).toMatch(/^2014-/);
  });

  it('reads CJK text that needs the bundled cMaps', () => {
    expect(text(doc('pdf-text/cjk-nonembedded-90ms-rksj-h.pdf'))).toContain('日本語');
  });

  it('opens files encrypted with an empty user password', () => {
    expect(text(doc('pdf-encrypted/aes128-form-empty-userpw_issue9972-1.pdf'))).toContain('Personal Vitality Rebate');
    expect(text(doc('pdf-encrypted/rc4-40-empty-userpw_reportbuilder.pdf'))).toContain('Test test');
    expect(doc('pdf-encrypted/aes256-r6-empty-userpw_acrobat.pdf').state).toBe('ok');
  });

  it('asks for a password when one is really needed, including certificate encryption', () => {
    expect(doc('pdf-encrypted/userpw-1234-print-disallowed.pdf').state).toBe('password-required');
    expect(doc('pdf-encrypted/userpw-saslprep-r6.pdf').state).toBe('password-required');
    const pubkey = doc('pdf-encrypted/pubkey-cert-encrypted-signed.pdf');
    expect(pubkey.state).toBe('password-required');
    expect(pubkey.stateDetail).toContain('Adobe.PubSec');
  });

  it('says why a broken PDF is corrupt', () => {
    const d = doc('pdf-broken/header-and-eof-only.pdf');
    expect(d.state).toBe('corrupt');
    expect(d.stateDetail).toContain('Invalid PDF structure');
  });

  it('marks scanned pages without a text layer, and sees the OCR layer where there is one', () => {
    for (const path of [
      'brochure-scan-300dpi_linn',
      'rotated-skewed-scan',
      'ccitt-g4-fax-scan',
      'kodak-capture-handwriting',
      'giant-jbig2-35000px',
    ]) {
      const d = doc(`pdf-scanned/${path}.pdf`);
      expect(d.state, path).toBe('ok');
      expect(d.parts.length, path).toBeGreaterThan(0);
      expect(
        d.parts.every((p) => !p.hasTextLayer),
        path,
      ).toBe(true);
    }
    const ocr = doc('pdf-scanned/ricoh-mfp-scan-with-ocr-layer_issue5747.pdf');
    expect(ocr.parts[0]?.hasTextLayer).toBe(true);
    expect(ocr.parts[0]?.text).toContain('Lorem ipsum');
  });
});

describeCorpus('PDF signatures', () => {
  const signed = (path: string) => doc(`pdf-signed/${path}`).signatures.filter((s) => s.isSigned);

  it('reports at least one signed signature in every signed file, none in the empty field', () => {
    for (const path of corpusFiles().filter((p) => p.startsWith('pdf-signed/') && !p.includes('unsigned-signature-field'))) {
      expect(
        doc(path).signatures.some((s) => s.isSigned),
        path,
      ).toBe(true);
    }
    const empty = doc('pdf-signed/unsigned-signature-field_acrobat.pdf').signatures;
    expect(empty.filter((s) => s.isSigned)).toEqual([]);
    expect(empty).toHaveLength(1);
    expect(empty[0]?.fieldName).toBe('Signature1');
  });

  it('finds bytes appended or changed after signing', () => {
    const tail = signed('tampered-tail-uncovered.pdf');
    expect(tail[0]?.integrity).toBe('modified');
    expect(tail[0]?.integrityDetail).toContain('document info');
    const [first, second] = signed('shadow-attack-form-update-sneaky.pdf');
    expect(first?.integrity).toBe('modified');
    expect(first?.integrityDetail).toMatch(/appearance stream/);
    expect(second?.integrity).toBe('intact');
  });

  it('verifies intact signatures and reads who and when', () => {
    const okular = signed('okular-signed-libreoffice_issue16553.pdf')[0];
    expect(okular?.integrity).toBe('intact');
    expect(okular?.signerName).toBe('ONDŘEJ MACHULDA');
    expect(okular?.signingTime).toBe('2023-06-15T10:05:50.000Z');
    expect(okular?.subFilter).toBe('adbe.pkcs7.detached');
    // The certificate's subject, most specific first, for the viewer's badge.
    expect(okular?.certificateSubject).toMatch(/^CN=ONDŘEJ MACHULDA(, |$)/);
    const suisse = signed('suisseid-qualified-signature_bug854315.pdf')[0];
    expect(suisse?.integrity).toBe('intact');
    expect(suisse?.signerName).toContain('Paul Frey');
  });

  it('accepts a later timestamp and DSS update (PAdES-LTA) as not modifying the signature', () => {
    const sigs = signed('pades-lta-timestamp-dss.pdf');
    expect(sigs.map((s) => s.integrity)).toEqual(['intact', 'intact']);
    expect(sigs.map((s) => s.subFilter)).toEqual(['ETSI.CAdES.detached', 'ETSI.RFC3161']);
  });

  it('says it cannot verify the legacy rsa_sha1 format, and why', () => {
    const legacy = signed('adobe-webcapture-certified-rsa_sha1.pdf')[0];
    expect(legacy?.integrity).toBe('cannot-verify');
    expect(legacy?.integrityDetail).toContain('adbe.x509.rsa_sha1');
  });

  it('does not report usage-rights (UR3) dictionaries of blank forms as signatures', () => {
    expect(doc('pdf-text/irs-1040-prefilled-form.pdf').signatures).toEqual([]);
  });
});

describeCorpus('e-mail', () => {
  it('sanitises a path-traversal attachment name', () => {
    const att = doc('eml/path-traversal-attachment-name_m0027.eml').attachments;
    expect(att.map((a) => a.path)).toEqual(['eml/path-traversal-attachment-name_m0027.eml#1234.txt']);
  });

  it('reads attachments as documents: the attached PDF has text', () => {
    const mail = doc('eml/swiftmailer-docx-pdf-odt-attachments.eml');
    const pdf = mail.attachments.find((a) => a.path.endsWith('.pdf'));
    expect(pdf?.state).toBe('ok');
    expect(pdf?.kind).toBe('pdf');
  });

  it('caps the attachment count', () => {
    const att = doc('eml/300-plus-attachments_issue408.eml').attachments;
    expect(att.length).toBeGreaterThan(300);
    expect(att.filter((a) => a.state === 'refused').length).toBeGreaterThan(200);
  });

  it('reads nested .msg files inside .msg files', () => {
    const outer = doc('msg/nested-msg-in-msg-in-msg.msg');
    const inner = outer.attachments.find((a) => a.kind === 'msg');
    expect(inner?.state).toBe('ok');
    expect(inner?.path).toMatch(/^msg\/nested-msg-in-msg-in-msg\.msg#.+\.msg$/);
    expect(inner?.attachments.some((a) => a.kind === 'msg' && a.path.split('#').length === 3)).toBe(true);
  });

  it('decodes non-Unicode Japanese (cp932) text', () => {
    expect(doc('msg/non-unicode-cp932-japanese.msg').email?.subject).toBe('日本語 Non Unicode タイトル');
  });

  it('says an Outlook contact is not an e-mail', () => {
    const contact = doc('msg/outlook-contact-not-email.msg');
    expect(contact.state).toBe('unsupported');
    expect(contact.stateDetail).toContain('contact');
  });

  it('notices forwarded mail', () => {
    expect(doc('msg/exchange-x500-sender_chantier.msg').email?.isForwarded).toBe(true);
    expect(doc('eml/japanese-iso-2022-jp.eml').email).toMatchObject({ subject: 'まみむめも', isForwarded: false });
  });
});

describeCorpus('Office and images', () => {
  it('refuses the truncated .docx as corrupt, and reads tables of a form', () => {
    expect(doc('docx/truncated-zip.docx')).toMatchObject({ state: 'corrupt' });
    expect(doc('docx/truncated-zip.docx').stateDetail).toContain('central directory');
    expect(text(doc('docx/visa-application-form-tables.docx'))).toContain('CONSULADO-GERAL EM SAN FRANCISCO');
  });

  it('does not resolve external XML entities', () => {
    const xxe = doc('docx/xxe-external-entity.docx');
    expect(['corrupt', 'ok']).toContain(xxe.state);
    expect(text(xxe)).not.toMatch(/Apache POI - the Java API/i);
  });

  it('says encrypted Office files need a password', () => {
    expect(doc('docx/encrypted-agile-default-password.docx').state).toBe('password-required');
    expect(doc('xlsx/encrypted-default-password.xlsx').state).toBe('password-required');
  });

  it('reads hidden sheets and marks them', () => {
    const parts = doc('xlsx/hidden-and-veryhidden-sheets.xlsx').parts.map((p) => p.part);
    expect(parts).toEqual(['sheet:Visible', 'sheet:Hidden (hidden)', 'sheet:VeryHidden (very hidden)']);
    const inspection = doc('xlsx/inspection-records-hidden-sheets_de.xlsx').parts;
    expect(inspection.filter((p) => p.part?.endsWith('(hidden)'))).toHaveLength(4);
  });

  it('does not expand the billion-laughs entity bomb', () => {
    expect(doc('xlsx/xml-bomb-billion-laughs.xlsx').state).toBe('corrupt');
  });

  it('reads image sizes and notices damage', () => {
    expect(doc('images/aws-invoice-render-2975x3850.png').image).toEqual({ format: 'png', width: 2975, height: 3850 });
    expect(doc('images/exif-orientation-6.jpg').state).toBe('ok');
    expect(doc('images/truncated.jpg')).toMatchObject({ state: 'corrupt', stateDetail: expect.stringContaining('truncated') as unknown });
    expect(doc('images/corrupt-data-stream.png').state).toBe('corrupt');
  });
});
