import { z } from 'zod';

/**
 * How every IPC response crosses the boundary: main never throws across IPC (Electron would
 * flatten the error into an unhelpful string); it answers with an envelope and the client turns
 * `{ ok: false }` back into a real Error with the same message.
 */
export const IPC_ERROR_CODES = ['forbidden-sender', 'invalid-request', 'unknown-queue', 'refused', 'not-found', 'failed'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const IpcErrorSchema = z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() }).strict();
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/** Schema of the envelope around a response schema (used by the client to parse what main sent). */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }).strict(),
    z.object({ ok: z.literal(false), error: IpcErrorSchema }).strict(),
  ]);
}

export function okEnvelope<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function errorEnvelope(code: IpcErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** An Error that carries an IPC error code: main's handlers throw it to pick the code a client sees, and the Electron bridge throws it with the code main sent. */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcFailure';
    this.code = code;
  }
}
