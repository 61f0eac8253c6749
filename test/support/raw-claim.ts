/** A valid claim as a manifest carries it (raw JSON values), for tests; the one builder, shared with the benchmarks. */
export { rawClaim } from '../../scripts/lib/raw-claim.mjs';
