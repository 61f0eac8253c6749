/** The key of a document's reading in the viewer's cache: its path and hash (its size where the hash is unknown). */
export function viewKey(path: string, sha256: string | null | undefined, bytes: ArrayBuffer): string {
  return `${path}\u0000${sha256 ?? bytes.byteLength}`;
}
