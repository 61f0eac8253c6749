/**
 * Raw PDF object scanning on a Latin-1 view of the file: enough to find signature dictionaries
 * (they must sit uncompressed in the file, since /ByteRange leaves a hole for /Contents) and to
 * list which objects each incremental update (re)defines. Objects inside compressed object
 * streams are invisible here; callers treat what they cannot see conservatively.
 */

export interface RawObject {
  num: number;
  gen: number;
  /** Offset of "N G obj". */
  start: number;
  /** Offset just after "endobj" (or the end of the scanned range). */
  end: number;
  /** Text between "obj" and "endobj", stream data cut to the word "stream". */
  body: string;
  isStream: boolean;
}

const OBJ_HEADER = /(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b/g;

/** `src.indexOf(word, from)` when it falls before `to`, else -1, scanning no further than `to`. */
function indexBefore(src: string, word: string, from: number, to: number): number {
  const at = src.slice(from, to).indexOf(word);
  return at < 0 ? -1 : from + at;
}

/** Objects whose header starts in [from, to). Skips stream data so "1 0 obj" inside it is not read. */
export function listObjects(src: string, from: number, to: number): RawObject[] {
  const out: RawObject[] = [];
  OBJ_HEADER.lastIndex = from;
  for (let m = OBJ_HEADER.exec(src); m && m.index < to; m = OBJ_HEADER.exec(src)) {
    const bodyStart = m.index + m[0].length;
    const endobj = src.indexOf('endobj', bodyStart);
    // 'stream' is looked for before this object's endobj only: searching to the end of the file
    // for every object made a file of many small objects cost its size times its object count.
    const streamAt = indexBefore(src, 'stream', bodyStart, endobj < 0 ? src.length : endobj);
    const isStream = streamAt >= 0 && (endobj < 0 || streamAt < endobj) && src.slice(streamAt - 3, streamAt) !== 'end';
    let end: number;
    let body: string;
    if (isStream) {
      const endstream = src.indexOf('endstream', streamAt + 6);
      const after = endstream >= 0 ? src.indexOf('endobj', endstream) : -1;
      end = after >= 0 ? after + 6 : to;
      body = src.slice(bodyStart, streamAt);
    } else {
      end = endobj >= 0 ? endobj + 6 : to;
      body = src.slice(bodyStart, endobj >= 0 ? endobj : to);
    }
    out.push({ num: Number(m[1]), gen: Number(m[2]), start: m.index, end, body, isStream });
    OBJ_HEADER.lastIndex = Math.max(end, bodyStart);
  }
  return out;
}

/** The object whose body contains `offset`, searching back from it. */
export function enclosingObject(src: string, offset: number): RawObject | undefined {
  const windowStart = Math.max(0, offset - 200_000);
  const objects = listObjects(src, windowStart, offset);
  const candidate = objects[objects.length - 1];
  return candidate && candidate.end > offset ? candidate : undefined;
}

/** Whitespace-insensitive form of a dictionary's text, for comparing two definitions. */
export function normaliseDict(body: string): string {
  return body
    .replace(/\s+/g, ' ')
    .replace(/\s*([<>[\]/()])\s*/g, '$1')
    .trim();
}

export function refTo(body: string, key: string): string | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(body);
  return m ? `${m[1]} ${m[2]}` : undefined;
}
