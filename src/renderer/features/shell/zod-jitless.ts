import { z } from 'zod';

/**
 * Imported first by every entry point (main.tsx, engine.worker.ts) for its side effect. Zod 4
 * compiles a fast path for object schemas with `new Function` on the first parse; our CSP
 * (script-src 'self', no 'unsafe-eval') blocks that and reports a violation each time. Jitless
 * parsing is the interpreted path: same results, no eval. ES imports run in order, so this
 * module must stay the first import for the setting to precede any parse at module level.
 */
z.config({ jitless: true });
