import { z } from 'zod';

/**
 * Events main sends to the renderer, same shape as the request contract: a name and a schema.
 * The preload parses each payload before a listener sees it.
 */
export const APP_COMMANDS = ['open-queue', 'open-sample-queue', 'export-csv', 'export-json', 'show-shortcuts'] as const;
export const AppCommandSchema = z.enum(APP_COMMANDS);
export type AppCommandName = z.infer<typeof AppCommandSchema>;

export const IPC_EVENTS = {
  /** A menu item or accelerator asked the renderer to do something. */
  'app:command': AppCommandSchema,
} as const satisfies Record<string, z.ZodType>;

export type IpcEventName = keyof typeof IPC_EVENTS;
export type IpcEventPayload<E extends IpcEventName> = z.infer<(typeof IPC_EVENTS)[E]>;

export function isIpcEventName(value: unknown): value is IpcEventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(IPC_EVENTS, value);
}
