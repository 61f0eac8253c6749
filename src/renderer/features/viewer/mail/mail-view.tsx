import type { MailModel } from './mail-model';

function formatSize(size: number | null): string {
  if (size === null) return '';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1048576).toFixed(1)} MB`;
}

const HEADER_ROWS = [
  ['From', 'from'],
  ['To', 'to'],
  ['Cc', 'cc'],
  ['Date', 'date'],
  ['Subject', 'subject'],
] as const;

/** An e-mail as text: headers, body and attachment names. Nothing from the mail is rendered as markup. */
export function MailView({ fileName, mail }: { fileName: string; mail: MailModel }) {
  return (
    <div role="document" aria-label={fileName} className="poe-mail" tabIndex={0}>
      <dl className="poe-mail-headers">
        {HEADER_ROWS.filter(([label, key]) => label !== 'Cc' || mail[key]).map(([label, key]) => (
          <div key={key} className="poe-mail-header">
            <dt>{label}</dt>
            <dd>{mail[key] || '—'}</dd>
          </div>
        ))}
      </dl>
      {mail.notice && <p className="poe-mail-notice">{mail.notice}</p>}
      <section aria-label="Message body" className="poe-mail-body">
        {mail.bodySource === 'html' && <p className="poe-mail-hint">HTML message shown as text.</p>}
        {mail.body ? <pre>{mail.body}</pre> : <p>(no text body)</p>}
      </section>
      {mail.attachments.length > 0 && (
        <section aria-label="Attachments" className="poe-mail-attachments">
          <h3>Attachments ({mail.attachments.length})</h3>
          <ul>
            {mail.attachments.map((a, i) => {
              const meta = [a.mimeType, formatSize(a.size)].filter(Boolean).join(', ');
              return (
                <li key={i}>
                  <span className="poe-mail-attachment-name">{a.name}</span>
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
