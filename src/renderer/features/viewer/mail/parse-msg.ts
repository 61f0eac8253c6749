import MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { htmlToText, limitBody, MAX_ATTACHMENTS_LISTED, type MailModel } from './mail-model';
import { sanitiseAttachmentName } from './sanitise-name';

type MsgReaderClass = typeof MsgReaderModule;
/**
 * msgreader is CommonJS with `exports.default`: vitest hands over the class, the Vite/rolldown
 * browser build the exports object. Accept both.
 */
const MsgReader: MsgReaderClass = typeof MsgReaderModule === 'function' ? MsgReaderModule : (MsgReaderModule as unknown as { default: MsgReaderClass }).default;

function person(name: string | undefined, address: string | undefined): string {
  const n = name?.trim() ?? '';
  const a = address?.trim() ?? '';
  if (n && a && n !== a) return `${n} <${a}>`;
  return n || a;
}

function recipients(data: FieldsData, type: 'to' | 'cc'): string {
  return (data.recipients ?? [])
    .filter((r) => (r.recipType ?? 'to') === type)
    .map((r) => person(r.name, r.smtpAddress ?? r.email))
    .join(', ');
}

/** The Date header from the transport headers, when the message went through SMTP. */
function headerDate(headers: string | undefined): string | null {
  const match = headers ? /^date:[ \t]*(.+(?:\r?\n[ \t].+)*)/im.exec(headers) : null;
  return match?.[1] ? match[1].replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

function decodeHtml(html: FieldsData['html']): string {
  if (!html) return '';
  return new TextDecoder('utf-8').decode(html);
}

/** Codepages whose 8-bit strings msgreader already decodes well enough without iconv. */
const PLAIN_CODEPAGES = new Set([0, 20127, 28591, 65001, 1200]);

/** Windows ANSI codepage of the locales whose Outlook writes non-Latin 8-bit strings (primary language id → codepage). */
const ANSI_CODEPAGE_BY_LANGUAGE: Record<number, number> = {
  0x11: 932, // Japanese
  0x04: 936, // Chinese (936 for PRC; Taiwan/HK use 950, see below)
  0x12: 949, // Korean
  0x19: 1251, 0x22: 1251, 0x23: 1251, 0x02: 1251, 0x1c: 1251, // Russian, Ukrainian, Belarusian, Bulgarian, Serbian (Cyrillic)
  0x05: 1250, 0x15: 1250, 0x0e: 1250, 0x1b: 1250, 0x24: 1250, 0x1a: 1250, 0x18: 1250, // Czech, Polish, Hungarian, Slovak, Slovenian, Croatian, Romanian
  0x08: 1253, // Greek
  0x1f: 1254, // Turkish
  0x0d: 1255, // Hebrew
  0x01: 1256, // Arabic
  0x1e: 874, // Thai
};

/** The codepage of PT_STRING8 properties: the message's own, else the ANSI codepage of its locale. */
function ansiCodepage(data: FieldsData): number {
  if (data.messageCodepage) return data.messageCodepage;
  const lcid = data.messageLocaleId ?? 0;
  if (lcid === 0x0404 || lcid === 0x0c04 || lcid === 0x1404) return 950;
  return ANSI_CODEPAGE_BY_LANGUAGE[lcid & 0x3ff] ?? 0;
}

/**
 * Reads the message; when it declares a non-Unicode codepage (e.g. 932 Shift_JIS), reads it
 * again with that codepage so 8-bit string properties are not shown as mojibake.
 */
function readFields(bytes: ArrayBuffer): FieldsData {
  const data = new MsgReader(bytes).getFileData();
  const codepage = ansiCodepage(data);
  if (data.error || PLAIN_CODEPAGES.has(codepage)) return data;
  try {
    const reader = new MsgReader(bytes);
    reader.parserConfig = { ansiEncoding: String(codepage) };
    const decoded = reader.getFileData();
    return decoded.error ? data : decoded;
  } catch {
    // An unknown codepage: the first reading is still better than nothing.
    return data;
  }
}

/** Parses an Outlook .msg (CFB) into what the viewer shows. Throws when the file is not a CFB/msg. */
export function parseMsg(bytes: ArrayBuffer): MailModel {
  const data = readFields(bytes);
  if (data.error) throw new Error(data.error);
  const messageClass = data.messageClass ?? '';
  const text = data.body?.trim() ? data.body : '';
  const html = text ? '' : (data.bodyHtml ?? decodeHtml(data.html));
  const attachments = data.attachments ?? [];
  const listed = attachments.slice(0, MAX_ATTACHMENTS_LISTED).map((a) => ({
    name: sanitiseAttachmentName(a.fileName ?? a.fileNameShort ?? a.name, a.innerMsgContent ? 'attached-message.msg' : 'attachment'),
    mimeType: a.attachMimeTag ?? null,
    size: a.contentLength ?? null,
  }));
  const notices: string[] = [];
  if (messageClass && !/^IPM\.Note/i.test(messageClass)) notices.push(`This Outlook item is ${messageClass}, not an e-mail message`);
  if (attachments.length > listed.length) notices.push(`${attachments.length - listed.length} more attachments not listed`);
  return {
    from: person(data.senderName, data.senderSmtpAddress ?? data.senderEmail),
    to: recipients(data, 'to'),
    cc: recipients(data, 'cc'),
    date: headerDate(data.headers) ?? data.clientSubmitTime ?? data.messageDeliveryTime ?? data.creationTime ?? '',
    subject: data.subject ?? '',
    body: limitBody(text || (html ? htmlToText(html) : '')),
    bodySource: text ? 'text' : html ? 'html' : 'none',
    attachments: listed,
    notice: notices.length > 0 ? notices.join('; ') : null,
  };
}
