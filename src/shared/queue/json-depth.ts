/**
 * Finds nesting deeper than a limit in a JSON text before it is parsed, in one linear pass (no
 * recursion), so a 6 KB manifest nested 3,000 deep never reaches JSON.parse, zod, IndexedDB or
 * postMessage (each recurses per level). Deep claims are located so only they are refused.
 */
export interface DeepNesting {
  /** Elements of the top-level "claims" array nested too deep: index and text range. */
  claims: { index: number; start: number; end: number }[];
  /** Offset of too-deep nesting outside any claim (the manifest's header), or null. */
  outside: number | null;
}

const CLAIMS_KEY = /"claims"\s*:\s*$/;

/** Null when nothing nests deeper than `maxDepth`; JSON syntax is not checked here. */
export function findDeepNesting(text: string, maxDepth: number): DeepNesting | null {
  let depth = 0;
  let inString = false;
  let claimsDepth = -1;
  let index = -1;
  let elementStart = -1;
  let elementDeep = false;
  const claims: DeepNesting['claims'] = [];
  let outside: number | null = null;
  const closeElement = (end: number): void => {
    if (elementStart >= 0 && elementDeep) claims.push({ index, start: elementStart, end });
    elementStart = -1;
    elementDeep = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    const inClaims = claimsDepth >= 0 && depth === claimsDepth;
    if (inClaims && c === 0x2c) {
      closeElement(i);
      continue;
    }
    if (inClaims && c === 0x5d) {
      closeElement(i);
      claimsDepth = -1;
      depth--;
      continue;
    }
    if (inClaims && elementStart < 0) {
      index++;
      elementStart = i;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (c === 0x5b && depth === 1 && claimsDepth < 0 && CLAIMS_KEY.test(text.slice(Math.max(0, i - 64), i))) claimsDepth = 2;
      depth++;
      if (depth > maxDepth) {
        if (elementStart >= 0) elementDeep = true;
        else outside ??= i;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (elementStart >= 0) closeElement(text.length);
  return claims.length > 0 || outside !== null ? { claims, outside } : null;
}
