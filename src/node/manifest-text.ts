/**
 * Manifests are text, but claims.csv exports from spreadsheets arrive as UTF-8 (with or without
 * a BOM) or UTF-16 with a BOM. Decode by BOM, default UTF-8; invalid bytes become U+FFFD rather
 * than throwing, so the importer can report the damaged row instead of the whole queue failing.
 */
export function decodeManifestText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes); // Strips a UTF-8 BOM by default.
}
