// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MailView } from './mail-view';
import type { MailModel } from './mail-model';

const mail: MailModel = {
  from: 'Ana <ana@partner.example>',
  to: 'reviewer@contoso.example',
  cc: '',
  date: 'Tue, 3 Jun 2025 10:15:00 +0200',
  subject: 'Workshop sign-off',
  body: 'Approved. <script>alert(1)</script>',
  bodySource: 'text',
  attachments: [{ name: 'SOW.pdf', mimeType: 'application/pdf', size: 2048 }],
  notice: null,
};

afterEach(cleanup);

describe('MailView', () => {
  it('shows From, To, Date, Subject and the body as text, inside the document named by the file', () => {
    render(<MailView fileName="signoff.eml" mail={mail} />);
    const doc = screen.getByRole('document', { name: 'signoff.eml' });
    for (const text of ['From', 'Ana <ana@partner.example>', 'To', 'Date', 'Tue, 3 Jun 2025 10:15:00 +0200', 'Subject', 'Workshop sign-off']) {
      expect(within(doc).getByText(text)).toBeTruthy();
    }
    expect(within(doc).queryByText('Cc')).toBeNull();
    expect(within(doc).getByText('Approved. <script>alert(1)</script>')).toBeTruthy();
    expect(doc.querySelector('script')).toBeNull();
  });

  it('lists attachments with type and size', () => {
    render(<MailView fileName="signoff.eml" mail={mail} />);
    const list = screen.getByRole('region', { name: 'Attachments' });
    expect(list.textContent).toContain('SOW.pdf (application/pdf, 2 KB)');
  });
});
