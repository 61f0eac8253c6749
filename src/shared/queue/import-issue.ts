/** A problem found reading a queue; always names where it is. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  /** Queue label or name. */
  queue: string;
  claimId?: string;
  /** Spreadsheet row (claims.csv, 1-based, header = row 1) or index in queue.json claims[] (0-based). */
  row?: number;
  /** Dotted field path: "customer.country", "documents[0].path". */
  field?: string;
  document?: string;
  message: string;
}
