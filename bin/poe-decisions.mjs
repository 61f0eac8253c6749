#!/usr/bin/env node
// decisions: verifies, merges and converts decision logs ("poe-decisions/1"). Built on demand
// like poe-check (bin/cli-build.mjs).
import { loadCliEntry } from './cli-build.mjs';

const { run } = await loadCliEntry('decisions.js', 'decisions');
process.exitCode = await run(process.argv.slice(2));
