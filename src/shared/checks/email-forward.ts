import { foldString } from '../text/fold';
import type { CompiledRuleset } from './ruleset';

/** Characters of a body searched for a forward marker. */
const MAX_FORWARD_BODY = 200_000;

/**
 * Forwarded, by the ruleset's markers alone (the one list of them, in every language): the
 * subject, or the message's own text above its quoted thread (its first "From:" line, original-
 * message separator, "On … wrote:" or "> " line: a forward marker below belongs to an older message
 * of the thread, and a customer replying to a forward is a reply).
 * The readers flag e-mails with the default ruleset; the engine asks again with the ruleset in use.
 */
export function forwardedByRules(
  rules: Pick<CompiledRuleset, 'forward' | 'emailFrom' | 'quotedReply'>,
  subject: string,
  body: string,
): boolean {
  const fw = rules.forward;
  fw.lastIndex = 0;
  if (fw.test(foldString(subject))) return true;
  const text = foldString(body.slice(0, MAX_FORWARD_BODY));
  const cuts = [firstIndex(rules.emailFrom, text), firstIndex(rules.quotedReply, text)].filter((i) => i >= 0);
  fw.lastIndex = 0;
  return fw.test(cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text);
}

function firstIndex(re: RegExp | null, text: string): number {
  if (!re) return -1;
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}
