import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { IPC_CHANNELS, IPC_CONTRACT, type IpcChannel, type IpcRequest, type IpcResponse } from '@shared/ipc/contract';
import { errorEnvelope, IpcFailure, okEnvelope, type Envelope, type IpcErrorCode } from '@shared/ipc/envelope';
import { isAppUrl } from '../security/app-origin';

/** What the sender check needs from Electron's WebFrameMain. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export type InvokeEvent = { readonly senderFrame: SenderFrame | null | undefined; readonly sender?: IpcMainInvokeEvent['sender'] };

export type Handler<C extends IpcChannel> = (request: IpcRequest<C>, event: InvokeEvent) => Promise<IpcResponse<C>> | IpcResponse<C>;
export type HandlerMap = { [C in IpcChannel]: Handler<C> };

/**
 * Only the app's own top frame may call main: a destroyed (null) frame, a subframe, or a frame
 * showing anything but app://poe-reviewer/ is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Maps a thrown error to the code the renderer sees; errors keep their message. */
export function errorCodeOf(err: unknown): IpcErrorCode {
  if (err instanceof IpcFailure) return err.code;
  if (err instanceof Error && err.name === 'QueueFileError' && 'kind' in err) {
    return err.kind === 'not-found' ? 'not-found' : err.kind === 'refused' ? 'refused' : 'failed';
  }
  return 'failed';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

/**
 * Runs one handler call: sender check, strict request parse, the handler, a parse of its answer.
 * Never throws: whatever happens becomes an envelope, so junk from a renderer cannot crash main.
 */
export async function runHandler<C extends IpcChannel>(
  channel: C,
  handler: Handler<C>,
  event: InvokeEvent,
  raw: unknown,
): Promise<Envelope<IpcResponse<C>>> {
  if (!isTrustedSender(event.senderFrame))
    return errorEnvelope('forbidden-sender', `${channel}: refused, the caller is not the app's own window`);
  const { request, response } = IPC_CONTRACT[channel];
  const parsed = request.safeParse(raw);
  if (!parsed.success) return errorEnvelope('invalid-request', `${channel}: invalid request (${describeIssues(parsed.error)})`);
  try {
    // The cast is safe: the schema for C parsed it, and z.infer of that schema is IpcRequest<C>.
    const result = await handler(parsed.data as IpcRequest<C>, event);
    const checked = response.safeParse(result);
    if (!checked.success) return errorEnvelope('failed', `${channel}: main produced an invalid answer (${describeIssues(checked.error)})`);
    return okEnvelope(result);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return errorEnvelope(errorCodeOf(err), message);
  }
}

/** Registers every contract channel on ipcMain; the HandlerMap type makes a missing channel a type error. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: HandlerMap): void {
  for (const channel of IPC_CHANNELS) {
    register(ipcMain, channel, handlers[channel]);
  }
}

function register<C extends IpcChannel>(ipcMain: Pick<IpcMain, 'handle'>, channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, raw: unknown) => runHandler(channel, handler, event, raw));
}
