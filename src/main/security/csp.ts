/**
 * The renderer's Content Security Policy, sent as a response header by the app:// protocol on
 * every response (documents and worker scripts alike, so pdf.js's worker gets it too).
 *
 * - script-src 'self' 'wasm-unsafe-eval': no inline script and no JS eval. 'wasm-unsafe-eval'
 *   allows compiling WebAssembly only (pdf.js decodes JPEG 2000, JBIG2 and ICC colour in wasm,
 *   common in scanned POEs); it does not allow eval() or new Function().
 * - style-src 'self': no 'unsafe-inline'. React's `style` prop and pdf.js's text layer set
 *   styles through the CSSOM (element.style), which CSP does not restrict; Vite emits CSS as
 *   files. Inline style attributes or <style> blocks inside hostile content (e.g. sanitised
 *   email HTML) are therefore not applied, which is what we want.
 * - img-src blob: data: for rendered pages and email images; no remote images.
 * - connect-src 'self': fetch only the app's own files (pdf.js cMaps, fonts, wasm). No network.
 * - worker-src 'self' blob: pdf.js may wrap its worker in a blob.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function buildCsp(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = buildCsp();
