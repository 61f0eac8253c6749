#!/usr/bin/env node
// Benchmark of the decision logs ("poe-decisions/1"), through the built `decisions` command's
// module (bin/cli-build.mjs builds it when stale), with node:crypto's SHA-256 as the command uses. One JSON line per metric on stdout:
//   verify_10k_events_ms         parse and verify one log of 10,000 events (target: at most 1,000)
//   merge_10_logs_10k_events_ms  parse, verify and merge 10 logs of 1,000 events each, from their text
//                                as the command reads them (10,000 events in all, overlapping claims,
//                                so disagreements are found), and write the merged log as text
//                                (target: at most 1,000)
// Median of 5 runs each. Progress goes to stderr.
import { loadCliEntry } from '../bin/cli-build.mjs';

const { buildDecisionLog, chainLogEvent, mergeDecisionLogs, nodeSha256, serializeDecisionLog, verifyDecisionLogText } = await loadCliEntry(
  'decisions.js',
  'bench-decisions',
);
const log = (...parts) => console.error('[bench-decisions]', ...parts);
const emit = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit, ...extra }));
const CHECKS = ['signature', 'names', 'dates', 'workloads', 'public-sector', 'activity-detail', 'document-type'];
const QUEUE = { queueId: 'bench-queue-00000000', name: 'Benchmark queue' };
const KINDS = ['approve', 'reject', 'action-required'];

/** One reviewer's log of `count` decisions on claims of a 5,000-claim queue (overlapping other reviewers'). */
function reviewerLog(reviewer, count, seed) {
  const events = [];
  let prev = null;
  const start = Date.parse('2026-11-20T08:00:00Z');
  for (let i = 0; i < count; i++) {
    const claimId = String(1_000_000 + ((seed * 7919 + i * 13) % 5000));
    const kind = KINDS[(seed + i) % 3];
    const body = {
      decisionId: `${reviewer}-${i}`,
      type: 'decision',
      queueId: QUEUE.queueId,
      claimId,
      reviewer,
      decidedAt: new Date(start + i * 45_000 + seed * 1000).toISOString(),
      kind,
      reasons: kind === 'approve' ? [] : ['names-missing'],
      comment: kind === 'approve' ? '' : 'The customer name is not visible on the POE; please upload a signed SOW.',
      overrideNote: '',
      checklist: CHECKS.map((id) => ({ id, engineStatus: 'pass', engineSummary: `${id}: found on page 2`, manualStatus: null, note: '' })),
      documents: [
        { path: `${claimId}/sow.pdf`, sha256: 'ab'.repeat(32) },
        { path: `${claimId}/poe.docx`, sha256: 'cd'.repeat(32) },
      ],
      ruleset: { id: 'poe-default', version: '2026.11.2' },
      appVersion: '0.1.0',
      supersedes: null,
    };
    prev = chainLogEvent(prev, body, nodeSha256);
    events.push(prev);
  }
  return events;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time (ms) of `runs` calls, and the median CPU time (ms, user + system) they took. */
function time(fn, runs = 5) {
  const samples = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(samples), cpu: Math.round(median(cpu)) };
}

log('building logs');
const reviewers = Array.from({ length: 10 }, (_, i) => `Reviewer ${i + 1}`);
const chains = reviewers.map((r, i) => reviewerLog(r, 1000, i));
const texts = chains.map((events) => serializeDecisionLog(buildDecisionLog({ queue: QUEUE, events }, nodeSha256)));
const big = serializeDecisionLog(buildDecisionLog({ queue: QUEUE, events: reviewerLog('Reviewer 1', 10_000, 0) }, nodeSha256));

let failed = false;
const verify = time(() => {
  const result = verifyDecisionLogText(big, { hash: nodeSha256 });
  if (!result.ok || result.count !== 10_000) throw new Error(`verify failed: ${result.message}`);
});
// cpu_ms: the process's CPU time, for reading the wall time on a machine other jobs load.
emit('verify_10k_events_ms', verify.wall, 'ms', { events: 10_000, target: 1000, cpu_ms: verify.cpu });
failed ||= verify.wall > 1000;

let disagreements = 0;
const merge = time(() => {
  const result = mergeDecisionLogs(
    texts.map((text, i) => ({ source: `log-${i}.json`, text })),
    { hash: nodeSha256 },
  );
  if (!result.log || result.log.events.length !== 10_000 || result.refused.length > 0)
    throw new Error('merge lost events or refused a log');
  disagreements = result.disagreements.length;
  serializeDecisionLog(result.log);
});
emit('merge_10_logs_10k_events_ms', merge.wall, 'ms', { logs: 10, events: 10_000, disagreements, target: 1000, cpu_ms: merge.cpu });
failed ||= merge.wall > 1000;
process.exit(failed ? 1 : 0);
