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
  return foldString(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, MAX_WORDS);
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

interface SignedDoc {
  claim: LinkClaim;
  path: string;
  signature: TextSignature;
  customer: string;
}

/** Candidate pairs through locality-sensitive hashing: documents sharing a band of minima. */
function candidatePairs(docs: readonly SignedDoc[]): [number, number][] {
  const rows = SIGNATURE_SIZE / BANDS;
  const pairs = new Set<string>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    docs.forEach((d, i) => {
      if (d.signature.mins.length < SIGNATURE_SIZE) return;
      const key = d.signature.mins.slice(band * rows, (band + 1) * rows).join(',');
      buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
    for (const members of buckets.values()) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.add(`${members[i]},${members[j]}`);
    }
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]);
}

/**
 * Near-identical text on documents of different customers (a generic template reused): one link
 * per pair of claims, with the most similar pair of their documents. Identical files are left
 * to `findDuplicateDocuments`.
 */
export function findReusedText(claims: readonly LinkClaim[], threshold = REUSED_TEXT_THRESHOLD): ReusedTextLink[] {
  const docs: SignedDoc[] = claims.flatMap((claim) =>
    claim.documents.flatMap((d) => (d.signature ? [{ claim, path: d.path, signature: d.signature, customer: customerIdentity(claim.customer) }] : [])),
  );
  const hashes = new Map(claims.flatMap((c) => c.documents.map((d) => [`${c.claimId}\u0000${d.path}`, d.sha256?.toLowerCase() ?? null] as const)));
  const best = new Map<string, ReusedTextLink>();
  for (const [i, j] of candidatePairs(docs)) {
    const [a, b] = [docs[i]!, docs[j]!].sort((x, y) => (x.claim.claimId < y.claim.claimId ? -1 : x.claim.claimId > y.claim.claimId ? 1 : 0)) as [SignedDoc, SignedDoc];
    if (a.claim.claimId === b.claim.claimId || a.customer === b.customer) continue;
    const ha = hashes.get(`${a.claim.claimId}\u0000${a.path}`);
    if (ha && ha === hashes.get(`${b.claim.claimId}\u0000${b.path}`)) continue;
    const similarity = Math.round(signatureSimilarity(a.signature, b.signature) * 100) / 100;
    if (similarity < threshold) continue;
    const key = `${a.claim.claimId}\u0000${b.claim.claimId}`;
    const prior = best.get(key);
    if (!prior || prior.similarity < similarity) {
      best.set(key, { kind: 'reused-text', claims: [a.claim.claimId, b.claim.claimId], similarity, documents: [a.path, b.path] });
    }
  }
  return [...best.values()].sort((x, y) => (x.claims.join() < y.claims.join() ? -1 : 1));
}
