#!/usr/bin/env node
// `npm run dist`: installers for this machine's platform (electron-builder.config.mjs): NSIS on
// Windows, dmg (x64 and arm64) on macOS, AppImage and .deb on Linux, in release/<version>/.
// Steps: sample queue, Electron binary (the same check as `npm start`: where it cannot be
// downloaded, say so and stop), electron-vite build, then electron-builder with signing decided
// by scripts/installer/signing.mjs. Extra arguments go to electron-builder (e.g. --publish never).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, electronMissingAdvice, ensureSampleQueue, provisionElectron, runNode } from './lib/electron.mjs';
import { signingPlan } from './installer/signing.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function say(message) {
  console.log(`[dist] ${message}`);
}

function fail(lines) {
  console.error(['', ...lines.map((l) => `[dist] ${l}`), ''].join('\n'));
  process.exit(1);
}

ensureSampleQueue(root, say);
// electron-builder downloads Electron for each target from the same release mirror: check it
// can be had before building, so an offline machine gets this message and not a stack trace.
const electron = provisionElectron(root, say);
if (electron.binary === undefined) fail(electronMissingAdvice(electron.why, 'no installer can be built'));
const built = buildApp(root, say);
if (!built.ok) fail([`Build failed: ${built.why}. See the errors above.`]);

const plan = signingPlan(process.platform, process.env);
for (const note of plan.notes) say(note);
const require = createRequire(join(root, 'package.json'));
const builderPackage = require.resolve('electron-builder/package.json');
const { bin } = JSON.parse(readFileSync(builderPackage, 'utf8'));
const cli = join(dirname(builderPackage), typeof bin === 'string' ? bin : bin['electron-builder']);
say(`Packaging for ${process.platform} (electron-builder)...`);
const result = runNode(
  root,
  cli,
  ['--config', 'electron-builder.config.mjs', ...plan.args, ...process.argv.slice(2)],
  'electron-builder',
  plan.env,
);
if (!result.ok) fail([`Packaging failed: ${result.why}. See the errors above.`]);
say('Done: the installers are in release/.');
