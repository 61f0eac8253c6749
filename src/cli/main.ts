import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RULESET, parseRuleset, type Ruleset } from '@shared/checks/ruleset';
import { LIMITS } from '@shared/limits';
import { checkQueue, QueueUnusableError } from './check-queue';
import { formatTable } from './format-table';

const USAGE = `Usage: poe-check <queue folder | queue.json | queue.zip> [--format json|table] [--out file]
       [--ruleset rules.json] [--jobs n] [--timeout seconds]
       [--no-ocr] [--ocr-cache folder] [--ocr-timeout seconds]

Scanned pages (image-only PDF pages, jpg/png/tiff images) are read by OCR, offline; --no-ocr
leaves them to a person ("review"). --ocr-cache keeps OCR results by document hash, language and
engine version; --ocr-timeout is the OCR time per document (default ${LIMITS.ocrDocumentMs / 1000} s).

Checks every claim of a POE queue and writes the report ("poe-checks/1").
Exit 0 when the queue was read (failing checks are results), 2 when it cannot be used.`;

class UsageError extends Error {}

interface Options {
  queue: string;
  format: 'json' | 'table';
  out: string | undefined;
  ruleset: string | undefined;
  jobs: number | undefined;
  timeoutMs: number | undefined;
  ocr: boolean;
  ocrCache: string | undefined;
  ocrTimeoutMs: number | undefined;
}

function parse(argv: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      ruleset: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      'no-ocr': { type: 'boolean' },
      'ocr-cache': { type: 'string' },
      'ocr-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError('expected exactly one queue (folder, queue.json or .zip)');
  if (values.format !== 'json' && values.format !== 'table') throw new UsageError(`--format must be json or table, not "${values.format}"`);
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number`);
    return n;
  };
  const timeout = num('timeout', values.timeout);
  const ocrTimeout = num('ocr-timeout', values['ocr-timeout']);
  if (values['no-ocr'] && (values['ocr-cache'] !== undefined || ocrTimeout !== undefined))
    throw new UsageError('--no-ocr cannot be given with --ocr-cache or --ocr-timeout');
  return {
    queue: positionals[0],
    format: values.format,
    out: values.out,
    ruleset: values.ruleset,
    jobs: num('jobs', values.jobs),
    timeoutMs: timeout ? timeout * 1000 : undefined,
    ocr: !values['no-ocr'],
    ocrCache: values['ocr-cache'],
    ocrTimeoutMs: ocrTimeout ? ocrTimeout * 1000 : undefined,
  };
}

async function loadRuleset(path: string | undefined): Promise<Ruleset> {
  if (!path) return DEFAULT_RULESET;
  try {
    return parseRuleset(JSON.parse(await readFile(path, 'utf8')));
  } catch (err) {
    throw new UsageError(`ruleset ${path} cannot be used: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function errorCodeOf(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string'
    ? err.code
    : err instanceof Error
      ? err.message
      : String(err);
}

/** A missing or unusable --out folder is said before any work, not as a stack trace after it. */
async function checkOutFolder(out: string): Promise<void> {
  const folder = dirname(resolve(out));
  const info = await stat(folder).catch(() => null);
  if (!info) throw new UsageError(`--out ${out}: the folder ${folder} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`--out ${out}: ${folder} is not a folder`);
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`--out ${out} is a folder: give a file name`);
}

/** Progress on stderr, only for people watching (a TTY) or long runs; stdout stays the report. */
function progress(total: number): ((done: number) => void) | undefined {
  const tty = process.stderr.isTTY;
  if (!tty && total < 50) return undefined;
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (done !== total && now - last < (tty ? 200 : 5000)) return;
    last = now;
    process.stderr.write(tty ? `\rread ${done}/${total} documents${done === total ? '\n' : ''}` : `read ${done}/${total} documents\n`);
  };
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[], workerUrl: URL): Promise<number> {
  let options: Options | 'help';
  try {
    options = parse(argv);
  } catch (err) {
    process.stderr.write(`poe-check: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (options.out) await checkOutFolder(options.out);
    const ruleset = await loadRuleset(options.ruleset);
    let reportProgress: ((done: number) => void) | undefined;
    const report = await checkQueue(options.queue, {
      ruleset,
      workerUrl,
      jobs: options.jobs,
      timeoutMs: options.timeoutMs,
      ocr: options.ocr
        ? {
            ...(options.ocrTimeoutMs ? { budgetMs: options.ocrTimeoutMs } : {}),
            ...(options.ocrCache ? { cacheDir: resolve(options.ocrCache) } : {}),
          }
        : false,
      onProgress: (done, total) => {
        reportProgress ??= progress(total) ?? (() => undefined);
        reportProgress(done);
      },
    });
    const text = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report);
    if (options.out) {
      const tmp = `${options.out}.${process.pid}.tmp`;
      try {
        await writeFile(tmp, text, 'utf8');
        await rename(tmp, options.out);
      } catch (err) {
        await rm(tmp, { force: true }).catch(() => undefined);
        throw new UsageError(`could not write the report to ${options.out} (${errorCodeOf(err)})`);
      }
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
    }
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof QueueUnusableError || err instanceof UsageError) {
      process.stderr.write(`poe-check: ${message}\n`);
      return 2;
    }
    process.stderr.write(`poe-check: unexpected error: ${err instanceof Error && err.stack ? err.stack : message}\n`);
    return 1;
  }
}
