// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { viewerKeyAction } from './use-viewer-keys';

const key = (k: string, over: Partial<Parameters<typeof viewerKeyAction>[0]> = {}) =>
  viewerKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: document.body, ...over });

describe('viewerKeyAction', () => {
  it('maps n, p, +, =, - and / outside text fields', () => {
    expect(['n', 'p', '+', '=', '-', '/'].map((k) => key(k))).toEqual(['next-page', 'previous-page', 'zoom-in', 'zoom-in', 'zoom-out', 'search']);
    expect(key('a')).toBeNull();
  });

  it('leaves typing, shortcuts with modifiers and handled events alone', () => {
    const input = document.createElement('input');
    expect(key('n', { target: input })).toBeNull();
    expect(key('/', { target: document.createElement('textarea') })).toBeNull();
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(key('n', { target: checkbox })).toBe('next-page');
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('n', { defaultPrevented: true })).toBeNull();
  });
});
