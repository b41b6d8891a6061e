import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, exitCodeFor } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { InputError } from '../../src/shared/errors.js';

function io() {
  const err: string[] = [];
  const value: CliIO = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: '.', env: {} };
  return { value, stderr: () => err.join('') };
}

describe('exit codes', () => {
  it('maps an InputError to 2 with its file, line and fix', () => {
    const { value, stderr } = io();
    expect(exitCodeFor(new InputError('bad row', { file: 'a.csv', line: 7, hint: 'delete it' }), value)).toBe(EXIT_INPUT);
    expect(stderr()).toBe('carbon-ci: error: a.csv:7: bad row\n  fix: delete it\n');
  });

  it('maps any other error to 1 as an internal error with its stack', () => {
    const { value, stderr } = io();
    expect(exitCodeFor(new TypeError('x is undefined'), value)).toBe(EXIT_INTERNAL);
    expect(stderr()).toContain('carbon-ci: internal error: x is undefined');
    expect(stderr()).toContain('TypeError: x is undefined\n    at ');
  });

  it('maps commander exits: help and version to 0, usage errors to 2', () => {
    const { value } = io();
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), value)).toBe(EXIT_OK);
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', 'unknown option'), value)).toBe(EXIT_INPUT);
  });
});
