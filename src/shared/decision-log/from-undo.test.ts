import { describe, expect, it } from 'vitest';
import { eventBodyFromUndo } from './from-decision';
import { LogEventBodySchema } from './schema';

describe('an undo as a log event', () => {
  it('is an "undo" event revoking the decision it names, valid against the log schema', () => {
    const body = eventBodyFromUndo(
      {
        undoId: 'u-1',
        queueId: 'q',
        claimId: '1004973',
        revokes: 'd-1',
        reviewer: 'Ana',
        undoneAt: '2026-11-20T10:00:00.000Z',
        appVersion: '0.1.0',
      },
      { logQueueId: 'q', ruleset: null },
    );
    expect(LogEventBodySchema.parse(body)).toMatchObject({ type: 'undo', decisionId: 'u-1', supersedes: 'd-1', kind: null });
  });
});
