import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueSource } from '@shared/queue/queue-source';
import { rawClaim } from '@test/raw-claim';
import { db } from '@renderer/db/database';
import {
  getChecklistDraft,
  getClaim,
  getCurrentDecision,
  getDocumentBlob,
  getQueue,
  listAuditEvents,
  listClaims,
  listQueues,
  queueIdForName,
  recordDecision,
  removeAbandonedImports,
  saveChecklistDraft,
  verifyAuditChain,
} from '@renderer/db/index';
import { makeDecision, resetDatabase } from '@test/db-fixtures';
import type { ImportProgress } from '@renderer/db/types';
import { importQueue } from './import-queue';
import { storeDocuments } from './import-documents';
import { createClaimStage, documentPathsOf } from './claim-stage';

beforeEach(resetDatabase);

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function sha256(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function claim(id: string, documents: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return rawClaim(id, { customer: { name: `Contoso ${id}`, country: 'US' }, documents, ...extra });
}

function source(claims: unknown[], files: Record<string, string>, name = 'Week 47'): QueueSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    source: 'folder',
    label: 'week-47',
    manifestName: 'queue.json',
    manifestText: JSON.stringify({ schema: 'poe-queue/1', name, exportedAt: '2026-11-20T09:00:00Z', owner: 'Ana', claims }),
    files: Object.keys(files),
    reads,
    readFile(path: string) {
      reads.push(path);
      const content = files[path];
      return content === undefined ? Promise.reject(new Error(`${path}: not in the queue`)) : Promise.resolve(bytes(content));
    },
  };
}

const FILES = { '1/sow.pdf': '%PDF-1.7 sow', '1/mail.eml': 'From: x', '2/notes.odt': 'odt', 'shared/po.pdf': '%PDF po' };

