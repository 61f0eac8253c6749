import { startTransition, useEffect, useRef, useState } from 'react';
import { listAllTriage } from '@renderer/db';
import type { ClaimLink } from '@shared/links/types';
import { linkRefsByKey, linksAcross, type LinkRef } from './triage-info';
import type { LinksRequest, LinksResponse } from './links.worker';

let worker: Worker | null = null;
let nextId = 1;

/** Links of every queue's current triage rows, found in the links worker (on this thread where there are no workers: jsdom). */
function findLinksAcrossQueues(): Promise<ClaimLink[]> {
  if (typeof Worker === 'undefined') return listAllTriage().then(linksAcross);
  worker ??= new Worker(new URL('./links.worker.ts', import.meta.url), { type: 'module', name: 'poe-links' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<LinksResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.links);
      else reject(new Error(event.data.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id } satisfies LinksRequest);
  });
}

const search = { running: false, again: false };

/**
 * Each claim key's links across every queue, found again whenever `rows` (the open queue's triage
 * rows: only the open queue's run writes rows) change: one search at a time, and one more after it
 * when rows changed meanwhile, so a run writing rows every second never queues searches up.
 * Null until the first search is done.
 */
export function useLinkRefs(rows: unknown): ReadonlyMap<string, readonly LinkRef[]> | null {
  const [refs, setRefs] = useState<ReadonlyMap<string, readonly LinkRef[]> | null>(null);
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (rows === undefined) return;
    if (search.running) {
      search.again = true;
      return;
    }
    search.running = true;
    void (async () => {
      try {
        do {
          search.again = false;
          const links = await findLinksAcrossQueues();
          const found = linkRefsByKey(links);
          // Drawn in slices like the rows' refresh (use-triage.ts).
          if (isMounted.current) startTransition(() => setRefs(found));
        } while (search.again && isMounted.current);
      } catch (error) {
        console.error('links across queues:', error);
      } finally {
        search.running = false;
      }
    })();
  }, [rows]);
  return refs;
}
