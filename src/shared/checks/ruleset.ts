import { z } from 'zod';
import defaultRulesetJson from '../../../resources/rulesets/default.json';
import { foldString } from '../text/fold';
import { compileSuffixes, DEFAULT_LEGAL_SUFFIXES } from '../text/names';

/**
 * The checklist rules as data (resources/rulesets/*.json), validated here. Every report names
 * the ruleset as "<id>@<version>". Patterns are regular expressions matched case-insensitively
 * against folded text (NFKC, lower case, no diacritics); a pattern that does not compile is a
 * validation error, not a crash at check time.
 */

const PatternSchema = z
  .string()
  .min(1)
  .refine((p) => {
    try {
      new RegExp(p, 'giu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');
const Patterns = z.array(PatternSchema);
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an upper-case ISO 3166-1 alpha-2 code');

export const WorkloadAliasSchema = z.object({
  id: z.string().min(1),
  /** Current and former product names; matched as words, case- and accent-insensitively. */
  names: z.array(z.string().min(1)).min(1),
  /** Abbreviations (MDE, EXO): matched as whole words in their exact case, to avoid false hits. */
  abbreviations: z.array(z.string().min(1)).default([]),
});

export const PublicSectorRuleSchema = z.object({
  id: z.string().min(1),
  description: z.string().default(''),
  programs: z.array(z.enum(['cpor', 'partner-activities'])).min(1),
  /** Empty = any activity. */
  activities: z.array(z.enum(['usage', 'pre-sales', 'revenue'])).default([]),
  /** Regular expression on the claim's solution area; empty = any. */
  solutionAreaPattern: z.string().default(''),
  disclosureCountries: z.array(CountryCode),
  ineligibilityApplies: z.boolean(),
});

/** How OCR'd scans are read (shared/documents/ocr.ts). */
export const OcrRulesSchema = z.object({
  /** Words the engine is less sure of than this (0–1) do not count: they are left out of the text the checks read. */
  wordFloor: z.number().min(0).max(1),
  /** A check that would pass only on words less sure than this (their lowest confidence) says review. */
  trustedConfidence: z.number().min(0).max(1),
  /** A page whose words average below this is not read: it stays a scan a person must look at. */
  pageFloor: z.number().min(0).max(1),
  /** Tesseract languages to read a country's scans with (English is always added last). */
  languagesByCountry: z.record(CountryCode, z.array(z.string().regex(/^[a-z_]{3,8}$/)).min(1)).default({}),
});
export type OcrRules = z.infer<typeof OcrRulesSchema>;

export const DEFAULT_OCR_RULES: OcrRules = { wordFloor: 0.6, trustedConfidence: 0.8, pageFloor: 0.55, languagesByCountry: {} };

export const RulesetSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  description: z.string().default(''),
  acknowledgementWindowMonths: z.number().int().positive().max(120),
  noPoeReviewActivities: z.array(z.enum(['usage', 'pre-sales', 'revenue'])).default([]),
  numericDateOrder: z.object({ monthFirstCountries: z.array(CountryCode), ambiguousCountries: z.array(CountryCode).default([]) }),
  /** Added to the built-in legal suffixes (shared/text/names.ts). */
  legalSuffixes: z.array(z.string().min(1)).default([]),
  workloads: z.array(WorkloadAliasSchema),
  signature: z.object({
    envelopeMarks: Patterns,
    signedByMarks: Patterns,
    blockLabels: Patterns,
    /**
     * Labels that open a signature block only when the customer's name follows them ("Accepted for
     * Contoso Ltd: John Doe"): on their own they are prose ("accepted for purchase").
     */
    partyBlockLabels: Patterns.default([]),
    /**
     * An envelope's status that withdraws its signatures ("Envelope voided", "Status: Expired",
     * "Umschlag storniert"): a document that says so has no e-signature that stands.
     */
    envelopeVoided: Patterns.default([]),
    /** Labels that say a date is the signing date ("Date signed", "signé le"): the date right after them wins. */
    signatureDateLabels: Patterns.default([]),
    /** Plain date labels ("Date", "Datum", "Sent"): count only as a line's first word or after punctuation, near a signature. */
    plainDateLabels: Patterns.default([]),
    unsignedMarks: Patterns,
    emailFromHeaders: z.array(z.string().min(1)),
    forwardMarkers: Patterns,
    /** Where the quoted earlier messages of a reply begin ("-----Original Message-----", "On … wrote:"). */
    quotedReplyMarkers: Patterns.default([]),
    /** Words of a customer confirming or accepting ("confirm", "bestätige", "検収"). */
    emailConfirmations: Patterns.default([]),
    /** Words that refer to the work ("rollout", "services", "described below"); a claimed workload's name counts too. */
    emailWorkReferences: Patterns.default([]),
    /** Signing events of a vendor's trail or panel ("signed", "Signature applied", "signerade"): whose they are decides whether an envelope is the customer's. */
    signingEvents: Patterns.default([]),
    /** Words right before a signature label that make it a request ("for signature", "zur Unterschrift"), matched at the end of the 24 characters before it. */
    signatureRequestMarks: Patterns.default([]),
    /** Free-mail providers: an address there is nobody's company domain. */
    freeMailDomains: z.array(z.string().min(3)).default([]),
    /**
     * Audit trails and certificates print dates in the vendor's format, whatever the customer's
     * country: a page matching `monthFirst` (a declared "MM / DD / YYYY", a vendor's known
     * month-first certificate) or `dayFirst` reads its numeric dates that way, unambiguously.
     */
    trailDateOrder: z.object({ monthFirst: Patterns, dayFirst: Patterns }).default({ monthFirst: [], dayFirst: [] }),
    /**
     * Audit-trail vocabulary: the action words of trail events per kind, in any language
     * ("signed", "signerade", "podpisał"); `pending` says a signer has not signed yet.
     */
    trailActions: z
      .object({ signed: Patterns, completed: Patterns, viewed: Patterns, sent: Patterns, declined: Patterns, pending: Patterns })
      .default({ signed: [], completed: [], viewed: [], sent: [], declined: [], pending: [] }),
    /** Labels of signature-block fields: a block is a run of these ("Name:", "Title:", "Date:", "Signature:"). */
    blockFields: z
      .object({ name: Patterns, title: Patterns, date: Patterns, signature: Patterns, company: Patterns })
      .default({ name: [], title: [], date: [], signature: [], company: [] }),
    /** Words that name a side in a signature block's heading ("Customer", "Client", "Partner", "Supplier"). */
    partyWords: z.object({ customer: Patterns, partner: Patterns }).default({ customer: [], partner: [] }),
    /** A letter's closing formula on its own line ("Yours faithfully", "Mit freundlichen Grüßen"): its signatory follows it. */
    letterClosings: Patterns.default([]),
  }),
  /** How a template row says a product is in scope: box glyphs anywhere on the row, or a state cell (Yes/No, In scope, Delivered). */
  templateRows: z
    .object({
      ticked: Patterns,
      unticked: Patterns,
      /** Matched at the start of a cell, as a whole word: "Yes", "Y", "In scope", "Delivered". */
      yes: Patterns,
      no: Patterns,
    })
    .default({ ticked: [], unticked: [], yes: [], no: [] }),
  feeDisclosure: Patterns,
  documentType: z.object({
    headingChars: z.number().int().positive(),
    notPoe: z.array(z.object({ kind: z.string().min(1), patterns: Patterns })),
    poe: Patterns,
    licensingEmail: Patterns,
    /** Master services / framework agreements: not POE without recent engagement evidence. */
    masterAgreement: Patterns.default([]),
    /** ECIF documents: not POE without a separate customer acknowledgement. */
    ecif: Patterns.default([]),
    /**
     * A price table: a line with `minHeaderWords` of these column names ("qty", "unit price") and
     * `minRows` lines with two or more amounts. With fewer than `maxWorkLines` lines describing
     * work (phases, timelines, quantities), the document is commercial whatever else it says.
     */
    priceTable: z
      .object({
        headerWords: Patterns,
        minHeaderWords: z.number().int().min(1),
        minRows: z.number().int().min(1),
        maxWorkLines: z.number().int().min(0),
      })
      .default({ headerWords: [], minHeaderWords: 2, minRows: 2, maxWorkLines: 3 }),
  }),
  activityDetail: z.object({
    passCategories: z.number().int().min(1).max(4),
    reviewCategories: z.number().int().min(0).max(4),
    configurationNearWorkloadChars: z.number().int().positive(),
    /**
     * The specifics' vocabulary per language. `units`: what a number counts ("users",
     * "użytkowników", "名"); `unspaced`: a script written without spaces between words (Japanese,
     * Chinese), where patterns match without word edges and a unit follows its number directly.
     */
    languages: z
      .array(
        z.object({
          lang: z.string().min(2),
          unspaced: z.boolean().default(false),
          units: Patterns,
          phases: Patterns,
          timelines: Patterns,
          configuration: Patterns,
          generic: Patterns,
        }),
      )
      .min(1),
  }),
  publicSector: z.object({
    sectors: z.array(z.enum(['government', 'healthcare', 'education'])),
    rules: z.array(PublicSectorRuleSchema),
    ineligibleCountries: z.array(CountryCode),
    ineligibleCountriesNote: z.string().default(''),
  }),
  ocr: OcrRulesSchema.default(DEFAULT_OCR_RULES),
});
export type Ruleset = z.infer<typeof RulesetSchema>;
export type WorkloadAlias = z.infer<typeof WorkloadAliasSchema>;
export type PublicSectorRule = z.infer<typeof PublicSectorRuleSchema>;

/** Validates a ruleset; throws a ZodError naming the bad field. */
export function parseRuleset(json: unknown): Ruleset {
  return RulesetSchema.parse(json);
}

/** The ruleset shipped in resources/rulesets/default.json. */
export const DEFAULT_RULESET: Ruleset = parseRuleset(defaultRulesetJson);

/** "<id>@<version>", as every report names its rules. */
export function rulesetLabel(r: Ruleset): string {
  return `${r.id}@${r.version}`;
}

/**
 * Folds a pattern like the text it runs on: diacritics removed and letters lower-cased, except
 * inside escapes (\D, \S, \p{Lu}, \u{…} keep their meaning). No "i" flag is needed then, which
 * matters: V8 runs case-insensitive Unicode regexes one to two orders of magnitude slower.
 */
export function foldPattern(p: string): string {
  const s = p.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').normalize('NFC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch !== '\\') {
      out += ch.toLowerCase();
      continue;
    }
    const next = s[i + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u') && s[i + 2] === '{') {
      const close = s.indexOf('}', i + 2);
      const end = close === -1 ? s.length : close + 1;
      out += s.slice(i, end);
      i = end - 1;
    } else {
      out += ch + next;
      i += 1;
    }
  }
  return out;
}

