import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { CPU_W_PER_VCPU, HOST_USAGE_LOG_HEADER, MEMORY_W_PER_GB } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const T0 = 1765000000000;

describe('host-usage plugin', () => {
  it('reads each interval as CPU and memory usage at the documented figures, with a warning that names them', async () => {
    const { records, confidence, warnings } = await runPlugin(plugin, fixture('four-vcpus.csv'));
    expect(confidence).toBe(0.95);
    expect(records).toHaveLength(6);
    expectRecords(records.slice(0, 2), [
      { type: 'usage', device: { id: 'cpu0', component: 'cpu', model: 'AMD EPYC 7763 64-Core Processor' }, startMs: T0, endMs: T0 + 1000, powerW: 4 * CPU_W_PER_VCPU, utilization: 0.5 },
      { type: 'usage', device: { id: 'ram0', component: 'ram' }, startMs: T0, endMs: T0 + 1000, powerW: 17.179869184 * MEMORY_W_PER_GB, utilization: 1 },
    ]);
    expect(warnings).toEqual([expect.stringMatching(/estimates, not measurements.*3\.97 W per vCPU.*0\.3725 W per GB \(10\^9 bytes\)/)]);
  });

  it('gives the estimated energy as method estimate through the energy stage', async () => {
    const report = await runReport({ inputs: [fixture('four-vcpus.csv')], location: 'FR' });
    const byId = Object.fromEntries(report.devices.map((d) => [d.id, d]));
    expect(byId.cpu0!.energyJ).toBeCloseTo(4 * 3.97 * 1.75, 6);
    // 16 GiB is 17.18 GB (10^9 bytes), the unit Green Algorithms' figure is stated in.
    expect(byId.ram0!.energyJ).toBeCloseTo(17.179869184 * 0.3725 * 3, 5);
    expect(byId.cpu0!.method).toBe('estimate');
    expect(report.warnings.some((w) => /estimates, not measurements/.test(w.message))).toBe(true);
  });

  it("reads a container's rows (scope cgroup) at the same figures, and says that they cover the container alone", async () => {
    const text = `${HOST_USAGE_LOG_HEADER}\n${T0},${T0 + 1000},3,0.5,8589934592,6442450944,"AMD EPYC 7763 64-Core Processor",cgroup\n`;
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'host-usage.csv'));
    expectRecords(records, [
      { type: 'usage', device: { id: 'cpu0', component: 'cpu' }, startMs: T0, endMs: T0 + 1000, powerW: 3 * CPU_W_PER_VCPU, utilization: 0.5 },
      { type: 'usage', device: { id: 'ram0', component: 'ram' }, startMs: T0, endMs: T0 + 1000, powerW: 8.589934592 * MEMORY_W_PER_GB, utilization: 1 },
    ]);
    expect(warnings).toEqual([expect.stringMatching(/the CPU time the job's cgroup used \(cpu\.stat, cpuacct\.usage in cgroup v1\).*of its memory limit, else of what it holds.*the job's container, not the rest of the machine$/)]);
  });

  it('drops a row of an unknown scope, and reads logs written before the scope column as the host', async () => {
    const text = `${HOST_USAGE_LOG_HEADER}\n${T0},${T0 + 1000},2,0.5,1073741824,0,x,node\n${T0 + 1000},${T0 + 2000},2,0.5,1073741824,0,x,host\n`;
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'host-usage.csv'));
    expect(records).toHaveLength(2);
    expect(warnings).toContainEqual(expect.stringMatching(/dropped 1 row: a row cut short or with invalid values \(first at line 2\)/));
    const old = await runPlugin(plugin, fixture('four-vcpus.csv'));
    expect(old.warnings).toEqual([expect.stringMatching(/from \/proc\/meminfo; the whole machine$/)]);
  });

  it('drops a row cut short, with a warning', async () => {
    const text = `${HOST_USAGE_LOG_HEADER}\n${T0},${T0 + 1000},2,0.5,1073741824,0,x,host\n${T0 + 1000},${T0 + 2000},2\n`;
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'cut.csv'));
    expect(records).toHaveLength(2);
    expect(warnings).toContainEqual(expect.stringMatching(/dropped 1 row: a row cut short or with invalid values \(first at line 3\)/));
  });

  it('refuses a file that is not its log, with the header it expects', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/wrong-header.csv')), { line: 1, hint: /start_ms,end_ms,vcpus/ });
  });
});
