import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isExternalHttpsUrl } from './app-origin';
import { buildCsp, CONTENT_SECURITY_POLICY } from './csp';
import { attachNavigationGuards, decideWindowOpen } from './navigation';
import { blockNetwork, denyAllPermissions } from './permissions';
import { buildWindowOptions } from './window-options';

describe('window options', () => {
  const options = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', appVersion: '1.2.3', isDevelopment: false });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with Node off everywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('hands the version to the preload on the command line and opens devtools only in development', () => {
    expect(prefs.additionalArguments).toEqual(['--poe-reviewer-version=1.2.3']);
    expect(buildWindowOptions({ preloadPath: 'p', appVersion: '1', isDevelopment: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => {
      const [name = '', ...values] = d.split(' ');
      return [name, values] as const;
    }),
  );

  it('allows only the app itself to run script, with no inline script or JS eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
  });

  it('fetches nothing remote and embeds nothing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'frame-src', 'form-action'])
      expect(directives.get(name)).toEqual(["'none'"]);
  });

  it('builds from directives in order', () => {
    expect(buildCsp({ 'a-src': ["'self'"], 'b-src': ["'none'"] })).toBe("a-src 'self'; b-src 'none'");
  });
});

describe('navigation guard', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://poe-reviewer/assets/index-abc.js', true],
    ['app://poe-reviewer/index.html#/claims/1', true],
    ['app://poe-reviewer.evil/index.html', false],
    ['app://poe-reviewer@evil/index.html', false],
    ['app://x@poe-reviewer/index.html', false],
    ['app://poe-reviewer:8080/index.html', false],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['https://poe-reviewer/', false],
    ['http://localhost:5173/', false],
    ['data:text/html,<script>1</script>', false],
    ['not a url', false],
    ['', false],
  ])('isAppUrl(%j) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  function fakeContents() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((d: { url: string; disposition: string }) => { action: string }) | undefined;
    const contents = {
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn)),
      setWindowOpenHandler: vi.fn((fn: typeof openHandler) => {
        openHandler = fn;
      }),
    };
    const emit = (name: string, ...args: unknown[]) => listeners.get(name)?.(...args);
    return { contents, emit, open: (d: { url: string; disposition: string }) => openHandler?.(d) };
  }

  it('prevents navigation and redirects away from the app, lets app pages through', () => {
    const { contents, emit } = fakeContents();
    const openExternal = vi.fn();
    attachNavigationGuards(contents as never, openExternal);
    for (const [name, url, prevented] of [
      ['will-navigate', 'app://poe-reviewer/index.html', false],
      ['will-navigate', 'app://poe-reviewer.evil/', true],
      ['will-navigate', 'file:///etc/passwd', true],
      ['will-redirect', 'https://evil.example/', true],
      ['will-navigate', 'javascript:alert(1)', true],
      ['will-navigate', '::::', true],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      emit(name, event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(prevented ? 1 : 0);
    }
    const frameEvent = (url: string, isMainFrame: boolean) => ({ url, isMainFrame, preventDefault: vi.fn() });
    const srcdoc = frameEvent('about:srcdoc', false);
    emit('will-frame-navigate', srcdoc);
    expect(srcdoc.preventDefault).not.toHaveBeenCalled();
    const foreignFrame = frameEvent('https://evil.example/', false);
    emit('will-frame-navigate', foreignFrame);
    expect(foreignFrame.preventDefault).toHaveBeenCalled();
    const blankTop = frameEvent('about:blank', true);
    emit('will-frame-navigate', blankTop);
    expect(blankTop.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; only a clicked https link goes to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    attachNavigationGuards(contents as never, openExternal);
    expect(open({ url: 'https://learn.microsoft.com/x', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/x');
    for (const d of [
      { url: 'https://evil.example/', disposition: 'new-window' },
      { url: 'http://evil.example/', disposition: 'foreground-tab' },
      { url: 'file:///etc/passwd', disposition: 'foreground-tab' },
      { url: 'javascript:alert(1)', disposition: 'background-tab' },
      { url: 'https://user:pw@evil.example/', disposition: 'foreground-tab' },
      { url: 'app://poe-reviewer/index.html', disposition: 'foreground-tab' },
    ]) {
      expect(open(d)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(decideWindowOpen({ url: 'https://a.example/', disposition: 'background-tab' })).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(isExternalHttpsUrl('https://')).toBe(false);
  });
});

describe('permissions and network', () => {
  it('answers every permission request and check with no', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check(null, 'media', 'app://poe-reviewer', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const onBeforeRequest = vi.fn();
    blockNetwork({ webRequest: { onBeforeRequest } });
    const [filter, listener] = onBeforeRequest.mock.calls[0] as [{ urls: string[] }, (d: unknown, cb: (r: unknown) => void) => void];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://evil.example/pixel.gif' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
