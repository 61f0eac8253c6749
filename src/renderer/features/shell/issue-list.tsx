import type { ImportIssue } from '@shared/queue/import-issue';

/** One line per issue, naming where it is: claim, row, field, document. */
export function IssueList({ issues, showQueue = false }: { issues: readonly ImportIssue[]; showQueue?: boolean }) {
  return (
    <ul className="issues">
      {issues.map((issue, i) => (
        <li key={i} className={`issue ${issue.severity}`}>
          <span className="issue-severity">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>
          <span className="issue-where">{issueLocation(issue, showQueue)}</span>
          <span className="issue-message">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function issueLocation(issue: ImportIssue, showQueue: boolean): string {
  const parts: string[] = [];
  if (showQueue) parts.push(issue.queue);
  if (issue.claimId) parts.push(`claim ${issue.claimId}`);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.field) parts.push(`field ${issue.field}`);
  if (issue.document) parts.push(`document ${issue.document}`);
  return parts.join(' · ');
}
