import { z } from 'zod';

/**
 * The one IPC contract between main, preload and renderer. Each channel is `domain:verb` with a
 * strict request schema (extra keys and `__proto__` refused) and a response schema; the response
 * crosses as an Envelope (./envelope.ts). No channel takes a filesystem path: main chooses files
 * through its own dialogs and resolves queue-relative paths inside the queue it opened.
 */

const EmptyRequestSchema = z.object({}).strict();

/** Handed out by main when it opens a queue; names that queue in later reads. */
export const QueueTokenSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'not a queue token');

/** Queue-relative path as written in the manifest; main validates it fully (queue-path.ts). */
const QueueRelativePathSchema = z.string().min(1).max(1024);

/** A queue as main opened it: everything of QueueSource except readFile, plus the token for reads. */
export const OpenedQueueInfoSchema = z
  .object({
    queueToken: QueueTokenSchema,
    source: z.enum(['sample', 'folder', 'zip']),
    label: z.string(),
    manifestName: z.enum(['queue.json', 'claims.csv']),
    manifestText: z.string(),
    files: z.array(z.string()),
  })
  .strict();
export type OpenedQueueInfo = z.infer<typeof OpenedQueueInfoSchema>;

/** A file name only: no folders, separators, control characters or ":". */
export const ExportFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^/\\:\u0000-\u001f\u007f]+$/, 'must be a plain file name')
  .refine((s) => !/^[. ]+$/.test(s), 'must be a plain file name');

/** Exports of the largest queues stay far below this; it bounds what one message may carry. */
export const MAX_EXPORT_CHARS = 256 * 1024 * 1024;
/** One journal line: one decision with its audit event. */
export const MAX_JOURNAL_LINE_CHARS = 1024 * 1024;

export const IPC_CONTRACT = {
  /** Shows the native "Open queue…" dialog (folder, queue.json, claims.csv or .zip); null when cancelled. */
  'queue:open-dialog': { request: EmptyRequestSchema, response: OpenedQueueInfoSchema.nullable() },
  /** Opens the bundled sample queue (resources/sample-queue). */
  'queue:open-sample': { request: EmptyRequestSchema, response: OpenedQueueInfoSchema },
  /** Reads one queue-relative file of a queue main opened; refused outside the queue. */
  'queue:read-file': {
    request: z.object({ queueToken: QueueTokenSchema, path: QueueRelativePathSchema }).strict(),
    // z.custom keeps the type Uint8Array (any backing buffer), as QueueSource.readFile returns.
    response: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
  },
  /** Asks where to save an export (native save dialog) and writes it there: text, or bytes (a batch .zip). */
  'decisions:save-export': {
    request: z
      .object({
        suggestedName: ExportFileNameSchema,
        content: z.union([
          z.string().max(MAX_EXPORT_CHARS),
          z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= MAX_EXPORT_CHARS, 'expected bytes'),
        ]),
        mimeType: z.string().min(1).max(100),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), location: z.string().optional() }).strict(),
  },
  /** Appends one JSON line (an object with a decisionId) to the decision journal, fsynced. */
  'journal:append': {
    request: z.object({ line: z.string().min(1).max(MAX_JOURNAL_LINE_CHARS) }).strict(),
    response: z.object({ appended: z.literal(true) }).strict(),
  },
  /** Reads the whole journal back (for restore); empty text when nothing was written yet. */
  'journal:read': { request: EmptyRequestSchema, response: z.object({ text: z.string() }).strict() },
  /** Versions, for the about line and bug reports. */
  'app:info': {
    request: EmptyRequestSchema,
    response: z.object({ version: z.string(), electron: z.string(), chrome: z.string(), os: z.string() }).strict(),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcChannel = keyof typeof IPC_CONTRACT;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CONTRACT)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CONTRACT)[C]['response']>;

export const IPC_CHANNELS: readonly IpcChannel[] = [
  'queue:open-dialog',
  'queue:open-sample',
  'queue:read-file',
  'decisions:save-export',
  'journal:append',
  'journal:read',
  'app:info',
];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(IPC_CONTRACT, value);
}
