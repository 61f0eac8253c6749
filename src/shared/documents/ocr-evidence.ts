import type { ClaimCheckReport, Evidence } from '../checks/types';
import type { DocumentPart, ExtractedDocument } from './types';
import { ocrBoxToPage } from './ocr-skew';

/**
 * Evidence boxes of a report on the page as it is (QUEUE-FORMAT.md: a box on the page, PDF
 * units, origin bottom-left), for tools that read `check`'s JSON. The engine's boxes on an
 * OCR'd page are in the frame OCR read it in (upright, straightened by its skew: where the
 * document model wants its lines level); the app's viewer turns them itself (ocr-frame.ts), a
 * report's reader cannot. Each such box goes back through the page's recorded skew and quarter
 * turn (OcrPageInfo) onto the page as scanned. Boxes of text layers are left as they are.
 */
export function evidenceOnPages(report: ClaimCheckReport, documents: readonly ExtractedDocument[]): ClaimCheckReport {
  const parts = new Map<string, DocumentPart>();
  const visit = (docs: readonly ExtractedDocument[], depth: number) => {
    for (const d of docs) {
      for (const p of d.parts) if (p.ocr?.state === 'done') parts.set(key(d.path, p.page, p.part), p);
      if (depth < 8) visit(d.attachments, depth + 1);
    }
  };
  visit(documents, 0);
  if (parts.size === 0) return report;
  const place = (e: Evidence): Evidence => {
    if (!e.box) return e;
    const part = parts.get(key(e.document, e.page, e.part));
    if (!part?.ocr || (!part.ocr.skew && !part.ocr.rotation)) return e;
    const box = ocrBoxToPage(e.box, part.ocr);
    return box ? { ...e, box } : e;
  };
  return { ...report, checks: report.checks.map((c) => ({ ...c, evidence: c.evidence.map(place) })) };
}

function key(document: string, page: number | undefined, part: string | undefined): string {
  return `${document}\u0000${page ?? ''}\u0000${part ?? ''}`;
}
