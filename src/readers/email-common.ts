import type { DocumentPart, EmailAddress, EmailFacts, ExtractedDocument } from '@shared/documents/types';
import { DEFAULT_RULESET, compileRuleset } from '@shared/checks/ruleset';
import { forwardedByRules } from '@shared/checks/email-forward';
import { emptyDocument, tidyText, type ReaderContext } from './reader-context';

/**
 * What .eml and .msg share: forwarded-mail detection, HTML to text without a DOM, attachment
 * name sanitising and recursive attachment reading.
 */

/**
 * True for a forwarded message, false for a plain reply: the default ruleset's forward markers
 * (resources/rulesets/default.json, the one list of them); the engine asks again with the ruleset
 * in use.
 */
export function isForwarded(subject: string | undefined, body: string): boolean {
  // Compiled on the first e-mail (compileRuleset keeps it per ruleset), not when the readers load:
  // a worker or reader thread that never reads an e-mail does not pay for the whole ruleset's
  // regexes (0.1 s of CPU in Node; 0.3-0.6 s in each of the app's viewer readers by its profile, under load).
  return forwardedByRules(compileRuleset(DEFAULT_RULESET), subject ?? '', body);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  euro: '€',
  pound: '£',
  yen: '¥',
  sect: '§',
  deg: '°',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  times: '×',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  shy: '',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code] ?? whole;
  });
}

/**
 * HTML body to plain text with regular expressions only: nothing is parsed into a DOM, nothing
 * is fetched and no script can run. Good enough for reading what a message says.
 */
export function htmlToText(html: string): string {
  const text = html
    .slice(0, 5_000_000)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title|xml|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h[1-6]|table|blockquote|pre|section|article|header|footer)\s*>/gi, '\n')
    .replace(/<(p|div|tr|li|h[1-6]|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '');
  return tidyText(decodeEntities(text));
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A safe display and path name for an attachment: no folders (`..\..\x.exe` becomes `x.exe`),
 * no control or bidirectional-override characters (U+202E makes "exe.pdf" look like "fdp.exe"),
 * no Windows device names (CON, NUL...), no characters Windows forbids, no "#" (our nested-path
 * separator), at most 150 characters keeping the extension.
 */
export function sanitiseAttachmentName(raw: string | undefined, index: number): string {
  const fallback = `attachment-${index + 1}`;
  let name = (raw ?? '').normalize('NFC');
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  name =
    name
      .split(/[\\/]/)
      .filter((s) => s !== '' && s !== '.' && s !== '..')
      .pop() ?? '';
  name = name.replace(/[<>:"|?*#]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > 150) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 150 - ext.length) + ext;
  }
  return name || fallback;
}

/** Makes names unique within one message ("a.pdf", "a (2).pdf"). */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const key = n.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return n;
    const dot = n.lastIndexOf('.');
    return dot > 0 ? `${n.slice(0, dot)} (${count})${n.slice(dot)}` : `${n} (${count})`;
  });
}

export interface RawAttachment {
  name: string | undefined;
  /** Undefined when the content could not be read (the attachment is still listed). */
  bytes: Uint8Array | undefined;
}

/** Reads attachments as POE documents in their own right, named `<parent>#<sanitised name>`. */
export async function readAttachments(parentPath: string, raws: RawAttachment[], ctx: ReaderContext): Promise<ExtractedDocument[]> {
  const names = uniqueNames(raws.map((a, i) => sanitiseAttachmentName(a.name, i)));
  const out: ExtractedDocument[] = [];
  for (const [i, att] of raws.entries()) {
    const path = `${parentPath}#${names[i] ?? `attachment-${i + 1}`}`;
    if (!att.bytes) {
      out.push(emptyDocument(path, 'unsupported', 'corrupt', 'the attachment content could not be read'));
      continue;
    }
    const doc = await ctx.readNested(path, att.bytes);
    if (ctx.forView) doc.content = att.bytes;
    out.push(doc);
  }
  return out;
}

export function emailParts(headerLines: string[], body: string): DocumentPart[] {
  return [
    { part: 'header', text: headerLines.filter((l) => l.length > 0).join('\n'), hasTextLayer: true },
    { part: 'body', text: body, hasTextLayer: true },
  ];
}

function formatAddress(a: EmailAddress): string {
  if (a.name && a.address) return `${a.name} <${a.address}>`;
  return a.name ?? a.address ?? '';
}

export function headerLinesOf(facts: EmailFacts): string[] {
  return [
    facts.from ? `From: ${formatAddress(facts.from)}` : '',
    facts.to.length ? `To: ${facts.to.map(formatAddress).join(', ')}` : '',
    facts.cc.length ? `Cc: ${facts.cc.map(formatAddress).join(', ')}` : '',
    facts.date ? `Date: ${facts.date}` : '',
    facts.subject !== undefined ? `Subject: ${facts.subject}` : '',
  ];
}

/**
 * A Date header's own text, kept when it reads as the moment `iso` (to the minute): the sender's
 * offset or zone as written. Long or unreadable values are not kept.
 */
export function dateAsWritten(value: string | undefined, iso: string | undefined): string | undefined {
  const written = value?.replace(/\s+/g, ' ').trim();
  if (!written || !iso || written.length > 120) return undefined;
  const at = isoDate(written);
  return at !== undefined && Math.abs(Date.parse(at) - Date.parse(iso)) < 60_000 ? written : undefined;
}

/** The value of the first `Date:` line of a block of internet headers (folded lines joined). */
export function dateHeaderOf(headers: string | undefined): string | undefined {
  const m = /^Date:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(headers ?? '');
  return m?.[1];
}

export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
