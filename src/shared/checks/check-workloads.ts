import { describeUnreadable, outcome, type CheckOutcome } from './check-kit';
import { evidenceAt, type CheckContext } from './context';
import type { Evidence } from './types';
import { ocrLookalike } from '../documents/ocr';
import { findMentions, resolveWorkload, type Mention, type WorkloadNames } from './workload-match';

const workloadCache = new WeakMap<CheckContext, WorkloadNames[]>();
/** Resolved names per ruleset: a queue claims the same few workloads over and over. */
const resolvedByRuleset = new WeakMap<object, Map<string, WorkloadNames>>();

function resolveCached(ctx: CheckContext, name: string): WorkloadNames {
  let byName = resolvedByRuleset.get(ctx.rules);
  if (!byName) {
    byName = new Map();
    resolvedByRuleset.set(ctx.rules, byName);
  }
  let w = byName.get(name);
  if (!w) {
    w = resolveWorkload(name, ctx.rules.ruleset.workloads);
    if (byName.size < 5000) byName.set(name, w);
  }
  return w;
}

/** The claim's workloads with their aliases, resolved once per run (activity detail uses them too). */
export function claimWorkloads(ctx: CheckContext): WorkloadNames[] {
  let w = workloadCache.get(ctx);
  if (!w) {
    w = ctx.claim.workloads.map((x) => resolveCached(ctx, x.name));
    workloadCache.set(ctx, w);
  }
  return w;
}

function mentionEvidence(m: Mention): Evidence {
  return m.evidence ?? evidenceAt(m.seg, m.start, m.end);
}

/** Every claimed workload named in the POE (by name or alias); unticked template rows do not count. */
export function checkWorkloads(ctx: CheckContext): CheckOutcome {
  const workloads = claimWorkloads(ctx);
  if (workloads.length === 0) return outcome('workloads', 'review', 'The claim lists no workloads', []);
  const evidence: Evidence[] = [];
  const missing: string[] = [];
  const unticked: string[] = [];
  const unclear: string[] = [];
  for (const w of workloads) {
    const mentions: Mention[] = [];
    for (const seg of ctx.segments) {
      mentions.push(...findMentions(ctx.rules, w, seg));
      if (mentions.some((m) => m.state === 'ticked')) break;
    }
    const linked = mentions.find((m) => m.state === 'ticked') ?? mentions.find((m) => m.state === 'mentioned');
    const doubtful = mentions.find((m) => m.state === 'unclear');
    if (linked) {
      evidence.push(mentionEvidence(linked));
    } else if (doubtful) {
      unclear.push(w.claimed);
      evidence.push(mentionEvidence(doubtful));
    } else if (mentions.length > 0) {
      unticked.push(w.claimed);
      const first = mentions[0];
      if (first) evidence.push(mentionEvidence(first));
    } else missing.push(w.claimed);
  }
  const found = workloads.length - missing.length - unticked.length - unclear.length;
  // A workload already associated to another partner is a conflicting claim: both POEs get compared.
  const contested = ctx.claim.workloads.filter((w) => w.association === 'another-partner').map((w) => w.name);
  const conflict = contested.length > 0 ? `; associated to another partner: ${contested.join(', ')} (compare both claims' POE)` : '';
  if (missing.length === 0 && unticked.length === 0 && unclear.length === 0) {
    return outcome('workloads', 'pass', `All ${workloads.length} claimed workload(s) named in the POE${conflict}`, evidence);
  }
  if (missing.length === 0 && unticked.length === 0)
    return outcome(
      'workloads',
      'review',
      `${found} of ${workloads.length} claimed workload(s) linked; ${unclear.join(', ')} only on template rows marked "X" where other rows carry a tick: a person must read whether X means in or out of scope${conflict}`,
      evidence,
    );
  const parts = [
    missing.length > 0 ? `not found: ${missing.join(', ')}` : '',
    unticked.length > 0 ? `named only on unticked rows: ${unticked.join(', ')}` : '',
    unclear.length > 0 ? `on rows marked "X" against ticks (unclear): ${unclear.join(', ')}` : '',
  ].filter(Boolean);
  const summary = `${found} of ${workloads.length} claimed workload(s) linked; ${parts.join('; ')}${conflict}`;
  if (ctx.unreadable.length > 0) return outcome('workloads', 'review', `${summary}; look at ${describeUnreadable(ctx)}`, evidence);
  // On a scan, a product OCR read as a look-alike ("Entra 10 P2") may well be there.
  const misread = workloads.filter((w) => missing.includes(w.claimed) && ocrLookalike(ocrParts(ctx), w.names));
  if (misread.length > 0)
    return outcome(
      'workloads',
      'review',
      `${summary}; OCR read something like ${misread.map((w) => w.claimed).join(', ')} on a scan: look at it`,
      evidence,
    );
  return outcome('workloads', 'fail', summary, evidence, [
    { code: 'workloads-not-in-poe', detail: `not supported: ${[...missing, ...unticked].join(', ')}` },
  ]);
}

function ocrParts(ctx: CheckContext) {
  return ctx.segments.map((s) => s.part);
}
