import { CHECK_IDS, type CheckReport, type CheckStatus } from '@shared/checks/types';
import type { ClaimLink } from '@shared/links/types';

function describeLink(l: ClaimLink): string {
  switch (l.kind) {
    case 'conflict':
      return `conflict: ${l.why}`;
    case 'duplicate-document':
      return `same file: ${l.documents.join(', ')}`;
    case 'reused-text':
      return `reused text (${Math.round(l.similarity * 100)}%): ${l.documents.join(', ')}`;
  }
}

const MARK: Record<CheckStatus, string> = { pass: 'pass', fail: 'FAIL', review: 'review', 'n/a': '-' };
const HEAD: Record<(typeof CHECK_IDS)[number], string> = {
  signature: 'signature',
  names: 'names',
  dates: 'dates',
  workloads: 'workloads',
  'public-sector': 'public',
  'activity-detail': 'activity',
  'document-type': 'doc-type',
};

/** A plain-text table for people: one row per claim, then the failed checks' summaries and errors. */
export function formatTable(report: CheckReport): string {
  const header = ['claim', 'suggestion', ...CHECK_IDS.map((id) => HEAD[id])];
  const rows = report.claims.map((c) => [
    c.claimId,
    c.suggestedDecision,
    ...CHECK_IDS.map((id) => MARK[c.checks.find((x) => x.id === id)?.status ?? 'review']),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [
    `${report.queue} (${report.ruleset}): ${report.claims.length} claim(s)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  const notes = report.claims.flatMap((c) =>
    c.checks.filter((x) => x.status === 'fail' || x.status === 'review').map((x) => `${c.claimId} ${x.id} ${x.status}: ${x.summary}`),
  );
  if (notes.length > 0) out.push('', ...notes);
  const links = report.links ?? [];
  if (links.length > 0) out.push('', `links (${links.length}):`, ...links.map((l) => `  ${l.claims.join(' + ')} ${describeLink(l)}`));
  if (report.errors.length > 0) {
    out.push('', `errors (${report.errors.length}):`);
    for (const e of report.errors)
      out.push(`  ${[e.claimId, e.document].filter(Boolean).join(' ')}${e.claimId || e.document ? ': ' : ''}${e.message}`);
  }
  return `${out.join('\n')}\n`;
}
