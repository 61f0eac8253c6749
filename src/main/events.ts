import type { WebContents } from 'electron';
import { IPC_EVENTS, type IpcEventName, type IpcEventPayload } from '@shared/ipc/events';

/** Sends a contract event to a renderer, checked against its schema first. */
export function sendEvent<E extends IpcEventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: IpcEventPayload<E>,
): void {
  if (contents.isDestroyed()) return;
  contents.send(event, IPC_EVENTS[event].parse(payload));
}
