import { vi } from 'vitest';
import type { Bridge } from '@renderer/bridge/bridge';
import type { QueueSource } from '@shared/queue/queue-source';

/** A valid usage claim for jsdom app tests: no documents, so nothing needs pdf.js. */
export function testClaim(claimId: string, partner = 'Fabrikam', contactEmail?: string) {
  return {
    claimId,
    program: 'cpor',
    solutionArea: 'Security',
    partnerRole: 'Use or consume',
    activity: 'usage',
    status: 'Submitted',
    createdAt: '2026-10-01',
    submittedAt: '2026-10-03',
    partner: { name: partner, partnerId: '1' },
    customer: { name: 'Contoso', domain: 'contoso.com', ...(contactEmail ? { contactEmail } : {}), country: 'US' },
    workloads: [{ name: 'Microsoft Intune', association: 'none' }],
    documents: [],
  };
}

/** A web-shaped bridge whose "sample queue" is the given claims; the journal is a spy. */
export function fakeBridge(claims: readonly unknown[]): Bridge & { appendJournal: ReturnType<typeof vi.fn> } {
  const source: QueueSource = {
    source: 'sample',
    label: 'Sample queue',
    manifestName: 'queue.json',
    manifestText: JSON.stringify({ schema: 'poe-queue/1', name: 'Test queue', claims }),
    files: ['queue.json'],
    readFile: (path) => Promise.reject(new Error(`no ${path}`)),
  };
  return {
    platform: 'web',
    appVersion: '0.0.0-test',
    openSampleQueue: () => Promise.resolve(source),
    showOpenQueueDialog: () => Promise.resolve(null),
    openQueueFromFiles: () => Promise.reject(new Error('not in this test')),
    saveExport: () => Promise.resolve({ saved: true, location: 'test' }),
    appendJournal: vi.fn(() => Promise.resolve()),
    readJournal: () => Promise.resolve(''),
    onCommand: () => () => undefined,
  };
}
