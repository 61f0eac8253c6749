#!/usr/bin/env node
// `npm start`: make sure the sample queue and the Electron binary are there, build with
// electron-vite, then launch the app. Electron 42+ has no postinstall: its binary is fetched the
// first time `require('electron')` runs, which fails silently-late offline, so this script
// fetches it up front (node_modules/electron/install.js) and says plainly when it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const args = new Set(process.argv.slice(2));
/** `--no-launch`: provision and build only (CI, or checking a machine). */
const noLaunch = args.has('--no-launch');

function say(message) {
  console.log(`[start] ${message}`);
}

function fail(lines) {
  console.error(['', ...lines.map((l) => `[start] ${l}`), ''].join('\n'));
  process.exit(1);
}

function runNode(script, scriptArgs, label) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.error) return { ok: false, why: `${label} could not run (${result.error.message})` };
  if (result.status !== 0) return { ok: false, why: `${label} exited with ${result.status ?? result.signal}` };
  return { ok: true };
}

function ensureSampleQueue() {
  const manifest = join(root, 'resources', 'sample-queue', 'queue.json');
  if (existsSync(manifest)) return;
  const generator = join(root, 'scripts', 'generate-sample-queue.mjs');
  if (!existsSync(generator)) {
    say('No sample queue and no scripts/generate-sample-queue.mjs: skipping it ("Open sample queue" will say it is missing).');
    return;
  }
  say('Generating the sample queue (resources/sample-queue)...');
  const result = runNode(generator, [], 'generate-sample-queue.mjs');
  if (!result.ok) say(`Warning: ${result.why}. The app still starts; "Open sample queue" will report the problem.`);
}

/** Where the Electron executable is (or would be), without requiring electron (that would download). */
function electronLocation() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return { packageDir, binary: join(override, relative ?? 'electron') };
  return { packageDir, binary: relative === undefined ? undefined : join(packageDir, 'dist', relative) };
}

function ensureElectron() {
  let location = electronLocation();
  if (location.binary !== undefined && existsSync(location.binary)) return location.binary;
  say('Electron binary not found: downloading it (node node_modules/electron/install.js)...');
  const result = runNode(join(location.packageDir, 'install.js'), [], 'electron/install.js');
  location = electronLocation();
  if (result.ok && location.binary !== undefined && existsSync(location.binary)) return location.binary;
  fail([
    'Could not provision the Electron binary, so the desktop app cannot start.',
    `What failed: ${result.ok ? 'install.js finished but no executable was found' : result.why} (download from the Electron release mirror).`,
    'Fixes: allow access to github.com (or set ELECTRON_MIRROR to a reachable mirror) and run `npm start` again,',
    'or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron executable.',
    'Meanwhile `npm run web` runs the same UI in a browser.',
  ]);
  return undefined;
}

function build() {
  const packageJson = JSON.parse(readFileSync(require.resolve('electron-vite/package.json'), 'utf8'));
  const bin = typeof packageJson.bin === 'string' ? packageJson.bin : packageJson.bin['electron-vite'];
  const cli = join(dirname(require.resolve('electron-vite/package.json')), bin);
  say('Building (electron-vite build)...');
  const result = runNode(cli, ['build'], 'electron-vite build');
  if (!result.ok) fail([`Build failed: ${result.why}. See the errors above.`]);
}

function launch(binary) {
  say('Starting POE Reviewer...');
  // ELECTRON_RUN_AS_NODE in the environment would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => fail([`Electron could not be started: ${err.message}`, '`npm run web` runs the same UI in a browser.']));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

ensureSampleQueue();
const binary = ensureElectron();
build();
if (noLaunch) say(`Built. Electron is at ${binary}; not launching (--no-launch).`);
else launch(binary);
