// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseEml } from './parse-eml';

function eml(lines: string[]): ArrayBuffer {
  return new TextEncoder().encode(lines.join('\r\n')).buffer;
}

describe('parseEml', () => {
  it('shows the headers as written and the plain-text body', async () => {
    const mail = await parseEml(
      eml([
        'From: "Ana Partner" <ana@partner.example>',
        'To: reviewer@contoso.example, Bob <bob@contoso.example>',
        'Cc: cc@contoso.example',
        'Date: Tue, 3 Jun 2025 10:15:00 +0200',
        'Subject: =?utf-8?Q?Sign-off_=E2=9C=93?=',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Customer approved the workshop.',
      ]),
    );
    expect(mail).toMatchObject({
      from: 'Ana Partner <ana@partner.example>',
      to: 'reviewer@contoso.example, Bob <bob@contoso.example>',
      cc: 'cc@contoso.example',
      date: 'Tue, 3 Jun 2025 10:15:00 +0200',
      subject: 'Sign-off ✓',
      body: 'Customer approved the workshop.',
      bodySource: 'text',
    });
  });

  it('reduces an HTML-only body to text: no script, style or remote image survives', async () => {
    const mail = await parseEml(
      eml([
        'From: a@b.example',
        'Subject: html',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>',
        '<p>Signed by <b>Contoso</b></p><img src="https://tracker.example/pixel.gif" onerror="alert(2)"><p>on 3 June</p>',
        '</body></html>',
      ]),
    );
    expect(mail.bodySource).toBe('html');
    expect(mail.body).toContain('Signed by Contoso');
    expect(mail.body).toContain('on 3 June');
    expect(mail.body).not.toMatch(/alert|color:red|tracker|<img/);
  });

  it('lists attachments with sanitised names', async () => {
    const mail = await parseEml(
      eml([
        'From: a@b.example',
        'Subject: files',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="XX"',
        '',
        '--XX',
        'Content-Type: text/plain',
        '',
        'see attached',
        '--XX',
        'Content-Type: application/octet-stream',
        'Content-Disposition: attachment; filename="..\\\\..\\\\Windows\\\\evil.exe"',
        'Content-Transfer-Encoding: base64',
        '',
        'AAEC',
        '--XX',
        'Content-Type: application/pdf',
        'Content-Disposition: attachment; filename*=utf-8\'\'invoice%E2%80%AEfdp.exe',
        '',
        'x',
        '--XX--',
      ]),
    );
    expect(mail.attachments.map((a) => a.name)).toEqual(['evil.exe', 'invoicefdp.exe']);
    expect(mail.attachments[0]?.size).toBe(3);
  });

  it('rejects deep MIME nesting instead of recursing without end', async () => {
    const depth = 100;
    const lines = ['From: a@b.example', 'Subject: deep'];
    for (let i = 0; i < depth; i++) lines.push(`Content-Type: multipart/mixed; boundary="b${i}"`, '', `--b${i}`);
    lines.push('Content-Type: text/plain', '', 'bottom');
    await expect(parseEml(eml(lines))).rejects.toThrow();
  });
});
