import { DecisionSchema, type Decision } from '@shared/decisions/types';
import { appendAuditEvent } from './audit-log';
import { db } from './database';
import { recordDecision } from './decisions';
import { recordUndo } from './undo';
import { UndoSchema, type Undo } from '@shared/decisions/undo';

/**
 * Restores decisions from the append-only journal main keeps outside IndexedDB (one JSON
 * Decision per line; a line may also be { "decision": Decision }). Missing decisions go through
 * recordDecision, in journal order, so each gets its audit event and the claim row its
 * decisionKind; ones already present are skipped. Running it twice restores nothing the
 * second time. Bad lines are reported by line number and do not stop the rest.
 */
export async function restoreDecisionsFromJournal(text: string): Promise<{ restored: number; skipped: number; errors: string[] }> {
  let restored = 0;
  let skipped = 0;
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const undo = parseUndo(line);
    if (undo) {
      try {
        if ((await recordUndo(undo)) === 'saved') restored++;
        else skipped++;
      } catch (error) {
        errors.push(`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
      continue;
    }
    const decision = parseLine(line);
    if (typeof decision === 'string') {
      errors.push(`line ${i + 1}: ${decision}`);
      continue;
    }
    try {
      if ((await recordDecision(decision)) === 'saved') restored++;
      else skipped++;
    } catch (error) {
      errors.push(`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (restored > 0 || errors.length > 0) {
    await db.transaction('rw', [db.audit], () =>
      appendAuditEvent({
        type: 'restore',
        actor: 'journal restore',
        queueId: '',
        claimId: null,
        payload: { restored, skipped, errors: errors.length },
      }),
    );
  }
  return { restored, skipped, errors };
}

/** A journal line { "undo": Undo } (written by Undo), or null for any other line. */
function parseUndo(line: string): Undo | null {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('undo' in value)) return null;
    const parsed = UndoSchema.safeParse(value.undo);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function parseLine(line: string): Decision | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const candidate = typeof value === 'object' && value !== null && 'decision' in value ? value.decision : value;
  const parsed = DecisionSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  return `not a decision (${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')})`;
}
