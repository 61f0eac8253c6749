import { zipSync } from 'fflate';
import type { TeamAssignment } from '@shared/decision-log/team';
import type { BatchFiles } from '@renderer/db/team';

/**
 * A batch as a queue .zip (poe-queue/1): the lead's manifest header (unknown fields kept), the
 * batch's claims exactly as the manifest had them, their documents, and the assignment as the
 * extra top-level field `team`. Its name is the batch's own, so on the reviewer's machine it is
 * a queue of its own; decisions on it are logged under the team queue the assignment names.
 */
export async function buildBatchZip(input: {
  header: Record<string, unknown>;
  name: string;
  files: BatchFiles;
  assignment: TeamAssignment;
}): Promise<Uint8Array> {
  const { claims: _claims, team: _team, ...header } = input.header;
  const manifest = {
    ...header,
    schema: 'poe-queue/1',
    name: input.name,
    exportedAt: new Date().toISOString(),
    team: input.assignment,
    claims: input.files.claims,
  };
  const entries: Record<string, Uint8Array> = { 'queue.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const doc of input.files.documents) entries[doc.path] = new Uint8Array(await doc.blob.arrayBuffer());
  // Documents are mostly compressed already (PDF, DOCX, images): the fastest level is enough.
  return zipSync(entries, { level: 1 });
}

/** A file name from a batch name: letters, digits and dashes. */
export function batchFileName(queueName: string, batchName: string, reviewer: string): string {
  const slug = `${queueName} ${batchName} ${reviewer}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'batch'}.zip`;
}
