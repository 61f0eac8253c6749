import { useLayoutEffect, useRef } from 'react';
import { isModalOpen } from '@renderer/features/shell/is-modal-open';

export type ViewerKeyAction = 'next-page' | 'previous-page' | 'zoom-in' | 'zoom-out' | 'search';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/**
 * The viewer's keys, outside text fields: `n`/`p` next/previous page, `+`/`=`/`-` zoom, `/` search.
 * Modified keys (Ctrl, Meta, Alt) and events another handler already took are left alone.
 */
export function viewerKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'>,
): ViewerKeyAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return null;
  switch (event.key) {
    case 'n':
      return 'next-page';
    case 'p':
      return 'previous-page';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
      return 'zoom-out';
    case '/':
      return 'search';
    default:
      return null;
  }
}

/**
 * Listens on window while the viewer shows a document; only one document view is mounted at a
 * time. Quiet while a modal dialog is open (the decision form, the shortcuts list): a reviewer
 * ticking reasons with the keyboard must not turn pages behind the form.
 */
export function useViewerKeys(onAction: (action: ViewerKeyAction) => void): void {
  const handler = useRef(onAction);
  // Layout effect, not a passive one: the ref is current as soon as the DOM shows this render,
  // so a key pressed before passive effects flush (they wait for paint) never acts on the
  // previous page count or zoom.
  useLayoutEffect(() => {
    handler.current = onAction;
  });
  // Layout effect for the listener as well: a viewer mounted afresh listens from the moment it shows.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (isModalOpen()) return;
      const action = viewerKeyAction(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
