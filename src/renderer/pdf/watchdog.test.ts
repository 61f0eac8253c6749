import { describe, expect, it, vi } from 'vitest';
import { withTimeBudget, type Clock } from './watchdog';

/** A clock the test advances by hand, so budgets are exact and the test takes no time. */
function manualClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { clock, advance, pending: () => timers.length };
}

describe('withTimeBudget', () => {
  it('passes the value through when the work finishes in time', async () => {
    const { clock, pending } = manualClock();
    const onTimeout = vi.fn();
    const result = await withTimeBudget(Promise.resolve('doc'), 1000, onTimeout, clock);
    expect(result).toEqual({ status: 'ok', value: 'doc', ms: 0 });
    expect(onTimeout).not.toHaveBeenCalled();
    expect(pending()).toBe(0);
  });

  it('reports timed-out and stops the work when a hostile file never finishes', async () => {
    const { clock, advance } = manualClock();
    const onTimeout = vi.fn();
    const never = new Promise<string>(() => undefined);
    const result = withTimeBudget(never, 1000, onTimeout, clock);
    advance(999);
    expect(onTimeout).not.toHaveBeenCalled();
    advance(1);
    await expect(result).resolves.toEqual({ status: 'timed-out', ms: 1000 });
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('ignores a late result or failure once the budget ran out', async () => {
    const { clock, advance } = manualClock();
    let fail: (e: Error) => void = () => undefined;
    const late = new Promise<string>((_, reject) => {
      fail = reject;
    });
    const result = withTimeBudget(late, 10, () => undefined, clock);
    advance(10);
    fail(new Error('Terminated'));
    await expect(result).resolves.toMatchObject({ status: 'timed-out' });
  });

  it('passes on a failure within the budget', async () => {
    const { clock } = manualClock();
    await expect(withTimeBudget(Promise.reject(new Error('Invalid PDF structure')), 10, () => undefined, clock)).rejects.toThrow(
      'Invalid PDF structure',
    );
  });

  it('still reports timed-out when stopping the work throws', async () => {
    const { clock, advance } = manualClock();
    const result = withTimeBudget(
      new Promise(() => undefined),
      5,
      () => {
        throw new Error('worker already gone');
      },
      clock,
    );
    expect(() => advance(5)).not.toThrow();
    await expect(result).resolves.toMatchObject({ status: 'timed-out' });
  });
});
