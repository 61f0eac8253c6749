/**
 * What a file really is, from its first bytes. Partners rename files (a .pdf that is an HTML
 * error page, a .docx that is an encrypted OLE container), so magic bytes decide and the
 * extension only breaks ties (OLE: .msg vs encrypted Office).
 */

export type SniffedType =
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'ole' }
  | { kind: 'image'; format: 'png' | 'jpeg' | 'gif' | 'tiff' | 'webp' }
  | { kind: 'eml' }
  | { kind: 'other'; label: string };

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** Headers that, at the start of a text file, make it an RFC 822 message. */
const MAIL_HEADER = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to|sender):/im;

function looksLikeMail(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (!/^[!-9;-~]+:|^From /.test(firstLine)) return false;
  const known = head.match(new RegExp(MAIL_HEADER.source, 'gim')) ?? [];
  return known.length >= 2;
}

export function sniff(bytes: Uint8Array): SniffedType {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  const head = ascii(bytes, 0, 4096);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { kind: 'image', format: 'gif' };
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return { kind: 'image', format: 'tiff' };
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (head.startsWith('BM')) return { kind: 'other', label: 'BMP image' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'other', label: 'gzip archive' };
  if (head.startsWith('Rar!')) return { kind: 'other', label: 'RAR archive' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: 'other', label: '7-Zip archive' };
  if (head.startsWith('{\\rtf')) return { kind: 'other', label: 'RTF document' };
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^<!doctype html|^<html|^<head|^<body/i.test(text)) return { kind: 'other', label: 'HTML page' };
  if (/^<\?xml/i.test(text)) return { kind: 'other', label: 'XML document' };
  if (/^BEGIN:VCALENDAR/i.test(text)) return { kind: 'other', label: 'calendar item (iCalendar)' };
  if (/^BEGIN:VCARD/i.test(text)) return { kind: 'other', label: 'contact card (vCard)' };
  if (looksLikeMail(text)) return { kind: 'eml' };
  if (bytes.length === 0) return { kind: 'other', label: 'empty file' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what marks binary data
  if (!/[\x00-\x08\x0e-\x1a]/.test(head)) return { kind: 'other', label: 'plain text' };
  return { kind: 'other', label: 'unrecognised binary data' };
}

/** Lower-cased extension without the dot ("pdf"), or "" when the name has none. */
export function extensionOf(path: string): string {
  const afterSlash = path.slice(path.lastIndexOf('/') + 1);
  const name = afterSlash.slice(afterSlash.lastIndexOf('#') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