/** One alternation regex from patterns; patterns are folded like the text they run on. */
function alternation(patterns: readonly string[], wrapWords = false): RegExp | null {
  if (patterns.length === 0) return null;
  const body = patterns.map((p) => `(?:${foldPattern(p)})`).join('|');
  const src = wrapWords ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body;
  return new RegExp(src, 'gu');
}

/** A cell that starts with one of the words ("yes", "in scope") and nothing glued to it. */
function cellStart(patterns: readonly string[]): RegExp {
  if (patterns.length === 0) return /(?!)/u;
  return new RegExp(`^(?:${patterns.map((p) => `(?:${foldPattern(p)})`).join('|')})(?![\\p{L}\\p{N}.])`, 'u');
}

export type TrailAction = 'signed' | 'completed' | 'viewed' | 'sent' | 'declined' | 'pending';
export type BlockField = 'name' | 'title' | 'date' | 'signature' | 'company';

/** Whole words anywhere (not global: a test per line). */
function words(patterns: readonly string[]): RegExp | null {
  if (patterns.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => `(?:${foldPattern(p)})`).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** A field label at a line's start, followed by a colon, blanks or the end: "Name:", "Date signed". */
function lineLabel(patterns: readonly string[]): RegExp | null {
  if (patterns.length === 0) return null;
  const any = `(?:${patterns.map((p) => `(?:${foldPattern(p)})`).join('|')})`;
  // A bilingual label names the field twice ("Date / Fecha", "Naam | Name"): both halves are the field's labels.
  return new RegExp(`^[\\s*•-]*${any}(?:\\s*[/|]\\s*${any})?\\s*(?:\\(printed\\)\\s*)?(?::|(?=\\s{2,}|\\t|$))`, 'u');
}

export interface CompiledRuleset {
  ruleset: Ruleset;
  label: string;
  suffixes: string[][];
  envelope: RegExp | null;
  signedBy: RegExp | null;
  blockLabel: RegExp | null;
  partyBlockLabel: RegExp | null;
  envelopeVoided: RegExp | null;
  signatureDateLabel: RegExp | null;
  plainDateLabel: RegExp | null;
  /** Not global: tested on the few characters after a signature label. */
  unsigned: RegExp | null;
  emailFrom: RegExp;
  forward: RegExp;
  quotedReply: RegExp | null;
  emailConfirmation: RegExp | null;
  emailWorkReference: RegExp | null;
  freeMail: ReadonlySet<string>;
  signingEvent: RegExp | null;
  signatureRequest: RegExp | null;
  feeDisclosure: RegExp | null;
  /** ticked/unticked: global, anywhere in a cell; yes/no: not global, at a cell's start. */
  templateRows: { ticked: RegExp | null; unticked: RegExp | null; yes: RegExp; no: RegExp };
  notPoe: { kind: string; re: RegExp }[];
  poe: RegExp | null;
  licensingEmail: RegExp | null;
  masterAgreement: RegExp | null;
  ecif: RegExp | null;
  priceHeader: RegExp | null;
  activity: {
    quantities: RegExp | null;
    phases: RegExp | null;
    timelines: RegExp | null;
    configuration: RegExp | null;
    generic: RegExp | null;
  };
  trailMonthFirst: RegExp | null;
  trailDayFirst: RegExp | null;
  /** Not global; matched against a trail line (folded). */
  trailActions: Record<TrailAction, RegExp | null>;
  /** Not global; anchored at a line's start: "name" … "company". */
  blockFields: Record<BlockField, RegExp | null>;
  partyWords: { customer: RegExp | null; partner: RegExp | null };
  /** A whole line that is a letter's closing formula. */
  letterClosing: RegExp | null;
  /** The same, found anywhere in a text (multiline): one scan says whether a page has one. */
  letterClosingLine: RegExp | null;
  monthFirst: ReadonlySet<string>;
  ambiguousOrder: ReadonlySet<string>;
}

const compiled = new WeakMap<Ruleset, CompiledRuleset>();

type ActivityLanguage = Ruleset['activityDetail']['languages'][number];

/** Word characters by Unicode letters, not ASCII: what `\w` means in a spaced language. */
const UNICODE_WORD = '[\\p{L}\\p{N}_]';
/** Where a word starts and ends, by Unicode letters. */
const WORD_START = `(?<!${UNICODE_WORD})`;
const WORD_END = `(?!${UNICODE_WORD})`;

/**
 * One pattern of a language as a regex body over folded text. Spaced languages: a leading `\b`
 * is a word start, any other `\b` a word end, and `\w` a letter, all by Unicode letters
 * (JavaScript's `\b` is ASCII: it cuts a folded Polish "łączność" where no word ends); unspaced
 * scripts: the pattern as written (a word edge means nothing without spaces).
 */
function languagePattern(p: string, unspaced: boolean): string {
  const folded = foldPattern(p);
  if (unspaced) return folded;
  let out = '';
  let inClass = false;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    if (ch !== '\\') {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    const next = folded[i + 1] ?? '';
    if (next === 'b' && !inClass) out += i === 0 ? WORD_START : WORD_END;
    else if (next === 'w') out += inClass ? '\\p{L}\\p{N}_' : UNICODE_WORD;
    else out += ch + next;
    i += 1;
  }
  return out;
}

/**
 * "811 users", "1 085 użytkowników", "811名のユーザー": a number, then (spaced languages) up to three
 * words before the unit, or (unspaced) the unit right after it.
 */
function quantityPattern(l: ActivityLanguage): string | null {
  if (l.units.length === 0) return null;
  const units = l.units.map((u) => `(?:${languagePattern(u, l.unspaced)})`).join('|');
  if (l.unspaced) return `\\d[\\d,.]*\\+?\\s*(?:${units})`;
  return `${WORD_START}\\d[\\d,.' ]*\\+?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${units})${WORD_END}`;
}

/** One regex of many bodies; those starting at a word start share one test of it (fast on long text). */
function joined(bodies: readonly (string | null)[]): RegExp | null {
  const b = bodies.filter((x): x is string => x !== null);
  if (b.length === 0) return null;
  const atStart = b.filter((x) => x.startsWith(WORD_START)).map((x) => `(?:${x.slice(WORD_START.length)})`);
  const rest = b.filter((x) => !x.startsWith(WORD_START)).map((x) => `(?:${x})`);
  const groups = [...(atStart.length > 0 ? [`${WORD_START}(?:${atStart.join('|')})`] : []), ...rest];
  return new RegExp(groups.join('|'), 'gu');
}

/** The activity vocabulary of every language, one regex per kind of specific. */
function activityVocabulary(languages: readonly ActivityLanguage[]): CompiledRuleset['activity'] {
  const of = (kind: 'phases' | 'timelines' | 'configuration' | 'generic') =>
    joined(languages.flatMap((l) => l[kind].map((p) => languagePattern(p, l.unspaced))));
  return {
    quantities: joined(languages.map(quantityPattern)),
    phases: of('phases'),
    timelines: of('timelines'),
    configuration: of('configuration'),
    generic: of('generic'),
  };
}

/** Compiles a ruleset's patterns once (cached per ruleset object). */
export function compileRuleset(r: Ruleset): CompiledRuleset {
  const hit = compiled.get(r);
  if (hit) return hit;
  const s = r.signature;
  const a = r.activityDetail;
  const headers = s.emailFromHeaders.map((h) => foldPattern(foldString(h))).join('|');
  const c: CompiledRuleset = {
    ruleset: r,
    label: rulesetLabel(r),
    suffixes: compileSuffixes([...DEFAULT_LEGAL_SUFFIXES, ...r.legalSuffixes]),
    envelope: alternation(s.envelopeMarks),
    signedBy: alternation(s.signedByMarks, true),
    blockLabel: alternation(s.blockLabels, true),
    partyBlockLabel: alternation(s.partyBlockLabels, true),
    envelopeVoided: alternation(s.envelopeVoided, true),
    signatureDateLabel: alternation(s.signatureDateLabels, true),
    plainDateLabel: alternation(s.plainDateLabels, true),
    unsigned: s.unsignedMarks.length > 0 ? new RegExp(s.unsignedMarks.map((p) => `(?:${foldPattern(p)})`).join('|'), 'u') : null,
    // A header line of a printed email: "From: Jane Doe <jane@contoso.com>".
    emailFrom: new RegExp(`^[ \\t>]*(?:${headers})[ \\t]*:[ \\t]*([^\\n]{0,200})$`, 'gmu'),
    forward: new RegExp(s.forwardMarkers.map((p) => `(?:${foldPattern(p)})`).join('|') || '(?!)', 'gmu'),
    quotedReply:
      s.quotedReplyMarkers.length > 0 ? new RegExp(s.quotedReplyMarkers.map((p) => `(?:${foldPattern(p)})`).join('|'), 'gmu') : null,
    emailConfirmation: alternation(s.emailConfirmations),
    emailWorkReference: alternation(s.emailWorkReferences),
    freeMail: new Set(s.freeMailDomains.map((d) => d.toLowerCase().replace(/^@/, ''))),
    signingEvent: alternation(s.signingEvents),
    signatureRequest:
      s.signatureRequestMarks.length > 0
        ? new RegExp(`(?:${s.signatureRequestMarks.map((p) => `(?:${foldPattern(p)})`).join('|')})\\s*$`, 'u')
        : null,
    feeDisclosure: alternation(r.feeDisclosure),
    templateRows: {
      ticked: alternation(r.templateRows.ticked),
      unticked: alternation(r.templateRows.unticked),
      yes: cellStart(r.templateRows.yes),
      no: cellStart(r.templateRows.no),
    },
    notPoe: r.documentType.notPoe.map((n) => ({ kind: n.kind, re: alternation(n.patterns) ?? /(?!)/gu })),
    poe: alternation(r.documentType.poe),
    licensingEmail: alternation(r.documentType.licensingEmail),
    masterAgreement: alternation(r.documentType.masterAgreement),
    ecif: alternation(r.documentType.ecif),
    priceHeader: alternation(r.documentType.priceTable.headerWords, true),
    activity: activityVocabulary(a.languages),
    trailMonthFirst: alternation(s.trailDateOrder.monthFirst),
    trailDayFirst: alternation(s.trailDateOrder.dayFirst),
    trailActions: {
      signed: words(s.trailActions.signed),
      completed: words(s.trailActions.completed),
      viewed: words(s.trailActions.viewed),
      sent: words(s.trailActions.sent),
      declined: words(s.trailActions.declined),
      pending: words(s.trailActions.pending),
    },
    blockFields: {
      name: lineLabel(s.blockFields.name),
      title: lineLabel(s.blockFields.title),
      date: lineLabel(s.blockFields.date),
      signature: lineLabel(s.blockFields.signature),
      company: lineLabel(s.blockFields.company),
    },
    partyWords: { customer: words(s.partyWords.customer), partner: words(s.partyWords.partner) },
    letterClosing:
      s.letterClosings.length > 0
        ? new RegExp(`^[\\s,]*(?:${s.letterClosings.map((p) => `(?:${foldPattern(p)})`).join('|')})[\\s,.!]*$`, 'u')
        : null,
    letterClosingLine:
      s.letterClosings.length > 0
        ? new RegExp(`^[ \\t,]*(?:${s.letterClosings.map((p) => `(?:${foldPattern(p)})`).join('|')})[ \\t,.!]*$`, 'mu')
        : null,
    monthFirst: new Set(r.numericDateOrder.monthFirstCountries),
    ambiguousOrder: new Set(r.numericDateOrder.ambiguousCountries),
  };
  compiled.set(r, c);
  return c;
}
