import type { Box } from '../checks/types';

/**
 * What the document readers (platform edge: src/readers) produce for one POE file, and what the
 * checklist engine (src/shared/checks) consumes. Plain data: it crosses worker and IPC boundaries.
 */

export type DocumentKind = 'pdf' | 'image' | 'eml' | 'msg' | 'docx' | 'xlsx' | 'unsupported';

/**
 * How reading ended. Every file ends in exactly one of these, with `stateDetail` saying why
 * for anything but "ok".
 */
export type DocumentState =
  | 'ok'
  | 'password-required'
  | 'unsupported'
  | 'corrupt'
  | 'missing'
  | 'refused' // e.g. zip bomb, path outside the queue, too large
  | 'timeout';

export interface TextItem {
  text: string;
  /** PDF user-space box (origin bottom-left) where the format has one. */
  box?: Box;
  /** OCR word confidence, 0–1 (absent for text layers). */
  confidence?: number;
  /** The value of a fillable PDF form's field (its full name), placed at the field's box: typed text, a box as ☒ / ☐. */
  formField?: string;
}

/** A table as the format itself holds it (.xlsx sheet rows, .docx tables): rows of cell texts, blank cells kept as "". */
export interface SourceTable {
  rows: string[][];
}

/**
 * OCR of one image-only page or image. Absent: OCR was not run on the part (it has a text layer,
 * or the platform has no OCR). The items of a "done" part are the recognised words, each with
 * its confidence; `text` holds every word (shared/documents/ocr.ts decides which ones count).
 */
export interface OcrPageInfo {
  state: 'done' | 'failed' | 'skipped';
  /** Why it failed or was skipped ("OCR is off", "the OCR time budget of 120 s was used up", "page too large"). */
  detail?: string;
  /** Mean word confidence 0–1 ("done"). */
  meanConfidence?: number;
  /** Words recognised ("done"). */
  words?: number;
  /** Tesseract language codes used ("eng", "deu"). */
  languages?: string[];
  /**
   * Degrees the page image was turned clockwise before reading (0, 90, 180, 270): a page scanned
   * sideways. Item boxes are in that upright frame, `width` × `height`.
   */
  rotation?: number;
  /**
   * Degrees clockwise the upright page's lines fell (a page fed or photographed askew): it was
   * straightened before reading, turned back by this about its centre, and item boxes and marks
   * are in that straightened frame (lines level). Shown on the page as it is, a box goes back by
   * turning it by `skew` about the centre (ocr-skew.ts turnBox; the viewer turns its text layer).
   */
  skew?: number;
  /** The upright page size in the items' units: PDF points for PDF pages, points at the image's resolution for images. */
  width?: number;
  height?: number;
  /** Marks on the page image that are not text (handwriting, stamps, initials), in the items' units. */
  marks?: Box[];
  /** Engine and data version ("tesseract.js 7.0.0, tessdata 4.0.0_best_int"). */
  engine?: string;
}

/** A page (PDF) or a named part (email header/body, docx paragraphs, one xlsx sheet). */
export interface DocumentPart {
  /** 1-based for PDF pages. */
  page?: number;
  /** "header", "body", "paragraphs", "sheet:<name>", "image". */
  part?: string;
  /** The part's text, items joined in reading order. */
  text: string;
  /** Positioned items where the format has positions (PDF, OCR). */
  items?: TextItem[];
  /** Tables the format itself structures (.xlsx sheets, .docx tables); the layout stage reads them as they are. */
  tables?: SourceTable[];
  /**
   * False for image-only pages and images (scans), OCR'd or not. A scan without OCR ("done")
   * makes the checks that need it say "review".
   */
  hasTextLayer: boolean;
  /** OCR of an image-only page or an image (absent: not run). */
  ocr?: OcrPageInfo;
  /**
   * A text-layer PDF page's drawings that could be a signature: curved paths (ink) and images, in
   * the items' PDF user space (pdf-drawings.ts). Absent: not looked for (other formats, scans).
   */
  drawings?: Box[];
}

