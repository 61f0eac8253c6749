import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { requestSegments } from './dev-static';
import { resolveSampleRequest } from './sample-queue-asset';

describe('dev-server request paths', () => {
  it('decodes plain paths into segments', () => {
    expect(requestSegments('1004973/Contoso%20SOW.pdf?v=1')).toEqual(['1004973', 'Contoso SOW.pdf']);
  });

  it.each(['../etc/passwd', '%2e%2e/etc/passwd', 'a/./b', 'a\\..\\b', 'a%00b', '%E0%A4%A'])('refuses %s', (p) => {
    expect(requestSegments(p)).toBeNull();
  });

  it('never resolves a sample request outside the sample folder', () => {
    const root = resolve('/tmp/sample-root');
    expect(resolveSampleRequest(root, 'queue.json')).toBe(resolve(root, 'queue.json'));
    expect(resolveSampleRequest(root, '%2e%2e/secret')).toBeNull();
    expect(resolveSampleRequest(root, '')).toBeNull();
  });
});
