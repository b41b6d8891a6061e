import { describe, expect, it } from 'vitest';
import type { Report, ReportDevice } from '../report/types.js';
import { subtotalsMarkdown } from './subtotals.js';

const device = (id: string, files: string[], energyJ: number, co2eG: number, job?: string) =>
  ({ id, files, plugins: ['nvidia-smi'], energyJ, co2eG, ...(job ? { job } : {}) }) as unknown as ReportDevice;
const report = (devices: ReportDevice[]) => ({ devices, totals: { co2eG: devices.reduce((s, d) => s + d.co2eG, 0) } }) as unknown as Report;

describe('subtotalsMarkdown', () => {
  it('adds up by file, keeping files of the same name in different folders apart, the most CO2e first', () => {
    const md = subtotalsMarkdown(report([
      device('a', ['/w/logs/rank0/power.csv'], 3.6e6, 100),
      device('b', ['/w/logs/rank0/power.csv'], 3.6e6, 100),
      device('c', ['/w/logs/rank1/power.csv'], 7.2e6, 300),
    ]));
    expect(md).toContain('#### By file');
    const rows = md.split('\n').filter((line) => line.startsWith('| rank'));
    expect(rows[0]).toMatch(/^\| rank1\/power\.csv \| 1 \| 2\.00 kWh \| 300 g \| 60\.0 % \|$/);
    expect(rows[1]).toMatch(/^\| rank0\/power\.csv \| 2 \| 2\.00 kWh \| 200 g \| 40\.0 % \|$/);
  });

  it('adds up by job in a merged report, and escapes the names', () => {
    const md = subtotalsMarkdown(report([device('a', ['x.csv'], 1, 1, 'train <b>'), device('b', ['x.csv'], 1, 3, 'eval')]));
    expect(md).toContain('#### By job');
    expect(md).toMatch(/\| eval \| 1 \|/);
    expect(md).not.toContain('<b>');
  });

  it('says nothing when everything came from one file or one job', () => {
    expect(subtotalsMarkdown(report([device('a', ['x.csv'], 1, 1), device('b', ['x.csv'], 1, 1)]))).toBe('');
  });
});
