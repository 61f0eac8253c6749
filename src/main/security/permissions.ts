import type { Session } from 'electron';

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * The app needs no browser permission (camera, notifications, geolocation, clipboard-read,
 * HID/USB/serial...): every request and every check is answered no.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

type RequestSession = { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** URL patterns of everything that would leave the machine. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** The app runs offline: any request to the network (a hostile document's link or image) is cancelled. */
export function blockNetwork(session: RequestSession): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
