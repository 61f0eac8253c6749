import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm install` on a fresh clone must leave package-lock.json as committed. It rewrites the
 * lock when package.json and the lock's root entry disagree (a dependency, a bin or the engines
 * edited in package.json without running npm install), or when a locked package has an
 * optional dependency the lock does not list (npm adds it: this is how @napi-rs/canvas's
 * platform builds, optional dependencies of pdfjs-dist, were once added on every install).
 */
interface LockEntry {
  name?: string;
  version?: string;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as LockEntry;
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as Lock;

/** Where Node would find `name` from the package installed at `at` (its own node_modules, then up). */
function resolveFrom(at: string, name: string): string | null {
  let base = at;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** Dependencies (of one kind) of locked packages that the lock does not list. */
function unlisted(field: 'dependencies' | 'optionalDependencies'): string[] {
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry[field] ?? {})) {
      if (!resolveFrom(at, name)) missing.push(`${at || '(root)'} -> ${name}`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  it('is a version 3 lock whose root entry matches package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const rootEntry = lock.packages['']!;
    for (const field of ['name', 'version', 'bin', 'engines', 'dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect(rootEntry[field] ?? {}, field).toEqual(pkg[field] ?? {});
    }
  });

  it('lists every optional dependency of every locked package, so npm install has nothing to add', () => {
    expect(unlisted('optionalDependencies')).toEqual([]);
  });

  it('lists every dependency of every locked package', () => {
    expect(unlisted('dependencies')).toEqual([]);
  });
});
