import { describe, expect, it } from 'vitest';
import { documentKindOf, documentMimeType, documentTypeOf, planDocument } from './queue-documents';

describe('the one list of document types', () => {
  it('lets a queue list only the types QUEUE-FORMAT.md names', () => {
    const files = new Set(['a.pdf', 'b.PNG', 'c.tif', 'd.gif', 'e.webp', 'f.bmp', 'g.msg', 'h.eml', 'i.docx', 'j.xlsx', 'k.jpeg']);
    const states = Object.fromEntries([...files].map((f) => [f, planDocument(f, files).state]));
    expect(states).toEqual({
      'a.pdf': 'pending',
      'b.PNG': 'pending',
      'c.tif': 'pending',
      'd.gif': 'unsupported',
      'e.webp': 'unsupported',
      'f.bmp': 'unsupported',
      'g.msg': 'pending',
      'h.eml': 'pending',
      'i.docx': 'pending',
      'j.xlsx': 'pending',
      'k.jpeg': 'pending',
    });
    expect(documentKindOf('d.gif')).toBe('unsupported');
    expect(documentMimeType('e.webp')).toBeNull();
  });

  it('knows attachment-only images by the name inside their message', () => {
    expect(documentTypeOf('mail.eml#logo.gif')).toMatchObject({ kind: 'image', view: 'image', mime: 'image/gif', inQueue: false });
    expect(documentTypeOf('mail.eml#scan.TIFF')).toMatchObject({ kind: 'image', view: 'tiff' });
    expect(documentTypeOf('mail.eml#old.bmp')).toBeUndefined();
  });
});
