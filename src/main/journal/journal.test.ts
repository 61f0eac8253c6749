import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, journalLineProblem } from './journal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poe-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('journalLineProblem', () => {
  it.each([
    ['{"decisionId":"d1"}', null],
    ['{"decisionId":"d1","extra":{"nested":[1,2]}}', null],
    ['', 'empty line'],
    ['not json', 'not JSON'],
    ['[1,2]', 'not a JSON object'],
    ['"text"', 'not a JSON object'],
    ['null', 'not a JSON object'],
    ['{"decision":"approve"}', 'the entry has no decisionId'],
    ['{"decisionId":""}', 'the entry has no decisionId'],
    ['{"decisionId":7}', 'the entry has no decisionId'],
    ['{"decisionId":"d1"}\n{"decisionId":"d2"}', 'a journal entry must be a single line'],
    ['{"decisionId":"d1"}\r', 'a journal entry must be a single line'],
  ])('%j -> %j', (line, problem) => {
    expect(journalLineProblem(line)).toBe(problem);
  });
});

describe('createJournal', () => {
  it('reads empty before anything is written, creates its folder, appends in order', async () => {
    const journal = createJournal(join(dir, 'journal', 'decisions.jsonl'));
    expect(await journal.read()).toBe('');
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.append(JSON.stringify({ decisionId: `d${i}` }))));
    const lines = (await journal.read()).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { decisionId: string }).decisionId)).toEqual(Array.from({ length: 20 }, (_, i) => `d${i}`));
  });

  it('refuses an invalid line without writing anything, and keeps earlier lines', async () => {
    const path = join(dir, 'decisions.jsonl');
    const journal = createJournal(path);
    await journal.append('{"decisionId":"d1"}');
    await expect(journal.append('{"oops":true}')).rejects.toThrow(/journal entry refused: the entry has no decisionId/);
    await journal.append('{"decisionId":"d2"}');
    expect(await readFile(path, 'utf8')).toBe('{"decisionId":"d1"}\n{"decisionId":"d2"}\n');
  });

  it('starts a fresh line after a torn last line left by a crash', async () => {
    const path = join(dir, 'decisions.jsonl');
    await appendFile(path, '{"decisionId":"d1"}\n{"decisionId":"d2","dec');
    await createJournal(path).append('{"decisionId":"d3"}');
    expect(await readFile(path, 'utf8')).toBe('{"decisionId":"d1"}\n{"decisionId":"d2","dec\n{"decisionId":"d3"}\n');
  });
});
