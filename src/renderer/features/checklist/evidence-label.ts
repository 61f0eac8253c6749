import type { Evidence } from '@shared/checks/types';

/** File names longer than this are shortened in the middle on evidence rows (the full path is on hover). */
const MAX_NAME = 26;

/** The document's own name: an attachment's name after the last `#`, else the last path segment. */
export function evidenceFileName(document: string): string {
  const attachment = document.lastIndexOf('#');
  const name = attachment >= 0 ? document.slice(attachment + 1) : document;
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/** "Very-long-statement-of-work-signed.pdf" → "Very-long-stat…signed.pdf": start and extension stay readable. */
export function shortenName(name: string, max = MAX_NAME): string {
  if (name.length <= max) return name;
  const tail = Math.min(12, Math.floor((max - 1) / 2));
  return `${name.slice(0, max - 1 - tail)}…${name.slice(name.length - tail)}`;
}

function place(e: Evidence): string {
  if (e.page) return `p. ${e.page}`;
  if (!e.part) return '';
  if (e.part.startsWith('sheet:')) return `sheet ${e.part.slice(6)}`;
  if (e.part === 'header') return 'headers';
  if (e.part === 'paragraphs') return '';
  return e.part;
}

/** Where the evidence is, short: "Contoso-SOW-signed.pdf · p. 3". */
export function evidenceWhere(e: Evidence): string {
  return [shortenName(evidenceFileName(e.document)), place(e)].filter(Boolean).join(' · ');
}

/** Where it is, in full, for the tooltip. */
export function evidenceWhereFull(e: Evidence): string {
  return [e.document.replace(/#/g, ' › '), place(e)].filter(Boolean).join(' · ');
}

/**
 * A fillable form field's full name as a person reads it: its last part, without array indexes
 * ("topmostSubform[0].Page1[0].CustomerName[0]" → "CustomerName"); the full name is on hover.
 */
export function formFieldLabel(field: string): string {
  const last =
    field
      .split('.')
      .filter((p) => p.trim() !== '')
      .pop() ?? '';
  return last.replace(/(\[\d+\])+$/, '').trim() || field;
}
