#!/usr/bin/env node
// `npm start`: make sure the sample queue and the Electron binary are there, build with
// electron-vite, then launch the app. Electron 42+ has no postinstall: its binary is fetched the
// first time `require('electron')` runs, which fails silently-late offline, so this script
// fetches it up front (node_modules/electron/install.js) and says plainly when it cannot.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, electronMissingAdvice, ensureSampleQueue, provisionElectron } from './lib/electron.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
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

function ensureElectron() {
  const location = provisionElectron(root, say);
  if (location.binary !== undefined) return location.binary;
  fail([...electronMissingAdvice(location.why, 'the desktop app cannot start'), 'Meanwhile `npm run web` runs the same UI in a browser.']);
  return undefined;
}

function build() {
  const result = buildApp(root, say);
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

ensureSampleQueue(root, say);
const binary = ensureElectron();
build();
if (noLaunch) say(`Built. Electron is at ${binary}; not launching (--no-launch).`);
else launch(binary);
