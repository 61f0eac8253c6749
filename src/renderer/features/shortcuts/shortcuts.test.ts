// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYS, isTypingTarget, resolveShortcut, shortcutHelp, validateKeyMap, type KeyInput } from './shortcuts';

function key(k: string, target: EventTarget | null = document.body, over: Partial<KeyInput> = {}): KeyInput {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...over };
}
const claim = { view: 'claim' as const, isModalOpen: false };
const queue = { view: 'queue' as const, isModalOpen: false };

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

describe('keyboard shortcuts', () => {
  it('maps the decision keys in the claim view', () => {
    expect(resolveShortcut(key('a'), claim)).toEqual({ type: 'decide', kind: 'approve' });
    expect(resolveShortcut(key('c'), claim)).toEqual({ type: 'decide', kind: 'action-required' });
    expect(resolveShortcut(key('x'), claim)).toEqual({ type: 'decide', kind: 'reject' });
    expect(resolveShortcut(key('a'), queue)).toBeNull();
  });

  it('moves between claims with j/k and the arrows, and opens the selected row with Enter in the list', () => {
    expect(resolveShortcut(key('j'), claim)).toEqual({ type: 'next-claim' });
    expect(resolveShortcut(key('ArrowDown'), queue)).toEqual({ type: 'next-claim' });
    expect(resolveShortcut(key('k'), claim)).toEqual({ type: 'previous-claim' });
    expect(resolveShortcut(key('ArrowUp'), claim)).toEqual({ type: 'previous-claim' });
    expect(resolveShortcut(key('Enter'), queue)).toEqual({ type: 'open-selected' });
  });

  it('focuses checks 1 to 7 and nothing for 8', () => {
    expect(resolveShortcut(key('1'), claim)).toEqual({ type: 'focus-check', index: 0 });
    expect(resolveShortcut(key('7'), claim)).toEqual({ type: 'focus-check', index: 6 });
    expect(resolveShortcut(key('8'), claim)).toBeNull();
  });

  it('opens the overlay with ? and goes back with Escape', () => {
    expect(resolveShortcut(key('?'), queue)).toEqual({ type: 'show-shortcuts' });
    expect(resolveShortcut(key('Escape'), claim)).toEqual({ type: 'escape' });
  });

  it('ignores keys typed into text fields, selects and editable content', () => {
    for (const html of ['<input type="text">', '<input type="search">', '<textarea></textarea>', '<select></select>', '<input>']) {
      expect(resolveShortcut(key('a', element(html)), claim)).toBeNull();
    }
    const editable = element('<div contenteditable="true"></div>');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTypingTarget(editable)).toBe(true);
    expect(resolveShortcut(key('a', element('<input type="checkbox">')), claim)).toEqual({ type: 'decide', kind: 'approve' });
  });

  it('leaves arrows to radios (status choice) and Enter to buttons', () => {
    expect(resolveShortcut(key('ArrowDown', element('<input type="radio">')), claim)).toBeNull();
    expect(resolveShortcut(key('Enter', element('<button>Open queue</button>')), queue)).toBeNull();
  });

  it('ignores modified keys, keys a component already handled, and everything under a modal', () => {
    expect(resolveShortcut(key('a', document.body, { ctrlKey: true }), claim)).toBeNull();
    expect(resolveShortcut(key('a', document.body, { metaKey: true }), claim)).toBeNull();
    expect(resolveShortcut(key('j', document.body, { defaultPrevented: true }), claim)).toBeNull();
    expect(resolveShortcut(key('a'), { view: 'claim', isModalOpen: true })).toBeNull();
  });
});

describe('undo and remapped keys', () => {
  it('undoes with u, Ctrl+Z and Cmd+Z, but not Ctrl+Shift+Z nor in a text field', () => {
    expect(resolveShortcut(key('u'), queue)).toEqual({ type: 'undo' });
    expect(resolveShortcut(key('z', document.body, { ctrlKey: true }), claim)).toEqual({ type: 'undo' });
    expect(resolveShortcut(key('z', document.body, { metaKey: true }), claim)).toEqual({ type: 'undo' });
    expect(resolveShortcut(key('z', document.body, { ctrlKey: true, shiftKey: true }), claim)).toBeNull();
    expect(resolveShortcut(key('z', document.createElement('textarea'), { ctrlKey: true }), claim)).toBeNull();
  });

  it('follows the reviewer’s keys, and the overlay shows them', () => {
    const keys = { ...DEFAULT_KEYS, approve: 'y', undo: 'b' };
    expect(resolveShortcut(key('y'), { ...claim, keys })).toEqual({ type: 'decide', kind: 'approve' });
    expect(resolveShortcut(key('a'), { ...claim, keys })).toBeNull();
    expect(resolveShortcut(key('b'), { ...claim, keys })).toEqual({ type: 'undo' });
    expect(shortcutHelp(keys)[0]).toEqual({ keys: 'y', action: 'Approve' });
  });

  it('refuses a key used twice or taken by a fixed shortcut, naming the clash', () => {
    expect(validateKeyMap(DEFAULT_KEYS)).toEqual([]);
    expect(validateKeyMap({ ...DEFAULT_KEYS, reject: 'a' })).toEqual(['Reject: "a" is already the key for Approve']);
    expect(validateKeyMap({ ...DEFAULT_KEYS, undo: '/' })).toEqual(['Undo your last decision: "/" is taken by a fixed shortcut']);
    expect(validateKeyMap({ ...DEFAULT_KEYS, next: '' })).toEqual(['Next claim: one key, not ""']);
  });
});
