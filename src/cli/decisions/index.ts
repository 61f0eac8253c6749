import { main, nodeSha256 } from './main';

export { buildDecisionLog, chainLogEvent, mergeDecisionLogs, serializeDecisionLog, verifyDecisionLogText } from '@shared/decision-log';
export { nodeSha256 };

/** Entry of the built `decisions` command (out/cli/decisions.js), run by bin/poe-decisions.mjs. */
export function run(argv: string[]): Promise<number> {
  return main(argv);
}
