// Red team: given on the command line, a FIFO, a device or a symlink loop got "no such file".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';

describe('special files named on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-special-'));

  it('a FIFO is named as a pipe, with the fix', async () => {
    const fifo = join(dir, 'power.csv');
    execFileSync('mkfifo', [fifo]);
    const run = await cli(['report', fifo, '--location', 'FR']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this is a FIFO \(named pipe\): carbon-ci reads files, not pipes/);
  });

  it('a character device is named as one', async () => {
    const run = await cli(['report', '/dev/null', '--location', 'FR']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this is a character device, not a file/);
  });

  it('a loop of symbolic links is named as one', async () => {
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const run = await cli(['report', join(dir, 'a'), '--location', 'FR']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a loop of symbolic links/);
  });
});
