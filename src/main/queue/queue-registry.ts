import { randomUUID } from 'node:crypto';
import type { OpenedQueueInfo } from '@shared/ipc/contract';
import { IpcFailure } from '@shared/ipc/envelope';
import type { QueueSource } from '@shared/queue/queue-source';

/**
 * The queues main opened for the renderer, by token. The renderer never names a filesystem
 * path: it holds a token and asks for queue-relative files. Only the most recent few stay open
 * (a zip queue holds its inflated files in memory).
 */
export class QueueRegistry {
  private readonly queues = new Map<string, QueueSource>();
  constructor(private readonly maxOpen = 3) {}

  add(source: QueueSource): OpenedQueueInfo {
    const queueToken = randomUUID();
    this.queues.set(queueToken, source);
    while (this.queues.size > this.maxOpen) {
      const oldest = this.queues.keys().next();
      if (oldest.done === true) break;
      this.queues.delete(oldest.value);
    }
    return {
      queueToken,
      source: source.source,
      label: source.label,
      manifestName: source.manifestName,
      manifestText: source.manifestText,
      files: [...source.files],
    };
  }

  /** Reads a queue-relative file of an open queue; the source refuses anything outside it. */
  async readFile(queueToken: string, path: string): Promise<Uint8Array> {
    const source = this.queues.get(queueToken);
    if (source === undefined) throw new IpcFailure('unknown-queue', 'That queue is no longer open: open it again.');
    return source.readFile(path);
  }
}
