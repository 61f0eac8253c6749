import { foldString } from '../text/fold';
import { claimNames } from './check-kit';
import { claimWorkloads } from './check-workloads';
import type { CheckContext } from './context';
import type { AckStrength } from './acknowledgements';

/**
 * What a customer's email says in its own words (the text above the quoted earlier messages),
 * judged as an acknowledgement: it confirms the work, only mentions it, or is a courtesy reply
 * ("Thanks, received") that does not refer to the work at all. Issue 7, class 9: a reply on top
 * that confirms the work acknowledges the partner's detailed message quoted below it; a courtesy
 * reply does not.
 */

export type ReplyContent = 'confirms-work' | 'mentions-work' | 'courtesy';

const MAX_BODY = 20_000;

function firstIndex(re: RegExp | null, text: string): number {
  if (!re) return -1;
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function test(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** The folded text of a message body above its first quoted part ("From:" line, "-----Original Message-----", "On … wrote:", "> "). */
export function ownReplyText(ctx: CheckContext, body: string): string {
  const folded = foldString(body.slice(0, MAX_BODY));
  const cuts = [firstIndex(ctx.rules.emailFrom, folded), firstIndex(ctx.rules.quotedReply, folded)].filter((i) => i >= 0);
  return cuts.length > 0 ? folded.slice(0, Math.min(...cuts)) : folded;
}

/** How the customer's own words relate to the work. */
export function replyContent(ctx: CheckContext, own: string): ReplyContent {
  const workload = claimWorkloads(ctx).some((w) => test(w.namesRe, own));
  const work = workload || test(ctx.rules.emailWorkReference, own);
  const confirms = test(ctx.rules.emailConfirmation, own);
  const partner = test(claimNames(ctx).partner, own);
  if (work && (confirms || workload || partner)) return 'confirms-work';
  if (work || confirms) return 'mentions-work';
  return 'courtesy';
}

export interface ReplyJudgement {
  strength: AckStrength;
  note?: string;
  reason?: string;
}

/** An email from the customer's domain, judged by its own words (null: it confirms the work). */
export function judgeReply(ctx: CheckContext, own: string): ReplyJudgement | null {
  switch (replyContent(ctx, own)) {
    case 'confirms-work':
      return null;
    case 'mentions-work':
      return { strength: 'weak', note: "the customer's own words do not clearly confirm the work: a person must read them" };
    case 'courtesy':
      return {
        strength: 'rejected',
        note: "the customer's reply does not refer to the work (a courtesy reply is not an acknowledgement)",
        reason: 'no-customer-acknowledgement',
      };
  }
}
