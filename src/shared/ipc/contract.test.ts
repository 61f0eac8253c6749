import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IPC_CHANNELS, IPC_CONTRACT, isIpcChannel } from './contract';
import { envelopeSchema } from './envelope';
import { isIpcEventName, IPC_EVENTS } from './events';

const token = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('IPC contract', () => {
  it('lists every channel once and only contract channels pass isIpcChannel', () => {
    expect([...IPC_CHANNELS].sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
    expect(isIpcChannel('queue:read-file')).toBe(true);
    expect(isIpcChannel('toString')).toBe(false);
    expect(isIpcChannel('__proto__')).toBe(false);
    expect(isIpcEventName('app:command')).toBe(true);
    expect(isIpcEventName('constructor')).toBe(false);
  });

  it('accepts a well-formed read request', () => {
    expect(IPC_CONTRACT['queue:read-file'].request.safeParse({ queueToken: token, path: 'a/b.pdf' }).success).toBe(true);
  });

  it.each([
    ['extra key', { queueToken: token, path: 'a.pdf', fsPath: '/etc/passwd' }],
    ['__proto__ key', JSON.parse(`{"queueToken":"${token}","path":"a.pdf","__proto__":{"isAdmin":true}}`) as unknown],
    ['missing path', { queueToken: token }],
    ['bad token', { queueToken: '../x', path: 'a.pdf' }],
    ['array', [token, 'a.pdf']],
    ['null', null],
    ['string', 'queue'],
  ])('refuses a read request with %s', (_label, input) => {
    expect(IPC_CONTRACT['queue:read-file'].request.safeParse(input).success).toBe(false);
  });

  it('refuses extra keys on argument-less channels', () => {
    expect(IPC_CONTRACT['journal:read'].request.safeParse({}).success).toBe(true);
    expect(IPC_CONTRACT['journal:read'].request.safeParse({ path: '/etc/passwd' }).success).toBe(false);
    expect(IPC_CONTRACT['queue:open-sample'].request.safeParse(JSON.parse('{"__proto__":{}}')).success).toBe(false);
  });

  it('refuses export names that are paths', () => {
    const schema = IPC_CONTRACT['decisions:save-export'].request;
    const ok = { suggestedName: 'decisions.csv', content: 'a,b', mimeType: 'text/csv' };
    expect(schema.safeParse(ok).success).toBe(true);
    for (const name of ['../x.csv', 'a/b.csv', 'C:x.csv', '..', 'a\u0000.csv', '']) {
      expect(schema.safeParse({ ...ok, suggestedName: name }).success).toBe(false);
    }
  });

  it('never throws on arbitrary input to any request schema (fuzz)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IPC_CHANNELS), fc.jsonValue(), (channel, input) => {
        const result = IPC_CONTRACT[channel].request.safeParse(input);
        return typeof result.success === 'boolean';
      }),
      { numRuns: 2000 },
    );
  });

  it('parses envelopes both ways and refuses malformed ones', () => {
    const schema = envelopeSchema(IPC_CONTRACT['journal:read'].response);
    expect(schema.parse({ ok: true, data: { text: 'x' } })).toEqual({ ok: true, data: { text: 'x' } });
    expect(schema.parse({ ok: false, error: { code: 'refused', message: 'no' } }).ok).toBe(false);
    expect(schema.safeParse({ ok: true, data: { text: 1 } }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'whatever', message: 'no' } }).success).toBe(false);
  });

  it('accepts only the five app commands', () => {
    expect(IPC_EVENTS['app:command'].safeParse('export-csv').success).toBe(true);
    expect(IPC_EVENTS['app:command'].safeParse('rm -rf').success).toBe(false);
  });
});
