import { createRequire } from 'node:module';

/**
 * @kenjiuno/msgreader is CommonJS compiled from TypeScript (exports.default = class). Node's
 * ESM loader hands `import()` callers module.exports as the default, so `new (await
 * import(...)).default(...)` fails in the built command while it works under Vite's interop in
 * tests. The CLI build aliases the package to this shim, which exports the class itself.
 */
const lib = createRequire(import.meta.url)('@kenjiuno/msgreader') as { default: unknown };

export default lib.default;
