import { foldString, originalRange, squashSpace } from '../text/fold';
import { normalizeName } from '../text/names';
import { escapeRegExp } from '../text/fold';
import { documentEvidence, type Segment } from './context';
import type { CompiledRuleset, WorkloadAlias } from './ruleset';
import { layoutOf } from '../layout/layout';
import type { PartLayout } from '../layout/types';
import { markedChoice, rowState, rowText } from './template-rows';
import type { Evidence } from './types';

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
        if (nk.length > bestLen && ` ${k} `.includes(` ${nk} `)) {
          bestLen = nk.length;
          entry = w;
        }
      }
    }
  }
  const names = [...new Set([claimed, ...(entry?.names ?? [])])];
  if (!entry && /^microsoft\s+/i.test(claimed)) names.push(claimed.replace(/^microsoft\s+/i, ''));
  const abbreviations = entry?.abbreviations ?? [];
  return {
    claimed,
    catalogId: entry?.id ?? null,
    names,
    abbreviations,
    namesRe: phraseRegExp(names),
    abbreviationsRe: phraseRegExp(abbreviations),
  };
}

const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}]';

/** One regex for several phrases: tokens in order, up to 3 separators between, word boundaries. */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const bodies = phrases
    .map((p) =>
      foldString(p)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length > 0),
    )
    .filter((t) => t.length > 0)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    // Up to 3 separators between words, one of them may be a line break (a name wrapped in running text).
    .map((t) => t.map(escapeRegExp).join('(?:[^\\p{L}\\p{N}\\n]{0,3}|[^\\S\\n]*-?\\n[^\\S\\n]*)'));
  if (bodies.length === 0) return null;
  // Word edges against alphabetic scripts only: a name glued to Japanese or Chinese text ("Endpointを") is still a word.
  return new RegExp(`(?<!${WORD_CHAR})(?:${bodies.join('|')})(?!${WORD_CHAR})`, 'gu');
}

/** 'unclear': on a template row whose mark may mean either in or out of scope. */
export type MentionState = 'ticked' | 'unticked' | 'mentioned' | 'unclear';
export interface Mention {
  seg: Segment;
  /** Range in the segment's folded text (-1 when a table cell's text could not be placed there). */
  start: number;
  end: number;
  state: MentionState;
  /** For a mention read from a table row: the row as evidence. */
  evidence?: Evidence;
}

const TICKED = /☒|☑|✓|✔|✅|⊠|■|🗹|⮽|\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)/u;
const UNTICKED = /☐|□|◻|⬜|❏|❑|\[\s*\]|\(\s*\)/u;
const ANY_MARK = new RegExp(`${TICKED.source}|${UNTICKED.source}`, 'gu');
const MARK_AT_END = new RegExp(`(?:${TICKED.source}|${UNTICKED.source})\\s*$`, 'u');
// A box that starts the next product row: a mark followed by a product-like word.
const NEXT_ROW =
  /^\s*(?:microsoft|dynamics|azure|office|power|teams|viva|exchange|sharepoint|intune|outlook|entra|defender|purview|copilot|windows|sentinel|d365|m365)/u;

/**
 * How a mention sits in a check-box template: its own box (just before the name) or the boxes
 * on its row (activity types after it) decide; no box on the row = a plain mention.
 */
function mentionState(rules: CompiledRuleset, plain: string, start: number, end: number): MentionState {
  const lineStart = plain.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = plain.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = plain.length;
  const before = plain.slice(Math.max(lineStart, start - 6), start);
  const own = MARK_AT_END.exec(before)?.[0];
  const rowEnd = Math.min(lineEnd, end + 160);
  const marks: string[] = [];
  let stop = rowEnd;
  ANY_MARK.lastIndex = end;
  for (let m = ANY_MARK.exec(plain); m && m.index < rowEnd; m = ANY_MARK.exec(plain)) {
    // The row ends where the next product's own box starts.
    if (NEXT_ROW.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 16))) {
      stop = m.index;
      break;
    }
    marks.push(m[0]);
  }
  // Boxes that label options after the name ("Intune ☐ Yes ☒ No"): the ticked option says.
  if (!own && marks.length > 0) {
    const choice = markedChoice(rules, plain.slice(end, stop));
    if (choice === 'yes') return 'ticked';
    if (choice === 'no') return 'unticked';
    if (choice === 'both') return 'mentioned';
  }
  if (own && TICKED.test(own)) return 'ticked';
  if (marks.some((m) => TICKED.test(m))) return 'ticked';
  if (own || marks.length > 0) return 'unticked';
  // A line that is only the product's name, in a check-box template: a row whose box was left blank.
  if (plain.slice(lineStart, lineEnd).trim().length <= end - start + 2) return 'unticked';
  return 'mentioned';
}

const HAS_MARK = new RegExp(`${TICKED.source}|${UNTICKED.source}`, 'u');

const mentionCache = new WeakMap<Segment, Map<WorkloadNames, Mention[]>>();

/** Every mention (up to 8) of the workload in a segment, with its check-box or row state; cached. */
export function findMentions(rules: CompiledRuleset, w: WorkloadNames, seg: Segment): Mention[] {
  let bySeg = mentionCache.get(seg);
  if (!bySeg) {
    bySeg = new Map();
    mentionCache.set(seg, bySeg);
  }
  let found = bySeg.get(w);
  if (!found) {
    found = [...tableMentions(rules, w, seg, 8), ...scanMentions(rules, w, seg, 8, tableLineKeys(seg))].slice(0, 8);
    bySeg.set(w, found);
  }
  return found;
}

/** A line's text with no blanks, folded: how a table's line is recognised in the page text. */
const lineKey = (s: string) => foldString(s).replace(/\s+/g, '');

