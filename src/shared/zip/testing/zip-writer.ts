import { deflateSync, strToU8 } from 'fflate';

/**
 * A small zip writer for tests that need archives no normal tool makes: entries sharing one
 * local record (overlap bombs), duplicate names, directories out of order, and ZIP64 end records
 * (more than 65,535 entries). Not for production use.
 */

export interface TestEntry {
  name: string;
  data: Uint8Array | string;
  /** Deflate the data (default true). */
  deflate?: boolean;
}

interface Written {
  name: Uint8Array;
  offset: number;
  method: number;
  compressed: number;
  size: number;
}

export interface TestZipOptions {
  /** Extra central directory records pointing at the local record of the entry with this index. */
  alias?: { of: number; name: string; count: number };
  /** Write the central directory in reverse order. */
  reverseDirectory?: boolean;
  /** Always write ZIP64 end records (they are written anyway past 65,535 entries). */
  zip64?: boolean;
}

class Out {
  private parts: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.parts.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const b = new Uint8Array(size);
  fill(new DataView(b.buffer));
  return b;
}

export function buildTestZip(entries: readonly TestEntry[], options: TestZipOptions = {}): Uint8Array<ArrayBuffer> {
  const out = new Out();
  const written: Written[] = [];
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? strToU8(e.data) : e.data;
    const method = e.deflate === false ? 0 : 8;
    const body = method === 8 ? deflateSync(raw) : raw;
    const name = strToU8(e.name);
    const offset = out.length;
    out.push(
      header(30, (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 0x800, true);
        v.setUint16(8, method, true);
        v.setUint32(18, body.length, true);
        v.setUint32(22, raw.length, true);
        v.setUint16(26, name.length, true);
      }),
    );
    out.push(name);
    out.push(body);
    written.push({ name, offset, method, compressed: body.length, size: raw.length });
  }
  let records = [...written];
  if (options.alias) {
    const target = written[options.alias.of];
    if (!target) throw new Error('alias target missing');
    for (let i = 0; i < options.alias.count; i++) records.push({ ...target, name: strToU8(`${options.alias.name}${i}`) });
  }
  if (options.reverseDirectory) records = records.reverse();
  const cdOffset = out.length;
  for (const r of records) {
    out.push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, 0x800, true);
        v.setUint16(10, r.method, true);
        v.setUint32(20, r.compressed, true);
        v.setUint32(24, r.size, true);
        v.setUint16(28, r.name.length, true);
        v.setUint32(42, r.offset, true);
      }),
    );
    out.push(r.name);
  }
  const cdSize = out.length - cdOffset;
  const zip64 = options.zip64 === true || records.length > 0xfffe;
  if (zip64) {
    const eocd64 = out.length;
    out.push(
      header(56, (v) => {
        v.setUint32(0, 0x06064b50, true);
        v.setBigUint64(4, 44n, true);
        v.setUint16(12, 45, true);
        v.setUint16(14, 45, true);
        v.setBigUint64(24, BigInt(records.length), true);
        v.setBigUint64(32, BigInt(records.length), true);
        v.setBigUint64(40, BigInt(cdSize), true);
        v.setBigUint64(48, BigInt(cdOffset), true);
      }),
    );
    out.push(
      header(20, (v) => {
        v.setUint32(0, 0x07064b50, true);
        v.setBigUint64(8, BigInt(eocd64), true);
        v.setUint32(16, 1, true);
      }),
    );
  }
  out.push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, zip64 ? 0xffff : records.length, true);
      v.setUint16(10, zip64 ? 0xffff : records.length, true);
      v.setUint32(12, zip64 ? 0xffffffff : cdSize, true);
      v.setUint32(16, zip64 ? 0xffffffff : cdOffset, true);
    }),
  );
  return out.bytes();
}
