/** Why a PDF (or one of its pages) could not be shown, in the states the rest of the app uses. */
export type PdfFailureKind = 'password-required' | 'password-incorrect' | 'corrupt' | 'unsupported' | 'timed-out' | 'error';

export interface PdfFailure {
  kind: PdfFailureKind;
  /** The reason in pdf.js's words, trimmed, without a trailing full stop. */
  reason: string;
}

const LABELS: Record<PdfFailureKind, string> = {
  'password-required': 'password required',
  'password-incorrect': 'incorrect password',
  corrupt: 'corrupt',
  unsupported: 'unsupported',
  'timed-out': 'timed out',
  error: 'error',
};

function field(error: unknown, key: 'name' | 'message' | 'code'): unknown {
  return typeof error === 'object' && error !== null && key in error ? (error as Record<string, unknown>)[key] : undefined;
}

function tidy(message: string): string {
  return message.trim().replace(/\.+$/, '').slice(0, 300);
}

/**
 * Maps what pdf.js throws to a failure. pdf.js exceptions cross the worker boundary as plain
 * objects, so this reads `name`, `code` and `message` rather than using instanceof.
 */
export function classifyPdfError(error: unknown): PdfFailure {
  const name = field(error, 'name');
  const rawMessage = field(error, 'message');
  const message = typeof rawMessage === 'string' && rawMessage.trim() ? tidy(rawMessage) : String(error);
  if (name === 'PasswordException') {
    // PasswordResponses.INCORRECT_PASSWORD is 2; NEED_PASSWORD is 1.
    return field(error, 'code') === 2
      ? { kind: 'password-incorrect', reason: 'the password is not correct' }
      : { kind: 'password-required', reason: 'the document is protected by a password' };
  }
  if (/encrypt|security handler|crypt filter/i.test(message) && /unsupported|unknown|not supported/i.test(message)) {
    return { kind: 'unsupported', reason: message };
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return { kind: 'corrupt', reason: message };
  }
  return { kind: 'error', reason: message };
}

/** One line for an alert: "broken.pdf could not be opened: corrupt (Invalid PDF structure)". */
export function describePdfFailure(fileName: string, failure: PdfFailure): string {
  return `${fileName} could not be opened: ${LABELS[failure.kind]} (${failure.reason})`;
}

export function pdfFailureLabel(kind: PdfFailureKind): string {
  return LABELS[kind];
}
