// A GPU whose model the GPU table does not know gets no embodied share; the report must say that its
// embodied 0 is a lower bound, not a measurement.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';

const KNOWN = fileURLToPath(new URL('../fixtures/github/nvidia-smi-2xA100.csv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-embodied-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function log(name: string, model: string | undefined): string {
  const rows = Array.from({ length: 60 }, (_, i) => `2024/06/03 09:00:${String(i).padStart(2, '0')}.000, 0${model ? `, ${model}` : ''}, 300.00 W`);
  const path = join(dir, name);
  writeFileSync(path, `timestamp, index${model ? ', name' : ''}, power.draw [W]\n${rows.join('\n')}\n`);
  return path;
}

describe('embodied CO2e of GPUs of unknown model', () => {
  it('is not counted, and a warning names the GPUs and says the total is a lower bound', async () => {
    const report = await runReport({ inputs: [log('no-name.csv', undefined), log('odd-name.csv', 'Frobnicator 9000')], timeZone: 'UTC', location: 'FR' });
    expect(report.totals.embodiedCo2eG).toBe(0);
    const warning = report.warnings.find((w) => w.code === 'embodied-not-counted')!;
    expect(warning.count).toBe(report.devices.length);
    expect(warning.message).toMatch(/GPUs? .* no model that the GPU table knows, so (its|their) embodied \(manufacturing\) CO2e is not counted and the total is a lower bound/);
  });

  it('is counted without a warning when the log names a known model', async () => {
    const report = await runReport({ inputs: [KNOWN], timeZone: 'UTC', location: 'FR' });
    expect(report.totals.embodiedCo2eG).toBeGreaterThan(0);
    expect(report.warnings.map((w) => w.code)).not.toContain('embodied-not-counted');
  });
});
