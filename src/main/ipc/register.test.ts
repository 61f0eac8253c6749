import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { IpcFailure } from '@shared/ipc/envelope';
import { isTrustedSender, registerIpcHandlers, runHandler, type HandlerMap, type InvokeEvent } from './register';

const appFrame: InvokeEvent = { senderFrame: { url: 'app://poe-reviewer/index.html', parent: null } };
const token = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('isTrustedSender', () => {
  it.each([
    ['the app top frame', { url: 'app://poe-reviewer/index.html', parent: null }, true],
    ['a destroyed frame', null, false],
    ['no frame', undefined, false],
    ['a subframe of the app', { url: 'app://poe-reviewer/frame.html', parent: {} }, false],
    ['a foreign page', { url: 'https://evil.example/', parent: null }, false],
    ['a look-alike host', { url: 'app://poe-reviewer.evil/index.html', parent: null }, false],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }, false],
    ['about:blank', { url: 'about:blank', parent: null }, false],
  ])('%s -> %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});

describe('runHandler', () => {
  it('runs the handler with the parsed request and wraps its answer', async () => {
    const handler = vi.fn(() => ({ text: 'line\n' }));
    await expect(runHandler('journal:read', handler, appFrame, {})).resolves.toEqual({ ok: true, data: { text: 'line\n' } });
    expect(handler).toHaveBeenCalledWith({}, appFrame);
  });

  it('refuses foreign senders before looking at the payload', async () => {
    const handler = vi.fn(() => ({ text: '' }));
    const result = await runHandler('journal:read', handler, { senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['junk', 'rm -rf /'],
    ['an extra key', { queueToken: token, path: 'a.pdf', fsPath: '/etc/passwd' }],
    ['__proto__', JSON.parse(`{"queueToken":"${token}","path":"a.pdf","__proto__":{"polluted":true}}`) as unknown],
    ['a missing field', { queueToken: token }],
    ['undefined', undefined],
  ])('refuses %s with a validation error and never calls the handler', async (_label, payload) => {
    const handler = vi.fn(() => new Uint8Array());
    const result = await runHandler('queue:read-file', handler, appFrame, payload);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^queue:read-file: invalid request/) as unknown },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns thrown errors into envelopes that keep the message and pick the code', async () => {
    const failing = (err: unknown) => () => {
      throw err;
    };
    expect(await runHandler('journal:read', failing(new Error('disk on fire')), appFrame, {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
    expect(await runHandler('journal:read', failing(new IpcFailure('unknown-queue', 'gone')), appFrame, {})).toEqual({
      ok: false,
      error: { code: 'unknown-queue', message: 'gone' },
    });
    expect(await runHandler('journal:read', failing('a string'), appFrame, {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'a string' },
    });
  });

  it('refuses to send an answer that breaks the contract', async () => {
    const result = await runHandler('journal:read', () => ({ text: 1 }) as never, appFrame, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('never throws, whatever the payload (fuzz over every channel)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...IPC_CHANNELS), fc.anything(), async (channel, payload) => {
        const result = await runHandler(channel, () => Promise.reject(new Error('handler reached')), appFrame, payload);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 500 },
    );
  });
});

describe('registerIpcHandlers', () => {
  it('registers every contract channel through the checked runner', async () => {
    const handle = vi.fn();
    const handlers = Object.fromEntries(IPC_CHANNELS.map((c) => [c, vi.fn(() => ({ text: 'x' }))])) as unknown as HandlerMap;
    registerIpcHandlers({ handle }, handlers);
    expect(handle.mock.calls.map((c) => c[0] as string).sort()).toEqual([...IPC_CHANNELS].sort());
    const journalRead = handle.mock.calls.find((c) => c[0] === 'journal:read')?.[1] as (e: unknown, raw: unknown) => Promise<unknown>;
    expect(await journalRead({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await journalRead(appFrame, {})).toEqual({ ok: true, data: { text: 'x' } });
  });
});
