import { join } from 'node:path';

/** Where the bundled sample queue is: beside the app in a package, the project's resources/ in development. */
export function sampleQueuePath(input: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return input.isPackaged ? join(input.resourcesPath, 'sample-queue') : join(input.appPath, 'resources', 'sample-queue');
}

/** out/main/index.js -> out/renderer and out/preload/index.cjs. */
export function buildPaths(mainDir: string): { rendererRoot: string; preload: string } {
  return { rendererRoot: join(mainDir, '..', 'renderer'), preload: join(mainDir, '..', 'preload', 'index.cjs') };
}
