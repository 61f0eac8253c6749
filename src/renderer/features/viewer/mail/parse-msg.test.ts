// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMsg } from './parse-msg';

/** A corpus file as an ArrayBuffer of this realm (msgreader checks instanceof ArrayBuffer). */
function corpus(name: string): ArrayBuffer {
  const bytes = readFileSync(`${process.cwd()}/../shared/corpus/msg/${name}`);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

describe('parseMsg', () => {
  it('decodes 8-bit (non-Unicode) Japanese properties with the locale codepage', () => {
    const mail = parseMsg(corpus('non-unicode-cp932-japanese.msg'));
    expect(mail.subject).toBe('日本語 Non Unicode タイトル');
    expect(mail.body).toContain('日本語 Non Unicode 本文');
    expect(mail.date).toBe('Fri, 05 Nov 2021 10:25:17 GMT');
  });

  it('shows sender, recipients and attachments', () => {
    const mail = parseMsg(corpus('two-office-attachments_docx-xlsx.msg'));
    expect(mail.from).toBe('Spelde van, CMMA (Kees) <kees.van.spelde@achmea.nl>');
    expect(mail.to).toContain('kees.van.spelde@achmea.nl');
    expect(mail.attachments.map((a) => a.name)).toEqual(['Installatie handleiding.docx', 'Installatiehandleiding S&I Agro.xlsx']);
  });

  it('says when the Outlook item is not an e-mail', () => {
    expect(parseMsg(corpus('outlook-contact-not-email.msg')).notice).toContain('IPM.Contact');
  });

  it('throws on bytes that are not an Outlook file', () => {
    expect(() => parseMsg(new TextEncoder().encode('From: x\r\n\r\nnot a msg').buffer)).toThrow();
  });
});
