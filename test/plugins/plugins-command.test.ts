import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelemetryPlugin } from 'carbon-ci';
import { registerPluginsCommand } from '../../src/cli/commands/plugins.js';
import hfTrainer from '../../plugins/hf-trainer/index.js';
import slurm from '../../plugins/slurm/index.js';
import wandb from '../../plugins/wandb/index.js';

const builtins = [wandb, slurm, hfTrainer] as TelemetryPlugin[];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-plugins-cmd-'));
  await writeFile(
    join(dir, 'mine.mjs'),
    "export default { name: 'power-jsonl', kind: 'telemetry', description: 'JSON lines from our rack logger', example: '{\"t\": 1, \"w\": 300}\\n{\"t\": 2, \"w\": 301}\\u001b[2J', detect: () => 0, read: async function* () {} };",
  );
});
beforeAll(async () => {
  await writeFile(join(dir, 'numbered.mjs'), "export default { name: 'numbered', kind: 'telemetry', description: 'x', example: 42, detect: () => 0, read: async function* () {} };");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  let out = '';
  const program = new Command('carbon-ci').exitOverride().configureOutput({ writeOut: (t) => (out += t), writeErr: (t) => (out += t) });
  registerPluginsCommand(program, () => builtins, { stdout: { write: (t: string) => (out += t) }, cwd: dir });
  await program.parseAsync(['plugins', ...args], { from: 'user' });
  return out;
}

describe('carbon-ci plugins', () => {
  it('lists every plugin with what it reads and its options', async () => {
    const out = await run();
    expect(out).toMatch(/^3 telemetry plugins\./);
    expect(out).toMatch(/\n {2}wandb +Weights & Biases system metrics/);
    expect(out).toMatch(/\n {2}slurm +Slurm accounting: `sacct -P` output/);
    expect(out).toMatch(/options: gpu, count, utilization, powerW, endTime, host/);
  });

  it('shows one plugin in detail, with option types, defaults and descriptions', async () => {
    const out = await run('slurm');
    expect(out).toMatch(/^slurm\n/);
    expect(out).toMatch(/level \("job" \| "steps", default "job"\)\n {6}"job": one record per job/);
    expect(await run('hf-trainer')).toMatch(/count \(integer\)\n {6}Number of GPUs/);
  });

  it("shows a plugin's example: its first line in the list, all of it in the detail, without control characters", async () => {
    const list = await run('--plugin-module', './mine.mjs');
    expect(list).toMatch(/\n {2}power-jsonl +JSON lines from our rack logger\n +e\.g\. \{"t": 1, "w": 300\}\n/);
    const detail = await run('power-jsonl', '--plugin-module', './mine.mjs');
    expect(detail).toContain('Reads, for example:\n  {"t": 1, "w": 300}\n  {"t": 2, "w": 301}');
    expect(detail).not.toContain('\u001b');
  });

  it("refuses a plain-object plugin whose example is no string, naming its file and the fix, instead of crashing", async () => {
    const error = await run('--plugin-module', './numbered.mjs').then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toMatch(/plugin module "\.\/numbered\.mjs" is not a telemetry plugin: example must be a string/);
    expect(error?.hint).toMatch(/definePlugin/);
  });

  it('prints JSON for scripts', async () => {
    const list = JSON.parse(await run('--json')) as { name: string; options: { name: string }[] }[];
    expect(list.map((p) => p.name)).toEqual(['wandb', 'slurm', 'hf-trainer']);
    expect(list[2]!.options.map((o) => o.name)).toContain('gpu');
  });

  it('adds a user plugin given with --plugin-module', async () => {
    expect(await run('--plugin-module', './mine.mjs')).toMatch(/^4 telemetry plugins[\s\S]*power-jsonl +JSON lines from our rack logger/);
  });

  it('fails on an unknown name, listing the real ones', async () => {
    await expect(run('wandbb')).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/no plugin named "wandbb"; the plugins are: wandb, slurm, hf-trainer/) });
  });
});
