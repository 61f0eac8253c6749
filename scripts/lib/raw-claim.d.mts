/** A valid claim as a manifest carries it (raw JSON values); overrides replace fields. */
export function rawClaim(id: string | number, overrides?: Record<string, unknown>): Record<string, unknown>;
