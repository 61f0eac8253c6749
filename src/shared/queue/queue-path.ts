/**
 * Queue-relative document paths come from partners' manifests and zip entry names: hostile.
 * This module decides, without touching a filesystem, whether such a path may name a file inside
 * the queue. The platform edges (Node queue source, browser queue source, main's asset server)
 * still resolve symlinks and file types themselves; this is the first gate, not the only one.
 */

export type QueuePathResult = { ok: true; path: string } | { ok: false; reason: string };

/** Longer paths are refused: no real document needs them and they cost work downstream. */
export const MAX_QUEUE_PATH_LENGTH = 1024;

// Control characters (NUL included) never belong in a file name and truncate paths in C APIs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const DRIVE_LETTER = /^[A-Za-z]:/;
/** Segments made only of dots and spaces: "..", "...", ". ." (Windows trims trailing dots/spaces, so "... " can mean ".."). */
const DOTS_AND_SPACES = /^[. ]+$/;

function refuse(reason: string): QueuePathResult {
  return { ok: false, reason };
}

/** Checks one spelling of the path (the raw one or a percent-decoded one). */
function checkSpelling(p: string, label: string): string | null {
  if (CONTROL_CHARS.test(p)) return `${label}contains a control character (NUL or similar)`;
  if (p.includes('\\')) return `${label}contains a backslash; queue paths use "/"`;
  if (p.startsWith('/')) return `${label}is absolute; queue paths are relative to the queue folder`;
  if (DRIVE_LETTER.test(p)) return `${label}names a drive (e.g. C:); queue paths are relative to the queue folder`;
  if (p.includes(':')) return `${label}contains ":" (drive or alternate data stream syntax)`;
  for (const segment of p.split('/')) {
    if (segment !== '.' && DOTS_AND_SPACES.test(segment)) return `${label}leaves the queue folder ("${segment}" segment)`;
  }
  return null;
}

/** Spellings a consumer might see after percent-decoding (once, twice, three times). */
function decodedSpellings(p: string): string[] {
  const out: string[] = [];
  let current = p;
  for (let i = 0; i < 3 && current.includes('%'); i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break; // Not valid percent-encoding: the literal name is all there is.
    }
    if (next === current) break;
    out.push(next);
    current = next;
  }
  return out;
}

/**
 * Validates a queue-relative path and returns it normalised ("./a/b.pdf" -> "a/b.pdf").
 * Refuses: empty, too long, absolute, drive letters, backslashes, ":", control characters, ".."
 * (or any dots-and-spaces segment), empty segments ("a//b", trailing "/"), and any of these
 * hidden behind percent-encoding ("%2e%2e/x"). Paths are never decoded for use: a name with a
 * literal "%" stays literal; decoding is only used to refuse disguised traversal.
 */
export function normaliseQueuePath(p: string): QueuePathResult {
  if (typeof p !== 'string' || p.length === 0) return refuse('empty path');
  if (p.length > MAX_QUEUE_PATH_LENGTH) return refuse(`path longer than ${MAX_QUEUE_PATH_LENGTH} characters`);
  const problem = checkSpelling(p, '');
  if (problem !== null) return refuse(`path ${problem}`);
  const kept: string[] = [];
  for (const segment of p.split('/')) {
    if (segment === '') return refuse('path has an empty segment ("//" or a trailing "/")');
    if (segment === '.') continue;
    kept.push(segment);
  }
  if (kept.length === 0) return refuse('path names the queue folder itself, not a file');
  const normalised = kept.join('/');
  // Decoded spellings are checked on the normalised form, so "./%2f" is judged like "%2f".
  for (const decoded of decodedSpellings(normalised)) {
    const hidden = checkSpelling(decoded, 'once percent-decoded, ');
    if (hidden !== null) return refuse(`path ${hidden}`);
  }
  return { ok: true, path: normalised };
}

/** Splits a platform path into segments, dropping empty ones (leading "/", doubled separators). */
export function pathSegments(p: string, separator: '/' | '\\'): string[] {
  const parts = separator === '\\' ? p.split(/[\\/]/) : p.split('/');
  return parts.filter((s) => s.length > 0);
}

/**
 * True when `child` is `root` itself or lies below it, compared segment by segment (never by
 * string prefix: "/q/queue-evil" is not inside "/q/queue"). `caseInsensitive` for Windows/macOS.
 */
export function isInsideSegments(root: readonly string[], child: readonly string[], caseInsensitive = false): boolean {
  if (child.length < root.length) return false;
  for (let i = 0; i < root.length; i++) {
    const a = root[i] ?? '';
    const b = child[i] ?? '';
    if (caseInsensitive ? a.toLowerCase() !== b.toLowerCase() : a !== b) return false;
  }
  return true;
}
