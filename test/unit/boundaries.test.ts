import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

/**
 * The layer rules hold: a forbidden import or global written into a temporary file of each
 * layer (at several folder depths) fails lint, and the layer's tsconfig has no types for the
 * platform it may not use. Allowed imports in the same places pass, so the rules are not simply
 * failing everything. ESLint runs through its Node API on the probe files only.
 */
const root = resolve(import.meta.dirname, '../..');
const probeName = `zz-boundary-probe-${process.pid}`;
const written: string[] = [];

function probe(relativeDir: string, code: string, index: number, ext = 'ts'): string {
  const file = join(root, relativeDir, `${probeName}-${index}.${ext}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  written.push(file);
  return file;
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

const BOUNDARY_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-nodejs-modules',
  'no-restricted-imports',
  'no-restricted-globals',
]);

async function lintProbes(cases: { dir: string; code: string; ext?: string }[]): Promise<ESLint.LintResult[]> {
  const files = cases.map((c, i) => probe(c.dir, c.code, i, c.ext));
  const eslint = new ESLint({
    cwd: root,
    // The probes are in no tsconfig: parse them without type information and run only the layer rules.
    overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false, program: null } } },
    ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
  });
  return eslint.lintFiles(files);
}

function ruleIds(result: ESLint.LintResult): string[] {
  return result.messages.map((m) => (m.ruleId === null ? `fatal: ${m.message}` : m.ruleId));
}

/** A probe's code: imports `name` from `from` and uses it. */
const uses = (name: string, from: string) => `import { ${name} } from '${from}';\nvoid ${name};\n`;

const FORBIDDEN: { layer: string; dir: string; code: string; rule: string; ext?: string }[] = [
  { layer: 'shared', dir: 'src/shared', code: uses('openQueueSource', '../node/queue-source'), rule: 'import-x/no-restricted-paths' },
  { layer: 'shared', dir: 'src/shared/queue', code: uses('main', '../../cli/main'), rule: 'import-x/no-restricted-paths' },
  {
    layer: 'shared',
    dir: 'src/shared/checks/deeper',
    code: uses('createBrowserReaderEnv', '@readers/browser'),
    rule: 'import-x/no-restricted-paths',
  },
  {
    layer: 'shared',
    dir: 'src/shared/ipc',
    code: "import type { Bridge } from '@renderer/bridge/bridge';\nexport type B = Bridge;\n",
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'shared', dir: 'src/shared', code: uses('readFileSync', 'node:fs'), rule: 'import-x/no-nodejs-modules' },
  { layer: 'shared', dir: 'src/shared/text', code: uses('join', 'path'), rule: 'import-x/no-nodejs-modules' },
  { layer: 'shared', dir: 'src/shared', code: "export const b = Buffer.from('x');\n", rule: 'no-restricted-globals' },
  { layer: 'shared', dir: 'src/shared/audit', code: 'export const e = process.env;\n', rule: 'no-restricted-globals' },
  { layer: 'shared', dir: 'src/shared', code: 'export const w = window.location;\n', rule: 'no-restricted-globals' },
  { layer: 'shared', dir: 'src/shared', code: uses('app', 'electron'), rule: 'no-restricted-imports' },
  { layer: 'shared', dir: 'src/shared', code: uses('useState', 'react'), rule: 'no-restricted-imports' },
  { layer: 'shared', dir: 'src/shared', code: "import Dexie from 'dexie';\nvoid Dexie;\n", rule: 'no-restricted-imports' },
  {
    layer: 'readers',
    dir: 'src/readers',
    code: uses('QueueRegistry', '../main/queue/queue-registry'),
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'readers', dir: 'src/readers', code: uses('openQueueSource', '../node/queue-source'), rule: 'import-x/no-restricted-paths' },
  { layer: 'readers', dir: 'src/readers/deeper', code: uses('db', '@renderer/db'), rule: 'import-x/no-restricted-paths' },
  { layer: 'readers', dir: 'src/readers', code: uses('readFile', 'node:fs/promises'), rule: 'import-x/no-nodejs-modules' },
  { layer: 'readers', dir: 'src/readers', code: 'export const b = Buffer.alloc(1);\n', rule: 'no-restricted-globals' },
  { layer: 'node', dir: 'src/node', code: uses('extractDocument', '../readers/extract'), rule: 'import-x/no-restricted-paths' },
  { layer: 'node', dir: 'src/node', code: uses('db', '../renderer/db'), rule: 'import-x/no-restricted-paths' },
  { layer: 'node', dir: 'src/node', code: uses('main', '../cli/main'), rule: 'import-x/no-restricted-paths' },
  { layer: 'node', dir: 'src/node', code: uses('app', 'electron'), rule: 'no-restricted-imports' },
  { layer: 'cli', dir: 'src/cli', code: uses('QueueRegistry', '../main/queue/queue-registry'), rule: 'import-x/no-restricted-paths' },
  { layer: 'cli', dir: 'src/cli/shims', code: uses('db', '@renderer/db'), rule: 'import-x/no-restricted-paths' },
  { layer: 'cli', dir: 'src/cli', code: uses('app', 'electron'), rule: 'no-restricted-imports' },
  { layer: 'main', dir: 'src/main/ipc', code: uses('db', '../../renderer/db'), rule: 'import-x/no-restricted-paths' },
  { layer: 'main', dir: 'src/main', code: uses('db', '@renderer/db'), rule: 'import-x/no-restricted-paths' },
  { layer: 'main', dir: 'src/main/security', code: uses('main', '../../cli/main'), rule: 'import-x/no-restricted-paths' },
  { layer: 'main', dir: 'src/main', code: uses('useState', 'react'), rule: 'no-restricted-imports' },
  {
    layer: 'preload',
    dir: 'src/preload',
    code: uses('QueueRegistry', '../main/queue/queue-registry'),
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'preload', dir: 'src/preload', code: uses('openQueueSource', '../node/queue-source'), rule: 'import-x/no-restricted-paths' },
  { layer: 'preload', dir: 'src/preload', code: uses('readFileSync', 'node:fs'), rule: 'import-x/no-nodejs-modules' },
  {
    layer: 'renderer',
    dir: 'src/renderer/features/queue-list',
    code: uses('QueueRegistry', '../../../main/queue/queue-registry'),
    rule: 'import-x/no-restricted-paths',
  },
  {
    layer: 'renderer',
    dir: 'src/renderer',
    code: uses('QueueRegistry', '@main/queue/queue-registry'),
    rule: 'import-x/no-restricted-paths',
  },
  {
    layer: 'renderer',
    dir: 'src/renderer/db',
    code: uses('openQueueSource', '../../node/queue-source'),
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'renderer', dir: 'src/renderer/app', code: uses('main', '../../cli/main'), rule: 'import-x/no-restricted-paths' },
  { layer: 'renderer', dir: 'src/renderer/app', code: uses('ipcRenderer', 'electron'), rule: 'no-restricted-imports' },
  {
    layer: 'renderer',
    dir: 'src/renderer/features/viewer',
    code: uses('readFileSync', 'node:fs'),
    rule: 'import-x/no-nodejs-modules',
    ext: 'tsx',
  },
  { layer: 'renderer', dir: 'src/renderer', code: 'export const e = process.env;\n', rule: 'no-restricted-globals' },
  {
    layer: 'renderer',
    dir: 'src/renderer/app',
    code: uses('fakeBridge', '@test/fake-bridge'),
    rule: 'import-x/no-restricted-paths',
    ext: 'tsx',
  },
  {
    layer: 'shared',
    dir: 'src/shared/queue',
    code: uses('rawClaim', '../../../test/support/raw-claim'),
    rule: 'import-x/no-restricted-paths',
  },
];

const ALLOWED: { dir: string; code: string; ext?: string }[] = [
  { dir: 'src/shared/queue', code: uses('rawClaim', '@test/raw-claim'), ext: 'test.ts' },
  {
    dir: 'src/shared/queue',
    code: "import { parseQueue } from './parse-queue';\nimport { foldText } from '../text/fold';\nimport { z } from 'zod';\nvoid parseQueue; void foldText; void z;\n",
  },
  { dir: 'src/readers', code: "import type { ExtractedDocument } from '@shared/documents/types';\nexport type D = ExtractedDocument;\n" },
  {
    dir: 'src/cli',
    code: "import { extractDocument } from '@readers/extract';\nimport { openQueueSource } from '../node/queue-source';\nimport { readFileSync } from 'node:fs';\nvoid extractDocument; void openQueueSource; void readFileSync;\n",
  },
  {
    dir: 'src/main/ipc',
    code: "import { openQueueSource } from '../../node/queue-source';\nimport { app } from 'electron';\nvoid openQueueSource; void app;\n",
  },
  {
    dir: 'src/preload',
    code: "import { contextBridge } from 'electron';\nimport { CHANNELS } from '@shared/ipc/contract';\nvoid contextBridge; void CHANNELS;\n",
  },
  {
    dir: 'src/renderer/features/checklist',
    code: "import { extractDocument } from '@readers/extract';\nimport { runChecks } from '@shared/checks/engine';\nimport { useState } from 'react';\nvoid extractDocument; void runChecks; void useState;\n",
    ext: 'tsx',
  },
];

describe('layer boundaries (lint)', () => {
  it('refuses a forbidden import or global in every layer, at any depth, and allows the permitted ones', async () => {
    const results = await lintProbes([...FORBIDDEN, ...ALLOWED]);
    FORBIDDEN.forEach((c, i) => {
      expect(ruleIds(results[i]!), `${c.layer}: ${c.code}`).toContain(c.rule);
    });
    ALLOWED.forEach((c, i) => {
      expect(ruleIds(results[FORBIDDEN.length + i]!), `${c.dir}: ${c.code}`).toEqual([]);
    });
    // Every layer is exercised.
    expect(new Set(FORBIDDEN.map((c) => c.layer))).toEqual(new Set(['shared', 'readers', 'node', 'cli', 'main', 'preload', 'renderer']));
  }, 120_000);
});

/**
 * The probes' programs share parsed files (the TypeScript libs, @types/node), as
 * scripts/typecheck.mjs's do, instead of parsing them again for each of the seven.
 */
const parsedFiles = new Map<string, ts.SourceFile>();
function sharingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    // The probes are written for each program: only files that do not change are shared.
    if (fileName.includes(probeName)) return read(fileName, languageVersion, onError, shouldCreate);
    const version = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
    const format = typeof languageVersion === 'object' ? languageVersion.impliedNodeFormat : undefined;
    const key = `${fileName}\0${version}\0${String(format)}`;
    let file = parsedFiles.get(key);
    if (!file) {
      file = read(fileName, languageVersion, onError, shouldCreate);
      if (file) parsedFiles.set(key, file);
    }
    return file;
  };
  return host;
}

/** Type errors of a probe file compiled with a layer's tsconfig (its libs and types). */
function typeErrors(tsconfig: string, dir: string, code: string, index: number): string[] {
  const file = probe(dir, code, 100 + index);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, tsconfig),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const declarations = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [file, ...declarations], options: parsed.options, host: sharingHost(parsed.options) });
  return program.getSemanticDiagnostics(program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer boundaries (tsconfig libs)', () => {
  const cases: { tsconfig: string; dir: string; code: string; missing: string[] }[] = [
    {
      tsconfig: 'tsconfig.shared.json',
      dir: 'src/shared',
      code: "export const a = Buffer.from('x');\nexport const b = process.env;\nexport const c = window.name;\nexport const d = document.title;\n",
      missing: ['Buffer', 'process', 'window', 'document'],
    },
    {
      tsconfig: 'tsconfig.main.json',
      dir: 'src/main',
      code: 'export const c = window.name;\nexport const d = document.title;\n',
      missing: ['window', 'document'],
    },
    { tsconfig: 'tsconfig.cli.json', dir: 'src/cli', code: 'export const d = document.title;\n', missing: ['document'] },
    { tsconfig: 'tsconfig.readers.json', dir: 'src/readers', code: 'export const d = document.title;\n', missing: ['document'] },
    {
      tsconfig: 'tsconfig.web.json',
      dir: 'src/renderer',
      code: "export const a = Buffer.from('x');\nexport const b = process.env;\n",
      missing: ['Buffer', 'process'],
    },
  ];
  it.each(cases)(
    '$tsconfig has no types for $missing',
    ({ tsconfig, dir, code, missing }) => {
      const errors = typeErrors(
        tsconfig,
        dir,
        code,
        cases.findIndex((c) => c.tsconfig === tsconfig),
      );
      for (const name of missing)
        expect(
          errors.some((e) => e.includes(`Cannot find name '${name}'`)),
          `${name}: ${errors.join(' | ')}`,
        ).toBe(true);
    },
    60_000,
  );

  it('compiles the same probe place fine when it uses only what the layer has', () => {
    expect(typeErrors('tsconfig.shared.json', 'src/shared', 'export const m = new Map<string, number>([["a", 1]]);\n', 50)).toEqual([]);
    expect(
      typeErrors('tsconfig.main.json', 'src/main', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 51),
    ).toEqual([]);
  }, 60_000);
});
