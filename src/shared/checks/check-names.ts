import { escapeRegExp } from '../text/fold';
import { nameRegExp, normalizeName } from '../text/names';
import { claimNames, describeUnreadable, outcome, type CheckOutcome } from './check-kit';
import { contactDomainMismatch, evidenceAt, type CheckContext, type Segment } from './context';
import type { Evidence } from './types';

interface Found {
  evidence: Evidence;
  /** True when the text differs from the claim's name only by accents (found by the fallback). */
  accentInsensitive: boolean;
}

/** NFKC + lower case, accents kept: the first, stricter comparison. */
function caseFold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function findName(ctx: CheckContext, re: RegExp | null, name: string): Found | null {
  if (!re) return null;
  const strict = caseFold(name);
  let fallback: Found | null = null;
  for (const seg of ctx.segments) {
    const m = visibleMatch(re, seg);
    if (!m) continue;
    const evidence = evidenceAt(seg, m.index, m.index + m[0].length);
    const original = originalOf(seg, m.index, m.index + m[0].length);
    if (strict.includes(caseFold(original)) || caseFold(original).includes(strict)) return { evidence, accentInsensitive: false };
    fallback ??= { evidence, accentInsensitive: true };
  }
  return fallback;
}

const MAX_TRIES = 50;

/**
 * The first match that is the name written as a name, not part of an email address, domain or
 * web address ("pkaur@fabrikam.com", "www.contoso.com" do not show the name to a reader).
 */
function visibleMatch(re: RegExp, seg: Segment): RegExpExecArray | null {
  re.lastIndex = 0;
  const text = seg.folded.plain;
  let tries = 0;
  for (let m = re.exec(text); m && tries < MAX_TRIES; m = re.exec(text), tries++) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    if (!insideAddress(text, m.index, m.index + m[0].length)) return m;
  }
  return null;
}

const DOMAIN_AFTER = /^\.(?:[\p{L}\p{N}-]+\.)*[a-z]{2,24}(?![\p{L}\p{N}])/u;

/** True when [start, end) is a piece of an email address, host name or URL. */
export function insideAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if (before === '@' || before === '/' || before === '_') return true;
  // "mail.contoso.com", "www.contoso.com": a label before the name, glued by a dot.
  if (before === '.' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return true;
  const after = text.slice(end, end + 40);
  if (after.startsWith('@')) return true;
  // "contoso.com", "fabrikam.co.uk" (but not "Contoso. The" or "Contoso.\n").
  return DOMAIN_AFTER.test(after);
}

function originalOf(seg: Segment, start: number, end: number): string {
  const map = seg.folded.map;
  if (!map) return seg.folded.text.slice(start, end);
  const s = map[start] ?? 0;
  const e = (map[end - 1] ?? s) + 1;
  return seg.folded.text.slice(s, e);
}

/**
 * A distinctive word of the name (5+ characters, not a generic business word) when the whole
 * name is not there: "Fabrikam" for "Fabrikam Consulting Ltd". A hint for review only.
 */
function partialName(ctx: CheckContext, name: string): Evidence | null {
  const core = normalizeName(name, ctx.rules.suffixes).core;
  if (core.length < 2) return null;
  const candidates = core.filter((t) => t.length >= 5 && !GENERIC_NAME_WORDS.has(t)).sort((a, b) => b.length - a.length);
  for (const token of candidates) {
    const re = nameRegExp(token, []);
    if (!re) continue;
    for (const seg of ctx.segments) {
      const m = visibleMatch(re, seg);
      if (m) return evidenceAt(seg, m.index, m.index + m[0].length);
    }
  }
  return null;
}

/** Words too common in company names to point at one company on their own. */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'consulting',
  'services',
  'service',
  'solutions',
  'systems',
  'technologies',
  'technology',
  'international',
  'partners',
  'global',
  'digital',
  'software',
  'management',
  'networks',
  'group',
  'holdings',
  'industries',
  'enterprises',
  'company',
  'corporation',
  'limited',
  'county',
  'government',
  'department',
  'university',
  'college',
  'school',
  'hospital',
  'health',
  'healthcare',
  'council',
  'ministry',
  'national',
  'financial',
  'insurance',
  'traders',
  'trading',
  'beratung',
  'conseil',
]);

function domainHint(ctx: CheckContext): Evidence | null {
  const domain = ctx.claim.customer.domain?.trim().toLowerCase();
  if (!domain) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}.-])${escapeRegExp(domain)}(?![\\p{L}\\p{N}-])`, 'u');
  for (const seg of ctx.segments) {
    const m = re.exec(seg.folded.plain);
    if (m) return evidenceAt(seg, m.index, m.index + m[0].length);
  }
  return null;
}

/** Partner and customer names visible in the POE (normalised; the domain is only a hint). */
export function checkNames(ctx: CheckContext): CheckOutcome {
  const n = claimNames(ctx);
  const { partner, customer } = ctx.claim;
  const p = findName(ctx, n.partner, partner.name);
  const c = findName(ctx, n.customer, customer.name);
  const evidence = [p?.evidence, c?.evidence].filter((e): e is Evidence => !!e);
  const accents = [p, c].some((f) => f?.accentInsensitive) ? ' (matched ignoring accents)' : '';
  // DOMAIN.md: the customer contact's email domain must match the customer's, or the claim says why not.
  const mismatch = contactDomainMismatch(ctx.claim);
  const mismatchText = mismatch
    ? `; the customer contact's email domain ${mismatch.contact} differs from the customer domain ${mismatch.customer} and the claim gives no domain-mismatch reason`
    : '';
  if (p && c) {
    const found = `Partner "${partner.name}" and customer "${customer.name}" named${accents}`;
    return outcome('names', mismatch ? 'review' : 'pass', `${found}${mismatchText}`, evidence);
  }
  const missing = [!p ? `partner "${partner.name}"` : null, !c ? `customer "${customer.name}"` : null].filter(Boolean).join(' and ');
  const hint = !c ? domainHint(ctx) : null;
  if (hint) evidence.push(hint);
  const partial = [!p ? partialName(ctx, partner.name) : null, !c ? partialName(ctx, customer.name) : null].filter(
    (e): e is Evidence => !!e,
  );
  evidence.push(...partial);
  const hintText = [
    hint ? `; the customer domain ${ctx.claim.customer.domain ?? ''} appears (a hint, not proof of the name)` : '',
    partial.length > 0 ? `; part of the name appears: ${partial.map((e) => `"${e.text}"`).join(', ')}` : '',
  ].join('');
  if (ctx.unreadable.length > 0 || hint || partial.length > 0) {
    const look = ctx.unreadable.length > 0 ? `; look at ${describeUnreadable(ctx)}` : '';
    return outcome('names', 'review', `Not found in the readable text: ${missing}${hintText}${look}${mismatchText}`, evidence);
  }
  return outcome('names', 'fail', `Not found in the POE: ${missing}${mismatchText}`, evidence, [
    { code: 'names-missing', detail: `not found: ${missing}` },
  ]);
}
