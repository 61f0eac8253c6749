import { DEFAULT_RULESET, rulesetLabel } from '@shared/checks/ruleset';
import type { ClaimRow } from '@renderer/db/types';
import { browserOcrVersion } from '@readers/browser-ocr-version';

/** Same claim, same bytes, same rules, same OCR: same report. Any of them changing runs the engine again. */
export function engineCacheKey(row: Pick<ClaimRow, 'queueId' | 'claimId' | 'documents'>): string {
  const hashes = row.documents.map((d) => d.sha256 ?? `none:${d.path}`).sort();
  return [row.queueId, row.claimId, rulesetLabel(DEFAULT_RULESET), browserOcrVersion(), hashes.join(',')].join('\u0000');
}
