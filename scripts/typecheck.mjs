#!/usr/bin/env node
// Type-checks the layers, each under its own tsconfig (its libs and types), in one process:
//
//   node scripts/typecheck.mjs tsconfig.shared.json tsconfig.web.json ...
//
// Like `tsc -p <tsconfig> --noEmit` for each, with two differences that only save work:
// - Each file is checked in the program of the tsconfig that lists it (its layer), not again in
//   every program that imports it: tsconfig.test.json imports nearly all of src, and
//   tsconfig.web.json imports src/shared and src/readers, which `tsc -p` checked a second and third
//   time under libs that are not theirs. Every source file a program reaches must be listed by one
//   of the tsconfigs given, or the run fails naming it: nothing goes unchecked.
// - The programs share parsed and bound files (the TypeScript libs, @types, the packages'
//   declarations), as the TypeScript language service does across the projects it has open.
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const configs = process.argv.slice(2);
if (configs.length === 0) {
  console.error('usage: node scripts/typecheck.mjs <tsconfig.json> [<tsconfig.json> ...]');
  process.exit(2);
}

const cwd = process.cwd();
const formatHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => cwd,
  getNewLine: () => '\n',
};
const color = process.stdout.isTTY || process.env['FORCE_COLOR'] === '1';
const report = (diagnostics) =>
  process.stdout.write(
    color ? ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost) : ts.formatDiagnostics(diagnostics, formatHost),
  );

/** Source files by path and language version, parsed and bound once for every program. */
const sourceFiles = new Map();

function parse(config) {
  const diagnostics = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(config),
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d) },
  );
  if (!parsed) return { diagnostics };
  return { parsed, diagnostics: [...diagnostics, ...parsed.errors] };
}

function createHost(options) {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const version = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
    const format = typeof languageVersion === 'object' ? languageVersion.impliedNodeFormat : undefined;
    const key = `${fileName}\0${version}\0${format}`;
    let file = sourceFiles.get(key);
    if (!file) {
      file = read(fileName, languageVersion, onError, shouldCreate);
      if (file) sourceFiles.set(key, file);
    }
    return file;
  };
  return host;
}

const programs = [];
let errors = 0;
for (const config of configs) {
  const started = Date.now();
  const { parsed, diagnostics } = parse(config);
  if (!parsed) {
    report(diagnostics);
    errors += diagnostics.length;
    continue;
  }
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host: createHost(parsed.options) });
  const roots = new Set(parsed.fileNames.map((f) => resolve(f)));
  const own = program.getSourceFiles().filter((f) => roots.has(resolve(f.fileName)));
  const found = [
    ...diagnostics,
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  report(found);
  errors += found.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  programs.push({ config, program, roots });
  console.log(`${config}: ${own.length} files checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Every file of ours that a program reached is checked by the program of a tsconfig that lists it.
const listed = new Set(programs.flatMap((p) => [...p.roots]));
const unchecked = new Set();
for (const { program } of programs)
  for (const file of program.getSourceFiles()) {
    const path = resolve(file.fileName);
    if (file.isDeclarationFile || path.endsWith('.json') || path.includes('/node_modules/') || listed.has(path)) continue;
    unchecked.add(relative(cwd, path));
  }
if (unchecked.size > 0) {
  console.error(
    `typecheck: these files are imported but listed by none of ${configs.join(', ')}, so none checks them:\n${[...unchecked]
      .map((f) => `  ${f}`)
      .join('\n')}`,
  );
  process.exit(1);
}
if (errors > 0) {
  console.error(`typecheck: ${errors} error${errors === 1 ? '' : 's'}`);
  process.exit(1);
}
