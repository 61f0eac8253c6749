import { foldString, originalRange, squashSpace } from '../text/fold';
import { normalizeName } from '../text/names';
import { escapeRegExp } from '../text/fold';
import type { Segment } from './context';
import type { WorkloadAlias } from './ruleset';

/** The names a claimed workload may go by in a POE: catalog names, abbreviations, the claim's own. */
export interface WorkloadNames {
  claimed: string;
  catalogId: string | null;
  names: string[];
  abbreviations: string[];
  /** Folded names, one regex ("gu"), flexible separators, word boundaries. */
  namesRe: RegExp | null;
  /** Folded abbreviations; a hit is kept only when the original text has the exact case. */
  abbreviationsRe: RegExp | null;
}

function key(s: string): string {
  return normalizeName(s, []).key;
}

/** Finds the catalog entry for a claimed name: exact alias first, else the longest alias it contains. */
export function resolveWorkload(claimed: string, catalog: readonly WorkloadAlias[]): WorkloadNames {
  const k = key(claimed);
  let entry: WorkloadAlias | undefined = catalog.find((w) => [...w.names, ...w.abbreviations].some((n) => key(n) === k));
  if (!entry) {
    let bestLen = 0;
    for (const w of catalog) {
      for (const n of w.names) {
        const nk = key(n);
        if (nk.length > bestLen && (` ${k} `).includes(` ${nk} `)) {
          bestLen = nk.length;
          entry = w;
        }
      }
    }
  }
  const names = [...new Set([claimed, ...(entry?.names ?? [])])];
  if (!entry && /^microsoft\s+/i.test(claimed)) names.push(claimed.replace(/^microsoft\s+/i, ''));
  const abbreviations = entry?.abbreviations ?? [];
  return { claimed, catalogId: entry?.id ?? null, names, abbreviations, namesRe: phraseRegExp(names), abbreviationsRe: phraseRegExp(abbreviations) };
}

/** One regex for several phrases: tokens in order, up to 3 separators between, word boundaries. */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const bodies = phrases
    .map((p) => foldString(p).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((t) => t.map(escapeRegExp).join('[^\\p{L}\\p{N}\\n]{0,3}'));
  if (bodies.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export type MentionState = 'ticked' | 'unticked' | 'mentioned';
export interface Mention {
  seg: Segment;
  start: number;
  end: number;
  state: MentionState;
}

const TICKED = /☒|☑|✓|✔|✅|⊠|■|🗹|⮽|\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)/u;
const UNTICKED = /☐|□|◻|⬜|❏|❑|\[\s*\]|\(\s*\)/u;
const ANY_MARK = new RegExp(`${TICKED.source}|${UNTICKED.source}`, 'gu');
const MARK_AT_END = new RegExp(`(?:${TICKED.source}|${UNTICKED.source})\\s*$`, 'u');
// A box that starts the next product row: a mark followed by a product-like word.
const NEXT_ROW = /^\s*(?:microsoft|dynamics|azure|office|power|teams|viva|exchange|sharepoint|intune|outlook|entra|defender|purview|copilot|windows|sentinel|d365|m365)/u;

/**
 * How a mention sits in a check-box template: its own box (just before the name) or the boxes
 * on its row (activity types after it) decide; no box on the row = a plain mention.
 */
function mentionState(plain: string, start: number, end: number): MentionState {
  const lineStart = plain.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = plain.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = plain.length;
  const before = plain.slice(Math.max(lineStart, start - 6), start);
  const own = MARK_AT_END.exec(before)?.[0];
  const rowEnd = Math.min(lineEnd, end + 160);
  const marks: string[] = [];
  ANY_MARK.lastIndex = end;
  for (let m = ANY_MARK.exec(plain); m && m.index < rowEnd; m = ANY_MARK.exec(plain)) {
    // The row ends where the next product's own box starts.
    if (NEXT_ROW.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 16))) break;
    marks.push(m[0]);
  }
  if (own && TICKED.test(own)) return 'ticked';
  if (marks.some((m) => TICKED.test(m))) return 'ticked';
  if (own || marks.length > 0) return 'unticked';
  return 'mentioned';
}

const HAS_MARK = new RegExp(`${TICKED.source}|${UNTICKED.source}`, 'u');

const mentionCache = new WeakMap<Segment, Map<WorkloadNames, Mention[]>>();

/** Every mention (up to 8) of the workload in a segment, with its check-box state; cached. */
export function findMentions(w: WorkloadNames, seg: Segment): Mention[] {
  let bySeg = mentionCache.get(seg);
  if (!bySeg) {
    bySeg = new Map();
    mentionCache.set(seg, bySeg);
  }
  let found = bySeg.get(w);
  if (!found) {
    found = scanMentions(w, seg, 8);
    bySeg.set(w, found);
  }
  return found;
}

function scanMentions(w: WorkloadNames, seg: Segment, limit: number): Mention[] {
  const plain = seg.folded.plain;
  const hasMarks = HAS_MARK.test(plain);
  const out: Mention[] = [];
  const add = (start: number, end: number) => {
    out.push({ seg, start, end, state: hasMarks ? mentionState(plain, start, end) : 'mentioned' });
  };
  for (const re of [w.namesRe, w.abbreviationsRe]) {
    if (!re) continue;
    const exactCase = re === w.abbreviationsRe;
    re.lastIndex = 0;
    for (let m = re.exec(plain); m && out.length < limit; m = re.exec(plain)) {
      if (exactCase) {
        const [os, oe] = originalRange(seg.folded, m.index, m.index + m[0].length);
        const original = squashSpace(seg.folded.text.slice(os, oe));
        if (!w.abbreviations.some((a) => squashSpace(a) === original)) continue;
      }
      add(m.index, m.index + m[0].length);
    }
  }
  return out;
}
