/**
 * Pages before thumbnails: pdf.js's worker handles one operator list at a time, so a column of
 * thumbnails would delay the page the reviewer is looking at. Thumbnails run one at a time and
 * only while no page is being painted.
 */
let activePageRenders = 0;
let idleWaiters: (() => void)[] = [];
let thumbnailChain: Promise<void> = Promise.resolve();

/** Marks a page render as running; call the returned function when it ends (in any way). */
export function beginPageRender(): () => void {
  activePageRenders++;
  let isEnded = false;
  return () => {
    if (isEnded) return;
    isEnded = true;
    activePageRenders--;
    if (activePageRenders === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((wake) => wake());
    }
  };
}

function whenPagesIdle(): Promise<void> {
  return activePageRenders === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
}

/**
 * Queues thumbnail work behind earlier thumbnails and any running page render. `isCancelled`
 * is checked just before the work starts so scrolled-away thumbnails cost nothing.
 */
export function scheduleThumbnail(work: () => Promise<unknown>, isCancelled: () => boolean): void {
  thumbnailChain = thumbnailChain
    .then(async () => {
      await whenPagesIdle();
      if (!isCancelled()) await work();
    })
    .catch(() => undefined);
}
