// Red team, parsing: inputs that crashed instead of being refused. A timestamp beyond the dates that
// JavaScript can hold (past year 275760, e.g. an epoch of 1e20 s read as ns, or 1e23) reached the
// energy stage, which crashed on `toISOString` with a stack trace; it must be a named InputError, or
// a dropped reading with a warning. A GPU name of 130,000 characters must pass like any other.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError, wallClockToUtc, monotonicWallClockToUtc } from 'carbon-ci';
import type { PluginRecord } from 'carbon-ci';
import { runPlugin, textSource } from 'carbon-ci/testing';
import { builtinPlugins } from '../../plugins/index.js';
import codecarbon from '../../plugins/codecarbon/index.js';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import rocmSmi from '../../plugins/rocm-smi/index.js';
import { EnergyAccumulator } from '../../src/energy/index.js';
import { readTelemetry } from '../../src/telemetry/read.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/red-team/parse/${name}`, import.meta.url));

/** Reads files as `carbon-ci report` does, through the energy stage. */
async function energyOf(file: string) {
  const warnings: string[] = [];
  const log = { warn: (m: string) => warnings.push(m), info: () => {}, debug: () => {} };
  const accumulator = new EnergyAccumulator();
  for await (const batch of readTelemetry([file], { plugins: builtinPlugins, timeZone: 'UTC', log })) {
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
  return { energy: accumulator.finish(), warnings };
}

async function failureOf(promise: Promise<unknown>): Promise<Error | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('timestamps beyond the dates JavaScript can hold', () => {
  for (const name of ['wandb-epoch-beyond-dates.csv', 'zeus-start-beyond-dates.csv', 'mlflow-timestamp-beyond-dates.json', 'dcgm-timestamp-beyond-dates.prom']) {
    it(`${name}: an InputError naming the file, not a crash`, async () => {
      const error = await failureOf(energyOf(fixture(name)));
      expect(error && isInputError(error), String(error?.stack)).toBe(true);
      expect(error!.message).toContain(name);
      expect(error!.message).toMatch(/beyond the dates JavaScript can hold/);
    });
  }

  it('one reading beyond the dates among good ones: dropped with a warning naming its line, the rest counted', async () => {
    const file = fixture('wandb-epoch-one-beyond.csv');
    const { energy, warnings } = await energyOf(file);
    expect(energy.devices.map((d) => [d.device.id, d.energyJ])).toEqual([['gpu0', 500]]);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 reading\(s\) whose time is beyond the dates JavaScript can hold \(year 275760\), first 1e\+17 ms after 1970 at line 4/)]);
    expect(warnings[0]).toContain(file);
  });

  it('rocm-smi refuses an epoch beyond the dates as not a time; wall-clock converters give NaN rather than throw', async () => {
    const text = `timestamp,gpu,socket_power\n1700000000,0,400\n${'9'.repeat(40)},0,400\n`;
    const error = await failureOf(runPlugin(rocmSmi, textSource(text, 'amd.csv')));
    expect(error && isInputError(error)).toBe(true);
    expect(error!.message).toMatch(/amd\.csv:3: "9{40}" is not a time/);
    for (const toUtc of [wallClockToUtc('Europe/Berlin'), monotonicWallClockToUtc('Europe/Berlin')]) {
      expect(toUtc(1e20)).toBeNaN();
      expect(toUtc(Date.UTC(2024, 0, 1))).toBe(Date.UTC(2023, 11, 31, 23));
    }
  });
});

describe('a GPU name of 130,000 characters', () => {
  const name = `NVIDIA ${'X'.repeat(130_000)}`;
  const model = (records: PluginRecord[]) => (records[0] as { device?: { model?: string } }).device?.model ?? (records[0] as { devices?: { model?: string }[] }).devices?.[0]?.model;

  it('nvidia-smi with and without a header', async () => {
    const rows = [0, 1, 2].map((s) => `2024/01/01 00:00:0${s}.000, GPU-1a2b3c4d-0000, ${name}, 250.00 W`).join('\n');
    for (const text of [`timestamp, uuid, name, power.draw [W]\n${rows}\n`, `${rows}\n`]) {
      const { records } = await runPlugin(nvidiaSmi, textSource(text, 'power.csv'));
      expect(records).toHaveLength(3);
      expect(model(records)).toBe(name);
    }
  });

  it('codecarbon, quoted', async () => {
    const header = 'timestamp,project_name,run_id,duration,emissions,gpu_energy,gpu_count,gpu_model';
    const text = `${header}\n2025-06-01T00:01:00,p,r,60,0.001,0.004,1,"${name}"\n`;
    const { records } = await runPlugin(codecarbon, textSource(text, 'emissions.csv'));
    expect(model(records)).toBe(name);
  });
});
