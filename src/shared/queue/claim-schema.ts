import { z } from 'zod';

/**
 * The claim queue contract (../shared/QUEUE-FORMAT.md, schema "poe-queue/1").
 * Every object is `.loose()`: unknown keys are kept on import and written back on export.
 */

/** ISO date (2026-10-03) or date-time (2026-10-03T10:00:00Z). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date (YYYY-MM-DD) or date-time')
  .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), 'not a real calendar date');

const optionalText = z.string().nullish();

export const ProgramSchema = z.enum(['cpor', 'partner-activities']);
export const ActivitySchema = z.enum(['usage', 'pre-sales', 'revenue']);
export const SectorSchema = z.enum(['commercial', 'government', 'healthcare', 'education']).nullable();
export const AssociationSchema = z.enum(['none', 'you', 'another-partner']);

export const PartnerSchema = z
  .object({
    name: z.string().min(1),
    partnerId: z.union([z.string(), z.number()]).transform(String),
    location: optionalText,
    contactName: optionalText,
    contactEmail: optionalText,
  })
  .loose();

export const CustomerSchema = z
  .object({
    name: z.string().min(1),
    domain: optionalText,
    tenantId: optionalText,
    tpid: z.union([z.string(), z.number()]).nullish(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code')
      .nullish(),
    sector: SectorSchema.optional(),
    contactName: optionalText,
    contactEmail: optionalText,
    contactTitle: optionalText,
    domainMismatchReason: optionalText,
  })
  .loose();

export const WorkloadSchema = z
  .object({
    name: z.string().min(1),
    subscriptionId: optionalText,
    association: AssociationSchema.default('none'),
  })
  .loose();

export const ClaimDocumentSchema = z
  .object({
    path: z.string().min(1),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'expected a hex SHA-256')
      .nullish(),
    uploadedAt: IsoDateSchema.nullish(),
  })
  .loose();

export const CommentSchema = z
  .object({
    author: z.string(),
    at: IsoDateSchema,
    text: z.string(),
  })
  .loose();

export const ClaimSchema = z
  .object({
    claimId: z.union([z.string().min(1), z.number()]).transform(String),
    program: ProgramSchema,
    solutionArea: z.string().min(1),
    partnerRole: z.string(),
    activity: ActivitySchema,
    engagement: optionalText,
    claimName: optionalText,
    status: z.string().min(1),
    createdAt: IsoDateSchema,
    submittedAt: IsoDateSchema.nullish(),
    statusChangedAt: IsoDateSchema.nullish(),
    transactionDate: IsoDateSchema.nullish(),
    incentiveOptOut: z.boolean().nullish(),
    partner: PartnerSchema,
    customer: CustomerSchema,
    workloads: z.array(WorkloadSchema),
    documents: z.array(ClaimDocumentSchema),
    comments: z.array(CommentSchema).default([]),
  })
  .loose()
  .superRefine((claim, ctx) => {
    if ((claim.activity === 'usage' || claim.activity === 'pre-sales') && !claim.submittedAt) {
      ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: `required for ${claim.activity} claims` });
    }
  });

export const QueueManifestHeaderSchema = z
  .object({
    schema: z.literal('poe-queue/1'),
    name: z.string().min(1),
    exportedAt: IsoDateSchema.nullish(),
    claims: z.array(z.unknown()),
  })
  .loose();

export type Customer = z.infer<typeof CustomerSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
