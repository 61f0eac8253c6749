// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ExtractedDocument } from '@shared/documents/types';
import { MailView } from './mail-view';

const mail: ExtractedDocument = {
  path: 'c/signoff.eml',
  kind: 'eml',
  state: 'ok',
  parts: [
    {
      part: 'header',
      text: 'From: Ana <ana@partner.example>\nTo: reviewer@contoso.example\nDate: 2025-06-03T08:15:00.000Z\nSubject: Workshop sign-off',
      hasTextLayer: true,
    },
    { part: 'body', text: 'Approved. <script>alert(1)</script>\nThe customer accepted the\nworkshop on 3 June.', hasTextLayer: true },
  ],
  metadata: {},
  signatures: [],
  attachments: [
    { path: 'c/signoff.eml#SOW.pdf', kind: 'pdf', state: 'ok', parts: [], metadata: {}, signatures: [], attachments: [], bytes: 2048 },
  ],
};

afterEach(cleanup);
// jsdom does not lay out, so it has no scrolling.
Element.prototype.scrollIntoView = () => undefined;

describe('MailView', () => {
  it('shows the header lines and the body the engine read, as text, inside the document named by the file', () => {
    render(<MailView fileName="signoff.eml" mail={mail} focus={null} onOpenAttachment={() => undefined} />);
    const doc = screen.getByRole('document', { name: 'signoff.eml' });
    for (const text of ['From', 'Ana <ana@partner.example>', 'To', 'Date', '2025-06-03T08:15:00.000Z', 'Subject', 'Workshop sign-off']) {
      expect(within(doc).getByText(text)).toBeTruthy();
    }
    expect(within(doc).queryByText('Cc')).toBeNull();
    expect(doc.textContent).toContain('Approved. <script>alert(1)</script>');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('lists attachments that open as documents', () => {
    const onOpen = vi.fn();
    render(<MailView fileName="signoff.eml" mail={mail} focus={null} onOpenAttachment={onOpen} />);
    const list = screen.getByRole('region', { name: 'Attachments' });
    expect(list.textContent).toContain('SOW.pdf (PDF, 2 KB)');
    fireEvent.click(within(list).getByRole('button', { name: 'SOW.pdf' }));
    expect(onOpen).toHaveBeenCalledWith('c/signoff.eml#SOW.pdf');
  });

  it('marks evidence in the body across line breaks, and in the headers', () => {
    const { rerender } = render(
      <MailView
        fileName="signoff.eml"
        mail={mail}
        focus={{ document: mail.path, part: 'body', text: 'customer accepted the workshop', nonce: 1 }}
        onOpenAttachment={() => undefined}
      />,
    );
    expect(document.querySelector('mark')?.textContent).toBe('customer accepted the\nworkshop');
    rerender(
      <MailView
        fileName="signoff.eml"
        mail={mail}
        focus={{ document: mail.path, part: 'header', text: 'Workshop sign-off', nonce: 2 }}
        onOpenAttachment={() => undefined}
      />,
    );
    expect(document.querySelector('mark')?.textContent).toBe('Workshop sign-off');
    expect(document.querySelector('mark')?.closest('dd')).toBeTruthy();
  });

  it("shows the Date on the sender's clock with the offset as written, the raw values on hover, and marks it as evidence", () => {
    const sent: ExtractedDocument = {
      ...mail,
      parts: [
        {
          part: 'header',
          text: 'From: John Doe <john.doe@contoso.com>\nDate: 2026-10-02T16:30:00.000Z\nSubject: Signed SOW',
          hasTextLayer: true,
        },
        { part: 'body', text: 'Attached.', hasTextLayer: true },
      ],
      email: {
        from: { name: 'John Doe', address: 'john.doe@contoso.com' },
        to: [],
        cc: [],
        date: '2026-10-02T16:30:00.000Z',
        dateAsWritten: 'Fri, 02 Oct 2026 09:30:00 -0700',
        subject: 'Signed SOW',
        isForwarded: false,
      },
    };
    const { rerender } = render(<MailView fileName="sow.eml" mail={sent} focus={null} onOpenAttachment={() => undefined} />);
    const date = screen.getByText('Fri, 2 Oct 2026, 09:30 -0700');
    expect(date.closest('time')?.getAttribute('dateTime')).toBe('2026-10-02T16:30:00.000Z');
    expect(date.closest('time')?.title).toBe('As written: Fri, 02 Oct 2026 09:30:00 -0700\nRead as: 2026-10-02T16:30:00.000Z');
    expect(screen.queryByText('2026-10-02T16:30:00.000Z')).toBeNull();
    // The engine's header evidence quotes the ISO moment: the date as shown is marked.
    rerender(
      <MailView
        fileName="sow.eml"
        mail={sent}
        focus={{
          document: sent.path,
          part: 'header',
          text: 'From: John Doe <john.doe@contoso.com>; Date: 2026-10-02T16:30:00.000Z',
          nonce: 1,
        }}
        onOpenAttachment={() => undefined}
      />,
    );
    expect(Array.from(document.querySelectorAll('mark'), (m) => m.textContent)).toEqual([
      'John Doe <john.doe@contoso.com>',
      'Fri, 2 Oct 2026, 09:30 -0700',
    ]);
    // A .msg keeps UTC times and often no Date header: the time is given in UTC and says so.
    const { dateAsWritten: _written, ...noWritten } = sent.email!;
    rerender(<MailView fileName="sow.msg" mail={{ ...sent, email: noWritten }} focus={null} onOpenAttachment={() => undefined} />);
    expect(screen.getByText('Fri, 2 Oct 2026, 16:30 UTC').closest('time')?.title).toBe('Read as: 2026-10-02T16:30:00.000Z');
  });

  it('says when the quote is not in the message', () => {
    render(
      <MailView
        fileName="signoff.eml"
        mail={mail}
        focus={{ document: mail.path, text: 'nowhere to be seen', nonce: 1 }}
        onOpenAttachment={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('not found');
  });
});
