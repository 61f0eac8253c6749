// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentView, ExtractedDocument } from '@shared/documents/types';
import type { ViewExtractRequest } from './view-extract-protocol';
import type * as Client from './view-extract-client';

/**
 * The viewer's readers as the page drives them: a worker that reads documents whole and one that
 * answers first screens only, each a fake that answers when the test says so (the readers
 * themselves are tested in src/readers).
 */
class FakeReader extends EventTarget {
  static started: FakeReader[] = [];
  readonly requests: ViewExtractRequest[] = [];
  isTerminated = false;
  constructor() {
    super();
    FakeReader.started.push(this);
    queueMicrotask(() => this.send({ id: 0, ready: true }));
  }
  postMessage(request: ViewExtractRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.isTerminated = true;
  }
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  /** The requests of this reader that read documents (not cancels), by path. */
  readings(): { id: number; path: string }[] {
    return this.requests.flatMap((r) => ('path' in r ? [{ id: r.id, path: r.path }] : []));
  }
  cancelled(): number[] {
    return this.requests.flatMap((r) => ('cancel' in r ? [r.id] : []));
  }
}

const whole = (path: string): ExtractedDocument => ({
  path,
  kind: 'xlsx',
  state: 'ok',
  parts: [],
  metadata: {},
  signatures: [],
  attachments: [],
  view: { sheets: [] },
});
const firstRows: DocumentView = { sheets: [] };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let client: typeof Client;
beforeEach(async () => {
  FakeReader.started = [];
  vi.resetModules();
  vi.stubGlobal('Worker', FakeReader);
  client = await import('./view-extract-client');
});
afterEach(() => vi.unstubAllGlobals());

/** The whole-reading worker and the first-screen worker, once both have a request. */
function readers(): { wholeReader: FakeReader; firstScreenReader: FakeReader } {
  const wholeReader = FakeReader.started.find((w) => w.readings().some((r) => !hasFirstScreenFlag(w, r.id)));
  const firstScreenReader = FakeReader.started.find((w) => w.readings().some((r) => hasFirstScreenFlag(w, r.id)));
  if (!wholeReader || !firstScreenReader) throw new Error('both readers should have been asked');
  return { wholeReader, firstScreenReader };
}
function hasFirstScreenFlag(w: FakeReader, id: number): boolean {
  return w.requests.some((r) => r.id === id && 'firstScreen' in r && r.firstScreen === true);
}

describe('the viewer reading documents (extractForView)', () => {
  it("shows the next workbook's first rows while the previous one is still read whole, and cancels that reading", async () => {
    const previous = new AbortController();
    const previewsA: DocumentView[] = [];
    void client
      .extractForView('a', 'a.xlsx', new ArrayBuffer(8), { onPreview: (v) => previewsA.push(v), signal: previous.signal })
      .catch(() => undefined);
    await flush();
    // A's first screen is answered; its whole reading begins (and takes long).
    const firstScreenReader = FakeReader.started.find((w) => w.readings().length > 0)!;
    firstScreenReader.send({ id: firstScreenReader.readings()[0]!.id, firstScreen: firstRows });
    await flush();
    expect(previewsA).toEqual([firstRows]);
    const wholeA = FakeReader.started.find((w) => w !== firstScreenReader && w.readings().some((r) => r.path === 'a.xlsx'));
    expect(wholeA, 'the whole reading runs on a reader of its own').toBeDefined();

    // The reviewer opens the next claim: A is no longer shown, B's first screen is asked at once.
    previous.abort();
    const previewsB: DocumentView[] = [];
    const b = client.extractForView('b', 'b.xlsx', new ArrayBuffer(8), { onPreview: (v) => previewsB.push(v) });
    await flush();
    const askB = firstScreenReader.readings().find((r) => r.path === 'b.xlsx');
    expect(askB, "B's first screen does not wait for A's whole reading").toBeDefined();
    firstScreenReader.send({ id: askB!.id, firstScreen: firstRows });
    await flush();
    expect(previewsB).toEqual([firstRows]);
    // A's reading was cancelled by asking its reader, which stays up for B.
    expect(wholeA!.cancelled()).toEqual([wholeA!.readings()[0]!.id]);
    expect(wholeA!.isTerminated).toBe(false);
    const wholeB = wholeA!.readings().find((r) => r.path === 'b.xlsx');
    expect(wholeB).toBeDefined();
    wholeA!.send({ id: wholeB!.id, ok: true, document: whole('b.xlsx') });
    await expect(b).resolves.toMatchObject({ path: 'b.xlsx', state: 'ok' });
    expect(readers().wholeReader).toBe(wholeA);
  });

  it('keeps a reading another view still wants, and a finished one for going back', async () => {
    const shown = new AbortController();
    const first = client.extractForView('a', 'a.xlsx', new ArrayBuffer(8), { onPreview: () => undefined, signal: shown.signal });
    // The viewer joins a reading started as the claim opened: one reading, both wanting it.
    const opened = new AbortController();
    const again = client.extractForView('a', 'a.xlsx', new ArrayBuffer(8), { firstScreen: true, signal: opened.signal });
    await flush();
    const firstScreenReader = FakeReader.started.find((w) => w.readings().length > 0)!;
    expect(FakeReader.started.flatMap((w) => w.readings())).toHaveLength(1);
    firstScreenReader.send({ id: firstScreenReader.readings()[0]!.id, firstScreen: null });
    await flush();
    opened.abort();
    const { wholeReader } = readers();
    expect(wholeReader.cancelled()).toEqual([]);
    wholeReader.send({ id: wholeReader.readings()[0]!.id, ok: true, document: whole('a.xlsx') });
    await expect(first).resolves.toMatchObject({ path: 'a.xlsx' });
    await expect(again).resolves.toMatchObject({ path: 'a.xlsx' });
    shown.abort();
    // Read and kept: opening it again reads nothing.
    await expect(client.extractForView('a', 'a.xlsx', new ArrayBuffer(8))).resolves.toMatchObject({ path: 'a.xlsx' });
    expect(FakeReader.started.flatMap((w) => w.readings())).toHaveLength(2);
  });

  it('reads a document no longer shown again when it is shown again (a cancelled reading is not kept)', async () => {
    const shown = new AbortController();
    const cancelled = client.extractForView('a', 'a.eml', new ArrayBuffer(8), { signal: shown.signal });
    await flush();
    shown.abort();
    await expect(cancelled).rejects.toThrow(/no longer shown|cancelled/);
    const again = client.extractForView('a', 'a.eml', new ArrayBuffer(8));
    await flush();
    const reader = FakeReader.started[0]!;
    expect(reader.readings()).toHaveLength(2);
    reader.send({ id: reader.readings()[1]!.id, ok: true, document: whole('a.eml') });
    await expect(again).resolves.toMatchObject({ path: 'a.eml' });
  });
});
