// Red team: a Slurm job on 4 nodes drawing 10 kW each was rejected as implausible ("no power or energy
// readings found"): the node power ceiling was not multiplied by the node count.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';

const HEADER = 'JobID|JobName|Cluster|Start|End|NNodes|NodeList|AllocTRES|ConsumedEnergyRaw|State';

describe('a Slurm job over several nodes', () => {
  it('is counted when each node stays under the node ceiling, and refused only past nodes × ceiling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-slurm-'));
    const joules = 4 * 10_000 * 3600;
    const file = join(dir, 'sacct.txt');
    writeFileSync(file, `${HEADER}\n4242|train|alps|2026-03-02T08:00:00|2026-03-02T09:00:00|4|nid[001-004]|cpu=1152,node=4,gres/gpu=16|${joules}|COMPLETED\n`);
    const report = await runReport({ inputs: [file], location: 'CH', timeZone: 'UTC' });
    expect(report.devices).toHaveLength(1);
    expect(report.devices[0]!.energyJ).toBe(joules);
    expect(report.devices[0]!.count).toBe(4);

    const single = join(dir, 'one-node.txt');
    writeFileSync(single, `${HEADER}\n4243|train|alps|2026-03-02T08:00:00|2026-03-02T09:00:00|1|nid001|cpu=288,node=1|${joules}|COMPLETED\n`);
    await expect(runReport({ inputs: [single], location: 'CH', timeZone: 'UTC' })).rejects.toThrow(/every reading was dropped\n {2}- 1 reading above the plausible power ceiling dropped \(a unit mix-up/);
  });
});
