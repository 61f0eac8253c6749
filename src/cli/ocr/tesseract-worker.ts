import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

/**
 * The thread tesseract.js runs in for `check` (its `workerPath`): tesseract.js's own Node worker
 * script, plus one thing it lacks: every answer says how big the engine's WebAssembly heap is
 * (`poeHeapBytes`). A wasm heap only grows (a 300 dpi page grows it by a hundred MB or more) and is
 * given back only when the thread ends, so `check` accounts for it apart from the readers'
 * memory and ends an engine whose heap passed LIMITS.ocrEngineBytes (node-ocr.ts).
 */

const require = createRequire(import.meta.url);

interface Adapter {
  getCore: (...args: unknown[]) => Promise<unknown>;
}
const worker = require('tesseract.js/src/worker-script/index.js') as {
  dispatchHandlers(packet: unknown, send: (obj: { status?: string; data?: unknown }) => void): void;
  setAdapter(adapter: Adapter & Record<string, unknown>): void;
};
const getCore = require('tesseract.js/src/worker-script/node/getCore.js') as Adapter['getCore'];
const gunzip = require('tesseract.js/src/worker-script/node/gunzip.js') as unknown;
const cache = require('tesseract.js/src/worker-script/node/cache.js') as Record<string, unknown>;

// The engine's heap is the memory its module exports: caught as the module is instantiated.
// (WebAssembly through globalThis: this project's Node types leave it out.)
interface WasmMemory {
  buffer: ArrayBuffer;
}
interface Wasm {
  Memory: new (...args: never[]) => WasmMemory;
  instantiate: (...args: unknown[]) => Promise<unknown>;
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
let memory: WasmMemory | undefined;
const instantiate = wasm.instantiate.bind(wasm);
wasm.instantiate = async (...args: unknown[]) => {
  const result = await instantiate(...args);
  const instance = (result as { instance?: { exports?: object } }).instance ?? (result as { exports?: object });
  for (const value of Object.values(instance.exports ?? {})) if (value instanceof wasm.Memory) memory = value;
  return result;
};

const port = parentPort;
if (!port) throw new Error('tesseract-worker must run in a worker thread');

port.on('message', (packet: unknown) => {
  worker.dispatchHandlers(packet, (obj) => {
    if (obj.status === 'resolve' && obj.data && typeof obj.data === 'object')
      (obj.data as { poeHeapBytes?: number }).poeHeapBytes = memory?.buffer.byteLength ?? 0;
    port.postMessage(obj);
  });
});

worker.setAdapter({ getCore, gunzip, fetch: globalThis.fetch, ...cache });
