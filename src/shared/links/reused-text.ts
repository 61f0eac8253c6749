import { foldString } from '../text/fold';
import { customerIdentity } from './customer-key';
import type { ClaimLink, LinkClaim, TextSignature } from './types';

type ReusedTextLink = Extract<ClaimLink, { kind: 'reused-text' }>;

/** Hash functions per signature: 64 gives a similarity estimate within about ±0.06. */
export const SIGNATURE_SIZE = 64;
/** Words per shingle. */
const SHINGLE_WORDS = 5;
/** Texts with fewer distinct shingles (about 40 words) are too short to call a template. */
export const MIN_SHINGLES = 40;
/** Estimated Jaccard similarity from which two texts count as the same text reused. */
export const REUSED_TEXT_THRESHOLD = 0.85;
/** LSH bands (rows = SIGNATURE_SIZE / BANDS): candidates above about 0.6 similarity meet in a band. */
const BANDS = 16;
/** Words kept per document: a bounded cost for very long texts. */
const MAX_WORDS = 60_000;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser): one cheap, well-spread hash per seed. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x6d2b79f5));

/** Folded words of a text (letters and digits), at most MAX_WORDS. */
export function normalisedWords(text: string): string[] {
  return foldString(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

/** The MinHash signature of a text's word shingles; null when the text is too short to compare. */
export function textSignature(text: string): TextSignature | null {
  const words = normalisedWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(s ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return { mins, shingles: shingles.size };
}

/** Estimated Jaccard similarity of two signatures (share of equal minima), 0..1. */
export function signatureSimilarity(a: TextSignature, b: TextSignature): number {
  const n = Math.min(a.mins.length, b.mins.length);
  if (n === 0) return 0;
  let same = 0;
  for (let k = 0; k < n; k++) if (a.mins[k] === b.mins[k]) same++;
  return same / n;
}

/** One text: a file (by SHA-256) with every claim it is attached to, or a document without a hash. */
interface SignedDoc {
  signature: TextSignature;
  owners: { claim: LinkClaim; path: string }[];
}

/**
 * Similar documents joined through locality-sensitive hashing: documents sharing a band of minima
 * are compared with the first of that band's bucket only (linear, even when a thousand documents
 * are one template), and joined when similar enough. Returns, per group, its documents and the
 * lowest similarity that joined them.
 */
function similarGroups(docs: readonly SignedDoc[], threshold: number): { members: number[]; similarity: number }[] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const lowest = new Map<number, number>();
  const rows = SIGNATURE_SIZE / BANDS;
  for (let band = 0; band < BANDS; band++) {
    const first = new Map<string, number>();
    docs.forEach((d, i) => {
      if (d.signature.mins.length < SIGNATURE_SIZE) return;
      const key = d.signature.mins.slice(band * rows, (band + 1) * rows).join(',');
      const rep = first.get(key);
      if (rep === undefined) {
        first.set(key, i);
        return;
      }
      const [a, b] = [find(rep), find(i)];
      if (a === b) return;
      const similarity = signatureSimilarity(docs[rep]!.signature, d.signature);
      if (similarity < threshold) return;
      parent[b] = a;
      lowest.set(a, Math.min(similarity, lowest.get(a) ?? 1, lowest.get(b) ?? 1));
    });
  }
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.entries()].filter(([, m]) => m.length > 1).map(([root, members]) => ({ members, similarity: lowest.get(root) ?? 1 }));
}

/**
 * Near-identical text on documents of different customers (a generic template reused): one link
 * per group of similar texts that spans at least two customers and two different files, naming
 * each claim once with one of its documents. `similarity` is the lowest that joined the group.
 * One file on several claims alone is a duplicate document (`findDuplicateDocuments`), not this.
 */
export function findReusedText(claims: readonly LinkClaim[], threshold = REUSED_TEXT_THRESHOLD): ReusedTextLink[] {
  const byFile = new Map<string, SignedDoc>();
  const docs: SignedDoc[] = [];
  for (const claim of claims) {
    for (const d of claim.documents) {
      if (!d.signature) continue;
      const hash = d.sha256?.toLowerCase();
      const known = hash ? byFile.get(hash) : undefined;
      if (known) {
        known.owners.push({ claim, path: d.path });
        continue;
      }
      const doc = { signature: d.signature, owners: [{ claim, path: d.path }] };
      docs.push(doc);
      if (hash) byFile.set(hash, doc);
    }
  }
  const links: ReusedTextLink[] = [];
  for (const group of similarGroups(docs, threshold)) {
    const owners = group.members.flatMap((i) => docs[i]!.owners);
    if (new Set(owners.map((o) => customerIdentity(o.claim.customer))).size < 2) continue;
    const perClaim = new Map<string, { claim: LinkClaim; path: string }>();
    for (const o of owners) if (!perClaim.has(o.claim.claimId)) perClaim.set(o.claim.claimId, o);
    const sorted = [...perClaim.values()].sort((a, b) =>
      a.claim.claimId < b.claim.claimId ? -1 : a.claim.claimId > b.claim.claimId ? 1 : 0,
    );
    if (sorted.length < 2) continue;
    links.push({
      kind: 'reused-text',
      claims: sorted.map((o) => o.claim.claimId),
      similarity: Math.round(group.similarity * 100) / 100,
      documents: sorted.map((o) => o.path),
    });
  }
  return links.sort((x, y) => (x.claims[0]! < y.claims[0]! ? -1 : x.claims[0]! > y.claims[0]! ? 1 : 0));
}
