// Installers for reviewers' desktops (`npm run dist`, scripts/dist.mjs): NSIS on Windows, dmg
// for Intel and Apple silicon Macs, AppImage and .deb on Linux. The app is the electron-vite
// build (out/), packed into app.asar; the sample queue ships beside it (src/main/paths.ts).
// Electron's fuses are flipped in afterPack, before signing (scripts/installer/fuses.mjs).
import { flipFusesAfterPack } from './scripts/installer/fuses.mjs';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'com.poereviewer.app',
  productName: 'POE Reviewer',
  copyright: 'POE Reviewer contributors',
  directories: { output: 'release/${version}', buildResources: 'resources/icons' },
  // Everything main, preload and the renderer need is bundled into out/ (electron.vite.config.ts).
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map', '!node_modules/**'],
  extraResources: [{ from: 'resources/sample-queue', to: 'sample-queue' }],
  asar: true,
  // No native modules ship (no node_modules at all): nothing to rebuild for Electron.
  npmRebuild: false,
  afterPack: flipFusesAfterPack,
  artifactName: 'poe-reviewer-${version}-${os}-${arch}.${ext}',
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerIcon: 'resources/icons/icon.ico',
    uninstallerIcon: 'resources/icons/icon.ico',
    shortcutName: 'POE Reviewer',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  dmg: { title: 'POE Reviewer ${version}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'resources/icons/png',
    category: 'Office',
    maintainer: 'POE Reviewer contributors <poe-reviewer@users.noreply.example>',
    synopsis: 'Review Proof of Execution documents of partner incentive claims, offline',
  },
  deb: { packageCategory: 'office' },
};

export default config;
