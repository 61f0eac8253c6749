/** Characters that reorder or hide text: bidi overrides/isolates/marks, zero-width and BOM. */
const INVISIBLE_OR_BIDI = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Windows device names: a file called `CON.txt` cannot be saved and may address a device. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_LENGTH = 120;

/**
 * A mail attachment's name made safe to show (and to save, later): no folders (`..\..\x.exe`
 * becomes `x.exe`), no control characters, no right-to-left override that would make
 * `invoice\u202Efdp.exe` read as `invoiceexe.pdf`, no Windows device names, bounded length.
 */
export function sanitiseAttachmentName(raw: string | null | undefined, fallback = 'attachment'): string {
  const withoutControls = (raw ?? '').replace(CONTROL, '').replace(INVISIBLE_OR_BIDI, '');
  const lastSegment = withoutControls.split(/[\\/]/).pop() ?? '';
  let name = lastSegment.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '').replace(/[<>:"|?*]/g, '_');
  if (!name) return fallback;
  if (DEVICE_NAME.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return name;
}
