/**
 * The app's own pages are served from app://poe-reviewer/ (protocol/app-protocol.ts). Every
 * guard (navigation, IPC sender, asset server) asks isAppUrl. It compares protocol and host, not
 * `origin`: for a non-special scheme Node's URL reports origin "null" for every app:// URL.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'poe-reviewer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for app://poe-reviewer/... exactly: no credentials, no port, no look-alike host. */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/** An https URL that may be handed to the system browser (never file:, javascript:, custom schemes). */
export function isExternalHttpsUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.length > 0;
}
