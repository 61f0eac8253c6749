import { describe, expect, it } from 'vitest';
import { zipSync, zlibSync, strToU8 } from 'fflate';
import { extractDocument } from './extract';
import { createNodeReaderEnv } from './node';
import { pdfDateToIso } from './pdf-strings';
import { concat } from './testing/hostile-files';

const env = createNodeReaderEnv();
const enc = (s: string) => new TextEncoder().encode(s);
const read = (path: string, bytes: Uint8Array, options?: Parameters<typeof extractDocument>[2]) =>
  extractDocument({ path, bytes }, env, options);

/** A message whose only attachment is the previous message: `depth` levels of message/rfc822. */
function nestedMail(depth: number): string {
  let mail = 'From: leaf@example.com\r\nSubject: leaf\r\nContent-Type: text/plain\r\n\r\nbottom\r\n';
  for (let i = depth; i >= 1; i--) {
    mail = [
      `From: level${i}@example.com`,
      `Subject: FW: level ${i}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b' + i + '"',
      '',
      '--b' + i,
      'Content-Type: text/plain',
      '',
      `level ${i}`,
      '--b' + i,
      'Content-Type: message/rfc822',
      `Content-Disposition: attachment; filename="level${i + 1}.eml"`,
      '',
      mail,
      '--b' + i + '--',
      '',
    ].join('\r\n');
  }
  return mail;
}

describe('e-mail reading', () => {
  it('reads nested messages down to the depth limit and refuses deeper ones', async () => {
    const d = await read('claim/mail.eml', enc(nestedMail(5)), { maxAttachmentDepth: 3 });
    expect(d.state).toBe('ok');
    expect(d.email).toMatchObject({ from: { address: 'level1@example.com' }, subject: 'FW: level 1', isForwarded: true });
    let node = d;
    const states: string[] = [];
    while (node.attachments[0]) {
      node = node.attachments[0];
      states.push(node.state);
    }
    expect(states).toEqual(['ok', 'ok', 'ok', 'refused']);
    expect(node.path).toBe('claim/mail.eml#level2.eml#level3.eml#level4.eml#level5.eml');
    expect(node.stateDetail).toContain('deeper than 3');
  });

  it('sanitises hostile attachment names in nested paths and reads HTML-only bodies', async () => {
    const mail = [
      'From: "Partner" <p@fabrikam.com>',
      'To: reviewer@contoso.com, "Second" <s@contoso.com>',
      'Cc: cc@contoso.com',
      'Date: Fri, 02 Oct 2026 10:00:00 +0200',
      'Subject: Proof',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="x"',
      '',
      '--x',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Signed <b>SOW</b> attached</p><img src="https://tracker.example/p.gif"><script>fetch("https://x")</script>',
      '--x',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment; filename="..\\\\..\\\\evil\u202Efdp.exe"',
      'Content-Transfer-Encoding: base64',
      '',
      'TVqQAAMAAAAEAAAA',
      '--x--',
      '',
    ].join('\r\n');
    const d = await read('q/mail.eml', enc(mail));
    expect(d.email).toMatchObject({
      from: { name: 'Partner', address: 'p@fabrikam.com' },
      to: [{ address: 'reviewer@contoso.com' }, { name: 'Second', address: 's@contoso.com' }],
      cc: [{ address: 'cc@contoso.com' }],
      date: '2026-10-02T08:00:00.000Z',
      dateAsWritten: 'Fri, 02 Oct 2026 10:00:00 +0200',
      isForwarded: false,
    });
    expect(d.parts.find((p) => p.part === 'body')?.text).toBe('Signed SOW attached');
    expect(d.parts.find((p) => p.part === 'header')?.text).toContain('From: Partner <p@fabrikam.com>');
    expect(d.attachments.map((a) => a.path)).toEqual(['q/mail.eml#evilfdp.exe']);
    expect(d.attachments[0]?.state).toBe('unsupported');
  });
});

describe('dispatch and states', () => {
  it('names the detected type of unsupported files', async () => {
    expect((await read('a.zip', zipSync({ 'x.txt': strToU8('x') }))).stateDetail).toContain('zip archive that is not a Word or Excel');
    expect((await read('a.bin', new Uint8Array([0x1f, 0x8b, 8, 0]))).stateDetail).toContain('gzip');
    expect((await read('empty.pdf', new Uint8Array(0))).stateDetail).toBe('named .pdf but is really empty file');
  });

  it('reads by content, not by name, and notes the mismatch', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0, 0, 0, 0, 200]);
    const d = await read('scan.pdf', png);
    expect(d.kind).toBe('image');
    expect(d.image).toMatchObject({ format: 'png', width: 256, height: 200 });
    expect(d.state).toBe('corrupt');
    expect(d.notes).toContain('named .pdf but the content is PNG image');
  });

  it('refuses a zip bomb .docx before inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    const d = await read('bomb.docx', bomb);
    expect(d).toMatchObject({ kind: 'docx', state: 'refused' });
    expect(d.stateDetail).toMatch(/expands more than/);
  });
});

/** A grey PNG of `width` × `height` (noise, so its data does not compress to nothing), its IDAT data changed by `damage`. */
function greyPng(width: number, height: number, damage: (idat: Uint8Array) => Uint8Array = (d) => d): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  let seed = 7;
  for (let i = 0; i < raw.length; i++) raw[i] = i % (width + 1) === 0 ? 0 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(strToU8(type), 4);
    out.set(data, 8);
    return out; // CRC left 0: the reader does not check it
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', damage(zlibSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ];
  return concat(parts);
}

describe('PNG image data', () => {
  it('reads an intact PNG and says what is wrong with a damaged or cut one', async () => {
    expect((await read('ok.png', greyPng(300, 200))).state).toBe('ok');
    const cut = await read(
      'cut.png',
      greyPng(300, 200, (d) => d.subarray(0, d.length >> 1)),
    );
    expect(cut).toMatchObject({ state: 'corrupt', stateDetail: 'image data ends early' });
    const flipped = await read(
      'flipped.png',
      greyPng(300, 200, (d) => d.map((b, i) => (i > 2 && i < 40 ? b ^ 0xff : b))),
    );
    expect(flipped.state).toBe('corrupt');
    expect(flipped.stateDetail).toMatch(/^image data is damaged/);
  });
});

describe('small decoders', () => {
  it('turns PDF dates into ISO', () => {
    expect(pdfDateToIso("D:20230615120550+02'00'")).toBe('2023-06-15T10:05:50.000Z');
    expect(pdfDateToIso('D:2014')).toBe('2014-01-01T00:00:00.000Z');
    expect(pdfDateToIso('D:20140507Z')).toBe('2014-05-07T00:00:00.000Z');
    expect(pdfDateToIso('yesterday')).toBeUndefined();
    expect(pdfDateToIso('D:20141399')).toBeUndefined();
  });
});
