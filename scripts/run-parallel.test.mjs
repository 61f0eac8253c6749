import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (...commands) =>
  promisify(execFile)(process.execPath, ['scripts/run-parallel.mjs', ...commands], { env: { ...process.env, POE_PARALLEL: '2' } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

// npm test's static checks go through this runner: a failure it swallowed would turn CI green.
describe('run-parallel', () => {
  it('fails when any command fails, after running every command, and names the failure', async () => {
    const { code, out } = await run('node -e "process.exit(3)"', 'node -e "console.log(\'second ran\')"');
    expect(code).toBe(1);
    expect(out).toContain('second ran');
    expect(out).toMatch(/1 of 2 failed:\n {2}node -e "process.exit\(3\)" \(exit 3\)/);
  });

  it('passes when every command passes and prints each output whole', async () => {
    const { code, out } = await run('node -e "console.log(\'one\')"', 'node -e "console.log(\'two\')"');
    expect(code).toBe(0);
    expect(out).toMatch(/── node -e "console.log\('one'\)": ok in [\d.]+ s\none/);
    expect(out).toContain('all 2 passed');
  });
});
