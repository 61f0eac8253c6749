import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const flipFuses = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('@electron/fuses', async (importOriginal) => ({ ...(await importOriginal()), flipFuses }));

const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
const { Arch } = await import('electron-builder');
const { default: config } = await import('../../electron-builder.config.mjs');
const { FUSES, flipFusesAfterPack } = await import('./fuses.mjs');
const { signingPlan } = await import('./signing.mjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetsOf = (platform) => config[platform].target.map((t) => `${t.target}:${t.arch.join('+')}`);

describe('installer configuration (electron-builder.config.mjs)', () => {
  it('builds NSIS for Windows, dmg for Intel and Apple silicon Macs, AppImage and .deb for Linux', () => {
    expect(targetsOf('win')).toEqual(['nsis:x64']);
    expect(targetsOf('mac')).toEqual(['dmg:x64+arm64']);
    expect(targetsOf('linux')).toEqual(['AppImage:x64', 'deb:x64']);
  });

  it('packs the electron-vite build into app.asar and ships the sample queue where main looks for it', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main.startsWith('out/main/')).toBe(true);
    // src/main/paths.ts: packaged, the sample queue is <resources>/sample-queue.
    expect(config.extraResources).toContainEqual({ from: 'resources/sample-queue', to: 'sample-queue' });
  });

  it('ships no node_modules: main bundles its dependencies like the preload and the renderer', async () => {
    expect(config.files).toContain('!node_modules/**');
    const { default: viteConfig } = await import('../../electron.vite.config.ts');
    expect(viteConfig.main.build.externalizeDeps).toBe(false);
    expect(viteConfig.preload.build.externalizeDeps).toBe(false);
  });

  it('points every platform at an icon file that exists', () => {
    for (const path of [config.win.icon, config.nsis.installerIcon, config.mac.icon, config.linux.icon]) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });

  it('flips the fuses after packing, before signing', () => {
    expect(config.afterPack).toBe(flipFusesAfterPack);
  });
});

describe('Electron fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and turns on cookie encryption, asar-only loading and asar integrity', () => {
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });

  const packager = { appInfo: { productFilename: 'POE Reviewer' }, executableName: 'poe-reviewer' };
  it.each([
    ['win32', Arch.x64, join('/release/unpacked', 'POE Reviewer.exe'), false],
    ['linux', Arch.x64, join('/release/unpacked', 'poe-reviewer'), false],
    ['darwin', Arch.x64, join('/release/unpacked', 'POE Reviewer.app'), false],
    ['darwin', Arch.arm64, join('/release/unpacked', 'POE Reviewer.app'), true],
  ])('on %s (arch %i) flips them in the packaged executable %s', async (platform, arch, path, resetAdHoc) => {
    flipFuses.mockClear();
    await flipFusesAfterPack({ appOutDir: '/release/unpacked', electronPlatformName: platform, arch, packager });
    expect(flipFuses).toHaveBeenCalledTimes(1);
    expect(flipFuses).toHaveBeenCalledWith(path, { version: FuseVersion.V1, resetAdHocDarwinSignature: resetAdHoc, ...FUSES });
  });
});

describe('code signing (scripts/installer/signing.mjs)', () => {
  it('skips macOS signing and notarization with a message when the secrets are absent or empty', () => {
    const plan = signingPlan('darwin', { PATH: '/bin', CSC_LINK: '', APPLE_ID: '' });
    expect(plan.env).toEqual({ PATH: '/bin', CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(plan.args).toEqual(['-c.mac.notarize=false']);
    expect(plan.notes.join('\n')).toMatch(/macOS code signing skipped: CSC_LINK/);
    expect(plan.notes.join('\n')).toMatch(/notarization skipped/);
  });

  it('signs and notarizes on macOS when the certificate and Apple credentials are set', () => {
    const env = { CSC_LINK: 'base64cert', CSC_KEY_PASSWORD: 'pw', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' };
    const plan = signingPlan('darwin', env);
    expect(plan.env).toEqual(env);
    expect(plan.args).toEqual(['-c.mac.notarize=true']);
    expect(plan.notes).toEqual([]);
  });

  it('skips Windows signing with a message without a certificate, and keeps one that is set', () => {
    expect(signingPlan('win32', { WIN_CSC_LINK: ' ' }).notes.join('\n')).toMatch(/Windows code signing skipped/);
    const signed = signingPlan('win32', { WIN_CSC_LINK: 'cert.pfx', WIN_CSC_KEY_PASSWORD: 'pw' });
    expect(signed.notes).toEqual([]);
    expect(signed.env).toEqual({ WIN_CSC_LINK: 'cert.pfx', WIN_CSC_KEY_PASSWORD: 'pw' });
  });
});
