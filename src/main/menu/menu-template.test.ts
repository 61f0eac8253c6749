import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('sends each app command from its menu item', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ isMac: false, isDevelopment: false, send }));
    const byLabel = new Map(items.filter((i) => i.label !== undefined).map((i) => [i.label, i]));
    expect(byLabel.get('Open queue…')?.accelerator).toBe('CmdOrCtrl+O');
    for (const [label, command] of [
      ['Open queue…', 'open-queue'],
      ['Open sample queue', 'open-sample-queue'],
      ['Export decisions as CSV', 'export-csv'],
      ['Export decisions as JSON', 'export-json'],
      ['Keyboard shortcuts', 'show-shortcuts'],
    ] as const) {
      const click = byLabel.get(label)?.click as (() => void) | undefined;
      expect(click, label).toBeTypeOf('function');
      click?.();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('offers devtools only in development and the app menu only on macOS', () => {
    const roles = (isMac: boolean, isDevelopment: boolean) =>
      flatten(buildMenuTemplate({ isMac, isDevelopment, send: vi.fn() })).map((i) => i.role);
    expect(roles(false, false)).not.toContain('toggleDevTools');
    expect(roles(false, true)).toContain('toggleDevTools');
    expect(roles(true, false)).toContain('appMenu');
    expect(roles(false, false)).not.toContain('appMenu');
    expect(roles(false, false)).toContain('quit');
  });
});
