/**
 * Finds where a JSON text stops being valid, with line and column, in the same words on every
 * engine (V8's JSON.parse messages differ between versions and some carry no position).
 * Only called after JSON.parse failed, so speed matters less than clear messages.
 * Iterative (an explicit stack), so hostile nesting cannot overflow the call stack.
 */
export interface JsonSyntaxError {
  /** 0-based offset in the text. */
  offset: number;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

type Mode = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('a' | 'o')[] = [];
  let i = 0;
  let mode: Mode = 'value';
  const fail = (message: string, at = i): JsonSyntaxError => ({ ...lineColumn(text, at), offset: at, message });
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const ch = text[i];
    if (mode === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? fail('unexpected text after the end of the JSON value') : null;
      if (ch === ',') {
        i++;
        mode = top === 'o' ? 'key' : 'value';
      } else if ((top === 'a' && ch === ']') || (top === 'o' && ch === '}')) {
        stack.pop();
        i++;
      } else {
        const expected = top === 'a' ? "',' or ']'" : "',' or '}'";
        return fail(ch === undefined ? `unexpected end of input, expected ${expected}` : `expected ${expected} but found ${describe(ch)}`);
      }
      continue;
    }
    if (ch === undefined)
      return fail(
        mode === 'key' || mode === 'key-or-end'
          ? 'unexpected end of input, expected a property name'
          : 'unexpected end of input, expected a value',
      );
    if (mode === 'key' || mode === 'key-or-end') {
      if (mode === 'key-or-end' && ch === '}') {
        stack.pop();
        i++;
        mode = 'after';
        continue;
      }
      if (ch !== '"') return fail(`expected a property name in double quotes but found ${describe(ch)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
      while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
      if (text[i] !== ':')
        return fail(`expected ':' after the property name but found ${text[i] === undefined ? 'the end of input' : describe(text[i]!)}`);
      i++;
      mode = 'value';
      continue;
    }
    if (mode === 'value-or-end' && ch === ']') {
      stack.pop();
      i++;
      mode = 'after';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? 'o' : 'a');
      i++;
      mode = ch === '{' ? 'key-or-end' : 'value-or-end';
      continue;
    }
    if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match || match[0] === '-') return fail('invalid number');
      i += match[0].length;
    } else {
      const literal = LITERALS.find((l) => text.startsWith(l, i));
      if (!literal) return fail(`unexpected ${describe(ch)}, expected a value`);
      i += literal.length;
    }
    mode = 'after';
  }
}

/** Returns the offset after the closing quote, or where and why the string is invalid. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { at: i, message: 'control character (such as a raw line break) inside a string' };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, message: 'invalid \\u escape in a string' };
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) return { at: i, message: 'invalid escape in a string' };
      i += 2;
      continue;
    }
    i++;
  }
  return { at: start, message: 'string is never closed (missing ")' };
}

function describe(ch: string): string {
  return ch === "'" ? 'a single quote (JSON needs double quotes)' : JSON.stringify(ch);
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
