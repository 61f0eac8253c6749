import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommandName } from '@shared/ipc/events';

export interface MenuInput {
  isMac: boolean;
  isDevelopment: boolean;
  /** Sends an app:command event to the focused window's renderer. */
  send(command: AppCommandName): void;
}

/** The application menu; every app item becomes an app:command the renderer acts on. */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const command = (label: string, name: AppCommandName, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => input.send(name),
  });
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open queue…', 'open-queue', 'CmdOrCtrl+O'),
      command('Open sample queue', 'open-sample-queue'),
      { type: 'separator' },
      command('Export decisions as CSV', 'export-csv'),
      command('Export decisions as JSON', 'export-json'),
      ...(input.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(input.isDevelopment ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  // Shortcut shown in the menu only: "?" is handled by the renderer, so no accelerator here
  // (an accelerator would swallow "?" typed into text fields).
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [command('Keyboard shortcuts', 'show-shortcuts')] };
  return [...(input.isMac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}
