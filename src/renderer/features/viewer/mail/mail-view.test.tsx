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
