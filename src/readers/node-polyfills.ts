/**
 * pdfjs-dist 6 targets Node >= 22.13; this project runs its Node-side code (CLI, tests, bench)
 * on Node 20 too. These are the missing built-ins it uses. Import this module first.
 */
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (v: T | PromiseLike<T>) => void; reject: (e?: unknown) => void };
type PromiseTry = <T>(fn: (...args: unknown[]) => T | PromiseLike<T>, ...args: unknown[]) => Promise<T>;

const P = Promise as unknown as { withResolvers?: WithResolvers; try?: PromiseTry };

if (typeof P.withResolvers !== 'function') {
  P.withResolvers = <T>() => {
    let resolve!: (v: T | PromiseLike<T>) => void;
    let reject!: (e?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

if (typeof P.try !== 'function') {
  P.try = <T>(fn: (...args: unknown[]) => T | PromiseLike<T>, ...args: unknown[]) => new Promise<T>((resolve) => resolve(fn(...args)));
}

// pdf.js's operator list (pdf-drawings.ts) hands its buffers over with transferToFixedLength (Node 21+): a copy does the same here.
const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (this: ArrayBuffer, n?: number) => ArrayBuffer };
if (typeof AB.transferToFixedLength !== 'function') {
  AB.transferToFixedLength = function (this: ArrayBuffer, n = this.byteLength) {
    const out = new ArrayBuffer(n);
    new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
    return out;
  };
}

export {};
