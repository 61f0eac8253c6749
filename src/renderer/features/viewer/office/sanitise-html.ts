import createDOMPurify, { type DOMPurify } from 'dompurify';

/**
 * A Word document's HTML made safe to place in the page: DOMPurify drops script, event handlers
 * and anything active; on top of it nothing may point outside the page (a picture must be an
 * embedded data: image, a link only an in-document "#anchor"), and no style, form or frame is
 * kept. What is left is inert markup: it runs nothing and fetches nothing.
 */

let purifier: DOMPurify | null = null;

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|bmp);base64,/i;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('src') && !DATA_IMAGE.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    if (node.hasAttribute('href') && !(node.getAttribute('href') ?? '').startsWith('#')) node.removeAttribute('href');
    for (const attr of ['srcset', 'xlink:href', 'action', 'formaction', 'background', 'poster']) node.removeAttribute(attr);
  });
  purifier = p;
  return p;
}

/**
 * The document's headings one level down: the claim view's title is the page's only level-one
 * heading and its panes' sections are level two, so a Word "Heading 1" reads as level two.
 */
function demoteHeadings(root: DocumentFragment): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const lower = root.ownerDocument.createElement(`h${Number(heading.tagName.slice(1)) + 1}`);
    for (const attr of Array.from(heading.attributes)) lower.setAttribute(attr.name, attr.value);
    lower.append(...Array.from(heading.childNodes));
    heading.replaceWith(lower);
  }
}

export function sanitiseDocumentHtml(html: string): string {
  const clean = getPurifier().sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: [
      'style',
      'link',
      'meta',
      'base',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'frame',
      'object',
      'embed',
      'svg',
      'math',
      'video',
      'audio',
      'source',
      'picture',
    ],
    FORBID_ATTR: ['style', 'class', 'id', 'srcset'],
    ALLOW_DATA_ATTR: false,
  });
  demoteHeadings(clean);
  const holder = clean.ownerDocument.createElement('div');
  holder.append(clean);
  return holder.innerHTML;
}

/** Top-level blocks in the first chunk: more than a screen of paragraphs, so it paints at once. */
const FIRST_CHUNK_BLOCKS = 40;
/** Top-level blocks in each later chunk. */
const CHUNK_BLOCKS = 150;

/**
 * A Word document's HTML cut between its top-level blocks (paragraphs, headings, lists, tables):
 * a small first chunk, then larger ones, each to be sanitised on its own. The HTML is parsed in
 * an inert document (DOMParser: nothing runs, nothing loads) only to find the cuts.
 */
export function splitDocumentHtml(html: string): string[] {
  const body = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
  const nodes = Array.from(body.childNodes);
  const chunks: string[] = [];
  let at = 0;
  while (at < nodes.length) {
    const size = chunks.length === 0 ? FIRST_CHUNK_BLOCKS : CHUNK_BLOCKS;
    const holder = body.ownerDocument.createElement('div');
    for (const node of nodes.slice(at, at + size)) holder.appendChild(node);
    chunks.push(holder.innerHTML);
    at += size;
  }
  return chunks;
}
