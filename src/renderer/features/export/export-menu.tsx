import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from './export-decisions';

interface ExportMenuProps {
  isDisabled: boolean;
  onExport: (format: ExportFormat) => void;
  /** Electron only: re-record decisions from the journal file (null hides the item). */
  onRestore: (() => void) | null;
}

const ITEMS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'Export CSV' },
  { format: 'json', label: 'Export JSON' },
];

/** "Export decisions" menu button (ARIA menu pattern: arrows, Escape, click outside closes). */
export function ExportMenu({ isDisabled, onExport, onRestore }: ExportMenuProps) {
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    function onPointer(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isOpen]);

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      className="menu-root"
      ref={root}
      onBlur={(e) => {
        // Tabbing out of the menu closes it, like a click outside.
        if (isOpen && !root.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        disabled={isDisabled}
        onClick={() => setOpen((o) => !o)}
      >
        Export decisions
      </button>
      {isOpen && (
        <div role="menu" aria-label="Export decisions" className="menu" onKeyDown={onMenuKey}>
          {ITEMS.map((item) => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onExport(item.format);
              }}
            >
              {item.label}
            </button>
          ))}
          {onRestore && (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onRestore();
              }}
            >
              Restore decisions from journal
            </button>
          )}
        </div>
      )}
    </div>
  );
}
