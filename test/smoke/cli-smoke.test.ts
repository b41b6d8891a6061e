import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerSmokeCommand, SmokeChecksFailedError } from '../../src/cli/commands/smoke.js';
import type { CliIO } from '../../src/cli/io.js';
import type { SmokeResult } from '../../src/report/types.js';
import { isInputError } from '../../src/shared/errors.js';
import { FIXTURES } from '../../src/smoke/test/helpers.js';

const out = mkdtempSync(join(tmpdir(), 'carbon-ci-cli-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs `carbon-ci smoke ...` in-process; the exit code as the CLI maps errors (InputError and usage 2, failed checks 1). */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: FIXTURES,
    env: {},
  };
  const program = new Command('carbon-ci').exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerSmokeCommand(program, io);
  let code = 0;
  try {
    await program.parseAsync(['smoke', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof SmokeChecksFailedError) code = error.exitCode;
    else if (isInputError(error)) code = 2;
    else if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else throw error;
  }
  return { code, stdout, stderr };
}

const FAST = ['--iterations', '3', '--warmup', '0', '--intensity', '400', '--pue', '1.5'];

describe('carbon-ci smoke', () => {
  it('exits 0 when every check passes and prints a summary', async () => {
    const result = await run(['--model', 'mlp-classifier.onnx', '--device', 'cpu', ...FAST]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Smoke test of mlp-classifier\.onnx: PASSED/);
    expect(result.stdout).toMatch(/execution provider: cpu \(requested: cpu\)/);
    expect(result.stdout).toMatch(/CO2e per 1,000 inferences/);
  });

  it('exits 1 when a check fails, naming it', async () => {
    const result = await run(['--model', 'nan-output.onnx', '--device', 'cpu', ...FAST]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}outputs-finite/);
  });

  it('exits 1 when cuda is required and unavailable', async () => {
    const result = await run(['--model', 'mlp-classifier.onnx', '--device', 'cuda', ...FAST]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/execution provider: none \(requested: cuda\)/);
  });

  it('exits 2 for a model that cannot be read, a bad flag, or a missing --model', async () => {
    expect((await run(['--model', 'not-a-model.onnx', ...FAST])).code).toBe(2);
    expect((await run(['--model', 'truncated.onnx', ...FAST])).code).toBe(2);
    const badDevice = await run(['--model', 'mlp-classifier.onnx', '--device', 'tpu']);
    expect(badDevice.code).toBe(2);
    expect(badDevice.stderr).toMatch(/not a device/);
    expect((await run(['--iterations', '3'])).code).toBe(2);
    expect((await run(['--model', 'mlp-classifier.onnx', '--dim', 'seq'])).code).toBe(2);
  });

  it('--json - writes only the result JSON to stdout, the summary to stderr', async () => {
    const result = await run(['--model', 'mlp-classifier.onnx', '--device', 'cpu', '--batch-size', '4', '--json', '-', ...FAST]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as SmokeResult;
    expect(json).toMatchObject({ passed: true, executionProvider: 'cpu', batchSize: 4, model: 'mlp-classifier.onnx' });
    expect(json.factors?.intensity.gPerKWh).toBe(400);
    expect(result.stderr).toMatch(/PASSED/);
  });

  it('--json PATH writes the file; --inputs and --expected resolve against the working directory', async () => {
    const path = join(out, 'nested', 'smoke.json');
    const result = await run([
      '--model',
      'mlp-classifier.onnx',
      '--inputs',
      'mlp-classifier.inputs.json',
      '--expected',
      'mlp-classifier.expected-wrong.json',
      '--device',
      'cpu',
      '--json',
      path,
      ...FAST,
    ]);
    expect(result.code).toBe(1);
    const json = JSON.parse(readFileSync(path, 'utf8')) as SmokeResult;
    expect(json.checks.find((c) => c.name === 'expected-outputs')?.passed).toBe(false);
  });
});
