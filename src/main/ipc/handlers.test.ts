import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openQueueSource } from '../../node/queue-source';
import { createJournal } from '../journal/journal';
import { QueueRegistry } from '../queue/queue-registry';
import { createHandlers } from './handlers';
import { runHandler, type InvokeEvent } from './register';

const appFrame: InvokeEvent = { senderFrame: { url: 'app://poe-reviewer/index.html', parent: null } };
let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'poe-handlers-'));
  await mkdir(join(base, 'queue', 'c1'), { recursive: true });
  await writeFile(join(base, 'queue', 'queue.json'), '{"schema":"poe-queue/1","claims":[]}');
  await writeFile(join(base, 'queue', 'c1', 'sow.pdf'), '%PDF sow');
  await mkdir(join(base, 'queue-evil'));
  await writeFile(join(base, 'queue-evil', 'x.pdf'), 'evil');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(base, 'queue', 'c1', 'out.pdf'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function setup(picked: string | null = join(base, 'queue')) {
  const handlers = createHandlers({
    registry: new QueueRegistry(2),
    journal: createJournal(join(base, 'journal', 'decisions.jsonl')),
    openQueue: (p, o) => openQueueSource(p, o),
    pickQueuePath: () => Promise.resolve(picked),
    samplePath: join(base, 'no-sample-here'),
    saveExport: vi.fn(() => Promise.resolve({ saved: false })),
    info: { version: '0.1.0', electron: '45', chrome: '140', os: 'linux' },
  });
  const call = (channel: Parameters<typeof runHandler>[0], payload: unknown) =>
    runHandler(channel, handlers[channel] as never, appFrame, payload);
  return { handlers, call };
}

async function openedToken(call: ReturnType<typeof setup>['call']): Promise<string> {
  const opened = await call('queue:open-dialog', {});
  if (!opened.ok || opened.data === null || typeof opened.data !== 'object' || !('queueToken' in opened.data))
    throw new Error('queue did not open');
  return opened.data.queueToken;
}

describe('queue handlers', () => {
  it('opens the picked queue and hands out a token, not a path', async () => {
    const { call } = setup();
    const opened = await call('queue:open-dialog', {});
    expect(opened).toMatchObject({
      ok: true,
      data: { source: 'folder', label: 'queue', manifestName: 'queue.json', files: ['c1/out.pdf', 'c1/sow.pdf', 'queue.json'] },
    });
    expect(JSON.stringify(opened)).not.toContain(base);
  });

  it('answers null when the dialog is cancelled', async () => {
    expect(await setup(null).call('queue:open-dialog', {})).toEqual({ ok: true, data: null });
  });

  it('reads queue files by token', async () => {
    const { call } = setup();
    const token = await openedToken(call);
    const read = await call('queue:read-file', { queueToken: token, path: 'c1/sow.pdf' });
    expect(read.ok && new TextDecoder().decode(read.data as Uint8Array)).toBe('%PDF sow');
  });

  it.each([
    ['../queue-evil/x.pdf', 'refused', /"\.\.\/queue-evil\/x\.pdf" refused/],
    ['../secret.txt', 'refused', /refused/],
    ['/etc/passwd', 'refused', /absolute/],
    ['C:\\Windows\\win.ini', 'refused', /backslash/],
    ['%2e%2e/secret.txt', 'refused', /percent-decoded/],
    ['c1/out.pdf', 'refused', /link that leads outside the queue/],
    ['c1/missing.pdf', 'not-found', /"c1\/missing\.pdf" not found/],
    ['c1', 'not-found', /"c1" not found in the queue/],
  ])('refuses to read %j (%s)', async (path, code, message) => {
    const { call } = setup();
    const token = await openedToken(call);
    const result = await call('queue:read-file', { queueToken: token, path });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('refuses an empty path and an unknown token by schema and registry', async () => {
    const { call } = setup();
    const token = await openedToken(call);
    expect(await call('queue:read-file', { queueToken: token, path: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('queue:read-file', { queueToken: '0f8fad5b-d9cb-469f-a165-70867728950e', path: 'c1/sow.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-queue' },
    });
  });

  it('forgets the oldest queue past the open limit', async () => {
    const { call } = setup();
    const first = await openedToken(call);
    await openedToken(call);
    await openedToken(call);
    expect(await call('queue:read-file', { queueToken: first, path: 'c1/sow.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-queue' },
    });
  });

  it('says how to get the sample queue when it is missing', async () => {
    const result = await setup().call('queue:open-sample', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('npm run sample') as unknown },
    });
  });
});

describe('journal handlers', () => {
  it('appends valid lines and reads them back; refuses lines without decisionId', async () => {
    const { call } = setup();
    expect(await call('journal:append', { line: '{"decisionId":"d1","decision":"approve"}' })).toEqual({
      ok: true,
      data: { appended: true },
    });
    expect(await call('journal:append', { line: '{"decision":"approve"}' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('journal:read', {})).toEqual({ ok: true, data: { text: '{"decisionId":"d1","decision":"approve"}\n' } });
  });
});

describe('app:info', () => {
  it('answers the versions', async () => {
    expect(await setup().call('app:info', {})).toEqual({
      ok: true,
      data: { version: '0.1.0', electron: '45', chrome: '140', os: 'linux' },
    });
  });
});
