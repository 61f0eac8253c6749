import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownThreadStatPath, threadCpuMs, watchCpuBudget } from './thread-cpu';

const HAS_THREAD_STAT = existsSync('/proc/thread-self/stat');

describe('thread CPU time', () => {
  it.skipIf(!HAS_THREAD_STAT)('reads the CPU time this thread used, growing as it works and not as it waits', async () => {
    const stat = ownThreadStatPath();
    expect(stat).toMatch(/^\/proc\/\d+\/task\/\d+\/stat$/);
    const before = threadCpuMs(stat!)!;
    // Work until the counter shows 200 ms more (on a busy machine that takes longer on the wall clock).
    const until = Date.now() + 20_000;
    while (threadCpuMs(stat!)! - before < 200 && Date.now() < until) {
      // spin
    }
    const afterWork = threadCpuMs(stat!)!;
    expect(afterWork - before).toBeGreaterThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(threadCpuMs(stat!)! - afterWork).toBeLessThan(100);
  });

  it('says null for a thread it cannot read, and a budget then runs on the wall clock', async () => {
    expect(threadCpuMs('/nonexistent/stat')).toBeNull();
    const started = Date.now();
    await new Promise<void>((resolve) => watchCpuBudget('/nonexistent/stat', 150, 10_000, resolve));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.skipIf(!HAS_THREAD_STAT)('stops at the wall-clock cap even if the thread uses no CPU', async () => {
    let over = false;
    const cancel = watchCpuBudget(ownThreadStatPath(), 100, 400, () => (over = true));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(over).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(over).toBe(true);
    cancel();
  });
});
