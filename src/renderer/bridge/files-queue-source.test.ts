import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { decodeManifest, queueSourceFromFiles, stripTopFolder } from './files-queue-source';

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
    await expect(queueSourceFromFiles([zipFile('batch.zip', { 'docs/sow.pdf': '%PDF' })])).rejects.toThrow('batch.zip has no queue.json');
  });

  it('names the zip when it is not a zip at all', async () => {
    await expect(queueSourceFromFiles([new File(['not a zip'], 'broken.zip')])).rejects.toThrow(/^broken\.zip could not be opened/);
  });

  it('refuses paths that leave the queue and names missing files', async () => {
    const source = await queueSourceFromFiles([zipFile('batch.zip', { 'queue.json': MANIFEST })]);
    await expect(source.readFile('../etc/passwd')).rejects.toThrow(/batch\.zip: refused "\.\.\/etc\/passwd"/);
    await expect(source.readFile('1004973/missing.pdf')).rejects.toThrow('batch.zip has no file "1004973/missing.pdf"');
  });

  it('accepts a Partner Center claims.csv when there is no queue.json', async () => {
    const source = await queueSourceFromFiles([zipFile('export.zip', { 'claims.csv': 'Claim ID\n1' })]);
    expect(source.manifestName).toBe('claims.csv');
  });
});

describe('queue from a folder', () => {
  it('strips the picked folder and reads files by queue-relative path', async () => {
    const source = await queueSourceFromFiles([folderFile('week-47/queue.json', MANIFEST), folderFile('week-47/1004973/sow.pdf', '%PDF-1.7')]);
    expect(source.source).toBe('folder');
    expect(source.label).toBe('week-47');
    expect([...source.files].sort()).toEqual(['1004973/sow.pdf', 'queue.json']);
    expect(new TextDecoder().decode(await source.readFile('./1004973/sow.pdf'))).toBe('%PDF-1.7');
  });

  it('names the folder when it has no queue.json', async () => {
    await expect(queueSourceFromFiles([folderFile('week-47/notes.txt', 'x')])).rejects.toThrow('week-47 has no queue.json');
  });
});

describe('helpers', () => {
  it('keeps paths as they are when the manifest is at the root', () => {
    expect(stripTopFolder(['queue.json', 'a/b.pdf'])).toEqual({ prefix: '', paths: ['queue.json', 'a/b.pdf'] });
  });

  it('decodes UTF-16 manifests (Excel CSV) by their byte-order mark', () => {
    const text = 'Claim ID,Partner';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeManifest(utf16)).toBe(text);
    expect(decodeManifest(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
});
