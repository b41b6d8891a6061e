// The Action's functional-unit and model-card inputs: SCI in the comment and summary, the card in the workspace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

it('prices the job hour by hour with intensity-provider, and the token appears nowhere', async () => {
  const token = 'em-token-from-a-secret-42';
  const seen: string[] = [];
  const provider = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.headers['auth-token'] !== token) return void res.writeHead(401).end('{}');
    const url = new URL(req.url ?? '/', 'http://x');
    const data = [];
    for (let t = Date.parse(url.searchParams.get('start')!); t < Date.parse(url.searchParams.get('end')!); t += 3_600_000) {
      data.push({ carbonIntensity: 123, datetime: new Date(t).toISOString() });
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ zone: url.searchParams.get('zone'), data }));
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  try {
    const inputs = {
      telemetry: join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv'),
      location: 'FR',
      pue: '1.0',
      timezone: 'UTC',
      'intensity-provider': 'electricitymaps',
      'electricitymaps-token': token,
      'intensity-api-url': `http://127.0.0.1:${(provider.address() as AddressInfo).port}`,
    };
    const run = await runBundledAction({ server, inputs, env: { CARBON_CI_CACHE_DIR: mkdtempSync(join(tmpdir(), 'carbon-ci-cache-')) } });
    expect(run.code, run.stdout).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    const reportText = readFileSync(run.outputs['report-path']!, 'utf8');
    const report = JSON.parse(reportText) as Report;
    expect(report.factors.intensity).toMatchObject({ gPerKWh: 123, zone: 'FR', hourly: { provider: 'Electricity Maps API', zone: 'FR' } });
    expect(report.totals.operationalCo2eG).toBeCloseTo((report.totals.facilityEnergyJ / 3.6e6) * 123, 6);
    for (const text of [reportText, run.stdout, run.summary, server.commentsOn(PR_NUMBER)[0]!.body]) expect(text).not.toContain(token);
  } finally {
    await new Promise((resolve) => provider.close(resolve));
  }
});
