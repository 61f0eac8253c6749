import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { LIMITS } from '@shared/limits';
import { buildTestZip } from '@shared/zip/testing/zip-writer';
import { queueSourceFromFiles } from './files-queue-source';

const MANIFEST = JSON.stringify({ schema: 'poe-queue/1', name: 'Week 47', claims: [] });

function zipFile(name: string, entries: Record<string, string>): File {
  const bytes = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));
  return new File([bytes], name, { type: 'application/zip' });
}

function folderFile(relativePath: string, content: string): File {
  const file = new File([content], relativePath.slice(relativePath.lastIndexOf('/') + 1));
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

describe('queue from a .zip', () => {
  it('reads a zip whose files sit in one top folder, with queue-relative paths', async () => {
    const source = await queueSourceFromFiles([
      zipFile('batch.zip', { 'week-47/queue.json': MANIFEST, 'week-47/1004973/sow.pdf': '%PDF-1.7', '__MACOSX/week-47/._sow.pdf': 'junk' }),
    ]);
    expect(source.source).toBe('zip');
    expect(source.label).toBe('batch.zip');
    expect(source.manifestName).toBe('queue.json');
    expect(JSON.parse(source.manifestText)).toMatchObject({ name: 'Week 47' });
    expect([...source.files].sort()).toEqual(['1004973/sow.pdf', 'queue.json']);
    expect(new TextDecoder().decode(await source.readFile('1004973/sow.pdf'))).toBe('%PDF-1.7');
  });

  it('names the zip when it has no queue.json', async () => {
    await expect(queueSourceFromFiles([zipFile('batch.zip', { 'docs/sow.pdf': '%PDF' })])).rejects.toThrow(
      '"batch.zip" is not a queue: it has no queue.json or claims.csv',
    );
  });

  it('names the zip when it is not a zip at all', async () => {
    await expect(queueSourceFromFiles([new File(['not a zip'], 'broken.zip')])).rejects.toThrow(
      /^"broken\.zip" zip refused: no zip central directory found/,
    );
  });

  it('refuses paths that leave the queue and names missing files', async () => {
    const source = await queueSourceFromFiles([zipFile('batch.zip', { 'queue.json': MANIFEST })]);
    await expect(source.readFile('../etc/passwd')).rejects.toThrow(/"\.\.\/etc\/passwd" refused: path leaves the queue folder/);
    await expect(source.readFile('1004973/missing.pdf')).rejects.toThrow('"1004973/missing.pdf" not found in the queue');
  });

  it('accepts a Partner Center claims.csv when there is no queue.json', async () => {
    const source = await queueSourceFromFiles([zipFile('export.zip', { 'claims.csv': 'Claim ID\n1' })]);
    expect(source.manifestName).toBe('claims.csv');
  });
});

describe('queue from a folder', () => {
  it('strips the picked folder and reads files by queue-relative path', async () => {
    const source = await queueSourceFromFiles([
      folderFile('week-47/queue.json', MANIFEST),
      folderFile('week-47/1004973/sow.pdf', '%PDF-1.7'),
    ]);
    expect(source.source).toBe('folder');
    expect(source.label).toBe('week-47');
    expect([...source.files].sort()).toEqual(['1004973/sow.pdf', 'queue.json']);
    expect(new TextDecoder().decode(await source.readFile('./1004973/sow.pdf'))).toBe('%PDF-1.7');
  });

  it('names the folder when it has no queue.json', async () => {
    await expect(queueSourceFromFiles([folderFile('week-47/notes.txt', 'x')])).rejects.toThrow(
      '"week-47" is not a queue: it has no queue.json or claims.csv',
    );
  });
});

describe('one way in (issue 11): the same rules as the desktop shell and check', () => {
  const cp1252 = new Uint8Array([
    ...new TextEncoder().encode('Claim ID,Partner\n1,M'),
    0xfc,
    ...new TextEncoder().encode('ller '),
    0x80,
    0x0a,
  ]);

  it('decodes a Windows-1252 claims.csv ("Müller", "€") from a zip and from a folder', async () => {
    const zip = new File([zipSync({ 'claims.csv': cp1252 })], 'export.zip');
    expect((await queueSourceFromFiles([zip])).manifestText).toContain('Müller €');
    const file = new File([cp1252], 'claims.csv');
    Object.defineProperty(file, 'webkitRelativePath', { value: 'export/claims.csv' });
    expect((await queueSourceFromFiles([file])).manifestText).toContain('Müller €');
  });

  it('strips .DS_Store and __MACOSX beside a queue folder in a zip, and finds the queue inside it', async () => {
    const source = await queueSourceFromFiles([
      zipFile('batch.zip', {
        '.DS_Store': 'x',
        'week-47/queue.json': MANIFEST,
        'week-47/a.pdf': '%PDF',
        '__MACOSX/week-47/._a.pdf': 'fork',
      }),
    ]);
    expect([...source.files]).toEqual(['a.pdf', 'queue.json']);
  });

  it('refuses a zip with two entries of one name, naming the entry', async () => {
    const zip = new File(
      [
        buildTestZip([
          { name: 'queue.json', data: MANIFEST },
          { name: 'a.pdf', data: '1' },
          { name: 'a.pdf', data: '2' },
        ]),
      ],
      'dup.zip',
    );
    await expect(queueSourceFromFiles([zip])).rejects.toThrow('"dup.zip" zip refused: duplicate entry "a.pdf"');
  });

  it('refuses a document over the one per-file limit before reading it', async () => {
    const big = folderFile('week-47/big.pdf', 'x');
    Object.defineProperty(big, 'size', { value: LIMITS.documentBytes + 1 });
    const source = await queueSourceFromFiles([folderFile('week-47/queue.json', MANIFEST), big]);
    await expect(source.readFile('big.pdf')).rejects.toThrow('"big.pdf" refused: 128.0 MB is over the 128 MB limit for one file');
  });
});
