import type { CheckId, CheckStatus } from '@shared/checks/types';

/** Group names of the checklist (docs/UI-NAMES.md: the e2e tests find checks by these). */
export const CHECK_LABELS: Record<CheckId, string> = {
  signature: 'Customer signature or acknowledgement',
  names: 'Partner and customer names',
  dates: 'Dates',
  workloads: 'Workloads',
  'public-sector': 'Public sector disclosure',
  'activity-detail': 'Activity detail',
  'document-type': 'Document type',
};

export const STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  review: 'Review',
  'n/a': 'N/A',
};

export const STATUS_ORDER: readonly CheckStatus[] = ['pass', 'fail', 'review', 'n/a'];
