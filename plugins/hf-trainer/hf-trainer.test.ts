import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { createContext, expectInputError, expectRecords, fileSource, runPlugin } from 'carbon-ci/testing';
import hfTrainer from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
// Training of the real fixture run ended at 1742826235 + 54713.18 s (see fixtures/README.md).
const END = '2025-03-25T05:35:48.180Z';
const endMs = Date.parse(END);

describe('hf-trainer plugin', () => {
  it('turns the real trainer_state.json plus all_results.json into training and evaluation windows per GPU', async () => {
    const { records, confidence, warnings } = await runPlugin(hfTrainer, fixture('t5-summarization/trainer_state.json'), {
      options: { gpu: 'NVIDIA GeForce RTX 4090', count: '2', utilization: 0.9, endTime: END },
    });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
    const trainStart = endMs - 54713181;
    expectRecords(records, [
      { type: 'usage', device: { id: 'gpu0', index: 0, model: 'NVIDIA GeForce RTX 4090' }, startMs: trainStart, endMs, utilization: 0.9 },
      { type: 'usage', device: { id: 'gpu1', index: 1 }, startMs: trainStart, endMs },
      { type: 'usage', device: 'gpu0', startMs: endMs, endMs: endMs + 3255517 },
      { type: 'usage', device: 'gpu1', startMs: endMs, endMs: endMs + 3255517 },
    ]);
    expect(Math.round(trainStart / 1000)).toBe(1742826235);
    expect(records[0]!.device).toBe(records[2]!.device);
  });

  it('reads all_results.json alone, placing training then evaluation before the file time', async () => {
    const { records } = await runPlugin(hfTrainer, fixture('results-only/all_results.json'), {
      options: { gpu: 'NVIDIA A10G', count: 1, powerW: 150, endTime: END, host: 'runner-3' },
    });
    expectRecords(records, [
      { type: 'usage', device: { id: 'runner-3:gpu0', host: 'runner-3' }, startMs: endMs - 54713181, endMs, powerW: 150 },
      { type: 'usage', device: 'runner-3:gpu0', startMs: endMs, endMs: endMs + 3255517 },
    ]);
  });

  it('skips all_results.json when trainer_state.json lies beside it (no double count)', async () => {
    const { records, infos } = await runPlugin(hfTrainer, fixture('t5-summarization/all_results.json'), { options: { gpu: 'A100', count: 1 } });
    expect(records).toEqual([]);
    expect(infos.join('\n')).toMatch(/read together with trainer_state\.json/);
  });

  it('without endTime, anchors at the file time and warns that it did', async () => {
    const { records, warnings } = await runPlugin(hfTrainer, fixture('t5-summarization/trainer_state.json'), { options: { gpu: 'A100', count: 1 } });
    expect(records).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/no clock time.*modification time.*endTime/)]);
  });

  it('says how to state the GPU when gpu or count is missing', async () => {
    const error = await runPlugin(hfTrainer, fixture('t5-summarization/trainer_state.json'), { options: { gpu: 'A100' } }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/needs the option count \(GPUs used\)[\s\S]*fix: .*--plugin-option gpu=.*count=8.*\.carbon-ci\.yml/);
  });

  it('validates options by schema: count must be a positive integer, utilization 0..1', async () => {
    for (const options of [{ gpu: 'A100', count: 0 }, { gpu: 'A100', count: 'eight' }, { gpu: 'A100', count: 1, utilization: 85 }]) {
      const error = await runPlugin(hfTrainer, fixture('t5-summarization/trainer_state.json'), { options }).catch((e: unknown) => e);
      expect(isInputError(error), JSON.stringify(options)).toBe(true);
      expect((error as Error).message).toMatch(/plugin hf-trainer: option "(count|utilization)"/);
    }
  });

  it("skips an intermediate checkpoint's state with a warning", async () => {
    const { records, warnings } = await runPlugin(hfTrainer, fixture('bad/checkpoint-500/trainer_state.json'), { options: { gpu: 'A100', count: 1 } });
    expect(records).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/no train_runtime .*step 500 of 215337.*not counted/)]);
  });

  it('refuses a truncated file with its name and the line where it breaks off', async () => {
    const error = await runPlugin(hfTrainer, fixture('bad/truncated-trainer_state.json'), { options: { gpu: 'A100', count: 1 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/truncated-trainer_state\.json:3: not valid JSON/);
  });

  it('reads all_results.json beside trainer_state.json as strictly as the file itself: its line named when broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-trainer-'));
    try {
      copyFileSync(fixture('t5-summarization/trainer_state.json'), join(dir, 'trainer_state.json'));
      writeFileSync(join(dir, 'all_results.json'), '{\n  "eval_runtime": 12.5,\n  "predict_runtime": 3 4\n}\n');
      await expectInputError(runPlugin(hfTrainer, join(dir, 'trainer_state.json'), { options: { gpu: 'A100', count: 1, endTime: END } }), {
        file: join(dir, 'all_results.json'),
        line: 3,
        message: /not valid JSON/,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for no time zone when endTime has its offset', async () => {
    const context = createContext({ timeZone: 'Asia/Tokyo', options: { gpu: 'A100', count: 1, endTime: END } });
    for await (const batch of hfTrainer.read(fileSource(fixture('t5-summarization/trainer_state.json')), context)) expect([batch].flat().length).toBeGreaterThan(0);
    expect(context.usedLocalTimeZone).toBe(false);
  });

  it('refuses an endTime that is not a time', async () => {
    const error = await runPlugin(hfTrainer, fixture('t5-summarization/trainer_state.json'), { options: { gpu: 'A100', count: 1, endTime: 'yesterday' } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/option endTime "yesterday" is not a date-time/);
  });
});
