// The Action's functional-unit and model-card inputs: SCI in the comment and summary, the card in the workspace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../../src/report/types.js';
import { fakeGitHubPerTest, PR_NUMBER, ROOT, runBundledAction } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('adds SCI and cleaner regions to the comment and the summary, and writes co2_eq_emissions into the workspace model card', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-workspace-'));
  writeFileSync(join(workspace, 'README.md'), '---\nlicense: mit\n---\nBody\n');
  const inputs = {
    telemetry: join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv'),
    location: 'gcp:us-east1',
    timezone: 'UTC',
    'functional-unit': 'images=50000',
    'model-card': 'README.md',
    'training-type': 'pre-training',
  };
  const run = await runBundledAction({ server, inputs, workspace });
  expect(run.code, run.stdout).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
  expect(report.sci).toMatchObject({ unit: 'images', count: 50000 });
  expect(report.alternatives?.[0]?.location).toMatch(/^gcp:/);
  const comment = server.commentsOn(PR_NUMBER)[0]!.body;
  for (const text of [comment, run.summary]) {
    expect(text).toContain('SCI: ');
    expect(text).toContain('per unit of images (50,000 images');
    expect(text).toContain(`Cleaner grids: in ${report.alternatives![0]!.location}`);
  }
  const card = readFileSync(join(workspace, 'README.md'), 'utf8');
  expect(card.endsWith('---\nBody\n')).toBe(true);
  expect((parse(card.split('---')[1]!) as { co2_eq_emissions: { emissions: number; training_type: string } }).co2_eq_emissions).toMatchObject({
    emissions: Number(report.totals.co2eG.toPrecision(6)),
    training_type: 'pre-training',
  });
  expect(run.stdout).toContain('wrote co2_eq_emissions');
});

it('refuses a functional unit without a count, naming the input', async () => {
  const run = await runBundledAction({ server, inputs: { telemetry: join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv'), 'functional-unit': 'images' } });
  expect(run.code).toBe(1);
  expect(run.commands.find((c) => c.kind === 'error')!.message).toContain('input "functional-unit" must be NAME=COUNT');
});
