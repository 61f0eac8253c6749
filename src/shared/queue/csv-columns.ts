/**
 * How claims.csv headers (Partner Center "Export claims data" and hand-made sheets) map onto the
 * queue.json claim shape. Headers match case-insensitively, ignoring spaces, punctuation and
 * underscores ("Claim ID", "claim_id", "ClaimId" are one). Accepted headers, by field:
 *
 *   claimId           Claim ID, ID, Engagement claim ID
 *   program           Program, Incentive program          (CPOR / "Claiming partner of record" -> cpor,
 *                                                           "Partner activities" / MCI -> partner-activities)
 *   solutionArea      Solution area
 *   partnerRole       Partner role, Role
 *   activity          Activity, Activity type             (Usage, Pre-sales, Revenue; when absent it
 *                                                           is derived from the partner role)
 *   engagement        Engagement, Engagement name
 *   claimName         Claim name
 *   status            Status, Claim status
 *   createdAt         Created, Created at, Date created, Created date
 *   submittedAt       Submitted, Submitted at, Date submitted, Submitted date, Submission date
 *   statusChangedAt   Status changed, Status changed at, Last status change, Last updated
 *   transactionDate   Transaction date
 *   incentiveOptOut   Incentive opt out, Opt out         (yes/true/1 -> true, no/false/0 -> false)
 *   partner.*         Partner name, Partner ID / PartnerID / MPN ID, Partner location,
 *                     Partner contact name, Partner contact email
 *   customer.*        Customer name, Customer domain / Domain, Customer tenant ID / Tenant ID, TPID,
 *                     Customer country / Country, Customer sector / Sector, Customer contact name,
 *                     Customer contact email, Customer contact title, Domain mismatch reason
 *   workloads         Workloads, Workload, Products       (names separated by ";" or ",")
 *   documents         Documents, Document, POE, POE documents, Attachments, Files
 *                                                          (queue-relative paths separated by ";", "|"
 *                                                           or line breaks)
 * Any other column is kept on the claim under its header text (extra fields are never dropped).
 * Dates in Partner Center's form (7/17/2026, with or without a time) are read with the customer's
 * country rule (csv-dates.ts); anything else is passed through and reported by validation.
 */
export type ColumnTarget =
  | { kind: 'top'; key: string }
  | { kind: 'partner'; key: string }
  | { kind: 'customer'; key: string }
  | { kind: 'workloads' }
  | { kind: 'documents' };

const top = (key: string): ColumnTarget => ({ kind: 'top', key });
const partner = (key: string): ColumnTarget => ({ kind: 'partner', key });
const customer = (key: string): ColumnTarget => ({ kind: 'customer', key });

const ALIASES: [ColumnTarget, string[]][] = [
  [top('claimId'), ['claimid', 'id', 'engagementclaimid']],
  [top('program'), ['program', 'incentiveprogram']],
  [top('solutionArea'), ['solutionarea']],
  [top('partnerRole'), ['partnerrole', 'role']],
  [top('activity'), ['activity', 'activitytype']],
  [top('engagement'), ['engagement', 'engagementname']],
  [top('claimName'), ['claimname']],
  [top('status'), ['status', 'claimstatus']],
  [top('createdAt'), ['created', 'createdat', 'datecreated', 'createddate']],
  [top('submittedAt'), ['submitted', 'submittedat', 'datesubmitted', 'submitteddate', 'submissiondate']],
  [top('statusChangedAt'), ['statuschanged', 'statuschangedat', 'laststatuschange', 'lastupdated']],
  [top('transactionDate'), ['transactiondate']],
  [top('incentiveOptOut'), ['incentiveoptout', 'optout']],
  [partner('name'), ['partnername']],
  [partner('partnerId'), ['partnerid', 'mpnid']],
  [partner('location'), ['partnerlocation']],
  [partner('contactName'), ['partnercontactname']],
  [partner('contactEmail'), ['partnercontactemail']],
  [customer('name'), ['customername']],
  [customer('domain'), ['customerdomain', 'domain']],
  [customer('tenantId'), ['customertenantid', 'tenantid']],
  [customer('tpid'), ['tpid', 'customertpid']],
  [customer('country'), ['customercountry', 'country']],
  [customer('sector'), ['customersector', 'sector']],
  [customer('contactName'), ['customercontactname']],
  [customer('contactEmail'), ['customercontactemail']],
  [customer('contactTitle'), ['customercontacttitle']],
  [customer('domainMismatchReason'), ['domainmismatchreason']],
  [{ kind: 'workloads' }, ['workloads', 'workload', 'products']],
  [{ kind: 'documents' }, ['documents', 'document', 'poe', 'poedocuments', 'attachments', 'files']],
];

const BY_KEY = new Map<string, ColumnTarget>(ALIASES.flatMap(([target, keys]) => keys.map((k) => [k, target] as const)));

/** The claim field a header feeds, or null for a column kept as an extra field. */
export function columnTarget(header: string): ColumnTarget | null {
  return BY_KEY.get(header.toLowerCase().replace(/[^a-z0-9]/g, '')) ?? null;
}

/** Partner Center wording -> the queue.json enums; unknown text is passed on for validation to report. */
export function normaliseProgram(text: string): string {
  const t = text.trim().toLowerCase();
  if (t === 'cpor' || t.includes('partner of record')) return 'cpor';
  if (t === 'mci' || t.includes('partner activit')) return 'partner-activities';
  return t;
}

export function normaliseActivity(text: string): string {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (t === 'presales') return 'pre-sales';
  return t;
}

/** Activity implied by Partner Center's partner role, when the sheet has no activity column. */
export function activityFromRole(role: string): string | undefined {
  const r = role.toLowerCase();
  if (r.includes('revenue')) return 'revenue';
  if (r.includes('build intent') || r.includes('advisor') || r.includes('pre-sales') || r.includes('presales')) return 'pre-sales';
  if (r.includes('use or consume') || r.includes('usage')) return 'usage';
  return undefined;
}

export function normaliseSector(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'unknown') return null;
  if (t.includes('government') || t === 'public sector') return 'government';
  return t;
}

export function parseBooleanCell(text: string): boolean | string {
  const t = text.trim().toLowerCase();
  if (['yes', 'true', '1', 'y'].includes(t)) return true;
  if (['no', 'false', '0', 'n'].includes(t)) return false;
  return text;
}
