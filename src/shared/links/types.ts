import { z } from 'zod';

/**
 * Queue-level findings between claims (QUEUE-FORMAT.md, report `links`): conflicting claims,
 * the same file on claims of different partners or customers, and text reused across customers.
 */
export const ConflictLinkSchema = z.object({ kind: z.literal('conflict'), claims: z.array(z.string()).min(2), why: z.string() }).loose();

export const DuplicateDocumentLinkSchema = z
  .object({
    kind: z.literal('duplicate-document'),
    claims: z.array(z.string()).min(2),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    documents: z.array(z.string()).min(2),
  })
  .loose();

export const ReusedTextLinkSchema = z
  .object({
    kind: z.literal('reused-text'),
    claims: z.array(z.string()).min(2),
    similarity: z.number().min(0).max(1),
    documents: z.array(z.string()).min(2),
  })
  .loose();

export const ClaimLinkSchema = z.discriminatedUnion('kind', [ConflictLinkSchema, DuplicateDocumentLinkSchema, ReusedTextLinkSchema]);
export type ClaimLink = z.infer<typeof ClaimLinkSchema>;

/** A document as the link finder needs it: its hash and, when it has text, its MinHash signature. */
export interface LinkDocument {
  path: string;
  sha256?: string | null;
  /** From `textSignature`; absent for documents without text. */
  signature?: TextSignature | null;
}

/** The facts of a claim that links are made from (a parsed claim has them all). */
export interface LinkClaim {
  claimId: string;
  partner: { name: string; partnerId: string };
  customer: { name: string; domain?: string | null; tenantId?: string | null };
  workloads: { name: string; subscriptionId?: string | null; association?: string | null }[];
  documents: LinkDocument[];
}

/** MinHash signature of a document's normalised text (see reused-text.ts). */
export interface TextSignature {
  /** One minimum per hash function; plain numbers so it crosses workers, IPC and IndexedDB. */
  mins: number[];
  /** How many distinct shingles the text had: short texts are never compared. */
  shingles: number;
}
