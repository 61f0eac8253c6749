import { getDocumentBlob } from '@renderer/db';
import type { ClaimRow } from '@renderer/db/types';
import type { ViewerDocument } from '@renderer/features/viewer/viewer-types';
import { basename } from './claim-facts-model';

/** A claim's documents as the viewer takes them (loaded from the database). */
export function viewerDocumentsOf(row: Pick<ClaimRow, 'queueId' | 'documents'>): ViewerDocument[] {
  return row.documents.map((d) => ({
    path: d.path,
    name: basename(d.path),
    mimeType: d.mimeType,
    state: d.state,
    stateDetail: d.stateDetail,
    sha256: d.sha256,
    load: () => getDocumentBlob(row.queueId, d.path),
  }));
}
