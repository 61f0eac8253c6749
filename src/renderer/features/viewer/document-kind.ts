/** How the viewer shows a document. */
export type DocumentKind = 'pdf' | 'image' | 'tiff' | 'eml' | 'msg' | 'docx' | 'xlsx' | 'other';

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp']);

function extensionOf(name: string): string {
  const base = basename(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Last segment of a queue path, whichever slash it uses. */
export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Picks the view from the file name first (what the partner called it), then the MIME type. */
export function documentKind(name: string, mimeType: string | null): DocumentKind {
  const ext = extensionOf(name);
  const mime = (mimeType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (ext === 'pdf' || (!ext && mime === 'application/pdf')) return 'pdf';
  if (ext === 'tif' || ext === 'tiff' || (!ext && mime === 'image/tiff')) return 'tiff';
  if (IMAGE_EXTENSIONS.has(ext) || (!ext && mime.startsWith('image/'))) return 'image';
  if (ext === 'eml' || (!ext && mime === 'message/rfc822')) return 'eml';
  if (ext === 'msg' || (!ext && mime === 'application/vnd.ms-outlook')) return 'msg';
  if (ext === 'docx' || (!ext && mime === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')) return 'docx';
  if (ext === 'xlsx' || (!ext && mime === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')) return 'xlsx';
  return 'other';
}

/** Image MIME type for an object URL, so the browser never sniffs something else (e.g. SVG with script). */
export function imageMimeType(name: string): string {
  switch (extensionOf(name)) {
    case 'png':
      return 'image/png';
    case 'gif':
      return 'image/gif';
    case 'webp':
      return 'image/webp';
    case 'bmp':
      return 'image/bmp';
    default:
      return 'image/jpeg';
  }
}
