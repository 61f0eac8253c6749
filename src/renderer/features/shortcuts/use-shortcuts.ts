import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '@renderer/app/app-store';
import { isModalOpen } from '@renderer/features/shell/is-modal-open';
import { useKeyMap } from '@renderer/features/settings/settings';
import { resolveShortcut, type ShortcutAction } from './shortcuts';

/**
 * Listens for the app's keys on the window (after components had their chance to handle them)
 * and passes the resolved action to `handle`, which returns true when it acted.
 */
export function useShortcuts(handle: (action: ShortcutAction) => boolean): void {
  const view = useAppStore((s) => s.view);
  const keys = useKeyMap();
  const latest = useRef(handle);
  // Layout effect: the handler is current as soon as the DOM shows its state, so a key pressed
  // right after (e.g. "a" the moment the checks finish) never acts on the previous render.
  useLayoutEffect(() => {
    latest.current = handle;
  });
  // Layout effect too for the listener: a view mounted afresh (the claim view, per claim) listens
  // from the moment it shows, and the one it replaced stops then; with a passive effect, a key
  // pressed in between went to the old view and was lost.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = resolveShortcut(event, { view, isModalOpen: isModalOpen(), keys });
      if (action && latest.current(action)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view, keys]);
}
