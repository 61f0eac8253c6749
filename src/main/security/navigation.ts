import type { WebContents } from 'electron';
import { isAppUrl, isExternalHttpsUrl } from './app-origin';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Decides a window.open / target=_blank: never a new window; a clicked https link may go to the system browser. */
export function decideWindowOpen(details: { url: string; disposition: string }): { action: 'deny'; openExternally: boolean } {
  // Link clicks (target=_blank, middle-click) arrive as tab dispositions; scripted popups with
  // window features arrive as 'new-window' and are never forwarded.
  const isLinkClick = details.disposition === 'foreground-tab' || details.disposition === 'background-tab';
  return { action: 'deny', openExternally: isLinkClick && isExternalHttpsUrl(details.url) };
}

export function isInertSubframeUrl(url: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank';
}

/**
 * Keeps the window on the app's own pages: every navigation or redirect elsewhere is prevented
 * (look-alike hosts, file:, javascript:, unparsable URLs included); new windows are denied.
 */
export function attachNavigationGuards(contents: GuardedContents, openExternal: (url: string) => void): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseForeign(event, url));
  contents.on('will-redirect', (event, url) => refuseForeign(event, url));
  // Subframes (a sandboxed srcdoc frame for an email body, say) may show about:srcdoc/blank, nothing foreign.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && isInertSubframeUrl(event.url)) return;
    refuseForeign(event, event.url);
  });
  contents.setWindowOpenHandler((details) => {
    const decision = decideWindowOpen(details);
    if (decision.openExternally) openExternal(details.url);
    return { action: 'deny' };
  });
}
