/**
 * The one table of limits. The app (web and Electron), the desktop shell and `check` read every
 * bound on partners' input from here, so the same queue is accepted, refused and worded alike
 * wherever it is opened. README.md ("Limits") lists them for users; change both together.
 */

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

export const LIMITS = {
  /** One document (PDF, email, Office file, image) at most this big, read from a folder or a zip. */
  documentBytes: 128 * MIB,
  /** A queue .zip at most this big (it is read entry by entry, never whole). */
  queueZipBytes: 4 * GIB,
  /** Files in a queue: a folder's listing or a zip's entries. */
  queueFiles: 100_000,
  /** Folder depth below the queue folder. */
  queueFolderDepth: 32,
  /** A manifest (queue.json or claims.csv) at most this big. */
  manifestBytes: 128 * MIB,
  /** Nesting of arrays and objects in queue.json (a claim needs about 5). */
  manifestDepth: 64,
  /** Entries of a .docx / .xlsx (and of any zip but a queue). */
  officeZipEntries: 10_000,
  /** A .docx / .xlsx inflates to at most this much in total. */
  officeZipInflatedBytes: 256 * MIB,
  /** Inflated / compressed, counted on bytes actually inflated, for every zip (entries over 1 MiB and the whole). */
  zipRatio: 200,
  /** Below this an entry may compress better than zipRatio (XML full of repeated tags). */
  zipRatioMinBytes: 1 * MIB,
  /** One PDF stream decoded (content, font, image data): pdf.js' buffers grow no further. */
  pdfStreamBytes: 64 * MIB,
  /** Pixels of one image in a PDF (pdf.js maxImageSize) or an image file, each page of a TIFF (refused by its header, never decoded). */
  imagePixels: 50_000_000,
  /** Pages of a multi-page TIFF the viewer lists (a note says when a file has more). */
  imagePages: 1_000,
  /** Pixels of one page image given to OCR (a 300 dpi A4 page is 8.7 million); larger pages are read at a lower resolution. */
  ocrPagePixels: 16_000_000,
  /** Scanned pages (or TIFF pages) of one document read by OCR; the rest say "review". */
  ocrPages: 50,
  /** OCR of one document (attachments included), after reading its text; `check --ocr-timeout`. */
  ocrDocumentMs: 120_000,
  /** Pages of a PDF read for text by the readers. */
  pdfTextPages: 500,
  /** Form fields (widgets) of one PDF page read for their values; the rest are left out and a note says so. */
  formFieldsPerPage: 2_000,
  /** Characters of one form field's value read; longer is cut. */
  formValueChars: 20_000,
  /**
   * Pages of a PDF the viewer lists (a note says when a file has more). Pages are virtualised, so
   * the cost is what is on screen; the bound keeps the scroll height within what browsers lay out
   * (about 33 million pixels) at the largest zoom.
   */
  pdfViewPages: 5_000,
  /** A PDF of more pages is refused as too large to read (its page tree alone costs seconds per page read). */
  pdfPages: 10_000,
  /** Attachments of attachments read. */
  attachmentDepth: 3,
  /** Reading one document (attachments included). */
  documentMs: 30_000,
  /** The checklist engine on one claim. */
  claimCheckMs: 10_000,
  /**
   * Resident memory of `check`'s readers before the watchdog ends a reader: the process less its
   * OCR engines' WebAssembly heaps, which have their own bound (ocrEngineBytes).
   */
  checkResidentBytes: 768 * MIB,
  /** Resident memory of the whole `check` process, OCR engines included, before the watchdog ends a reader (under 1 GiB). */
  checkTotalResidentBytes: 960 * MIB,
  /** The WebAssembly heap of one OCR engine of `check`: past it after a page, the engine is ended and its memory given back. */
  ocrEngineBytes: 256 * MIB,
  /** Heap of one reader thread of `check`. */
  readerHeapBytes: 512 * MIB,
  /** Characters of a name (partner, customer, contact) the engine searches for; longer is cut. */
  nameChars: 200,
  /** Characters of one value echoed in a message or a report error; longer is cut with "…". */
  echoChars: 200,
  /** Characters of one message (an issue, a report error); longer is cut with "…". */
  messageChars: 2000,
} as const;

/** "128 MB", "4 GB", "512 bytes": sizes in messages, one wording everywhere. */
export function formatBytes(n: number): string {
  if (n >= GIB) return `${trim(n / GIB)} GB`;
  if (n >= MIB) return `${trim(n / MIB)} MB`;
  if (n >= KIB) return `${trim(n / KIB)} KB`;
  return `${n} bytes`;
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** Cuts a value for echoing in a message: at most LIMITS.echoChars characters, "…(N characters)" after. */
export function clip(value: string, max: number = LIMITS.echoChars): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}…(${value.length} characters)`;
}
