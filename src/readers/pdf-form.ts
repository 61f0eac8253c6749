import { LIMITS } from '@shared/limits';

/**
 * The values of a fillable PDF form (AcroForm widgets) as a reviewer sees them painted on the
 * page: typed text at its field's rectangle, a ticked or unticked box as the template glyphs the
 * checks read (☒ / ☐), a chosen option's label. pdf.js gives the widgets with `getAnnotations`;
 * their rectangles are in PDF user space, the space of the page's text items, so the layout
 * stage puts a ticked box into its row and a typed name after its label. Hidden widgets, push
 * buttons, password fields and signature fields are not content. Used by the reader (the
 * engine's text) and by the viewer (its text layer), so evidence lands where the value is.
 */

/** A form value placed on its page: baseline-left corner, width and font size in user space. */
export interface FormValueItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The field's full name ("Customer.Name"), cut to LIMITS.nameChars. */
  field: string;
}

/** The parts of pdf.js's annotation data read here (everything else is ignored). */
interface WidgetData {
  annotationType?: unknown;
  fieldType?: unknown;
  fieldName?: unknown;
  fieldValue?: unknown;
  rect?: unknown;
  hidden?: unknown;
  password?: unknown;
  checkBox?: unknown;
  radioButton?: unknown;
  pushButton?: unknown;
  exportValue?: unknown;
  buttonValue?: unknown;
  options?: unknown;
  multiLine?: unknown;
  comb?: unknown;
  maxLen?: unknown;
  textAlignment?: unknown;
  defaultAppearanceData?: unknown;
}

/** pdf.js's AnnotationType.WIDGET. */
const WIDGET = 20;
const TICKED = '☒';
const UNTICKED = '☐';
/** Average glyph advance of a proportional font, in ems: the width of typed text without its font's metrics. */
const EM_ADVANCE = 0.5;
const LEADING = 1.15;
/** Inner padding of a field's box (points), as viewers draw it. */
const PAD = 2;

function rectOf(v: unknown): [number, number, number, number] | null {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [a, b, c, d] = v as [number, number, number, number];
  const x1 = Math.min(a, c);
  const x2 = Math.max(a, c);
  const y1 = Math.min(b, d);
  const y2 = Math.max(b, d);
  // A widget of no size shows nothing; one larger than any page is not a field a person fills.
  if (x2 - x1 < 1 || y2 - y1 < 1 || x2 - x1 > 20_000 || y2 - y1 > 20_000) return null;
  return [x1, y1, x2, y2];
}

function fontSizeOf(data: WidgetData): number {
  const da = data.defaultAppearanceData as { fontSize?: unknown } | undefined;
  const size = typeof da?.fontSize === 'number' && Number.isFinite(da.fontSize) ? da.fontSize : 0;
  return size > 0 ? Math.min(size, 200) : 0;
}

function isHiddenControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c < 0x20 && c !== 0x0a) || c === 0x7f;
}

function clean(text: string): string {
  // Control characters other than line breaks are not shown; a value is cut at the limit.
  const cut = text.length > LIMITS.formValueChars * 2 ? text.slice(0, LIMITS.formValueChars * 2) : text;
  const t = Array.from(cut.replace(/\r\n?/g, '\n'), (ch) => (isHiddenControl(ch) ? ' ' : ch)).join('');
  return t.length > LIMITS.formValueChars ? t.slice(0, LIMITS.formValueChars) : t;
}

/** Greedy word wrap to `perLine` characters (a word longer than a line is cut). */
function wrap(text: string, perLine: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (word.length > perLine) {
        if (line) out.push(line);
        line = '';
        out.push(word.slice(0, perLine));
        word = word.slice(perLine);
      }
      const next = line ? `${line} ${word}` : word;
      if (next.length > perLine && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
  }
  return out;
}

