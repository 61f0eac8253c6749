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
}

/** A page (PDF) or a named part (email header/body, docx paragraphs, one xlsx sheet). */
export interface DocumentPart {
  /** 1-based for PDF pages. */
  page?: number;
  /** "header", "body", "paragraphs", "sheet:<name>", "image". */
  part?: string;
  /** The part's text, items joined in reading order. */
  text: string;
  /** Positioned items where the format has positions (PDF). */
  items?: TextItem[];
  /** False for image-only pages (scans without OCR): checks that need them say "review". */
  hasTextLayer: boolean;
}

export type SignatureIntegrity = 'intact' | 'modified' | 'cannot-verify';

export interface PdfSignatureFact {
  fieldName: string;
  /** False for an empty signature field: not a signature. */
  isSigned: boolean;
  signerName?: string;
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
}
