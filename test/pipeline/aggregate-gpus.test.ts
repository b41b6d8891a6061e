// CodeCarbon measures all of a host's GPUs as one reading ("8 x NVIDIA A100-SXM4-80GB", ~2.9 kW):
// one device that stands for eight, whose power ceiling and embodied share scale with the count.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { codecarbonChunks } from '../../bench/generate.mjs';
import { runReport } from '../../src/pipeline/index.js';
import { renderMarkdown } from '../../src/render/index.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-aggregate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function emissions(gpus: 1 | 8): string {
  const path = join(dir, `emissions-${gpus}.csv`);
  writeFileSync(path, [...codecarbonChunks({ targetBytes: 200_000, gpus })].join(''));
  return path;
}

it('reads an 8-GPU CodeCarbon host in full, and counts the embodied share of eight GPUs', async () => {
  const one = await runReport({ inputs: [emissions(1)], location: 'FR', timeZone: 'UTC' });
  const eight = await runReport({ inputs: [emissions(8)], location: 'FR', timeZone: 'UTC' });
  const gpuOf = (r: typeof one) => r.devices.find((d) => d.component === 'gpu')!;
  expect(gpuOf(eight)).toMatchObject({ model: 'NVIDIA A100-SXM4-80GB', count: 8, coverage: 1 });
  expect(eight.warnings.map((w) => w.code)).not.toContain('implausible-power');
  expect(gpuOf(one).count).toBeUndefined();
  expect(renderMarkdown(eight)).toContain('8 × NVIDIA A100-SXM4-80GB');
  // The same window and model: the embodied share per second scales with the number of GPUs.
  const perSecond = (r: typeof one) => gpuOf(r).embodiedCo2eG / ((Date.parse(gpuOf(r).end) - Date.parse(gpuOf(r).start)) / 1000);
  expect(perSecond(eight) / perSecond(one)).toBeCloseTo(8, 4);
});
