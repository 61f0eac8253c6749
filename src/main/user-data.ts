import { isAbsolute } from 'node:path';

type UserDataApp = { commandLine: { getSwitchValue(name: string): string }; setPath(name: 'userData', path: string): void };

/**
 * `--user-data-dir=<absolute folder>` moves userData (IndexedDB, settings, the decision journal):
 * end-to-end tests give each run a fresh folder, and a reviewer can keep two profiles apart.
 * Must run before `ready`. Relative paths are ignored (they would depend on the working folder).
 */
export function applyUserDataSwitch(app: UserDataApp): string | null {
  const value = app.commandLine.getSwitchValue('user-data-dir');
  if (value === '' || !isAbsolute(value)) return null;
  app.setPath('userData', value);
  return value;
}
