#!/usr/bin/env node
// poe-check: checks a POE claim queue. The TypeScript sources are built to out/cli on demand
// (when missing or older than the sources), with build messages on stderr only: stdout carries
// nothing but the report.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'cli');
const stamp = join(outDir, '.built');
const sources = ['src/cli', 'src/shared', 'src/readers', 'src/node', 'resources/rulesets', 'vite.cli.config.mjs', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isStale() {
  if (!existsSync(stamp) || !existsSync(join(outDir, 'index.js'))) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

async function build() {
  const tmp = join(root, 'out', `cli.${process.pid}.tmp`);
  process.env.POE_CLI_OUT_DIR = tmp;
  const { build: viteBuild } = await import('vite');
  // Vite logs through console.log (stdout): route it to stderr while building.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  try {
    await viteBuild({ configFile: join(root, 'vite.cli.config.mjs'), root, logLevel: 'warn', mode: 'production' });
  } finally {
    console.log = log;
  }
  writeFileSync(join(tmp, '.built'), new Date().toISOString());
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}

try {
  if (process.env.POE_CHECK_SKIP_BUILD !== '1' && isStale()) await build();
} catch (err) {
  process.stderr.write(`poe-check: could not build the command (${err instanceof Error ? err.message : String(err)})\n`);
  process.exit(1);
}
const { run } = await import(pathToFileURL(join(outDir, 'index.js')).href);
process.exitCode = await run(process.argv.slice(2));
