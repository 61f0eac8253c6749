import type { ExtractedDocument } from '@shared/documents/types';
import { findQuoteRanges } from '../evidence-match';
import { MarkedText } from '../marked-text';
import { formatMailDate } from './mail-date';
import type { TextRange } from '../pdf/pdf-search';
import type { ViewerFocus } from '../viewer-types';

/** Bodies longer than this are cut in the view (a hostile mail may carry megabytes of text). */
export const MAX_BODY_CHARS = 200_000;

function formatSize(size: number | undefined): string {
  if (size === undefined) return '';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1048576).toFixed(1)} MB`;
}

/** The attachment's own name: the last `#` segment of its path. */
export function attachmentName(path: string): string {
  return path.slice(path.lastIndexOf('#') + 1);
}

function partText(doc: ExtractedDocument, part: string): string {
  return doc.parts.find((p) => p.part === part)?.text ?? '';
}

/** Where the evidence quote is: in its part when it names one, else in the headers or the body. */
function evidenceRanges(header: string, body: string, focus: ViewerFocus | null): { header: TextRange[]; body: TextRange[] } {
  if (!focus?.text) return { header: [], body: [] };
  const inHeader = focus.part !== 'body' ? findQuoteRanges(header, focus.text) : [];
  const inBody = inHeader.length === 0 && focus.part !== 'header' ? findQuoteRanges(body, focus.text) : [];
  return { header: inHeader, body: inBody };
}

/** The ranges that fall in [start, end), relative to start. */
function within(ranges: readonly TextRange[], start: number, end: number): TextRange[] {
  return ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
}

export interface MailViewProps {
  fileName: string;
  /** The message as the readers read it: the text the engine judged. */
  mail: ExtractedDocument;
  focus: ViewerFocus | null;
  onOpenAttachment: (path: string) => void;
}

/**
 * An e-mail as the engine read it: its header lines (From, To, Cc, Date, Subject), its body as
 * text (HTML bodies reduced to text by the readers, never rendered) and its attachments, each of
 * which opens as a document. Evidence marks its text in the headers or the body.
 */
export function MailView({ fileName, mail, focus, onOpenAttachment }: MailViewProps) {
  const header = partText(mail, 'header');
  const fullBody = partText(mail, 'body');
  const body = fullBody.length > MAX_BODY_CHARS ? fullBody.slice(0, MAX_BODY_CHARS) : fullBody;
  const ranges = evidenceRanges(header, body, focus);
  const lines: { label: string; value: string; start: number }[] = [];
  let offset = 0;
  for (const line of header.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon > 0) lines.push({ label: line.slice(0, colon), value: line.slice(colon + 2), start: offset + colon + 2 });
    offset += line.length + 1;
  }
  const isMissed = Boolean(focus?.text) && ranges.header.length === 0 && ranges.body.length === 0;
  return (
    <div role="document" aria-label={fileName} className="poe-mail" tabIndex={0}>
      {isMissed && (
        <p className="poe-mail-notice" role="status">
          The quoted text was not found in this message as shown.
        </p>
      )}
      <dl className="poe-mail-headers">
        {lines.map((l) => {
          const marks = within(ranges.header, l.start, l.start + l.value.length);
          if (l.label === 'Date' && l.value === mail.email?.date) {
            // The moment read, shown on the sender's clock; evidence on it marks the whole date.
            const date = formatMailDate(l.value, mail.email.dateAsWritten);
            return (
              <div key={l.label} className="poe-mail-header">
                <dt>{l.label}</dt>
                <dd>
                  <time dateTime={l.value} title={date.title}>
                    <MarkedText
                      text={date.text}
                      ranges={marks.length > 0 ? [{ start: 0, end: date.text.length }] : []}
                      nonce={focus?.nonce}
                    />
                  </time>
                </dd>
              </div>
            );
          }
          return (
            <div key={l.label} className="poe-mail-header">
              <dt>{l.label}</dt>
              <dd>
                <MarkedText text={l.value} ranges={marks} nonce={focus?.nonce} />
              </dd>
            </div>
          );
        })}
      </dl>
      {mail.notes?.map((n) => (
        <p key={n} className="poe-mail-notice">
          {n}
        </p>
      ))}
      <section aria-label="Message body" className="poe-mail-body">
        {body ? (
          <pre>
            <MarkedText text={body} ranges={ranges.body} nonce={focus?.nonce} />
          </pre>
        ) : (
          <p>(no text body)</p>
        )}
        {fullBody.length > body.length && <p className="poe-mail-hint">… (cut at {MAX_BODY_CHARS.toLocaleString('en')} characters)</p>}
      </section>
      {mail.attachments.length > 0 && (
        <section aria-label="Attachments" className="poe-mail-attachments">
          <h3>Attachments ({mail.attachments.length})</h3>
          <ul>
            {mail.attachments.map((a) => {
              const meta = [
                a.kind === 'unsupported' ? null : a.kind.toUpperCase(),
                formatSize(a.bytes),
                a.state === 'ok' ? null : (a.stateDetail ?? a.state),
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <li key={a.path}>
                  <button type="button" className="link" onClick={() => onOpenAttachment(a.path)}>
                    {attachmentName(a.path)}
                  </button>
                  {meta && <span className="poe-mail-attachment-meta"> ({meta})</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
