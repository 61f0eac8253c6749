#!/usr/bin/env node
// poe-check: checks a POE claim queue. The TypeScript sources are built to out/cli on demand
// (bin/cli-build.mjs); stdout carries nothing but the report.
import { loadCliEntry } from './cli-build.mjs';

const { run } = await loadCliEntry('index.js', 'poe-check');
process.exitCode = await run(process.argv.slice(2));
