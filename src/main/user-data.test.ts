import { describe, expect, it, vi } from 'vitest';
import { applyUserDataSwitch } from './user-data';

function fakeApp(value: string) {
  return { commandLine: { getSwitchValue: vi.fn(() => value) }, setPath: vi.fn() };
}

describe('applyUserDataSwitch', () => {
  it('moves userData to an absolute --user-data-dir', () => {
    const app = fakeApp('/tmp/poe-e2e-1');
    expect(applyUserDataSwitch(app)).toBe('/tmp/poe-e2e-1');
    expect(app.setPath).toHaveBeenCalledWith('userData', '/tmp/poe-e2e-1');
  });

  it.each(['', 'relative/profile'])('leaves userData alone for %j', (value) => {
    const app = fakeApp(value);
    expect(applyUserDataSwitch(app)).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
  });
});
