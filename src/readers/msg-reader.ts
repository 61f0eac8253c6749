import type MsgReaderClass from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import type { EmailAddress, EmailFacts, ExtractedDocument } from '@shared/documents/types';
import { emptyDocument, errorMessage, loadReaderModule, tidyText, type ReaderContext } from './reader-context';
import {
  dateAsWritten,
  dateHeaderOf,
  emailParts,
  headerLinesOf,
  htmlToText,
  isForwarded,
  isoDate,
  readAttachments,
  type RawAttachment,
} from './email-common';

/**
 * Outlook .msg through @kenjiuno/msgreader. Embedded messages come back from the library as
 * .msg bytes and are read recursively (depth-limited by the context). Non-Unicode messages
 * store text in the sender's ANSI codepage: the library hands those strings over one char per
 * byte, and we re-decode them with TextDecoder (which knows Shift_JIS, windows-125x...), so no
 * iconv tables are needed and the same code runs in the browser.
 */

const CODEPAGES: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  20866: 'koi8-r',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28595: 'iso-8859-5',
  50220: 'iso-2022-jp',
  51932: 'euc-jp',
  54936: 'gb18030',
  65001: 'utf-8',
};

/** Message classes that are mail-like enough to read as e-mail. */
const MAIL_CLASS = /^(ipm\.note|ipm\.schedule|ipm\.appointment|ipm\.post|report\.)/i;

/** Windows locale (LCID) to its ANSI codepage, for messages that do not say their codepage. */
const LCID_CODEPAGE: Record<number, number> = {
  1041: 932,
  2052: 936,
  4100: 936,
  1042: 949,
  1028: 950,
  3076: 950,
  1049: 1251,
  1058: 1251,
  1026: 1251,
  1059: 1251,
  3098: 1251,
  1071: 1251,
  1029: 1250,
  1045: 1250,
  1038: 1250,
  1051: 1250,
  1060: 1250,
  1050: 1250,
  1048: 1250,
  1032: 1253,
  1055: 1254,
  1037: 1255,
  1025: 1256,
  1061: 1257,
  1062: 1257,
  1063: 1257,
  1066: 1258,
  1054: 874,
};
/** Internet (MIME) codepages to the ANSI codepage Outlook uses for the same script. */
const INTERNET_TO_ANSI: Record<number, number> = { 50220: 932, 50221: 932, 50222: 932, 51932: 932, 20866: 1251, 28595: 1251, 52936: 936 };

/**
 * PT_STRING8 text is in the message codepage (PR_MESSAGE_CODEPAGE); when absent, Outlook used
 * the ANSI codepage of the message locale, and failing that we infer it from the internet one.
 */
function ansiCodepage(fields: FieldsData): number | undefined {
  if (fields.messageCodepage) return fields.messageCodepage;
  const byLocale = LCID_CODEPAGE[fields.messageLocaleId ?? 0];
  if (byLocale) return byLocale;
  const internet = fields.internetCodepage;
  return internet ? (INTERNET_TO_ANSI[internet] ?? internet) : undefined;
}

function makeRecoder(fields: FieldsData): (s: string | undefined) => string | undefined {
  const label = CODEPAGES[ansiCodepage(fields) ?? 0];
  if (!label || label === 'windows-1252' || label === 'iso-8859-1') return (s) => s;
  const decoder = new TextDecoder(label, { fatal: true });
  return (s) => {
    // Only strings that are one byte per char with high bytes can be undecoded ANSI text.
    if (!s) return s;
    const codes = Array.from(s, (c) => c.charCodeAt(0));
    if (!codes.some((n) => n >= 0x80) || codes.some((n) => n > 0xff)) return s;
    try {
      return decoder.decode(Uint8Array.from(codes));
    } catch {
      return s;
    }
  };
}

function smtp(...candidates: (string | undefined)[]): string | undefined {
  return candidates.find((c) => c !== undefined && /^[^\s@]+@[^\s@]+$/.test(c.trim()))?.trim();
}

