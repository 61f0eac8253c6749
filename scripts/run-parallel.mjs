#!/usr/bin/env node
// Runs shell commands side by side, as many at a time as the machine has cores, and prints each
// command's output whole when it ends (never interleaved), with its time. Every command runs to
// its end; the exit code is 1 if any failed, and the failures are named again at the bottom.
//
//   node scripts/run-parallel.mjs "tsc -p tsconfig.web.json --noEmit" "eslint ."
//
// `npm test` uses it for the static checks: typecheck, lint, knip and prettier are each
// single-threaded, so on CI's two cores running two at a time saves minutes.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs "<command>" ["<command>" ...]');
  process.exit(2);
}
const envLimit = Number(process.env['POE_PARALLEL'] ?? '');
const limit = Math.max(1, Number.isInteger(envLimit) && envLimit > 0 ? envLimit : availableParallelism());

/** @returns {Promise<{ command: string, code: number, output: string, seconds: number }>} */
function run(command) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' },
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    const finish = (code, extra = '') =>
      resolve({ command, code, output: Buffer.concat(chunks).toString('utf8') + extra, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => finish(127, `\ncould not start: ${error.message}\n`));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `\nended by ${signal}\n` : ''));
  });
}

const results = [];
let next = 0;
async function lane() {
  while (next < commands.length) {
    const result = await run(commands[next++]);
    const mark = result.code === 0 ? 'ok' : `FAILED (exit ${result.code})`;
    process.stdout.write(`\n── ${result.command}: ${mark} in ${result.seconds.toFixed(1)} s\n${result.output}`);
    results.push(result);
  }
}
await Promise.all(Array.from({ length: Math.min(limit, commands.length) }, lane));

const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) {
  console.error(`\n${failed.length} of ${commands.length} failed:\n${failed.map((r) => `  ${r.command} (exit ${r.code})`).join('\n')}`);
  process.exit(1);
}
console.log(`\nall ${commands.length} passed`);