describe('importQueue', () => {
  it('stores claims, documents with their SHA-256 and states, the queue and an audit event', async () => {
    const progress: ImportProgress[] = [];
    const claims = [
      claim('1', [{ path: '1/sow.pdf' }, { path: './1/mail.eml', sha256: 'ab'.repeat(32) }, { path: 'shared/po.pdf' }], { crm: 'X-1' }),
      claim('2', [{ path: '2/notes.odt' }, { path: '2/gone.pdf' }, { path: '../outside.pdf' }, { path: 'shared/po.pdf' }]),
      { claimId: '3', program: 'nope' },
    ];
    const src = source(claims, FILES);
    const result = await importQueue(src, (p) => progress.push(p));
    const queueId = queueIdForName('Week 47');
    expect(result).toMatchObject({ queueId, name: 'Week 47', imported: 3, updated: 0, invalid: 1 });
    expect(src.reads.sort()).toEqual(['1/mail.eml', '1/sow.pdf', 'shared/po.pdf']); // each read once, nothing refused read
    const rows = await listClaims(queueId);
    expect(rows.map((r) => r.claimId)).toEqual(['1', '2', '3']);
    const [one, two, three] = rows;
    expect((one!.claim as Record<string, unknown>).crm).toBe('X-1');
    expect(one!.documents.map((d) => [d.path, d.state])).toEqual([
      ['1/sow.pdf', 'ok'],
      ['1/mail.eml', 'ok'],
      ['shared/po.pdf', 'ok'],
    ]);
    expect(one!.documents[0]).toMatchObject({ sha256: await sha256(bytes(FILES['1/sow.pdf'])), bytes: 12, mimeType: 'application/pdf' });
    expect(one!.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        claimId: '1',
        document: '1/mail.eml',
        message: expect.stringMatching(/differs from the manifest's/),
      }),
    );
    expect(two!.documents.map((d) => [d.state, d.stateDetail])).toEqual([
      ['unsupported', expect.stringMatching(/2\/notes\.odt: \.odt is not a supported/)],
      ['missing', '2/gone.pdf is listed but not in the queue folder'],
      ['refused', expect.stringMatching(/"\.\.\/outside\.pdf" refused/)],
      ['ok', null],
    ]);
    expect(three).toMatchObject({ isValid: false, claim: null, raw: { claimId: '3', program: 'nope' } });
    const blob = await getDocumentBlob(queueId, '1/sow.pdf');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(bytes(FILES['1/sow.pdf']));
    expect(await getDocumentBlob(queueId, '2/gone.pdf')).toBeUndefined();
    expect(await getQueue(queueId)).toMatchObject({
      name: 'Week 47',
      claimCount: 3,
      exportedAt: '2026-11-20T09:00:00Z',
      header: { owner: 'Ana', schema: 'poe-queue/1' },
    });
    const events = await listAuditEvents(queueId);
    expect(events.map((e) => e.type)).toEqual(['queue-imported']);
    expect(events[0]!.payload).toMatchObject({ claims: 3, invalid: 1 });
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'validating', 'storing', 'documents', 'done']));
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: 0 });
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 3, total: 3 });
  });

  it('re-import updates in place: no duplicates, decisions, drafts and decisionKind kept, changed documents noticed', async () => {
    const first = source([claim('1', [{ path: '1/sow.pdf' }]), claim('2', [{ path: 'shared/po.pdf' }]), claim('gone', [])], FILES);
    const { queueId } = await importQueue(first);
    await recordDecision(makeDecision({ queueId, claimId: '1', kind: 'reject' }));
    await saveChecklistDraft({
      key: '',
      queueId,
      claimId: '2',
      entries: [{ id: 'names', manualStatus: 'pass', note: 'seen' }],
      updatedAt: '2026-11-20T10:00:00Z',
    });

    const changedFiles = { ...FILES, '1/sow.pdf': '%PDF-1.7 sow, edited after import' };
    const again = await importQueue(source([claim('1', [{ path: '1/sow.pdf' }]), claim('2', []), claim('4', [])], changedFiles));
    expect(again).toMatchObject({ queueId, imported: 1, updated: 2 });
    expect((await listClaims(queueId)).map((r) => r.claimId)).toEqual(['1', '2', '4']);
    expect(await listQueues()).toHaveLength(1);
    const one = await getClaim(queueId, '1');
    expect(one?.decisionKind).toBe('reject');
    expect((await getCurrentDecision(queueId, '1'))?.kind).toBe('reject');
    expect((await getChecklistDraft(queueId, '2'))?.entries[0]?.note).toBe('seen');
    expect(one?.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        document: '1/sow.pdf',
        message: expect.stringMatching(/changed since the last import/),
      }),
    );
    expect(one?.documents[0]?.sha256).toBe(await sha256(bytes(changedFiles['1/sow.pdf'])));
    expect(new Uint8Array(await (await getDocumentBlob(queueId, '1/sow.pdf'))!.arrayBuffer())).toEqual(bytes(changedFiles['1/sow.pdf']));
    expect(await getDocumentBlob(queueId, 'shared/po.pdf')).toBeUndefined(); // no longer listed
    expect((await listAuditEvents(queueId)).map((e) => e.type)).toEqual(['queue-imported', 'decision-recorded', 'queue-imported']);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it('sets decisionKind for claims decided before the queue was imported (journal restore first)', async () => {
    const queueId = queueIdForName('Week 47');
    await recordDecision(makeDecision({ queueId, claimId: '2', kind: 'action-required' }));
    await importQueue(source([claim('1', []), claim('2', [])], {}));
    expect((await getClaim(queueId, '2'))?.decisionKind).toBe('action-required');
    expect((await getClaim(queueId, '1'))?.decisionKind).toBe('none');
  });

  it('shows the previous claims until a re-import ends, and drops what an interrupted import wrote', async () => {
    const { queueId } = await importQueue(source([claim('1', []), claim('2', [])], {}));
    const seenDuring: string[][] = [];
    // A re-import that dies after storing its claims, before it finishes (a crash, a closed window).
    const interrupted = createClaimStage(
      { manifestName: 'queue.json', manifestText: source([claim('9', [])], {}).manifestText, label: 'week-47', files: [] },
      () => undefined,
    );
    await interrupted.plan(() => undefined);
    await interrupted.write(new Map());
    interrupted.close();
    expect((await listClaims(queueId)).map((r) => r.claimId)).toEqual(['1', '2']);
    expect(await getClaim(queueId, '9')).toBeUndefined();

    const claims = Array.from({ length: 1_100 }, (_, i) => claim(String(i + 100), []));
    await importQueue(source(claims, {}), (p) => {
      if (p.phase === 'validating' && p.done === 1_000)
        void listClaims(queueId).then((rows) => seenDuring.push(rows.map((r) => r.claimId)));
    });
    await Promise.resolve();
    expect(seenDuring).toEqual([['1', '2']]);
    expect((await listClaims(queueId)).map((r) => r.claimId)).toEqual(claims.map((c) => c.claimId));
    expect(await getClaim(queueId, '1')).toBeUndefined();
    // Only the new import's 3 pages remain: the first import's and the interrupted one's are gone.
    expect(await db.claimPages.where('queueId').equals(queueId).count()).toBe(3);
    expect(await db.claimDetailPages.where('queueId').equals(queueId).count()).toBe(3);
  });

  it('clears, at a later start, what imports killed over an hour ago left, and nothing a queue shows or a running import writes', async () => {
    const { queueId } = await importQueue(source([claim('1', [])], {}));
    const interrupted = async (name: string) => {
      const stage = createClaimStage(
        { manifestName: 'queue.json', manifestText: source([claim('9', [])], {}, name).manifestText, label: name, files: [] },
        () => undefined,
      );
      await stage.plan(() => undefined);
      await stage.write(new Map());
      stage.close();
    };
    await interrupted('Week 47'); // a re-import that died
    await interrupted('Never finished'); // a first import that died: no queue row at all
    expect(await db.claimPages.count()).toBe(3);
    expect(await removeAbandonedImports()).toBe(0); // young: may still be running elsewhere
    expect(await removeAbandonedImports(Date.now() + 2 * 60 * 60 * 1000)).toBe(4); // 2 summary + 2 detail pages
    expect(await db.claimPages.count()).toBe(1);
    expect((await listClaims(queueId)).map((r) => r.claimId)).toEqual(['1']);
  });

  it('keeps a decision recorded while the import is still writing batches', async () => {
    const claims = Array.from({ length: 1200 }, (_, i) => claim(String(i), []));
    const queueId = queueIdForName('Week 47');
    let during: Promise<unknown> | undefined;
    await importQueue(source(claims, {}), (p) => {
      // While the claims are still being validated and written.
      if (p.phase === 'validating' && during === undefined)
        during = recordDecision(makeDecision({ queueId, claimId: '900', kind: 'reject' }));
    });
    expect(await during).toBe('saved');
    expect((await getClaim(queueId, '900'))?.decisionKind).toBe('reject');
  });

  it('keeps both copies of a duplicate claim ID as separate rows', async () => {
    const { queueId, issues } = await importQueue(source([claim('7', []), claim('7', [], { claimName: 'copy' })], {}));
    const rows = await listClaims(queueId);
    expect(rows.map((r) => [r.claimId, r.isValid])).toEqual([
      ['7', true],
      ['7#2', false],
    ]);
    expect(issues).toContainEqual(
      expect.objectContaining({ claimId: '7', field: 'claimId', message: expect.stringMatching(/duplicate claim ID 7/) }),
    );
    await expect(recordDecision(makeDecision({ queueId, claimId: '7#2' }))).rejects.toThrow(/second copy of claim 7/);
    expect(await recordDecision(makeDecision({ queueId, claimId: '7' }))).toBe('saved');
  });

  it('imports a malformed manifest as an empty queue with the error, without throwing', async () => {
    const src = { ...source([], {}), manifestText: '{"schema": "poe-queue/1", "claims": [' };
    const result = await importQueue(src);
    expect(result.imported).toBe(0);
    expect(result.issues[0]!.message).toMatch(/not valid JSON.*line 1/);
    expect(await getQueue(result.queueId)).toMatchObject({ name: 'week-47', claimCount: 0 });
  });

  it('writes 10,000 claims in batches of about 500, yielding between them', async () => {
    const claims = Array.from({ length: 10_000 }, (_, i) => claim(String(i), []));
    const batches: number[] = [];
    let yields = 0;
    const tick = setInterval(() => yields++, 0);
    const started = performance.now();
    let imported: Promise<{ queueId: string }> | undefined;
    try {
      imported = importQueue(source(claims, {}), (p) => {
        if (p.phase === 'storing') batches.push(p.done);
      });
      await imported;
    } finally {
      clearInterval(tick);
    }
    const elapsed = performance.now() - started;
    // Counts of claims committed, in pages of 500 (those written while validating count at once).
    expect(batches.at(-1)).toBe(10_000);
    expect(batches.every((n, i) => n % 500 === 0 && (i === 0 || n > batches[i - 1]!))).toBe(true);
    // Other tasks ran while importing: the page stays responsive.
    expect(yields).toBeGreaterThan(5);
    expect(await listClaims((await imported).queueId)).toHaveLength(10_000);
    // Stored as 20 pages of 500 claims, each a summary row and a detail row.
    expect(await db.claimPages.count()).toBe(20);
    expect(await db.claimDetailPages.count()).toBe(20);
    // fake-indexeddb is slower than Chromium's IndexedDB; this guards against gross regressions only.
    expect(elapsed).toBeLessThan(30_000);
  });
});

