import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { buildTestZip } from '@shared/zip/testing/zip-writer';
import { openQueueSource } from './queue-source';

const manifest = JSON.stringify({ schema: 'poe-queue/1', name: 'Week 47', claims: [] });
let base: string;
let queue: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'poe-queue-'));
  queue = join(base, 'queue');
  await mkdir(join(queue, '1004973'), { recursive: true });
  await writeFile(join(queue, 'queue.json'), manifest);
  await writeFile(join(queue, '1004973', 'sow.pdf'), '%PDF-1.7 sow');
  // A sibling whose name starts with the queue's: a string-prefix check would let it through.
  await mkdir(join(base, 'queue-evil'));
  await writeFile(join(base, 'queue-evil', 'x.pdf'), 'evil');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(queue, '1004973', 'link-out.pdf'));
  await symlink(join(base, 'queue-evil'), join(queue, 'dir-link'));
  await symlink(join(queue, '1004973', 'sow.pdf'), join(queue, '1004973', 'link-in.pdf'));
  execFileSync('mkfifo', [join(queue, '1004973', 'pipe.pdf')]);
  await writeFile(join(queue, '1004973', 'big.pdf'), new Uint8Array(4096));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function refusal(p: string, maxFileBytes?: number): Promise<string> {
  const source = await openQueueSource(queue, maxFileBytes === undefined ? {} : { maxFileBytes });
  return source.readFile(p).then(
    () => {
      throw new Error(`expected ${p} to be refused`);
    },
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
}

describe('openQueueSource (folder)', () => {
  it('opens a queue folder: manifest text, every non-folder entry listed, reads a document', async () => {
    const source = await openQueueSource(queue);
    expect(source).toMatchObject({ source: 'folder', label: 'queue', manifestName: 'queue.json', manifestText: manifest });
    // Links and pipes are listed so a claim naming one is told why it is refused, not that it is missing.
    expect(source.files).toEqual([
      '1004973/big.pdf',
      '1004973/link-in.pdf',
      '1004973/link-out.pdf',
      '1004973/pipe.pdf',
      '1004973/sow.pdf',
      'dir-link',
      'queue.json',
    ]);
    expect(new TextDecoder().decode(await source.readFile('1004973/sow.pdf'))).toBe('%PDF-1.7 sow');
    expect(new TextDecoder().decode(await source.readFile('./1004973/link-in.pdf'))).toBe('%PDF-1.7 sow');
  });

  it.each([
    ['../queue-evil/x.pdf', /"\.\.\/queue-evil\/x\.pdf" refused: .*leaves the queue/],
    ['../../etc/passwd', /refused/],
    ['/etc/passwd', /absolute/],
    ['C:\\Windows\\win.ini', /backslash/],
    ['%2e%2e/secret.txt', /percent-decoded/],
    ['a\u0000.pdf', /control/],
    ['', /empty/],
    ['1004973/link-out.pdf', /"1004973\/link-out\.pdf" refused: it is a link that leads outside the queue/],
    ['dir-link/x.pdf', /"dir-link\/x\.pdf" not found in the queue/],
    ['dir-link', /link that leads outside the queue/],
    ['1004973/pipe.pdf', /"1004973\/pipe\.pdf" refused: it is a pipe \(FIFO\)/],
    ['1004973', /"1004973" not found in the queue/],
    ['1004973/missing.pdf', /"1004973\/missing\.pdf" not found in the queue/],
  ])('refuses %j with an error naming it', async (p, reason) => {
    expect(await refusal(p)).toMatch(reason);
  });

  it('refuses files over the size limit with the sizes in the message', async () => {
    expect(await refusal('1004973/big.pdf', 1000)).toMatch(/"1004973\/big\.pdf" refused: 4 KB is over the 1000 bytes limit/);
  });

  it('opens the folder of a picked queue.json, and a parent holding one queue folder', async () => {
    expect((await openQueueSource(join(queue, 'queue.json'))).label).toBe('queue');
    const parent = join(base, 'parent');
    await mkdir(join(parent, 'week-47'), { recursive: true });
    await writeFile(join(parent, 'week-47', 'claims.csv'), '\ufeffClaim ID\n1\n');
    const source = await openQueueSource(parent);
    expect(source.manifestName).toBe('claims.csv');
    expect(source.manifestText).toBe('Claim ID\n1\n');
    expect(source.files).toEqual(['claims.csv']);
  });

  it('says what is wrong with a folder that is not a queue, or a path that does not exist', async () => {
    await expect(openQueueSource(join(base, 'queue-evil'))).rejects.toThrow(/"queue-evil" is not a queue/);
    await expect(openQueueSource(join(base, 'nope'))).rejects.toThrow(/"nope" not found/);
    await expect(openQueueSource(join(base, 'secret.txt'))).rejects.toThrow(/not a queue/);
  });

  it('refuses a manifest that is a link out of the queue', async () => {
    const q = join(base, 'linked-manifest');
    await mkdir(q);
    await symlink(join(base, 'secret.txt'), join(q, 'queue.json'));
    await expect(openQueueSource(q)).rejects.toThrow(/queue\.json" refused: it is a link that leads outside/);
  });
});

describe('openQueueSource (zip)', () => {
  async function writeZip(name: string, entries: Record<string, Uint8Array>): Promise<string> {
    const p = join(base, name);
    await writeFile(p, zipSync(entries));
    return p;
  }

  it('opens a zip with one top folder and reads documents from it', async () => {
    const p = await writeZip('week-47.zip', {
      'week-47/queue.json': strToU8(manifest),
      'week-47/1004973/sow.pdf': strToU8('%PDF-1.7 zipped'),
      '__MACOSX/week-47/._sow.pdf': strToU8('fork'),
    });
    const source = await openQueueSource(p);
    expect(source).toMatchObject({ source: 'zip', label: 'week-47.zip', manifestName: 'queue.json', manifestText: manifest });
    expect(source.files).toEqual(['1004973/sow.pdf', 'queue.json']);
    expect(new TextDecoder().decode(await source.readFile('1004973/sow.pdf'))).toBe('%PDF-1.7 zipped');
    await expect(source.readFile('../week-47/queue.json')).rejects.toThrow(/"\.\.\/week-47\/queue\.json" refused/);
    await expect(source.readFile('1004973/other.pdf')).rejects.toThrow(/"1004973\/other\.pdf" not found in the queue/);
  });

  it('refuses a zip with a ../ entry before using it', async () => {
    const p = await writeZip('evil.zip', { 'queue.json': strToU8(manifest), '../escape.pdf': strToU8('x') });
    await expect(openQueueSource(p)).rejects.toThrow(/"evil\.zip" zip refused/);
  });

  it('refuses a zip bomb by its declared sizes', async () => {
    const p = join(base, 'bomb.zip');
    await writeFile(p, zipSync({ 'queue.json': strToU8(manifest), 'zeros.pdf': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }));
    await expect(openQueueSource(p)).rejects.toThrow(/"bomb\.zip" zip refused: .*expands more than/);
  });

  it('refuses a zip without a manifest', async () => {
    const p = await writeZip('plain.zip', { 'notes.txt': strToU8('hi') });
    await expect(openQueueSource(p)).rejects.toThrow(/"plain\.zip" is not a queue/);
  });

  it('decodes a Windows-1252 claims.csv and strips junk beside the queue folder (issue 11: one way in)', async () => {
    const cp1252 = new Uint8Array([...strToU8('Claim ID,Partner\n1,M'), 0xfc, ...strToU8('ller '), 0x80, 0x0a]);
    const p = await writeZip('export.zip', {
      '.DS_Store': strToU8('x'),
      'export/claims.csv': cp1252,
      '__MACOSX/export/._claims.csv': strToU8('fork'),
    });
    const source = await openQueueSource(p);
    expect(source.manifestText).toContain('Müller €');
    expect(source.files).toEqual(['claims.csv']);
    const dir = join(base, 'cp1252');
    await mkdir(dir);
    await writeFile(join(dir, 'claims.csv'), cp1252);
    await writeFile(join(dir, '.DS_Store'), 'x');
    expect((await openQueueSource(dir)).manifestText).toContain('Müller €');
  });

  it('refuses duplicate entry names and overlapping entries, naming the entry (issue 12)', async () => {
    const dup = join(base, 'dup.zip');
    await writeFile(
      dup,
      buildTestZip([
        { name: 'queue.json', data: manifest },
        { name: 'a.pdf', data: '1' },
        { name: 'a.pdf', data: '2' },
      ]),
    );
    await expect(openQueueSource(dup)).rejects.toThrow('"dup.zip" zip refused: duplicate entry "a.pdf"');
    const bomb = join(base, 'overlap.zip');
    await writeFile(
      bomb,
      buildTestZip(
        [
          { name: 'queue.json', data: manifest },
          { name: 'z.pdf', data: new Uint8Array(1 << 20) },
        ],
        { alias: { of: 1, name: 'copy', count: 1000 } },
      ),
    );
    await expect(openQueueSource(bomb)).rejects.toThrow(/"overlap\.zip" zip refused: .*overlapping entries/);
  });
});
