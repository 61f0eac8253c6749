// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitiseDocumentHtml, splitDocumentHtml } from './sanitise-html';

describe('sanitiseDocumentHtml', () => {
  it('keeps the document structure and embedded pictures', () => {
    const html =
      '<h1>POE</h1><table><tr><td colspan="2"><p>Signed</p></td></tr></table><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">';
    const clean = sanitiseDocumentHtml(html);
    // One level down: the claim view's title is the page's level-one heading.
    expect(clean).toContain('<h2>POE</h2>');
    expect(clean).toContain('colspan="2"');
    expect(clean).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it("puts the document's headings one level down, keeping what they hold", () => {
    const clean = sanitiseDocumentHtml('<h1 dir="rtl">Title <b>bold</b></h1><h2>Part</h2><h5>Five</h5><h6>Six</h6>');
    expect(clean).toBe('<h2 dir="rtl">Title <b>bold</b></h2><h3>Part</h3><h6>Five</h6><h6>Six</h6>');
  });

  it('drops script, handlers, styles and anything that would fetch or navigate', () => {
    const html = [
      '<p onclick="alert(1)">a</p><script>alert(2)</script><img src="https://tracker.example/p.gif" onerror="alert(3)">',
      '<a href="https://evil.example/">link</a><a href="#note1">note</a><style>body{background:url(https://x.example/)}</style>',
      '<p style="background:url(https://x.example/bg)">b</p><iframe src="https://x.example"></iframe><svg><image href="https://x.example/i"/></svg>',
      '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    ].join('');
    const clean = sanitiseDocumentHtml(html);
    expect(clean).not.toMatch(/alert|onerror|onclick|https?:|<script|<style|<iframe|<svg|style=|svg\+xml/);
    expect(clean).toContain('href="#note1"');
    expect(clean).toContain('>link</a>');
  });

  it('cuts a long document between its top-level blocks (a small first chunk), each chunk sanitised alone', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const html = `${paragraphs}<table><tr><td><p>cell</p></td></tr></table><p onclick="alert(1)">end</p><script>alert(2)</script>`;
    const chunks = splitDocumentHtml(html);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]).toContain('<p>Paragraph 39</p>');
    expect(chunks[0]).not.toContain('Paragraph 40<');
    expect(chunks.join('')).toContain('<p>Paragraph 399</p><table>');
    const clean = chunks.map(sanitiseDocumentHtml).join('');
    expect(clean).toContain('<table><tbody><tr><td><p>cell</p></td></tr></tbody></table><p>end</p>');
    expect(clean).not.toMatch(/alert|onclick|<script/);
  });
});
