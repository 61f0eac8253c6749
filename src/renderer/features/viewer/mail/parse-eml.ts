import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import { htmlToText, limitBody, MAX_ATTACHMENTS_LISTED, type MailModel } from './mail-model';
import { sanitiseAttachmentName } from './sanitise-name';

function formatAddress(address: Address): string {
  if (address.group) return `${address.name}: ${address.group.map(formatAddress).join(', ')};`;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function formatAddresses(list: Address[] | Address | undefined): string {
  if (!list) return '';
  return (Array.isArray(list) ? list : [list]).map(formatAddress).join(', ');
}

function byteLength(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

/**
 * Parses an .eml into what the viewer shows. Nesting is bounded (postal-mime rejects deep MIME
 * trees; attached messages beyond 3 levels stay attachments). Rejects when the bytes are not a message.
 */
export async function parseEml(bytes: ArrayBuffer): Promise<MailModel> {
  const email = await PostalMime.parse(bytes, { maxNestingDepth: 64, maxRfc822NestingDepth: 3, attachmentEncoding: 'arraybuffer' });
  // The Date header as written: what the reviewer compares with the claim.
  const rawDate = email.headers.find((h) => h.key === 'date')?.value ?? email.date ?? '';
  const text = email.text?.trim() ? email.text : '';
  const bodySource = text ? 'text' : email.html ? 'html' : 'none';
  const body = text || (email.html ? htmlToText(email.html) : '');
  const listed = email.attachments.slice(0, MAX_ATTACHMENTS_LISTED).map((a) => ({
    name: sanitiseAttachmentName(a.filename, a.mimeType === 'message/rfc822' ? 'attached-message.eml' : 'attachment'),
    mimeType: a.mimeType,
    size: byteLength(a.content),
  }));
  const hidden = email.attachments.length - listed.length;
  return {
    from: formatAddresses(email.from),
    to: formatAddresses(email.to),
    cc: formatAddresses(email.cc),
    date: rawDate.trim(),
    subject: email.subject ?? '',
    body: limitBody(body),
    bodySource,
    attachments: listed,
    notice: hidden > 0 ? `${hidden} more attachments not listed` : null,
  };
}
