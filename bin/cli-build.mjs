// Builds the command-line tools (src/cli, src/shared, ...) to out/cli on demand: when missing or
// older than the sources. Build messages go to stderr only: stdout carries nothing but the
// commands' own output. Shared by bin/poe-check.mjs and bin/poe-decisions.mjs.
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

function isStale(entry) {
  if (!existsSync(stamp) || !existsSync(join(outDir, entry))) return true;
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

/**
 * Builds out/cli when stale (unless POE_CHECK_SKIP_BUILD=1) and imports one built entry
 * ("index.js", "decisions.js"). Exits 1 with the reason when the build fails.
 */
export async function loadCliEntry(entry, name) {
  try {
    if (process.env.POE_CHECK_SKIP_BUILD !== '1' && isStale(entry)) await build();
  } catch (err) {
    process.stderr.write(`${name}: could not build the command (${err instanceof Error ? err.message : String(err)})\n`);
    process.exit(1);
  }
  return import(pathToFileURL(join(outDir, entry)).href);
}