export type SignatureIntegrity = 'intact' | 'modified' | 'cannot-verify';

export interface PdfSignatureFact {
  fieldName: string;
  /** False for an empty signature field: not a signature. */
  isSigned: boolean;
  signerName?: string;
  /** The signer certificate's subject ("CN=Jane Doe, O=Contoso, C=US"); its trust is never checked. */
  certificateSubject?: string;
  /** ISO date-time of the signing time (from /M or the CMS signingTime attribute). */
  signingTime?: string;
  reason?: string;
  location?: string;
  subFilter?: string;
  integrity: SignatureIntegrity;
  /** Why: "byte ranges cover the whole file and the digest matches", "bytes appended after signing", ... */
  integrityDetail: string;
  page?: number;
}

export interface EmailAddress {
  name?: string;
  address?: string;
}

export interface EmailFacts {
  from?: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** ISO date-time from the Date header / delivery time. */
  date?: string;
  /**
   * The Date header as the message wrote it ("Fri, 02 Oct 2026 09:30:00 -0700"), when it gives
   * the same moment as `date`: the viewer shows the time in the sender's offset or zone.
   */
  dateAsWritten?: string;
  subject?: string;
  /** True when the subject or body shows the message was forwarded ("FW:", "Forwarded message"). */
  isForwarded: boolean;
}

export interface DocumentMetadata {
  title?: string;
  author?: string;
  producer?: string;
  creator?: string;
  /** ISO date-times. */
  creationDate?: string;
  modDate?: string;
}

/** One cell of a sheet as the viewer shows it. */
export interface SheetCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The value as the engine reads it (the text its evidence quotes). */
  value: string;
  /**
   * The cell's number format (Excel's format code) and the number or date it applies to, where
   * it has one: the viewer shows the value as that format prints it (numfmt), formatting only the
   * cells in view. Without them it shows `value`.
   */
  numFmt?: string;
  number?: number | Date;
  /** Merged cells: the top-left cell spans the merge, the covered cells are left out. */
  rowSpan?: number;
  colSpan?: number;
  bold?: boolean;
}

/** One worksheet as a grid, read in the same pass as the sheet's text part. */
export interface SheetView {
  name: string;
  /** The name of the sheet's part in `parts` (and in evidence): "sheet:Tasks", "sheet:Old (hidden)". */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Rows and columns up to the last non-empty cell. */
  rowCount: number;
  colCount: number;
  /** Non-empty cells in row order; cells covered by a merge are left out. */
  cells: SheetCell[];
  /** Column widths in characters, where the file sets them (index = column). */
  colWidths: (number | null)[];
}

/**
 * What a viewer shows of a document beyond its text, from the same reading as the text. Only
 * filled when extraction is asked for it (`ExtractOptions.forView`): the engine does not need it.
 */
export interface DocumentView {
  /** A .docx as HTML (mammoth), NOT sanitised: the viewer sanitises before showing it. */
  html?: string;
  /** Why parts of the .docx could not be shown (mammoth's messages), e.g. an external picture left out. */
  htmlNotes?: string[];
  sheets?: SheetView[];
}

export interface ExtractedDocument {
  /** Queue-relative path; nested attachments use "<parent>#<sanitised attachment name>". */
  path: string;
  kind: DocumentKind;
  state: DocumentState;
  stateDetail?: string;
  parts: DocumentPart[];
  metadata: DocumentMetadata;
  signatures: PdfSignatureFact[];
  email?: EmailFacts;
  image?: { width?: number; height?: number; format: string };
  pageCount?: number;
  /** Attachments read recursively (depth-limited); an attached PDF is a POE document too. */
  attachments: ExtractedDocument[];
  sha256?: string;
  bytes?: number;
  /** What the content really is when it differs from the name, and other reader remarks ("named .pdf but is HTML"). */
  notes?: string[];
  /** Extracted for viewing only (`ExtractOptions.forView`): .docx HTML, .xlsx grids. */
  view?: DocumentView;
  /** An attachment's own bytes, kept only when extracted for viewing (`ExtractOptions.forView`). */
  content?: Uint8Array;
}
