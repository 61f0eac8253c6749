// pdfjs-dist ships no types for its worker entry. Importing it only matters for its side effect:
// it sets globalThis.pdfjsWorker, which pdf.js then runs on the importing thread.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
