import { readFileSync, realpathSync } from 'node:fs';

/**
 * CPU time of one thread, where the system tells it (Linux's /proc). A budget counted on the
 * wall clock stops work that is only waiting for a core on a busy machine; counted on the
 * thread's own CPU time it stops only work that is really long. Elsewhere: null, and callers
 * fall back to the wall clock.
 */

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

/** Called in the thread to be measured: the path of its own stat file, or null off Linux. */
export function ownThreadStatPath(): string | null {
  try {
    return `${realpathSync('/proc/thread-self')}/stat`;
  } catch {
    return null;
  }
}

/** CPU time (user + system) in ms the thread of `statPath` has used, or null once unreadable. */
export function threadCpuMs(statPath: string): number | null {
  let stat: string;
  try {
    stat = readFileSync(statPath, 'latin1');
  } catch {
    return null;
  }
  // "tid (comm) state ppid ...": comm may hold spaces and brackets, so fields count from its last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After comm, field 3 (state) is index 0: utime (14) and stime (15) are 11 and 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/**
 * Calls `onOver` once the thread of `statPath` has used `budgetMs` of CPU since now, or the wall
 * clock has run `wallCapMs` (a thread that cannot be measured, or a machine so busy the answer
 * would come too late to be useful). Returns a function that cancels the watch.
 */
export function watchCpuBudget(statPath: string | null, budgetMs: number, wallCapMs: number, onOver: () => void): () => void {
  const startedCpu = statPath ? threadCpuMs(statPath) : null;
  const startedWall = Date.now();
  let timer: ReturnType<typeof setTimeout>;
  const arm = (ms: number) => {
    timer = setTimeout(check, Math.max(20, ms));
  };
  const check = () => {
    const wall = Date.now() - startedWall;
    const now = statPath && startedCpu !== null ? threadCpuMs(statPath) : null;
    if (now === null || startedCpu === null) {
      if (wall >= budgetMs) onOver();
      else arm(budgetMs - wall);
      return;
    }
    const used = now - startedCpu;
    if (used >= budgetMs || wall >= wallCapMs) onOver();
    else arm(Math.min(budgetMs - used, wallCapMs - wall));
  };
  arm(budgetMs);
  return () => clearTimeout(timer);
}
