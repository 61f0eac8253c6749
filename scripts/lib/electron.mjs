// Finding and provisioning the Electron binary without `require('electron')` (Electron 42+
// downloads on first require, which fails late and quietly offline). Used by `npm start` and
// `npm run dist`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Runs a Node script; { ok, why } instead of throwing. */
export function runNode(root, script, scriptArgs, label, env = process.env) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit', env });
  if (result.error) return { ok: false, why: `${label} could not run (${result.error.message})` };
  if (result.status !== 0) return { ok: false, why: `${label} exited with ${result.status ?? result.signal}` };
  return { ok: true };
}

/** Where the Electron executable is (or would be): its package folder, dist folder and binary. */
export function electronLocation(root) {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return { packageDir, distDir: override, binary: join(override, relative ?? 'electron') };
  const distDir = join(packageDir, 'dist');
  return { packageDir, distDir, binary: relative === undefined ? undefined : join(distDir, relative) };
}

/**
 * The Electron binary, downloading it (node_modules/electron/install.js) when missing.
 * Returns { binary, distDir } or { why } saying what failed.
 */
export function provisionElectron(root, say) {
  let location = electronLocation(root);
  if (location.binary !== undefined && existsSync(location.binary)) return location;
  say('Electron binary not found: downloading it (node node_modules/electron/install.js)...');
  const result = runNode(root, join(location.packageDir, 'install.js'), [], 'electron/install.js');
  location = electronLocation(root);
  if (result.ok && location.binary !== undefined && existsSync(location.binary)) return location;
  return { why: result.ok ? 'install.js finished but no executable was found' : result.why };
}

/** What to tell the user when the binary cannot be had. */
export function electronMissingAdvice(why, what) {
  return [
    `Could not provision the Electron binary, so ${what}.`,
    `What failed: ${why} (download from the Electron release mirror).`,
    'Fixes: allow access to github.com (or set ELECTRON_MIRROR to a reachable mirror) and try again,',
    'or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron executable.',
  ];
}

/** Generates resources/sample-queue when it is missing; warns (does not fail) when it cannot. */
export function ensureSampleQueue(root, say) {
  if (existsSync(join(root, 'resources', 'sample-queue', 'queue.json'))) return;
  const generator = join(root, 'scripts', 'generate-sample-queue.mjs');
  if (!existsSync(generator)) {
    say('No sample queue and no scripts/generate-sample-queue.mjs: skipping it ("Open sample queue" will say it is missing).');
    return;
  }
  say('Generating the sample queue (resources/sample-queue)...');
  const result = runNode(root, generator, [], 'generate-sample-queue.mjs');
  if (!result.ok) say(`Warning: ${result.why}. The app still starts; "Open sample queue" will report the problem.`);
}

/** `electron-vite build` into out/; { ok, why }. */
export function buildApp(root, say) {
  const require = createRequire(join(root, 'package.json'));
  const packageJson = JSON.parse(readFileSync(require.resolve('electron-vite/package.json'), 'utf8'));
  const bin = typeof packageJson.bin === 'string' ? packageJson.bin : packageJson.bin['electron-vite'];
  const cli = join(dirname(require.resolve('electron-vite/package.json')), bin);
  say('Building (electron-vite build)...');
  return runNode(root, cli, ['build'], 'electron-vite build');
}
