import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLEET_T0_S, writeFleet } from '../../bench/generate-fleet.mjs';

describe('the fleet benchmark generator (bench/generate-fleet.mjs)', () => {
  it('writes OpenMetrics whose counters grow by exactly the energy it returns, on nodes of 8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-fleet-'));
    try {
      const path = join(dir, 'fleet.om');
      const { samplesPerSeries, energyJ } = await writeFleet(path, { gpus: 10, days: 0.05, intervalS: 15 });
      expect(samplesPerSeries).toBe(288);
      const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
      expect(lines.at(-1)).toBe('# EOF');
      const counters = new Map<string, number[]>();
      const times = new Set<number>();
      for (const line of lines) {
        const match = /^DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION\{.*UUID="([^"]+)".*\} (\d+) (\d+)$/.exec(line);
        if (!match) continue;
        const list = counters.get(match[1]!) ?? [];
        list.push(Number(match[2]));
        counters.set(match[1]!, list);
        times.add(Number(match[3]));
      }
      expect(Math.min(...times)).toBe(FLEET_T0_S);
      expect(counters.size).toBe(10);
      for (const [uuid, values] of counters) {
        expect(values).toHaveLength(288);
        expect((values.at(-1)! - values[0]!) / 1000).toBe(energyJ[uuid]!.energyJ);
      }
      const nodes = Object.values(energyJ).map((g) => g.node);
      expect(nodes.filter((n) => n === 'node-0')).toHaveLength(8);
      expect(nodes.filter((n) => n === 'node-1')).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
