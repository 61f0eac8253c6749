import type { IpcChannel, IpcRequest } from './contract';
import type { IpcEventName, IpcEventPayload } from './events';

/**
 * What the preload exposes as `window.api`. Responses are returned as `unknown` on purpose: the
 * renderer's bridge parses each envelope with the contract's response schema before using it.
 */
export interface ElectronApi {
  /** The app's version, passed to the sandboxed preload by main (additionalArguments). */
  readonly appVersion: string;
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<unknown>;
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}

/** The command-line switch main uses to hand the version to the preload. */
export const APP_VERSION_SWITCH = '--poe-reviewer-version=';