function address(name: string | undefined, email: string | undefined): EmailAddress | undefined {
  const out: EmailAddress = {};
  if (name?.trim()) out.name = name.trim();
  if (email) out.address = email;
  return out.name || out.address ? out : undefined;
}

function facts(fields: FieldsData, recode: (s: string | undefined) => string | undefined, body: string): EmailFacts {
  const to: EmailAddress[] = [];
  const cc: EmailAddress[] = [];
  for (const r of fields.recipients ?? []) {
    const a = address(recode(r.name), smtp(r.smtpAddress, r.email));
    if (!a) continue;
    if (r.recipType === 'cc') cc.push(a);
    else if (r.recipType !== 'bcc') to.push(a);
  }
  const out: EmailFacts = { to, cc, isForwarded: false };
  const from = address(recode(fields.senderName), smtp(fields.senderSmtpAddress, fields.senderEmail, fields.lastModifierSMTPAddress));
  if (from) out.from = from;
  const date = isoDate(fields.messageDeliveryTime ?? fields.clientSubmitTime ?? fields.creationTime);
  if (date) out.date = date;
  // A message that came through SMTP keeps its internet headers, the sender's Date line among them.
  const written = dateAsWritten(dateHeaderOf(fields.headers), date);
  if (written) out.dateAsWritten = written;
  const subject = recode(fields.subject);
  if (subject !== undefined) out.subject = subject;
  out.isForwarded = isForwarded(subject, body);
  return out;
}

function bodyOf(fields: FieldsData, recode: (s: string | undefined) => string | undefined): string {
  const plain = recode(fields.body);
  if (plain?.trim()) return tidyText(plain);
  if (fields.bodyHtml) return htmlToText(recode(fields.bodyHtml) ?? '');
  if (fields.html) {
    const label = CODEPAGES[fields.internetCodepage ?? 65001] ?? 'utf-8';
    return htmlToText(new TextDecoder(label).decode(fields.html));
  }
  return '';
}

export async function readMsg(path: string, bytes: Uint8Array, ctx: ReaderContext): Promise<ExtractedDocument> {
  // CommonJS compiled from TypeScript (exports.default = class): bundlers hand us the class as
  // `default`, Node's own ESM loader hands us module.exports, whose `default` is the class.
  const mod: { default: unknown } = await loadReaderModule('Outlook message', () => import('@kenjiuno/msgreader'));
  const inner = (mod.default as { default?: unknown } | undefined)?.default;
  const MsgReader = (typeof mod.default === 'function' ? mod.default : inner) as typeof MsgReaderClass;
  const reader = new MsgReader(bytes.slice().buffer);
  const fields = reader.getFileData();
  if (fields.error) return emptyDocument(path, 'msg', 'corrupt', `not a readable Outlook message: ${fields.error}`);
  const messageClass = fields.messageClass ?? 'IPM.Note';
  if (!MAIL_CLASS.test(messageClass)) {
    const what = /^ipm\.contact/i.test(messageClass) ? 'an Outlook contact card' : 'an Outlook item';
    return emptyDocument(path, 'msg', 'unsupported', `${what} (${messageClass}), not an e-mail`);
  }
  const recode = makeRecoder(fields);
  const body = bodyOf(fields, recode);
  const email = facts(fields, recode, body);
  const doc = emptyDocument(path, 'msg', 'ok');
  doc.email = email;
  doc.parts = emailParts(headerLinesOf(email), body);
  const raws: RawAttachment[] = (fields.attachments ?? []).map((att) => {
    try {
      const data = reader.getAttachment(att);
      return { name: recode(att.innerMsgContent ? data.fileName : (att.fileName ?? data.fileName)), bytes: data.content };
    } catch (err) {
      doc.notes = [...(doc.notes ?? []), `attachment ${att.fileName ?? '?'} unreadable: ${errorMessage(err)}`];
      return { name: recode(att.fileName ?? att.name), bytes: undefined };
    }
  });
  doc.attachments = await readAttachments(path, raws, ctx);
  return doc;
}
