import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import './zod-jitless';

afterAll(() => vi.unstubAllGlobals());

describe('zod under a CSP without eval', () => {
  it('parses objects without ever constructing a Function', () => {
    const construct = vi.fn(() => {
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    });
    vi.stubGlobal('Function', construct);
    const Schema = z.object({ claimId: z.string(), amount: z.number().optional() });
    expect(Schema.parse({ claimId: '1004973', amount: 3 })).toEqual({ claimId: '1004973', amount: 3 });
    expect(Schema.safeParse({ claimId: 7 }).success).toBe(false);
    vi.unstubAllGlobals();
    expect(construct).not.toHaveBeenCalled();
    expect(z.config().jitless).toBe(true);
  });
});
