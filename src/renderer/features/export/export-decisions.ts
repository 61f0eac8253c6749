import { exportDecisionLog, listCurrentDecisions } from '@renderer/db';
import type { Bridge } from '@renderer/bridge/bridge';

export type ExportFormat = 'csv' | 'json';

/** Builds the decision log of a queue and hands it to the platform; returns the status text. */
export async function exportDecisions(bridge: Bridge, queueId: string, format: ExportFormat): Promise<string | null> {
  const [file, decisions] = await Promise.all([exportDecisionLog(queueId, format, bridge.appVersion), listCurrentDecisions(queueId)]);
  const result = await bridge.saveExport(file.filename, file.content, file.mimeType);
  if (!result.saved) return null;
  const count = decisions.length;
  return `Exported ${count} decision${count === 1 ? '' : 's'} to ${result.location ?? file.filename}`;
}
