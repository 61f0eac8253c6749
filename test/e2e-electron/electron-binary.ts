import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SKIP_MESSAGE = 'Electron binary not installed: Electron end-to-end test skipped';

/**
 * The Electron executable if it is installed, else null. Never requires 'electron': on
 * Electron 42+ that starts a download (and fails offline). Same lookup as scripts/start.mjs.
 */
export function installedElectronBinary(projectRoot: string): string | null {
  const require = createRequire(join(projectRoot, 'package.json'));
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override
    ? join(override, relative ?? 'electron')
    : relative === undefined
      ? undefined
      : join(packageDir, 'dist', relative);
  return binary !== undefined && existsSync(binary) ? binary : null;
}
