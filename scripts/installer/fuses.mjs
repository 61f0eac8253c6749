// Electron fuses for the packaged app, flipped in electron-builder's afterPack hook (after the
// app is laid out, before it is signed, so the signature covers the flipped binary).
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { Arch } from 'electron-builder';

/**
 * What each fuse is set to, and why:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a plain Node runtime.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot inject code or flags.
 * - EnableNodeCliInspectArguments off: --inspect cannot attach a debugger to the main process.
 * - EnableCookieEncryption on: cookies on disk are encrypted with the OS key store.
 * - OnlyLoadAppFromAsar on: the app loads only from app.asar, not from a folder placed beside it.
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash embedded at
 *   build time (macOS and Windows; electron-builder writes the hash).
 */
export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
};

/** The packaged Electron executable (or .app bundle) inside electron-builder's appOutDir. */
export function packagedElectronPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const info = packager.appInfo;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${info.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${info.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

/** electron-builder afterPack hook. */
export async function flipFusesAfterPack(context) {
  const target = packagedElectronPath(context);
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  console.log(`[fuses] flipping ${Object.keys(FUSES).length} fuses in ${target}`);
  await flipFuses(target, {
    version: FuseVersion.V1,
    // Flipping invalidates the ad-hoc signature Apple silicon needs to run an unsigned binary.
    resetAdHocDarwinSignature: isMac && context.arch === Arch.arm64,
    ...FUSES,
  });
}
