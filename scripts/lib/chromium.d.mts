/** The browser binary; POE_CHROMIUM points elsewhere. */
export const CHROMIUM: string;
/** Flags that keep Chromium off the network (its background connections are refused here). */
export const CHROMIUM_ARGS: readonly string[];
