import type { Address, Email } from 'postal-mime';
import type { EmailAddress, EmailFacts, ExtractedDocument } from '@shared/documents/types';
import { emptyDocument, loadReaderModule, tidyText, type ReaderContext } from './reader-context';
import {
  dateAsWritten,
  emailParts,
  headerLinesOf,
  htmlToText,
  isForwarded,
  isoDate,
  readAttachments,
  type RawAttachment,
} from './email-common';

/**
 * .eml through postal-mime (no DOM, no network). Attached messages (message/rfc822) are kept
 * as attachments so they are read as POE documents themselves, depth-limited like the rest.
 */

function addresses(list: Address[] | undefined): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...addresses(a.group));
    else {
      const entry: EmailAddress = {};
      if (a.name) entry.name = a.name;
      if (a.address) entry.address = a.address;
      if (entry.name || entry.address) out.push(entry);
    }
  }
  return out;
}

function contentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function bodyOf(mail: Email): string {
  if (mail.text && mail.text.trim()) return tidyText(mail.text);
  return mail.html ? htmlToText(mail.html) : '';
}

export async function readEml(path: string, bytes: Uint8Array, ctx: ReaderContext): Promise<ExtractedDocument> {
  const { default: PostalMime } = await loadReaderModule('e-mail', () => import('postal-mime'));
  const mail = await PostalMime.parse(bytes, {
    attachmentEncoding: 'arraybuffer',
    forceRfc822Attachments: true,
    maxNestingDepth: 50,
  });
  const body = bodyOf(mail);
  const from = addresses(mail.from ? [mail.from] : undefined)[0];
  const facts: EmailFacts = { to: addresses(mail.to), cc: addresses(mail.cc), isForwarded: false };
  if (from) facts.from = from;
  const date = isoDate(mail.date);
  if (date) facts.date = date;
  const written = dateAsWritten(mail.headers.find((h) => h.key === 'date')?.value, date);
  if (written) facts.dateAsWritten = written;
  if (mail.subject !== undefined) facts.subject = mail.subject;
  facts.isForwarded = isForwarded(mail.subject, body);
  const doc = emptyDocument(path, 'eml', 'ok');
  doc.email = facts;
  doc.parts = emailParts(headerLinesOf(facts), body);
  if (!from && !mail.subject && !body && mail.attachments.length === 0) {
    doc.state = 'corrupt';
    doc.stateDetail = 'no sender, subject, body or attachments could be read from this message';
  }
  const raws: RawAttachment[] = mail.attachments.map((a) => ({ name: a.filename ?? undefined, bytes: contentBytes(a.content) }));
  doc.attachments = await readAttachments(path, raws, ctx);
  return doc;
}
