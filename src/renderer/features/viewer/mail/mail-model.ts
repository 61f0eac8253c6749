/** What the viewer shows of an e-mail (.eml or .msg), already reduced to plain text. */
export interface MailModel {
  from: string;
  to: string;
  cc: string;
  date: string;
  subject: string;
  /** Body as plain text; HTML bodies are reduced to their text, never rendered. */
  body: string;
  bodySource: 'text' | 'html' | 'none';
  attachments: MailAttachment[];
  /** Why the item is shown with caveats (e.g. an Outlook contact rather than a message). */
  notice: string | null;
}

export interface MailAttachment {
  /** Sanitised: no folders, control or bidi characters. */
  name: string;
  mimeType: string | null;
  size: number | null;
}

/** Bodies longer than this are cut (a hostile mail may carry megabytes of text). */
export const MAX_BODY_CHARS = 200_000;
/** Attachment rows listed; the rest are counted. */
export const MAX_ATTACHMENTS_LISTED = 500;

export function limitBody(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_BODY_CHARS ? `${trimmed.slice(0, MAX_BODY_CHARS)}\n… (cut at ${MAX_BODY_CHARS.toLocaleString('en')} characters)` : trimmed;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'BR', 'TR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'BLOCKQUOTE', 'PRE', 'HR']);

/**
 * The text of an HTML body. DOMParser builds an inert document: no scripts run and nothing
 * (images, styles, frames) is fetched; only the text is kept, so no markup ever reaches the page.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, head, template, noscript, title').forEach((el) => el.remove());
  doc.body.querySelectorAll('*').forEach((el) => {
    if (BLOCK_TAGS.has(el.tagName)) el.after(doc.createTextNode('\n'));
    if (el.tagName === 'TD' || el.tagName === 'TH') el.after(doc.createTextNode('\t'));
  });
  return (doc.body.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
