import type { TextContent, TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import type { FormValueItem } from '@readers/pdf-form';

/**
 * A fillable PDF form's values (readers/pdf-form.ts, the same reading as the engine's) as pdf.js
 * text items, so the text layer has a span over each painted value: search finds a typed name,
 * and evidence quoting it ("Customer name: Contoso Ltd", "Microsoft Intune ☒") is marked where the
 * field is. Each value goes after the text item its line has just left of it (the label), else
 * at the end, so a quote joining label and value is found as the engine wrote it.
 */

/** The font name of form values in the content's styles. */
const FORM_FONT = 'poe-form';

function isTextItem(item: TextContent['items'][number]): item is PdfTextItem {
  return 'str' in item;
}

function formItem(v: FormValueItem): PdfTextItem {
  return {
    str: v.text,
    dir: 'ltr',
    transform: [v.height, 0, 0, v.height, v.x, v.y],
    width: v.width,
    height: v.height,
    fontName: FORM_FONT,
    hasEOL: true,
  };
}

function space(after: PdfTextItem, before: FormValueItem): PdfTextItem {
  const [, , , , x = 0, y = 0] = after.transform as number[];
  const end = x + after.width;
  return {
    str: ' ',
    dir: 'ltr',
    transform: [before.height, 0, 0, before.height, end, y],
    width: Math.max(0.1, before.x - end),
    height: before.height,
    fontName: FORM_FONT,
    hasEOL: false,
  };
}

/** The page's text content with its form values placed in reading order. */
export function withFormValues(content: TextContent, values: readonly FormValueItem[]): TextContent {
  if (values.length === 0) return content;
  const items = [...content.items];
  // Where each value goes: after the rightmost text item on its line that ends before it.
  const after = new Map<number, FormValueItem[]>();
  const atEnd: FormValueItem[] = [];
  for (const v of values) {
    let best = -1;
    let bestX = Number.NEGATIVE_INFINITY;
    items.forEach((item, i) => {
      if (!isTextItem(item) || !item.str.trim()) return;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      if (Math.abs(y - v.y) > Math.max(2, v.height * 0.5) || x + item.width > v.x + 1 || x < bestX) return;
      best = i;
      bestX = x;
    });
    if (best < 0) atEnd.push(v);
    else after.set(best, [...(after.get(best) ?? []), v]);
  }
  const out: TextContent['items'] = [];
  items.forEach((item, i) => {
    const placed = after.get(i);
    if (!placed || !isTextItem(item)) {
      out.push(item);
      return;
    }
    placed.sort((a, b) => a.x - b.x);
    // The label keeps its line end for the last value, so the values read after it on its line.
    out.push({ ...item, hasEOL: false });
    let prev: PdfTextItem = item;
    for (const v of placed) {
      if (!/\s$/.test(prev.str)) out.push(space(prev, v));
      const next = formItem(v);
      out.push(next);
      prev = next;
    }
    if (!item.hasEOL) (out[out.length - 1] as PdfTextItem).hasEOL = false;
  });
  for (const v of atEnd) out.push(formItem(v));
  return {
    ...content,
    items: out,
    styles: { ...content.styles, [FORM_FONT]: { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false } },
  };
}
