// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitiseDocumentHtml } from './sanitise-html';

describe('sanitiseDocumentHtml', () => {
  it('keeps the document structure and embedded pictures', () => {
    const html =
      '<h1>POE</h1><table><tr><td colspan="2"><p>Signed</p></td></tr></table><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">';
    const clean = sanitiseDocumentHtml(html);
    expect(clean).toContain('<h1>POE</h1>');
    expect(clean).toContain('colspan="2"');
    expect(clean).toContain('src="data:image/png;base64,iVBORw0KGgo="');
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
});
