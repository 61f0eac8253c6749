import { describeUnreadable, outcome, segmentDates, type CheckOutcome } from './check-kit';
import { evidenceAt, matchesIn, type CheckContext, type Segment } from './context';
import { claimWorkloads } from './check-workloads';
import { findMentions } from './workload-match';
import type { Evidence } from './types';

type Category = 'users or devices' | 'phases' | 'timelines' | 'configuration work';

function firstMatch(re: RegExp | null, seg: Segment): Evidence | null {
  for (const m of matchesIn(re, seg)) return evidenceAt(seg, m.index, m.index + m[0].length);
  return null;
}

/** Named configuration work: a configuration verb near a claimed workload's name. */
function configurationNearWorkload(ctx: CheckContext, seg: Segment): Evidence | null {
  const reach = ctx.rules.ruleset.activityDetail.configurationNearWorkloadChars;
  const mentions = claimWorkloads(ctx)
    .flatMap((w) => findMentions(ctx.rules, w, seg))
    .filter((m) => m.state !== 'unticked' && m.start >= 0);
  if (mentions.length === 0) return null;
  for (const m of matchesIn(ctx.rules.activity.configuration, seg)) {
    if (mentions.some((w) => Math.abs(w.start - m.index) <= reach)) return evidenceAt(seg, m.index, m.index + m[0].length);
  }
  return null;
}

/**
 * Specific activities: numbers of users/devices, phases, timelines (or a dated range), and
 * configuration work named per workload. Enough categories pass; generic task lists fail.
 */
export function checkActivityDetail(ctx: CheckContext): CheckOutcome {
  const a = ctx.rules.activity;
  const found = new Map<Category, Evidence>();
  let generic = 0;
  for (const seg of ctx.segments) {
    if (!found.has('users or devices')) {
      const e = firstMatch(a.quantities, seg);
      if (e) found.set('users or devices', e);
    }
    if (!found.has('phases')) {
      const e = firstMatch(a.phases, seg);
      if (e) found.set('phases', e);
    }
    if (!found.has('timelines')) {
      const e = firstMatch(a.timelines, seg);
      const dates = segmentDates(ctx, seg);
      const second = dates[1];
      if (e) found.set('timelines', e);
      else if (second) found.set('timelines', evidenceAt(seg, dates[0]?.start ?? second.start, second.end));
    }
    if (!found.has('configuration work')) {
      const e = configurationNearWorkload(ctx, seg);
      if (e) found.set('configuration work', e);
    }
    for (const _ of matchesIn(a.generic, seg)) generic += 1;
    if (found.size === 4) break;
  }
  const { passCategories, reviewCategories } = ctx.rules.ruleset.activityDetail;
  const cats = [...found.keys()];
  const evidence = [...found.values()];
  const have = cats.length > 0 ? `specific: ${cats.join(', ')}` : 'no specific scope found';
  const genericNote = generic > 0 ? `; ${generic} generic phrase(s) such as "ongoing support"` : '';
  if (cats.length >= passCategories) return outcome('activity-detail', 'pass', `Activities described specifically (${have})`, evidence);
  const lacking = (['users or devices', 'phases', 'timelines', 'configuration work'] as const).filter((c) => !found.has(c)).join(', ');
  if (cats.length >= reviewCategories || ctx.unreadable.length > 0) {
    const look = ctx.unreadable.length > 0 ? `; look at ${describeUnreadable(ctx)}` : '';
    return outcome('activity-detail', 'review', `Partly specific (${have}; missing ${lacking})${genericNote}${look}`, evidence);
  }
  return outcome('activity-detail', 'fail', `Activities described generically (${have}; missing ${lacking})${genericNote}`, evidence, [
    { code: 'activities-generic', detail: `missing: ${lacking}` },
  ]);
}
