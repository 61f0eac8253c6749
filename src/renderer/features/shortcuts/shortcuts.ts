import type { View } from '@renderer/app/app-store';

/**
 * The keyboard map of docs/UI-NAMES.md as a pure function: key event in, action out. Keys are
 * ignored while the reviewer types (text fields, selects), when a modifier is held (browser and
 * OS shortcuts stay theirs), and when a component already handled the key.
 */

export type ShortcutAction =
  | { type: 'decide'; kind: 'approve' | 'action-required' | 'reject' }
  | { type: 'next-claim' }
  | { type: 'previous-claim' }
  | { type: 'open-selected' }
  | { type: 'focus-check'; index: number }
  | { type: 'escape' }
  | { type: 'show-shortcuts' }
  | { type: 'undo' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

export interface ShortcutContext {
  view: View;
  /** A dialog is open: only Escape (handled by the dialog) and nothing else. */
  isModalOpen: boolean;
  /** The reviewer's key for each remappable action (settings); the defaults when absent. */
  keys?: KeyMap;
}

/** Actions whose key the reviewer can change in settings. */
export const REMAPPABLE = {
  approve: 'Approve',
  'action-required': 'Action required',
  reject: 'Reject',
  next: 'Next claim',
  previous: 'Previous claim',
  undo: 'Undo your last decision',
} as const;
export type RemappableAction = keyof typeof REMAPPABLE;
export type KeyMap = Record<RemappableAction, string>;
export const DEFAULT_KEYS: KeyMap = { approve: 'a', 'action-required': 'c', reject: 'x', next: 'j', previous: 'k', undo: 'u' };

/** Keys that stay fixed (the viewer's, the overlay's, the checks' numbers). */
const RESERVED = new Set(['?', '/', 'n', 'p', '+', '-', '=', '1', '2', '3', '4', '5', '6', '7', ' ']);

/** Checks a key map: one printable key per action, none reserved, no key twice. Errors name the clash. */
export function validateKeyMap(keys: KeyMap): string[] {
  const errors: string[] = [];
  const seen = new Map<string, RemappableAction>();
  for (const action of Object.keys(REMAPPABLE) as RemappableAction[]) {
    const key = keys[action];
    if ([...key].length !== 1) errors.push(`${REMAPPABLE[action]}: one key, not "${key}"`);
    else if (RESERVED.has(key.toLowerCase())) errors.push(`${REMAPPABLE[action]}: "${key}" is taken by a fixed shortcut`);
    const other = seen.get(key.toLowerCase());
    if (other) errors.push(`${REMAPPABLE[action]}: "${key}" is already the key for ${REMAPPABLE[other]}`);
    seen.set(key.toLowerCase(), action);
  }
  return errors;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True for elements where letters are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Partial<HTMLElement>).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((el as HTMLInputElement).type);
  return false;
}

/** Elements whose own Enter/Space/arrow behaviour must win over the app's shortcuts. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!target || typeof (target as Partial<HTMLElement>).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (key === 'Enter') return tag === 'button' || tag === 'a' || tag === 'summary' || tag === 'input';
  if (key.startsWith('Arrow')) {
    if (tag === 'input' && (el as HTMLInputElement).type === 'radio') return true;
    return el.closest('[role="tablist"],[role="menu"],[role="listbox"],[role="radiogroup"],[role="document"]') !== null;
  }
  return false;
}

/** Keys the shell maps; the viewer's own keys are listed in SHORTCUT_HELP too but handled there. */
export function resolveShortcut(input: KeyInput, context: ShortcutContext): ShortcutAction | null {
  if (input.defaultPrevented || context.isModalOpen || isTypingTarget(input.target)) return null;
  // Ctrl+Z / Cmd+Z undoes the last decision (in text fields it stays the field's own undo).
  if ((input.ctrlKey || input.metaKey) && !input.altKey && input.key.toLowerCase() === 'z' && !input.shiftKey) return { type: 'undo' };
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (ownsKey(input.target, input.key)) return null;
  const { key } = input;
  const keys = context.keys ?? DEFAULT_KEYS;
  if (key === '?') return { type: 'show-shortcuts' };
  // The Team view has no claim or row to act on: only the overlay.
  if (context.view === 'team') return null;
  if (key === 'Escape') return { type: 'escape' };
  if (key === keys.next || key === 'ArrowDown') return { type: 'next-claim' };
  if (key === keys.previous || key === 'ArrowUp') return { type: 'previous-claim' };
  if (key === keys.undo) return { type: 'undo' };
  if (context.view === 'queue') return key === 'Enter' ? { type: 'open-selected' } : null;
  if (key === keys.approve) return { type: 'decide', kind: 'approve' };
  if (key === keys['action-required']) return { type: 'decide', kind: 'action-required' };
  if (key === keys.reject) return { type: 'decide', kind: 'reject' };
  // n, p, +, -, / belong to the document viewer (features/viewer/use-viewer-keys.ts).
  if (/^[1-7]$/.test(key)) return { type: 'focus-check', index: Number(key) - 1 };
  return null;
}

/** The overlay's table with the current keys; kept beside the map so the two cannot drift apart. */
export function shortcutHelp(keys: KeyMap = DEFAULT_KEYS): { keys: string; action: string }[] {
  return [
    { keys: keys.approve, action: 'Approve' },
    { keys: keys['action-required'], action: 'Action required' },
    { keys: keys.reject, action: 'Reject' },
    { keys: `${keys.next} or ↓`, action: 'Next claim (in the list: next row)' },
    { keys: `${keys.previous} or ↑`, action: 'Previous claim (in the list: previous row)' },
    { keys: 'Enter', action: 'Open the selected claim' },
    { keys: 'n / p', action: 'Next / previous page' },
    { keys: '+ / -', action: 'Zoom in / out' },
    { keys: '/', action: 'Search in document' },
    { keys: '1 … 7', action: 'Focus check 1 to 7 (then ← → between Pass, Fail, Review, N/A)' },
    { keys: `${keys.undo} or Ctrl+Z (⌘Z)`, action: 'Undo your last decision (recorded as an undo, never erased)' },
    { keys: 'Escape', action: 'Close dialog, or back to the queue' },
    { keys: '?', action: 'This list' },
  ];
}