function textItems(data: WidgetData, value: string, rect: [number, number, number, number], field: string): FormValueItem[] {
  const [x1, y1, x2, y2] = rect;
  const w = x2 - x1;
  const h = y2 - y1;
  const inner = Math.max(1, w - 2 * PAD);
  const align = data.textAlignment === 1 ? 'center' : data.textAlignment === 2 ? 'right' : 'left';
  const place = (line: string, size: number, baseline: number, width: number): FormValueItem => {
    const left = align === 'center' ? x1 + (w - width) / 2 : align === 'right' ? x2 - PAD - width : x1 + PAD;
    return { text: line, x: left, y: baseline, width, height: size, field };
  };
  const set = fontSizeOf(data);
  const maxLen = typeof data.maxLen === 'number' && data.maxLen > 0 ? data.maxLen : 0;
  if (data.comb === true && maxLen > 0) {
    // One character per cell: the value spans its cells, read as one word.
    const chars = value.replace(/\n/g, ' ').slice(0, maxLen);
    const size = set || Math.min(12, h * 0.7);
    return [{ text: chars, x: x1, y: y1 + (h - size * 0.7) / 2, width: (w * chars.length) / maxLen, height: size, field }];
  }
  if (data.multiLine !== true) {
    const line = value.replace(/\s*\n\s*/g, ' ').trim();
    const size = set || Math.max(4, Math.min(12, h * 0.66));
    return [place(line, size, y1 + (h - size * 0.7) / 2, Math.min(inner, line.length * size * EM_ADVANCE))];
  }
  // Multi-line: wrapped to the box's width from its top; an auto size shrinks until it fits.
  let size = set || 12;
  let lines = wrap(value, Math.max(1, Math.floor(inner / (size * EM_ADVANCE))));
  for (let i = 0; !set && i < 4 && lines.length * size * LEADING > h - PAD && size > 4; i++) {
    size = Math.max(4, (h - PAD) / (lines.length * LEADING));
    lines = wrap(value, Math.max(1, Math.floor(inner / (size * EM_ADVANCE))));
  }
  return lines.map((line, i) => place(line, size, y2 - PAD - size * (0.8 + i * LEADING), Math.min(inner, line.length * size * EM_ADVANCE)));
}

function choiceText(data: WidgetData): string {
  const values = (Array.isArray(data.fieldValue) ? data.fieldValue : [data.fieldValue]).filter((v): v is string => typeof v === 'string');
  const options = Array.isArray(data.options) ? (data.options as { exportValue?: unknown; displayValue?: unknown }[]) : [];
  return values
    .map((v) => {
      const o = options.find((x) => x.exportValue === v);
      return typeof o?.displayValue === 'string' ? o.displayValue : v;
    })
    .filter((v) => v.trim() !== '')
    .join(', ');
}

/** True for a check box or radio button shown checked: its value is its own "on" state. */
function isChecked(data: WidgetData): boolean {
  const on = data.checkBox === true ? data.exportValue : data.buttonValue;
  const v = data.fieldValue;
  if (typeof on !== 'string' || on === 'Off') return false;
  return Array.isArray(v) ? v.includes(on) : v === on;
}

export interface FormValues {
  items: FormValueItem[];
  /** Widgets past LIMITS.formFieldsPerPage, not read. */
  skipped: number;
}

/**
 * The form values shown on one page, from its `getAnnotations()` data (any shape: a hostile
 * file's data is checked field by field). At most LIMITS.formFieldsPerPage widgets are read.
 */
export function formValues(annotations: readonly unknown[]): FormValues {
  const items: FormValueItem[] = [];
  let widgets = 0;
  let skipped = 0;
  for (const a of annotations) {
    if (!a || typeof a !== 'object') continue;
    const data = a as WidgetData;
    if (data.annotationType !== WIDGET || data.hidden === true) continue;
    const type = data.fieldType;
    if (type !== 'Tx' && type !== 'Btn' && type !== 'Ch') continue;
    if (type === 'Btn' && data.pushButton === true) continue;
    if (type === 'Tx' && data.password === true) continue;
    if (++widgets > LIMITS.formFieldsPerPage) {
      skipped++;
      continue;
    }
    const rect = rectOf(data.rect);
    if (!rect) continue;
    const field = (typeof data.fieldName === 'string' ? data.fieldName : '').slice(0, LIMITS.nameChars);
    if (type === 'Btn') {
      if (data.checkBox !== true && data.radioButton !== true) continue;
      const [x1, y1, x2, y2] = rect;
      const size = Math.min(x2 - x1, y2 - y1);
      items.push({
        text: isChecked(data) ? TICKED : UNTICKED,
        x: x1,
        y: y1 + (y2 - y1 - size * 0.7) / 2,
        width: x2 - x1,
        height: size,
        field,
      });
      continue;
    }
    const value = clean(type === 'Tx' ? (typeof data.fieldValue === 'string' ? data.fieldValue : '') : choiceText(data));
    if (!value.trim()) continue;
    for (const item of textItems(data, value, rect, field)) if (item.text.trim()) items.push(item);
  }
  return { items, skipped };
}
