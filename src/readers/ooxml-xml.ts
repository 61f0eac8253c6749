/**
 * A small, strict XML scanner for the parts of an Office Open XML package: elements, attributes
 * and text, nothing else. It never expands an entity other than XML's five and character
 * references, refuses any DOCTYPE that declares entities (the billion-laughs bomb, external
 * entities), and checks that tags nest. Element and attribute names are given without their
 * namespace prefix ("x:c" is "c").
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  /** `attrs`: names (without prefix) and raw values, alternating; see `attribute`. */
  open(name: string, attrs: readonly string[], selfClosing: boolean): void;
  /** `end`: where the closing tag ends in the part (the offset after its ">"). */
  close(name: string, end: number): void;
  /** Raw text between tags (entities still encoded: see `decodeXml`). */
  text(raw: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's own entities and character references; any other entity is an error, never looked up. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new XmlError('a bare "&" in the text');
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`a bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const known = ENTITIES[name];
    if (known === undefined) throw new XmlError(`an undeclared entity ${whole}`);
    return known;
  });
}

/** An element's attributes (names without prefix), values decoded. */
export function attributes(attrs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < attrs.length; i += 2) out[attrs[i] ?? ''] = decodeXml(attrs[i + 1] ?? '');
  return out;
}

/** One attribute by name (without prefix), decoded. */
export function attribute(attrs: readonly string[], name: string): string | undefined {
  for (let i = 0; i + 1 < attrs.length; i += 2) if (attrs[i] === name) return decodeXml(attrs[i + 1] ?? '');
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameChar(c: number): boolean {
  // Letters, digits, "_", ":", ".", "-" and anything past ASCII.
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d || c > 0x7f
  );
}

/** Bytes of a part as text: UTF-8, or UTF-16 where the part starts with its byte-order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Calls the handler for each tag and text run of `xml`; throws XmlError on anything malformed or unsafe. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let pos = 0;
  const end = xml.length;
  while (pos < end) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? end : lt;
    if (textEnd > pos) {
      if (stack.length > 0) handler.text(xml.slice(pos, textEnd));
      else if (xml.slice(pos, textEnd).trim()) throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlError('an unclosed processing instruction');
      pos = close + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      pos = declaration(xml, lt, stack.length > 0, handler);
      continue;
    }
    const isClosing = next === 0x2f; /* / */
    let i = isClosing ? lt + 2 : lt + 1;
    const nameStart = i;
    while (i < end && isNameChar(xml.charCodeAt(i))) i++;
    if (i === nameStart) throw new XmlError(`malformed markup at character ${lt}`);
    const qname = xml.slice(nameStart, i);
    const colon = qname.indexOf(':');
    const name = colon < 0 ? qname : qname.slice(colon + 1);
    const attrs: string[] = [];
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === 0x3e /* > */) {
        i++;
        break;
      }
      if (c === 0x2f /* / */ && xml.charCodeAt(i + 1) === 0x3e && !isClosing) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (isClosing || i === before || i >= end) throw new XmlError(`malformed markup at character ${lt}`);
      const attrStart = i;
      while (i < end && isNameChar(xml.charCodeAt(i))) i++;
      if (i === attrStart) throw new XmlError(`malformed attribute at character ${attrStart}`);
      const attrName = xml.slice(attrStart, i);
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 0x3d /* = */) throw new XmlError(`malformed attribute at character ${attrStart}`);
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlError(`an unquoted attribute at character ${attrStart}`);
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
      if (valueEnd < 0) throw new XmlError(`an unclosed attribute at character ${attrStart}`);
      const value = xml.slice(i + 1, valueEnd);
      if (value.includes('<')) throw new XmlError(`a "<" inside an attribute at character ${attrStart}`);
      const attrColon = attrName.indexOf(':');
      attrs.push(attrColon < 0 ? attrName : attrName.slice(attrColon + 1), value);
      i = valueEnd + 1;
    }
    if (isClosing) {
      if (stack.pop() !== name) throw new XmlError(`a closing </${qname}> that does not match its opening tag`);
      handler.close(name, i);
    } else if (selfClosing) {
      handler.open(name, attrs, true);
      handler.close(name, i);
    } else {
      stack.push(name);
      handler.open(name, attrs, false);
    }
    pos = i;
  }
  if (stack.length > 0) throw new XmlError(`the part ends inside <${stack[stack.length - 1] ?? ''}>`);
}

/** A comment, CDATA section or DOCTYPE at `lt`; returns where scanning goes on. */
function declaration(xml: string, lt: number, inRoot: boolean, handler: XmlHandler): number {
  if (xml.startsWith('<!--', lt)) {
    const close = xml.indexOf('-->', lt + 4);
    if (close < 0) throw new XmlError('an unclosed comment');
    return close + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const close = xml.indexOf(']]>', lt + 9);
    if (close < 0) throw new XmlError('an unclosed CDATA section');
    // Handlers decode text: CDATA is handed over with its own ampersands escaped.
    if (inRoot) handler.text(xml.slice(lt + 9, close).replace(/&/g, '&amp;'));
    return close + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt)) {
    const close = xml.indexOf('>', lt);
    const head = close < 0 ? xml.slice(lt) : xml.slice(lt, close);
    if (head.includes('[') || /\b(SYSTEM|PUBLIC)\b/.test(head))
      throw new XmlError('a DOCTYPE declaring entities (not expanded: an entity bomb or external entity)');
    if (close < 0) throw new XmlError('an unclosed DOCTYPE');
    return close + 1;
  }
  throw new XmlError('an unknown markup declaration');
}