describe('storeDocuments', () => {
  it('gives up on a read that hangs, and refuses one the platform rejects, naming the document', async () => {
    const src = source([], {});
    const hanging: QueueSource = {
      ...src,
      readFile: (path) =>
        path === 'hang.pdf' ? new Promise<Uint8Array>(() => undefined) : Promise.reject(new Error(`${path} is a symlink out of the queue`)),
    };
    const results = await storeDocuments(hanging, 'q', ['hang.pdf', 'link.pdf'], () => undefined, 50);
    expect(results.get('hang.pdf')).toEqual({ state: 'timeout', detail: 'hang.pdf was not read within 0 s', bytes: null });
    expect(results.get('link.pdf')).toEqual({
      state: 'refused',
      detail: 'link.pdf could not be read: link.pdf is a symlink out of the queue',
      bytes: null,
    });
  });
});

describe('documentPathsOf (the documents read while claims validate)', () => {
  it('lists each readable document once, normalised, from claims valid or not', () => {
    const raws = [
      claim('1', [{ path: './1/sow.pdf' }, { path: '1/sow.pdf' }, { path: 'shared/po.pdf' }]),
      {
        claimId: 'broken',
        documents: [
          { path: '1/mail.eml' },
          { path: '../outside.pdf' },
          { path: '2/notes.odt' },
          { path: 'gone.pdf' },
          'not a record',
          { path: 7 },
        ],
      },
      'not a claim',
      null,
    ];
    expect(documentPathsOf(raws, new Set(Object.keys(FILES))).sort()).toEqual(['1/mail.eml', '1/sow.pdf', 'shared/po.pdf']);
  });
});