const keysCache = new WeakMap<Segment, Set<string>>();

/** The keys of the lines and cells that tables hold: mentions there are judged by their row. */
function tableLineKeys(seg: Segment): Set<string> {
  let keys = keysCache.get(seg);
  if (keys) return keys;
  keys = new Set();
  const layout: PartLayout = layoutOf(seg.part);
  layout.lines.forEach((l, i) => {
    if ((layout.tableOfLine[i] ?? -1) >= 0) keys?.add(lineKey(l.text));
  });
  for (const t of layout.tables) {
    if (t.source !== 'format') continue;
    for (const r of t.rows) {
      keys.add(lineKey(r.cells.join('')));
      for (const c of r.cells) if (c) keys.add(lineKey(c));
    }
  }
  keysCache.set(seg, keys);
  return keys;
}

/** Mentions in table cells, with the state their row gives them (wrapped cells are already joined). */
function tableMentions(rules: CompiledRuleset, w: WorkloadNames, seg: Segment, limit: number): Mention[] {
  const out: Mention[] = [];
  const layout = layoutOf(seg.part);
  const where = seg.part.page !== undefined ? { page: seg.part.page } : seg.part.part !== undefined ? { part: seg.part.part } : {};
  const product = (other: string) => namesAnyProduct(rules, other);
  for (const table of layout.tables) {
    table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        if (out.length >= limit || !cell) return;
        let state: MentionState;
        if (cellNames(w, cell) && namesAnotherProduct(rules, w, cell)) state = lineState(rules, w, seg);
        else if (cellNames(w, cell)) state = rowState(rules, table, r, c, product);
        else {
          // A wrapped name the row builder split across two rows ("Microsoft Purview" / "Information Protection"): both rows speak for it.
          const next = table.rows[r + 1]?.cells[c];
          if (!next || cellNames(w, next) || !cellNames(w, `${cell} ${next}`)) return;
          const states = [rowState(rules, table, r, c, product), rowState(rules, table, r + 1, c, product)];
          state = states.includes('ticked')
            ? 'ticked'
            : states.includes('unclear')
              ? 'unclear'
              : states.includes('unticked')
                ? 'unticked'
                : 'mentioned';
        }
        const ev = documentEvidence(seg.doc, rowText(row), where);
        if (row.box) ev.box = row.box;
        const at = seg.folded.plain.indexOf(foldString(cell).slice(0, 24));
        out.push({ seg, start: at, end: at === -1 ? -1 : at + Math.min(cell.length, 24), state, evidence: ev });
      });
    });
  }
  return out;
}

/**
 * Whether a cell that names the workload also names another product: rows the layout could not
 * tell apart (evenly spaced one-line rows of a two-column template) end up in one cell, and the
 * row's boxes then cannot be told apart either.
 */
function namesAnotherProduct(rules: CompiledRuleset, w: WorkloadNames, cell: string): boolean {
  const re = w.namesRe;
  if (!re) return false;
  return namesAnyProduct(rules, foldString(cell).replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), ' '));
}

/**
 * The state the text lines give the workload (each line's own box, as a template row is read
 * without table structure): ticked when a line ticks it, else unticked when a line shows its box
 * or a bare row, else a plain mention.
 */
function lineState(rules: CompiledRuleset, w: WorkloadNames, seg: Segment): MentionState {
  const re = w.namesRe;
  if (!re) return 'mentioned';
  const plain = seg.folded.plain;
  let state: MentionState = 'mentioned';
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(plain); m && seen < 50; m = re.exec(plain), seen++) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const here = mentionState(rules, plain, m.index, m.index + m[0].length);
    if (here === 'ticked') return 'ticked';
    if (here === 'unticked') state = 'unticked';
  }
  return state;
}

const catalogCache = new WeakMap<CompiledRuleset, RegExp | null>();

/** Whether a text names any product of the ruleset's catalog. */
function namesAnyProduct(rules: CompiledRuleset, text: string): boolean {
  let re = catalogCache.get(rules);
  if (re === undefined) {
    re = phraseRegExp(rules.ruleset.workloads.flatMap((w) => w.names));
    catalogCache.set(rules, re);
  }
  if (!re || !text) return false;
  re.lastIndex = 0;
  return re.test(foldString(text));
}

/** Whether a cell names the workload (abbreviations in their exact case). */
function cellNames(w: WorkloadNames, cell: string): boolean {
  const folded = foldString(cell);
  if (w.namesRe) {
    w.namesRe.lastIndex = 0;
    if (w.namesRe.test(folded)) return true;
  }
  if (!w.abbreviationsRe) return false;
  w.abbreviationsRe.lastIndex = 0;
  for (let m = w.abbreviationsRe.exec(folded); m; m = w.abbreviationsRe.exec(folded)) {
    // Folding keeps the length of ASCII text; abbreviations are ASCII.
    if (w.abbreviations.some((a) => cell.slice(m.index, m.index + m[0].length) === a)) return true;
  }
  return false;
}

function scanMentions(rules: CompiledRuleset, w: WorkloadNames, seg: Segment, limit: number, inTables: ReadonlySet<string>): Mention[] {
  const plain = seg.folded.plain;
  const hasMarks = HAS_MARK.test(plain);
  const out: Mention[] = [];
  const add = (start: number, end: number) => {
    if (inTables.size > 0) {
      const from = plain.lastIndexOf('\n', start - 1) + 1;
      const to = plain.indexOf('\n', end);
      if (inTables.has(lineKey(plain.slice(from, to === -1 ? plain.length : to)))) return;
    }
    out.push({ seg, start, end, state: hasMarks ? mentionState(rules, plain, start, end) : 'mentioned' });
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
