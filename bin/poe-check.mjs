#!/usr/bin/env node
// poe-check: checks a POE claim queue. The TypeScript sources are built to out/cli on demand
// (bin/cli-build.mjs); stdout carries nothing but the report.
//
// On Linux (glibc) the command runs in a child Node with big allocations given back on free
// (GLIBC_TUNABLES glibc.malloc.mmap_threshold=1 MiB). By default glibc raises that threshold up to
// 32 MiB after the first big buffer is freed, so the page images and decoded streams of scans then
// stay in the reader threads' malloc arenas after they are freed, and even after the threads end:
// measured on ../shared/corpus (scans only, two runs in one process), 430-680 MB kept against
// 150-175 MB with the threshold fixed; the readers' memory watchdog then refused small documents
// for memory that no document held.
//
// The child also runs V8's garbage collector on the thread that allocates (--single-threaded-gc)
// instead of on helper threads beside it: `check` keeps both cores busy with its reader threads, so
// the helpers only competed with them. Measured on scripts/bench-check.mjs's 1,000 text PDFs
// (2 cores): 42-43 s of CPU without it, 34-35 s with it, same report.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCliEntry } from './cli-build.mjs';

const TUNABLE = 'glibc.malloc.mmap_threshold=1048576';
const GC_FLAG = '--single-threaded-gc';

if (process.platform === 'linux' && !(process.env.GLIBC_TUNABLES ?? '').includes('glibc.malloc.mmap_threshold')) {
  const tunables = [process.env.GLIBC_TUNABLES, TUNABLE].filter(Boolean).join(':');
  const child = spawn(
    process.execPath,
    [...new Set([...process.execArgv, GC_FLAG]), fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, GLIBC_TUNABLES: tunables },
    },
  );
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  const { run } = await loadCliEntry('index.js', 'poe-check');
  process.exitCode = await run(process.argv.slice(2));
}
