import { useRef, type KeyboardEvent } from 'react';
import { TabSignatureBadge } from './signatures/signature-badges';
import type { ViewerDocument } from './viewer-types';

/** Words for an import state on a tab; "ok" shows nothing. */
export function stateLabel(state: string): string | null {
  const s = state.trim().toLowerCase();
  if (!s || s === 'ok' || s === 'ready' || s === 'read') return null;
  return s.replace(/[-_]+/g, ' ');
}

export interface DocumentTabsProps {
  documents: ViewerDocument[];
  activePath: string;
  idPrefix: string;
  onSelect: (path: string) => void;
}

/** Tablist "Documents": one tab per document named by its file name, its state as the description. */
export function DocumentTabs({ documents, activePath, idPrefix, onSelect }: DocumentTabsProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = Math.max(
    0,
    documents.findIndex((d) => d.path === activePath),
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const last = documents.length - 1;
    const moves: Record<string, number> = { ArrowRight: activeIndex + 1, ArrowLeft: activeIndex - 1, Home: 0, End: last };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = (target + documents.length) % documents.length;
    const doc = documents[index];
    if (!doc) return;
    onSelect(doc.path);
    tabs.current[index]?.focus();
  };

  return (
    <div role="tablist" aria-label="Documents" className="poe-viewer-tabs" onKeyDown={onKeyDown}>
      {documents.map((doc, i) => {
        const label = stateLabel(doc.state);
        const isActive = i === activeIndex;
        return (
          <button
            key={doc.path}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            id={`${idPrefix}-tab-${i}`}
            type="button"
            role="tab"
            aria-label={doc.name}
            aria-selected={isActive}
            aria-controls={`${idPrefix}-panel`}
            aria-describedby={[label ? `${idPrefix}-state-${i}` : '', `${idPrefix}-sig-${i}`].join(' ').trim()}
            tabIndex={isActive ? 0 : -1}
            className={`poe-viewer-tab${label ? ' poe-viewer-tab-flagged' : ''}`}
            title={doc.path}
            onClick={() => onSelect(doc.path)}
          >
            <span className="poe-viewer-tab-name">{doc.name}</span>
            {label && (
              <span id={`${idPrefix}-state-${i}`} className="poe-viewer-tab-state">
                {label}
              </span>
            )}
            <TabSignatureBadge path={doc.path} id={`${idPrefix}-sig-${i}`} />
          </button>
        );
      })}
    </div>
  );
}
